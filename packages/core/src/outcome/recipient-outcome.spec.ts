import { describe, expect, it } from "vitest";
import { explain } from "../index.js";
import { outcomeTypeOfAction, suppressionOf } from "./recipient-outcome.js";

describe("outcomeTypeOfAction", () => {
  it("maps each DSN action to what happened", () => {
    expect(outcomeTypeOfAction("failed")).toBe("bounce");
    expect(outcomeTypeOfAction("delayed")).toBe("delay");
    expect(outcomeTypeOfAction("delivered")).toBe("delivered");
    expect(outcomeTypeOfAction("relayed")).toBe("delivered");
    expect(outcomeTypeOfAction("expanded")).toBe("delivered");
  });
});

describe("suppressionOf", () => {
  const unknownUser = explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown");
  const fullMailbox = explain("452 4.2.2 Mailbox full");
  it("suppresses hard bounces, complaints and unsubscribes only", () => {
    expect(suppressionOf({ type: "bounce", explanation: unknownUser })).toBe("hardBounce");
    expect(suppressionOf({ type: "dropped", explanation: unknownUser })).toBe("hardBounce");
    expect(suppressionOf({ type: "bounce", explanation: fullMailbox })).toBeNull();
    expect(suppressionOf({ type: "delay", explanation: unknownUser })).toBeNull();
    expect(suppressionOf({ type: "autoReply", explanation: fullMailbox })).toBeNull();
    expect(suppressionOf({ type: "complaint", explanation: fullMailbox })).toBe("complaint");
    expect(suppressionOf({ type: "unsubscribed", explanation: fullMailbox })).toBe("unsubscribed");
  });
});
