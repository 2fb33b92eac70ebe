import type { Severity } from "../types.js";

const severityByClass: Readonly<Record<string, Severity>> = {
  "2": "success",
  "3": "intermediate",
  "4": "transient",
  "5": "permanent",
};

/** The severity a class digit stands for (RFC 5321 section 4.2.1, RFC 3463 section 3.1). */
export function severityOfClass(digit: string | number | undefined): Severity {
  if (digit === undefined) return "unknown";
  return severityByClass[String(digit)] ?? "unknown";
}
