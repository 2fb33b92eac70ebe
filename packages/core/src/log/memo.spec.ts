import { describe, expect, it } from "vitest";
import { Memo } from "./memo.js";

describe("Memo", () => {
  it("makes a value once per key and stays within its capacity", () => {
    const memo = new Memo<number>(2);
    let made = 0;
    const make = () => ++made;
    expect(memo.get("a", make)).toBe(1);
    expect(memo.get("a", make)).toBe(1);
    expect(memo.get("b", make)).toBe(2);
    expect(memo.get("c", make)).toBe(3); // evicts "a"
    expect(memo.get("a", make)).toBe(4);
    expect(made).toBe(4);
  });
});
