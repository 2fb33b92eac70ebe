import type { Reason } from "../types.js";
import { endsTokenBeyondLatin1, hashStep, tokenLatin1, WordTable } from "./word-table.js";

/**
 * The last word-based step before the codes decide: when no rule matched, the reply's words are
 * scored against each reason family's vocabulary. A rule needs a whole phrasing; most replies no
 * rule has seen still name their cause in two ordinary words ("sender" and "fake", "dns" and
 * "error", "subject" and "mandatory"), which say more than a generic `550` or `5.7.1`.
 *
 * A family is the thing a refusal is about (`subjects`) and what was wrong with it (`verdicts`,
 * a different word of the text); a family without verdicts is named by its subject alone
 * (`spf`, `greylisted`). Its score is the sum of the weights (1 unless given) of the distinct
 * words of the text it holds; the highest score wins, a tie goes to the family listed first,
 * so specific causes (a rate, a missing PTR) come before the generic ones (an address or an IP
 * refused). Data, one entry per family, with why it is there.
 */
export interface WordFamily {
  readonly id: string;
  readonly reason: Reason;
  readonly subjects: readonly string[];
  readonly verdicts?: readonly string[];
  /** Words that count more than 1 (a cause named outright outweighs a generic verdict). */
  readonly weights?: Readonly<Record<string, number>>;
  readonly why: string;
}

const refused = [
  "rejected",
  "refused",
  "denied",
  "blocked",
  "banned",
  "blacklisted",
  "blocklisted",
  "listed",
];

export const wordFamilies: readonly WordFamily[] = [
  {
    id: "auth-failure",
    reason: "authFailure",
    subjects: ["spf", "dkim", "dmarc", "unauthenticated"],
    why: "RFC 7208, 6376, 7489: a named sender-authentication check is the cause wherever it is named",
  },
  {
    id: "ptr",
    reason: "requirePTR",
    subjects: ["ptr", "rdns", "fcrdns"],
    why: "RFC 1912 section 2.1: receivers refuse IPs without reverse DNS",
  },
  {
    id: "reverse-dns",
    reason: "requirePTR",
    subjects: ["reverse"],
    verdicts: ["dns", "lookup", "look", "hostname", "name", "resolve", "record", "mapping"],
    why: "the same in words: reverse lookup, reverse DNS name",
  },
  {
    id: "tls-required",
    reason: "requireTLS",
    subjects: ["tls", "starttls", "encryption", "encrypted", "ssl"],
    verdicts: ["required", "require", "requires", "must", "mandatory", "needed", "first"],
    why: "RFC 3207, RFC 8689: the receiver wants an encrypted connection",
  },
  {
    id: "greylisted",
    reason: "greylisted",
    subjects: [
      "greylisted",
      "greylisting",
      "greylist",
      "graylisted",
      "graylisting",
      "graylist",
      "grey",
      "gray",
    ],
    why: "greylisting names itself",
  },
  {
    id: "malware",
    reason: "virusDetected",
    subjects: ["virus", "viruses", "malware", "infected", "trojan", "ransomware", "malicious"],
    why: "malware scanners name what they found",
  },
  {
    id: "reputation",
    reason: "badReputation",
    subjects: ["reputation", "complaints"],
    weights: { reputation: 2, complaints: 2 },
    why: "a reputation score or complaint rate named as the cause outweighs the refusal's wording",
  },
  {
    id: "rate-named",
    reason: "rateLimited",
    subjects: ["ratelimit", "ratelimited", "throttled", "throttling", "throttle", "frequency"],
    why: "throttling named outright",
  },
  {
    id: "rate-period",
    reason: "rateLimited",
    subjects: ["rate", "limit", "limits", "limited", "exceeded", "quota", "many", "much", "quickly", "fast"],
    verdicts: [
      "hour",
      "hours",
      "hourly",
      "day",
      "days",
      "daily",
      "minute",
      "minutes",
      "seconds",
      "per",
      "period",
      "sending",
      "outgoing",
      "envoi",
      "volume",
      "recent",
      "too",
    ],
    why: "a limit counted per period or on sending: the sender is going too fast",
  },
  {
    id: "connections",
    reason: "tooManyConnections",
    subjects: ["connections", "concurrent", "simultaneous", "sessions", "parallel"],
    verdicts: ["too", "many", "limit", "maximum", "exceeded"],
    why: "RFC 5321 section 4.5.3.1 leaves connection counts to the receiver",
  },
  {
    id: "recipients",
    reason: "exceedLimit",
    subjects: ["recipients", "rcpts", "rcpt", "addressees"],
    verdicts: ["too", "many", "maximum", "max", "limit", "exceeded"],
    why: "RFC 5321 section 4.5.3.1.8: too many recipients for one transaction",
  },
  {
    id: "mailbox-full",
    reason: "mailboxFull",
    subjects: ["mailbox", "inbox", "postfach", "folder", "account", "storage", "disk", "user", "recipient"],
    verdicts: [
      "full",
      "voll",
      "quota",
      "overquota",
      "exceeded",
      "space",
      "storage",
      "allocation",
      "capacity",
    ],
    why: "RFC 3463 X.2.2: the mailbox is over its quota",
  },
  {
    id: "size",
    reason: "messageTooBig",
    subjects: ["size", "mailsize", "msgsize", "large", "big", "bytes"],
    verdicts: ["exceeds", "exceeded", "exceed", "limit", "too", "maximum", "max", "large", "big"],
    why: "RFC 1870: the message is larger than the receiver takes",
  },
  {
    id: "mailbox-disabled",
    reason: "mailboxDisabled",
    subjects: ["mailbox", "account", "user", "address", "recipient"],
    verdicts: ["disabled", "suspended", "inactive", "deactivated", "locked", "closed"],
    why: "RFC 3463 X.2.1: the mailbox exists but takes no mail",
  },
  {
    id: "relay",
    reason: "relayDenied",
    subjects: ["relay", "relaying", "relayed"],
    why: "RFC 5321 section 3.6.2: relaying named outright",
  },
  {
    id: "local-only",
    reason: "relayDenied",
    subjects: ["local"],
    verdicts: ["only"],
    why: "'local users only': the server delivers only for its own domains",
  },
  {
    id: "smtp-auth",
    reason: "authRequired",
    subjects: [
      "authentication",
      "authenticate",
      "auth",
      "login",
      "logged",
      "password",
      "credentials",
      "sasl",
    ],
    verdicts: ["required", "require", "must", "first", "failed", "rejected", "invalid", "incorrect", "wrong"],
    why: "RFC 4954: the client must log in, or its login was refused",
  },
  {
    id: "format",
    reason: "contentError",
    subjects: [
      "header",
      "headers",
      "subject",
      "date",
      "rfc5322",
      "rfc822",
      "rfc2822",
      "mime",
      "linefeed",
      "lf",
    ],
    verdicts: [
      "missing",
      "mandatory",
      "required",
      "invalid",
      "malformed",
      "duplicate",
      "exactly",
      "multiple",
      "bare",
      "illegal",
      "broken",
      "requirement",
      "empty",
    ],
    why: "RFC 5322: a missing or malformed header (a header refused by a filter is policy)",
  },
  {
    id: "spam",
    reason: "spamDetected",
    subjects: ["spam", "spammy", "junk", "unsolicited", "ube", "uce"],
    why: "content filters name their verdict",
  },
  {
    id: "dns",
    reason: "hostUnknown",
    subjects: ["dns", "mx", "domain", "hostname", "nxdomain"],
    verdicts: [
      "error",
      "query",
      "lookup",
      "unknown",
      "exist",
      "found",
      "resolve",
      "resolved",
      "failure",
      "records",
    ],
    why: "the domain has no mail server the DNS can name",
  },
  {
    id: "network",
    reason: "networkError",
    subjects: ["connect", "connection", "network", "socket", "tcp"],
    verdicts: ["failed", "refused", "timeout", "timed", "reset", "lost", "closed", "unreachable", "dropped"],
    why: "the connection itself failed",
  },
  {
    id: "client-refused",
    reason: "blocked",
    subjects: ["ip", "ips", "ipv4", "ipv6", "client", "host", "network", "peer"],
    verdicts: [
      ...refused,
      "block",
      "dul",
      "zombie",
      "suspicious",
      "dynamic",
      "residential",
      "dialup",
      "whitelist",
      "whitelisted",
      "allowlist",
      "allowlisted",
    ],
    why: "the connecting IP or host is refused, or is not on the receiver's allowlist (dial-up ranges too)",
  },
  {
    id: "sender-refused",
    reason: "senderRejected",
    subjects: ["sender", "senders", "envelope"],
    verdicts: [
      ...refused,
      "invalid",
      "incorrect",
      "wrong",
      "fake",
      "forged",
      "spoofed",
      "unverified",
      "verify",
      "verified",
      "allowed",
      "permitted",
      "mismatch",
      "match",
      "null",
      "empty",
    ],
    weights: { sender: 2, senders: 2, envelope: 2 },
    why: "RFC 5321 section 3.3: the reverse-path itself is refused",
  },
  {
    id: "no-mailbox",
    reason: "userUnknown",
    subjects: ["user", "mailbox", "recipient", "account", "address", "addressee", "username", "benutzer"],
    verdicts: [
      "unknown",
      "exist",
      "exists",
      "nonexistent",
      "such",
      "invalid",
      "unavailable",
      "available",
      "found",
      "unrouteable",
      "unroutable",
      "verification",
      "unbekannt",
    ],
    why: "RFC 3463 X.1.1: the mailbox does not exist",
  },
  {
    id: "policy",
    reason: "policyViolation",
    subjects: ["policy", "policies", "prohibited", "forbidden"],
    why: "refused by a local policy, the generic refusal",
  },
];

/** Words that make an unknown address or domain the sender's (as the stage `MAIL` does). */
const senderWords = new Set(["sender", "senders", "envelope"]);

/** What a text's words decided: the family and its reason. */
export interface FamilyVerdict {
  readonly family: WordFamily;
  readonly reason: Reason;
  /** The sum of the weights of the family's words found. */
  readonly score: number;
}

interface Occurrence {
  readonly family: number;
  readonly subject: boolean;
  readonly verdict: boolean;
  readonly weight: number;
}

/** Each vocabulary word's families, by the word's entry in `vocabularyTable`. */
const occurrencesByEntry: Occurrence[][] = [];
/** The vocabulary's words, and the words that name the sender, by entry. */
const entryWords: string[] = [];
const entryOfWord = new Map<string, number>();
function entryOf(word: string): number {
  let entry = entryOfWord.get(word);
  if (entry === undefined) {
    entry = entryWords.length;
    entryOfWord.set(word, entry);
    entryWords.push(word);
    occurrencesByEntry.push([]);
  }
  return entry;
}
wordFamilies.forEach((family, familyIndex) => {
  const words = new Set([...family.subjects, ...(family.verdicts ?? [])]);
  for (const word of words) {
    (occurrencesByEntry[entryOf(word)] as Occurrence[]).push({
      family: familyIndex,
      subject: family.subjects.includes(word),
      verdict: family.verdicts?.includes(word) ?? false,
      weight: family.weights?.[word] ?? 1,
    });
  }
});
const namesSenderByEntry = Uint8Array.from(entryWords, () => 0);
for (const word of senderWords) namesSenderByEntry[entryOf(word)] = 1;
/** The words as tokens are read: each token is looked up once, without cutting it out. */
const vocabularyTable = new WordTable(entryWords);
const longestWord = vocabularyTable.longest;

/** Tokens longer than this many characters are skipped; texts longer than `maxScored` are cut. */
const maxScored = 2_048;

/**
 * Scratch state reused by every call (scoring is synchronous): the scores and subject and
 * verdict marks per family, and per word the call that last counted it, so a word repeated in
 * the text counts once without a set allocated per call.
 */
const scores = new Float64Array(wordFamilies.length);
const subjects = new Uint8Array(wordFamilies.length);
const verdicts = new Uint8Array(wordFamilies.length);
const countedInCall = new Uint32Array(entryWords.length);
let call = 0;

/**
 * The reason the words of `text` point to, or `undefined` when no family's words are there.
 * An unknown mailbox or domain named together with "sender" is the sender's (`senderRejected`).
 *
 * @example
 * familyVerdictOf("Requested mail action not taken: Fake sender")?.reason; // "senderRejected"
 * familyVerdictOf("DNS query error")?.reason;                              // "hostUnknown"
 */
export function familyVerdictOf(text: string): FamilyVerdict | undefined {
  const bounded = text.length > maxScored ? text.slice(0, maxScored) : text;
  // Latin-1 text is lower-cased a character at a time as it is read, as `toLowerCase` would;
  // other text is lower-cased first, since a character beyond Latin-1 may lower to two.
  clearScores();
  let namesSender = scoreTokens(bounded);
  if (namesSender === undefined) {
    clearScores();
    namesSender = scoreTokens(bounded.toLowerCase(), true) as boolean;
  }
  let best = -1;
  let bestScore = 0;
  for (let index = 0; index < wordFamilies.length; index++) {
    const family = wordFamilies[index] as WordFamily;
    if (!subjects[index] || (family.verdicts && !verdicts[index])) continue;
    const score = scores[index] as number;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  const family = wordFamilies[best] as WordFamily;
  const reason =
    namesSender && (family.reason === "userUnknown" || family.reason === "hostUnknown")
      ? "senderRejected"
      : family.reason;
  return { family, reason, score: bestScore };
}

function clearScores(): void {
  scores.fill(0);
  subjects.fill(0);
  verdicts.fill(0);
  call = call === 0xffffffff ? 1 : call + 1;
  if (call === 1) countedInCall.fill(0);
}

/**
 * Scores the tokens of `text` (letters a to z, digits, and from U+00C0 on but punctuation, lower-cased) into
 * the scratch state; returns whether a word naming the sender is among them. `undefined`, with
 * nothing scored, when `text` holds a character beyond Latin-1 and `lowered` is not set.
 */
function scoreTokens(text: string, lowered = false): boolean | undefined {
  let namesSender = false;
  let hash = 0;
  let start = -1;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 32;
    const lower =
      code < 0x100 ? (tokenLatin1[code] as number) : !lowered ? -1 : endsTokenBeyondLatin1(code) ? 0 : code;
    if (lower < 0) return undefined;
    if (lower !== 0) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = hashStep(hash, lower);
      continue;
    }
    if (start < 0) continue;
    const tokenLength = i - start;
    // A link's words (`?sender=...&ip=...`) are no reply's words: skip to the next space.
    if ((tokenLength === 4 || tokenLength === 5) && text.startsWith("://", i) && isHttp(text, start)) {
      const space = text.indexOf(" ", i);
      i = space < 0 ? length : space;
      start = -1;
      continue;
    }
    // A log line's field names (`relay=none`, `status=deferred`) are no words of the reply, nor
    // a one-word value its comma ends (Sendmail's `mailer=relay,`).
    if (i < length && (code === 61 || (code === 44 && start > 0 && text.charCodeAt(start - 1) === 61))) {
      start = -1;
      continue;
    }
    if (tokenLength <= longestWord) {
      const entry = vocabularyTable.find(text, start, i, hash);
      if (entry >= 0) {
        if (namesSenderByEntry[entry]) namesSender = true;
        if (countedInCall[entry] !== call) {
          countedInCall[entry] = call;
          for (const occurrence of occurrencesByEntry[entry] as Occurrence[]) {
            scores[occurrence.family] = (scores[occurrence.family] as number) + occurrence.weight;
            // A word that is both counts as the subject; the verdict must be another word.
            if (occurrence.subject && !subjects[occurrence.family]) subjects[occurrence.family] = 1;
            else if (occurrence.verdict) verdicts[occurrence.family] = 1;
          }
        }
      }
    }
    start = -1;
  }
  return namesSender;
}

/** Whether `http` starts at `start`, in any case. */
function isHttp(text: string, start: number): boolean {
  const word = "http";
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(start + k);
    if (code >= 0x100 || tokenLatin1[code] !== word.charCodeAt(k)) return false;
  }
  return true;
}
