import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  agreesAtSisimaisGranularity,
  comparePeers,
  sisimaiAgrees,
  sisimaiReasonsFor,
} from "./sisimai-peer.js";

const sisimaiInstalled = spawnSync("perl", ["-MSisimai::Reason", "-e", "1"]).status === 0;

describe("sisimaiAgrees", () => {
  it("takes Sisimai's exact reason and the finer ones it files under it", () => {
    expect(sisimaiAgrees("userUnknown", "userunknown")).toBe(true);
    expect(sisimaiAgrees("rateLimited", "toomanyconn")).toBe(true);
    expect(sisimaiAgrees("requireTLS", "securityerror")).toBe(true);
    expect(sisimaiAgrees("mailboxFull", "userunknown")).toBe(false);
    expect(sisimaiAgrees("greylisted", "blocked")).toBe(false);
    expect(sisimaiAgrees("userUnknown", "no such reason")).toBe(false);
  });
});

describe("agreesAtSisimaisGranularity", () => {
  it("counts two reasons of ours as one where one Sisimai reason stands for both", () => {
    expect(agreesAtSisimaisGranularity("tooManyConnections", "rateLimited")).toBe(true);
    expect(agreesAtSisimaisGranularity("blocked", "badReputation")).toBe(true);
    expect(agreesAtSisimaisGranularity("blocked", "mailboxFull")).toBe(false);
    expect(agreesAtSisimaisGranularity("greylisted", "greylisted")).toBe(true);
    expect(agreesAtSisimaisGranularity("greylisted", "systemError")).toBe(false);
  });
});

describe("comparePeers", () => {
  it("counts each side reply by reply", () => {
    const counts = comparePeers(
      ["userUnknown", "rateLimited", "greylisted"],
      ["userUnknown", "tooManyConnections", "greylisted"],
      ["userunknown", "toomanyconn", "blocked"],
    );
    expect(counts).toEqual({ total: 3, oursExact: 2, oursCoarse: 3, sisimai: 2, greylisted: 1 });
  });
});

describe.skipIf(!sisimaiInstalled)("sisimaiReasonsFor (Debian's libsisimai-perl)", () => {
  it("asks Sisimai for each text in order, one answer per text, non-ASCII and line breaks too", () => {
    const answers = sisimaiReasonsFor([
      "550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in local recipient table",
      "452 4.2.2 The email account that you tried to reach is over quota.\nPlease direct the recipient to the help page",
      "554 Zustellung abgelehnt: Empfänger unbekannt ✉",
      "",
    ]);
    expect(answers).toHaveLength(4);
    expect((answers as readonly string[]).slice(0, 2)).toEqual(["userunknown", "mailboxfull"]);
    expect(typeof (answers as readonly string[])[2]).toBe("string");
    expect((answers as readonly string[])[3]).toBe("undefined");
  });
});
