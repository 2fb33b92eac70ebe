import type { WebhookWarning } from "./types.js";

/**
 * Careful reading of untrusted JSON: own properties only (so `__proto__`, `constructor` and
 * friends never answer from the prototype), strings capped, and warnings collected instead of
 * thrown. Every provider reader goes through these helpers.
 */

/** A JSON object as `JSON.parse` gives it. */
export type JsonObject = { readonly [key: string]: unknown };

/** The longest string kept from a payload field; longer ones are cut with a warning. */
export const maxFieldLength = 4096;

/** At most this many warnings are kept for one body, so a hostile batch cannot grow them unbounded. */
export const maxWarnings = 100;

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects the warnings of one body, up to `maxWarnings`. */
export class Warnings {
  readonly list: WebhookWarning[] = [];
  private dropped = 0;

  add(code: string, message: string, index: number | null = null): void {
    if (this.list.length < maxWarnings) this.list.push({ code, message, index });
    else this.dropped++;
  }

  /** The warnings, with a last one that says how many were left out. */
  done(): readonly WebhookWarning[] {
    if (this.dropped === 0) return this.list;
    return [
      ...this.list,
      { code: "truncated", message: `${this.dropped} more warnings left out`, index: null },
    ];
  }
}

/** Reads the fields of one event, noting what is missing or of the wrong type. */
export class FieldReader {
  constructor(
    private readonly warnings: Warnings,
    private readonly index: number | null,
  ) {}

  /** The own property `key` of `object`, or `undefined`. */
  raw(object: unknown, key: string): unknown {
    if (!isObject(object) || !Object.hasOwn(object, key)) return undefined;
    return object[key];
  }

  /** A nested object, or `null` (with a warning when something else stands there). */
  object(object: unknown, key: string): JsonObject | null {
    const value = this.raw(object, key);
    if (value === undefined || value === null) return null;
    if (isObject(value)) return value;
    this.wrongType(key, "an object", value);
    return null;
  }

  /** An array, or an empty one (with a warning when something else stands there). */
  array(object: unknown, key: string): readonly unknown[] {
    const value = this.raw(object, key);
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(key, "an array", value);
    return [];
  }

  /** A string (numbers are taken as their decimal text), capped; `null` when absent or empty. */
  text(object: unknown, key: string): string | null {
    const value = this.raw(object, key);
    if (value === undefined || value === null) return null;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value !== "string") {
      this.wrongType(key, "a string", value);
      return null;
    }
    if (value.length === 0) return null;
    if (value.length > maxFieldLength) {
      this.warnings.add("truncated", `${key}: cut to ${maxFieldLength} characters`, this.index);
      return value.slice(0, maxFieldLength);
    }
    return value;
  }

  /** A finite number (numeric strings too), or `null`. */
  number(object: unknown, key: string): number | null {
    const value = this.raw(object, key);
    if (value === undefined || value === null || value === "") return null;
    const number = typeof value === "string" && value.length <= 32 ? Number(value) : value;
    if (typeof number === "number" && Number.isFinite(number)) return number;
    this.wrongType(key, "a number", value);
    return null;
  }

  /** A boolean, or `null`. */
  boolean(object: unknown, key: string): boolean | null {
    const value = this.raw(object, key);
    if (value === undefined || value === null) return null;
    if (typeof value === "boolean") return value;
    this.wrongType(key, "a boolean", value);
    return null;
  }

  /**
   * Notes a field the provider always sends but this event lacks; when `object` is given, only
   * if the field is absent there (a field of the wrong type was noted already).
   */
  missing(key: string, object?: unknown): void {
    if (object !== undefined && this.raw(object, key) !== undefined && this.raw(object, key) !== null) return;
    this.warnings.add("missingField", `${key}: missing`, this.index);
  }

  /** Notes something else worth knowing. */
  note(code: string, message: string): void {
    this.warnings.add(code, message, this.index);
  }

  private wrongType(key: string, expected: string, value: unknown): void {
    const got = Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
    this.warnings.add("wrongType", `${key}: expected ${expected}, got ${got}`, this.index);
  }
}
