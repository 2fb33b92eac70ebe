/**
 * `smtp-codes`: the command line (see the `smtp-codes` binary) and its log scanner as an API.
 */
export { type ScanOptions, type ScanReport, scan, textKey } from "./scan.js";
export { TopCounter } from "./top-counter.js";
