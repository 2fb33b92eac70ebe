import type { ErrorExplanation } from "../classify/explain-error.js";

/**
 * Whether a value is an explanation of core (or a log field made from one): the one test every
 * log adapter uses to tell an explanation `@smtp-codes/nodemailer` attached, or a field a
 * format already wrote, from a user's own value of the same name.
 *
 * @example
 * isExplanation(explain("550 5.1.1 User unknown")); // true
 * isExplanation("relay-eu-1");                      // false
 */
export function isExplanation(value: unknown): value is ErrorExplanation {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { reason?: unknown }).reason === "string" &&
    typeof (value as { severity?: unknown }).severity === "string"
  );
}
