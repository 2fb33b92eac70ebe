import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parseBounce } from "../index.js";

/**
 * Helpers the bounce specs share (never part of the package's entry points): the fixture
 * emails of `packages/bounce/fixtures/`, and the same email with other line ends, since every
 * reader must read CRLF, LF and CR-only emails alike.
 */

/** A fixture email's bytes. */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** The same email with CRLF, LF or CR-only line ends. */
export function withLineEnds(email: string, eol: string): string;
export function withLineEnds(email: Buffer, eol: string): Buffer;
export function withLineEnds(email: string | Buffer, eol: string): string | Buffer;
export function withLineEnds(email: string | Buffer, eol: string): string | Buffer {
  if (typeof email === "string") return email.replace(/\r\n|\n|\r/g, eol);
  // latin1 maps each byte to one character and back, so any charset survives the round trip
  return Buffer.from(email.toString("latin1").replace(/\r\n|\n|\r/g, eol), "latin1");
}

/**
 * Asserts that the email gives the same report on the fast path and the full parse, with CRLF,
 * LF and CR-only line ends alike: the promise every reader keeps.
 */
export async function expectSameReportOnEveryPath(email: string | Buffer): Promise<void> {
  const expected = await parseBounce(email);
  for (const eol of ["\r\n", "\n", "\r"]) {
    const variant = withLineEnds(email, eol);
    expect(await parseBounce(variant)).toEqual(expected);
    expect(await parseBounce(variant, { mime: "full" })).toEqual(expected);
  }
}
