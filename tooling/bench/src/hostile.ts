/** Inputs built to make a parser or a regular expression work hard: long runs of what it looks for. */
export function hostileInputs(length: number): Record<string, string> {
  const fill = (unit: string, prefix = "") =>
    prefix + unit.repeat(Math.ceil((length - prefix.length) / unit.length)).slice(0, length - prefix.length);
  return {
    digits: fill("5"),
    dashes: fill("-"),
    spaces: fill(" "),
    "repeated 550-": fill("550-"),
    "repeated 550- lines": fill("550-5.1.1 x\r\n"),
    "unclosed brackets": fill("[(<'\"", "550 "),
    "dotted numbers": fill("5.1."),
    "words the rules look for": fill("user unknown mailbox full spam blocked ", "550 "),
    "one long word": fill("a", "550 5.1.1 "),
    // An embedded reply whose lines each hold `(` and no command note: searched from every line.
    "embedded lines with (": fill(" (in\n550-5.1.1 x", "host mx said: 550-5.1.1 x"),
    // The shapes recheck found against earlier versions of the rules' word gaps.
    "repeated PTR": fill("PTR ", "550 "),
    "repeated IP": fill("B\u0000IP ", "550 "),
    "repeated MAILBOX": fill("MAILBOX\t", "550 "),
    "repeated SPF": fill("SPF ", "550 "),
  };
}
