import { explain, type Reason } from "@smtp-codes/core";
import { notReplies, sisimaiAlternatives, sisimaiReasons } from "./sisimai-mapping.js";

/** One record of the Sisimai-labelled corpus (see the corpus README). */
export interface CorpusRecord {
  readonly file: string;
  readonly diagnosticcode: string;
  readonly smtpcommand: string;
  readonly replycode: number | "";
  readonly deliverystatus: string;
  readonly reason: string;
  readonly softbounce: number;
}

/** A record where we and Sisimai disagree on the reason. */
export interface Disagreement {
  readonly file: string;
  readonly sisimai: string;
  readonly ours: Reason;
  readonly rule: string;
  readonly text: string;
}

export interface Ratio {
  readonly agree: number;
  readonly total: number;
}

export interface Evaluation {
  readonly records: number;
  readonly skipped: number;
  readonly reasonExact: Ratio;
  readonly reasonRefined: Ratio;
  readonly reasonAlternatives: Ratio;
  readonly bounce: Ratio;
  readonly bounceAlternatives: Ratio;
  /** Over records whose text holds the code Sisimai gives. */
  readonly basicCode: Ratio;
  /** Over all records, Sisimai's code (or none) against ours. */
  readonly basicCodeAll: Ratio;
  readonly enhancedCode: Ratio;
  /** Sisimai reason, then ours, then how often. */
  readonly confusion: ReadonlyMap<string, ReadonlyMap<Reason, number>>;
  readonly disagreements: readonly Disagreement[];
  /** Records whose basic or enhanced code we read differently. */
  readonly codeDisagreements: readonly string[];
}

/** Parses the corpus's JSON lines; a broken line throws with its number. */
export function parseCorpus(jsonl: string): CorpusRecord[] {
  return jsonl
    .split("\n")
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as CorpusRecord;
      } catch (error) {
        throw new Error(`corpus line ${number} is not JSON: ${(error as Error).message}`);
      }
    });
}

/**
 * Runs `explain` on every record's diagnostic text (with its SMTP command) and compares with
 * Sisimai's labels. Codes are compared where Sisimai's code stands in the text: elsewhere
 * Sisimai took it from another part of the bounce, or made it up (its 5.0.9xx codes), and there
 * is nothing to extract. The basic code is also compared over all records.
 */
export function evaluate(records: readonly CorpusRecord[]): Evaluation {
  const counts = {
    exact: 0,
    refined: 0,
    alternatives: 0,
    reasons: 0,
    bounce: 0,
    bounceAlternatives: 0,
    bounces: 0,
    basic: 0,
    basics: 0,
    basicAll: 0,
    enhanced: 0,
    enhanceds: 0,
  };
  const confusion = new Map<string, Map<Reason, number>>();
  const disagreements: Disagreement[] = [];
  const codeDisagreements: string[] = [];
  let skipped = 0;
  for (const record of records) {
    if (notReplies.has(record.reason)) {
      skipped++;
      continue;
    }
    const result = explain(record.diagnosticcode, record.smtpcommand ? { command: record.smtpcommand } : {});
    const mapping = sisimaiReasons[record.reason];
    counts.reasons++;
    const exact = mapping?.exact === result.reason;
    const refined = exact || (mapping?.finer?.includes(result.reason) ?? false);
    if (exact) counts.exact++;
    if (refined) counts.refined++;
    if (refined || sisimaiAlternatives[record.reason]?.includes(result.reason)) counts.alternatives++;
    if (!refined) {
      disagreements.push({
        file: record.file,
        sisimai: record.reason,
        ours: result.reason,
        rule: result.rule,
        text: record.diagnosticcode,
      });
    }
    const row = confusion.get(record.reason) ?? new Map<Reason, number>();
    row.set(result.reason, (row.get(result.reason) ?? 0) + 1);
    confusion.set(record.reason, row);
    if (record.softbounce === 0 || record.softbounce === 1) {
      counts.bounces++;
      const agrees = (result.bounce === "hard") === (record.softbounce === 0);
      if (agrees) counts.bounce++;
      if (agrees || sisimaiAlternatives[record.reason]?.includes(result.reason)) counts.bounceAlternatives++;
    }
    const expectedCode = record.replycode === "" ? null : record.replycode;
    if (result.code === expectedCode) counts.basicAll++;
    else
      codeDisagreements.push(
        `${record.file}: code sisimai ${expectedCode}, ours ${result.code}: ${record.diagnosticcode}`,
      );
    if (expectedCode !== null && new RegExp(`(?<!\\d)${expectedCode}(?!\\d)`).test(record.diagnosticcode)) {
      counts.basics++;
      if (result.code === expectedCode) counts.basic++;
    }
    if (record.deliverystatus && record.diagnosticcode.includes(record.deliverystatus)) {
      counts.enhanceds++;
      if (result.enhanced === record.deliverystatus) counts.enhanced++;
      else
        codeDisagreements.push(
          `${record.file}: enhanced sisimai ${record.deliverystatus}, ours ${result.enhanced}`,
        );
    }
  }
  return {
    records: records.length,
    skipped,
    reasonExact: { agree: counts.exact, total: counts.reasons },
    reasonRefined: { agree: counts.refined, total: counts.reasons },
    reasonAlternatives: { agree: counts.alternatives, total: counts.reasons },
    bounce: { agree: counts.bounce, total: counts.bounces },
    bounceAlternatives: { agree: counts.bounceAlternatives, total: counts.bounces },
    basicCode: { agree: counts.basic, total: counts.basics },
    basicCodeAll: { agree: counts.basicAll, total: counts.reasons },
    enhancedCode: { agree: counts.enhanced, total: counts.enhanceds },
    confusion,
    disagreements,
    codeDisagreements,
  };
}

export const percent = (ratio: Ratio): string =>
  ratio.total === 0
    ? "n/a"
    : `${((100 * ratio.agree) / ratio.total).toFixed(1)} % (${ratio.agree}/${ratio.total})`;
