import type { Locale } from "@smtp-codes/core";
/** Options of `parseBounce`. */
export interface BounceOptions {
  /** Language of the explanations' texts: `"en"` (default) or `"de"`. */
  readonly locale?: Locale;
  /** Headers of the bounced message to return in `original.headers` (`["X-Campaign-Id"]`). */
  readonly headers?: readonly string[];
  /** Bytes of the email read (default 10 MiB); a longer email is cut and the report warns `truncated`. */
  readonly maxSize?: number;
  /** MIME parts read (default 1 000). */
  readonly maxParts?: number;
  /** MIME nesting depth read (default 32). */
  readonly maxDepth?: number;
  /** Recipients returned (default 10 000). */
  readonly maxRecipients?: number;
  /**
   * `"auto"` (default): read a report's structure directly and hand the MIME library only the
   * parts that need decoding; `"full"`: let the MIME library parse the whole email. Both give
   * the same report; `"full"` is slower and exists for comparison.
   */
  readonly mime?: "auto" | "full";
}

/**
 * The defaults of the limits in `BounceOptions`.
 *
 * @example
 * defaultLimits.maxRecipients; // 10000
 * await parseBounce(email, { maxRecipients: 100 }); // reads at most 100, warns `tooManyRecipients` beyond
 */
export const defaultLimits = {
  maxSize: 10 * 1024 * 1024,
  maxParts: 1_000,
  maxDepth: 32,
  maxRecipients: 10_000,
} as const;

/** Options with every limit filled in. */
export interface ResolvedOptions {
  readonly locale: Locale | undefined;
  readonly headers: readonly string[];
  readonly maxSize: number;
  readonly maxParts: number;
  readonly maxDepth: number;
  readonly maxRecipients: number;
  readonly mime: "auto" | "full";
}

/** Checks the options and fills in the defaults; a wrong option throws a `TypeError`. */
export function resolveOptions(options: BounceOptions | undefined): ResolvedOptions {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError("parseBounce: options must be an object");
  }
  const o = options ?? {};
  const limit = (name: keyof typeof defaultLimits): number => {
    const value = o[name] ?? defaultLimits[name];
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      throw new TypeError(`parseBounce: options.${name} must be a positive integer`);
    }
    return value;
  };
  if (
    o.headers !== undefined &&
    (!Array.isArray(o.headers) || o.headers.some((h) => typeof h !== "string"))
  ) {
    throw new TypeError("parseBounce: options.headers must be an array of header names");
  }
  if (o.mime !== undefined && o.mime !== "auto" && o.mime !== "full") {
    throw new TypeError('parseBounce: options.mime must be "auto" or "full"');
  }
  return {
    locale: o.locale,
    headers: o.headers ?? [],
    maxSize: limit("maxSize"),
    maxParts: limit("maxParts"),
    maxDepth: limit("maxDepth"),
    maxRecipients: limit("maxRecipients"),
    mime: o.mime ?? "auto",
  };
}
