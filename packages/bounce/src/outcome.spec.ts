import { describe, expect, it } from "vitest";
import { outcomeOf } from "./outcome.js";
import { emptyFacts, type RecipientFacts } from "./readers/facts.js";

const context = { messageId: null, timestamp: null, locale: undefined, fallback: "failed" as const };

function facts(fields: Partial<RecipientFacts>): RecipientFacts {
  return { ...emptyFacts("a@example.com"), ...fields };
}

describe("outcomeOf", () => {
  it("calls a destination the MTA could not reach until it gave up an expired delivery", () => {
    const unreachable = "connect to mx.example.com[192.0.2.1]:25: Connection timed out";
    const failed = outcomeOf(
      facts({ action: "failed", status: "4.4.1", diagnosticCode: unreachable }),
      context,
    );
    expect(failed.explanation.reason).toBe("expired");
    // the same reply in a delay warning: the MTA still retries, one attempt's network error
    const delayed = outcomeOf(
      facts({ action: "delayed", status: "4.4.1", diagnosticCode: unreachable }),
      context,
    );
    expect(delayed.explanation.reason).toBe("networkError");
  });

  it("reads the action from the reply's code when the report states neither action nor status", () => {
    const delayed = outcomeOf(
      facts({ diagnosticCode: "host mx.example.com said: 451 4.4.1 connection refused by mx.example.com" }),
      context,
    );
    expect(delayed.action).toBe("delayed");
    expect(delayed.explanation.reason).toBe("networkError");
  });

  it("prefers the remote server's enhanced code, unless the status names a detail it leaves out", () => {
    const reply = (diagnosticCode: string, status: string) =>
      outcomeOf(facts({ action: "failed", status, diagnosticCode }), context).status;
    expect(reply("550 5.1.1 User unknown", "5.0.0")).toBe("5.1.1");
    expect(reply("550 5.1.0 Address rejected", "5.1.1")).toBe("5.1.1");
    expect(reply("550 5.7.0 Address rejected", "5.1.1")).toBe("5.7.0");
    expect(reply("450 4.2.0 Try later", "5.2.2")).toBe("5.2.2");
  });

  it("keeps an unknown user at DATA hard when the DSN status is an address status", () => {
    const outcome = outcomeOf(
      facts({
        action: "failed",
        status: "5.1.1",
        command: "DATA",
        diagnosticCode: "550 Invalid recipient <a@example.com>",
      }),
      context,
    );
    expect(outcome.explanation).toMatchObject({ reason: "userUnknown", bounce: "hard" });
  });
});
