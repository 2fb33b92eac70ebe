import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MboxMessage, MboxSplitter } from "./mbox-splitter.js";

/** Writes messages as an mboxrd file: a `From ` line each, quoted `>*From ` lines, a blank line after. */
function writeMboxrd(messages: readonly string[], lineEnd = "\n"): Buffer {
  const quoted = messages.map(
    (message, index) =>
      `From sender${index}@example.org Tue Dec  1 08:00:00 2026${lineEnd}${message.replace(/^(>*From )/gm, ">$1")}${lineEnd}`,
  );
  return Buffer.from(quoted.join(""));
}

function split(input: Buffer, chunkSize: number, maxSize = 1_000_000, quoting?: "mboxo" | "mboxrd") {
  const splitter = new MboxSplitter({ maxSize, ...(quoting ? { quoting } : {}) });
  const messages: MboxMessage[] = [];
  for (let start = 0; start < input.length; start += chunkSize)
    messages.push(...splitter.push(input.subarray(start, start + chunkSize)));
  messages.push(...splitter.end());
  return messages;
}

const text = (messages: MboxMessage[]) => messages.map((message) => message.bytes.toString("latin1"));

describe("MboxSplitter", () => {
  it("splits at From lines, drops the blank line before each and unquotes >From", () => {
    const mbox = Buffer.from(
      "From a@example.org Tue Dec  1 08:00:00 2026\nSubject: one\n\n>From here\n>>From there\nFrom-less\n\nFrom b@example.org Tue Dec  1 08:00:01 2026\nSubject: two\n\nbody\n",
    );
    const messages = split(mbox, 1 << 16);
    expect(text(messages)).toEqual([
      "Subject: one\n\nFrom here\n>From there\nFrom-less\n",
      "Subject: two\n\nbody\n",
    ]);
    expect(messages.map(({ index, offset }) => [index, offset])).toEqual([
      [0, 0],
      [1, mbox.indexOf("From b@")],
    ]);
  });

  it("in mboxo unquotes only one level", () => {
    const mbox = Buffer.from("From a Tue Dec  1 08:00:00 2026\n>From one\n>>From two\n");
    expect(text(split(mbox, 5, 100, "mboxo"))).toEqual(["From one\n>>From two\n"]);
  });

  it("reads CRLF mboxes and takes a file without From line as one message", () => {
    expect(text(split(writeMboxrd(["A: 1\r\n\r\nx\r\n", "B: 2\r\n\r\ny\r\n"], "\r\n"), 3))).toEqual([
      "A: 1\r\n\r\nx\r\n",
      "B: 2\r\n\r\ny\r\n",
    ]);
    expect(text(split(Buffer.from("\n\nSubject: plain eml\n\nFrom: nobody\n"), 4))).toEqual([
      "\n\nSubject: plain eml\n\nFrom: nobody\n",
    ]);
    expect(split(Buffer.from("\n\n\n"), 1)).toEqual([]);
    const eml = "Subject: plain\r\n\r\nFrom the top\r\n>From here\r\n\r\nFrom x Tue Dec  1 08:00:00 2026\r\n";
    for (const chunk of [1, 2, 7, 100]) expect(text(split(Buffer.from(eml), chunk))).toEqual([eml]);
    expect(text(split(Buffer.from(`\r\n\r\nFrom a Tue Dec  1 2026\r\nA: 1\r\n`), 1))).toEqual(["A: 1\r\n"]);
    expect(split(Buffer.alloc(0), 1)).toEqual([]);
  });

  it("reads an mbox with CR-only line ends", () => {
    for (const chunk of [1, 3, 1 << 16])
      expect(text(split(writeMboxrd(["A: 1\r\rFrom x\r", "B: 2\r\ry\r"], "\r"), chunk))).toEqual([
        "A: 1\r\rFrom x\r",
        "B: 2\r\ry\r",
      ]);
  });

  it("skips a From line of megabytes without holding it", () => {
    const mbox = Buffer.concat([
      Buffer.from("From "),
      Buffer.alloc(3_000_000, "a"),
      Buffer.from("\nSubject: after a long From line\n"),
    ]);
    expect(text(split(mbox, 65_536, 100))).toEqual(["Subject: after a long From line\n"]);
  });

  it("keeps only maxSize of a message and says so", () => {
    const big = `Subject: big\n\n${"x".repeat(10_000)}\n`;
    const messages = split(writeMboxrd([big, "Subject: small\n"]), 777, 100);
    expect(messages.map(({ size, truncated, bytes }) => [size, truncated, bytes.length])).toEqual([
      [big.length + 1, true, 100],
      ["Subject: small\n".length, false, "Subject: small\n".length],
    ]);
    expect(messages[0]?.bytes.toString()).toBe(big.slice(0, 100));
  });

  it("holds no more than a line start across chunks, even in a run of a million >", () => {
    const splitter = new MboxSplitter({ maxSize: 10 });
    const run = Buffer.alloc(1 << 20, ">");
    for (let start = 0; start < run.length; start += 1 << 12)
      splitter.push(run.subarray(start, start + (1 << 12)));
    const [message] = splitter.end();
    expect(message?.size).toBe(run.length);
    expect(message?.bytes.length).toBe(10);
  });

  it("gives back what an mboxrd writer wrote, at every chunk size and line end (property)", () => {
    const line = fc.oneof(
      fc.constantFrom("From x", ">From y", ">>>From z", "From", ">", "", "Fro", "  From w", "From: header"),
      fc.string({ unit: fc.constantFrom("F", "r", "o", "m", " ", ">", "a"), maxLength: 12 }),
    );
    const mboxes = fc
      .tuple(
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.array(fc.array(line, { maxLength: 12 }), { minLength: 1, maxLength: 6 }),
      )
      .map(([lineEnd, messages]) => ({
        lineEnd,
        messages: messages.map(
          (lines) => `Subject: t${lineEnd}${lineEnd}${lines.map((l) => `${l}${lineEnd}`).join("")}`,
        ),
      }));
    fc.assert(
      fc.property(mboxes, fc.integer({ min: 1, max: 64 }), ({ lineEnd, messages }, chunk) => {
        const mbox = writeMboxrd(messages, lineEnd);
        const read = split(mbox, chunk);
        expect(text(read)).toEqual(messages);
        expect(read.map(({ offset }) => mbox.subarray(offset, offset + 5).toString())).toEqual(
          messages.map(() => "From "),
        );
      }),
      { numRuns: 500 },
    );
  });
});
