import type { Actor } from "../types.js";

/**
 * Basic (three-digit) SMTP reply codes: the facts, without texts. Texts live in `locales/`.
 *
 * Sources: RFC 5321 section 4.2.3 and the extensions that define codes (RFC 4954 AUTH,
 * RFC 3207 STARTTLS, RFC 7504, RFC 1985 ETRN, RFC 2645 ATRN, RFC 1845 CHECKPOINT).
 * Non-standard codes are those found in widely copied lists or only in the IANA enhanced
 * status registry's "associated basic status code" column; each says where it comes from.
 * Sorted by code, one entry per line.
 */
export interface BasicCodeFacts {
  readonly code: number;
  /** Defined by an RFC. */
  readonly standard: boolean;
  /** Where the code is defined (standard) or where it comes from (non-standard). */
  readonly references: readonly string[];
  /**
   * For non-standard codes: `vendorList` (copied lists that turned enhanced codes into three
   * digits or describe client-side conditions), `registryAssociation` (named only in the IANA
   * enhanced registry's associated-code column) or `historical`.
   */
  readonly origin?: "vendorList" | "registryAssociation" | "historical";
  /** The enhanced status code a non-standard code most likely stands for, written without dots. */
  readonly likelyEnhanced?: string;
  /** Who usually has to act when this code is a failure. */
  readonly actor?: Actor;
}

export const basicCodes = [
  { code: 101, standard: false, origin: "vendorList", references: [], actor: "network" },
  { code: 111, standard: false, origin: "vendorList", references: [], actor: "network" },
  { code: 200, standard: false, origin: "historical", references: ["RFC821 4.2.2"] },
  { code: 211, standard: true, references: ["RFC5321 4.2.3"] },
  { code: 214, standard: true, references: ["RFC5321 4.2.3"] },
  { code: 220, standard: true, references: ["RFC5321 4.2.3", "RFC3207"] },
  { code: 221, standard: true, references: ["RFC5321 4.2.3"] },
  { code: 235, standard: true, references: ["RFC4954 6"] },
  { code: 250, standard: true, references: ["RFC5321 4.2.3"] },
  { code: 251, standard: true, references: ["RFC5321 4.2.3", "RFC1985"] },
  { code: 252, standard: true, references: ["RFC5321 4.2.3", "RFC1985", "RFC6531"] },
  { code: 253, standard: true, references: ["RFC1985"] },
  { code: 334, standard: true, references: ["RFC4954 4"] },
  { code: 354, standard: true, references: ["RFC5321 4.2.3"] },
  { code: 355, standard: true, references: ["RFC1845"] },
  { code: 420, standard: false, origin: "vendorList", references: [], actor: "network" },
  { code: 421, standard: true, references: ["RFC5321 4.2.3"], actor: "recipientAdmin" },
  {
    code: 422,
    standard: false,
    origin: "registryAssociation",
    likelyEnhanced: "4.2.2",
    references: ["RFC5248"],
    actor: "recipient",
  },
  {
    code: 430,
    standard: false,
    origin: "registryAssociation",
    references: ["RFC5248"],
    actor: "sendingApplication",
  },
  {
    code: 431,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.3.1",
    references: [],
    actor: "recipientAdmin",
  },
  { code: 432, standard: true, references: ["RFC4954 6"], actor: "senderAdmin" },
  {
    code: 441,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.4.1",
    references: [],
    actor: "network",
  },
  {
    code: 442,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.4.2",
    references: [],
    actor: "network",
  },
  {
    code: 446,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.4.6",
    references: [],
    actor: "recipientAdmin",
  },
  {
    code: 447,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.4.7",
    references: [],
    actor: "network",
  },
  { code: 449, standard: false, origin: "vendorList", references: [], actor: "recipientAdmin" },
  { code: 450, standard: true, references: ["RFC5321 4.2.3"], actor: "recipientAdmin" },
  { code: 451, standard: true, references: ["RFC5321 4.2.3"], actor: "recipientAdmin" },
  {
    code: 452,
    standard: true,
    references: ["RFC5321 4.2.3", "RFC5321 4.5.3.1.10", "RFC1870"],
    actor: "recipientAdmin",
  },
  { code: 453, standard: true, references: ["RFC2645"], actor: "senderAdmin" },
  { code: 454, standard: true, references: ["RFC4954 6", "RFC3207"], actor: "recipientAdmin" },
  { code: 455, standard: true, references: ["RFC5321 4.2.3"], actor: "sendingApplication" },
  { code: 458, standard: true, references: ["RFC1985"], actor: "recipientAdmin" },
  { code: 459, standard: true, references: ["RFC1985"], actor: "senderAdmin" },
  {
    code: 471,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "4.7.1",
    references: [],
    actor: "senderAdmin",
  },
  { code: 499, standard: false, origin: "vendorList", references: [], actor: "network" },
  { code: 500, standard: true, references: ["RFC5321 4.2.3", "RFC4954 4"], actor: "sendingApplication" },
  {
    code: 501,
    standard: true,
    references: ["RFC5321 4.2.3", "RFC3207", "RFC4954 4"],
    actor: "sendingApplication",
  },
  { code: 502, standard: true, references: ["RFC5321 4.2.3", "RFC5321 4.2.4"], actor: "sendingApplication" },
  { code: 503, standard: true, references: ["RFC5321 4.2.3"], actor: "sendingApplication" },
  { code: 504, standard: true, references: ["RFC5321 4.2.3", "RFC4954 4"], actor: "sendingApplication" },
  {
    code: 510,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "5.1.0",
    references: [],
    actor: "sendingApplication",
  },
  {
    code: 511,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "5.1.1",
    references: [],
    actor: "sendingApplication",
  },
  {
    code: 512,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "5.1.2",
    references: [],
    actor: "sendingApplication",
  },
  {
    code: 513,
    standard: false,
    origin: "vendorList",
    likelyEnhanced: "5.1.3",
    references: [],
    actor: "sendingApplication",
  },
  { code: 521, standard: true, references: ["RFC7504 3", "RFC1846"], actor: "sendingApplication" },
  {
    code: 523,
    standard: false,
    origin: "registryAssociation",
    references: ["RFC5248"],
    actor: "senderAdmin",
  },
  {
    code: 524,
    standard: false,
    origin: "registryAssociation",
    references: ["RFC5248"],
    actor: "senderAdmin",
  },
  { code: 525, standard: false, origin: "registryAssociation", references: ["RFC5248"], actor: "recipient" },
  { code: 530, standard: true, references: ["RFC4954 6", "RFC3207"], actor: "senderAdmin" },
  {
    code: 533,
    standard: false,
    origin: "registryAssociation",
    references: ["RFC5248"],
    actor: "senderAdmin",
  },
  { code: 534, standard: true, references: ["RFC4954 6"], actor: "senderAdmin" },
  { code: 535, standard: true, references: ["RFC4954 6"], actor: "senderAdmin" },
  { code: 538, standard: true, references: ["RFC4954 6"], actor: "senderAdmin" },
  { code: 541, standard: false, origin: "vendorList", references: [], actor: "senderAdmin" },
  { code: 550, standard: true, references: ["RFC5321 4.2.3"], actor: "sendingApplication" },
  { code: 551, standard: true, references: ["RFC5321 4.2.3"], actor: "sendingApplication" },
  { code: 552, standard: true, references: ["RFC5321 4.2.3", "RFC1870"], actor: "sendingApplication" },
  { code: 553, standard: true, references: ["RFC5321 4.2.3", "RFC6531"], actor: "sendingApplication" },
  { code: 554, standard: true, references: ["RFC5321 4.2.3", "RFC3207"], actor: "senderAdmin" },
  { code: 555, standard: true, references: ["RFC5321 4.2.3"], actor: "sendingApplication" },
  { code: 556, standard: true, references: ["RFC7504 4", "RFC7505"], actor: "sendingApplication" },
] as const satisfies readonly BasicCodeFacts[];

/** A basic code the catalogue knows, as a string key (`"550"`). */
export type BasicCodeKey = `${(typeof basicCodes)[number]["code"]}`;
