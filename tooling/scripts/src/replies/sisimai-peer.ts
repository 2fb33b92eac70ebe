import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Reason } from "@smtp-codes/core";
import { sisimaiReasons } from "../corpus/sisimai-mapping.js";

/**
 * The reasons of ours that a Sisimai 4.25 reason stands for: its exact one and the finer ones
 * it files under it (`sisimai-mapping.ts`). A Sisimai answer agrees with a label when the label
 * is among them, which counts every finer reason of ours as Sisimai's broader one.
 */
export function reasonsOfSisimai(sisimaiReason: string): readonly Reason[] {
  const mapping = sisimaiReasons[sisimaiReason];
  return mapping ? [mapping.exact, ...(mapping.finer ?? [])] : [];
}

/** Whether Sisimai's reason agrees with a label (the label is its reason or a finer one of it). */
export function sisimaiAgrees(label: Reason, sisimaiReason: string): boolean {
  return reasonsOfSisimai(sisimaiReason).includes(label);
}

/**
 * Whether our reason agrees with a label at Sisimai's granularity: some Sisimai reason stands
 * for both, so that a finer reason of ours next to its broader label (rateLimited for
 * tooManyConnections) counts as Sisimai's would. Exact agreement is measured apart.
 */
export function agreesAtSisimaisGranularity(label: Reason, ours: Reason): boolean {
  if (label === ours) return true;
  return Object.keys(sisimaiReasons).some((name) => {
    const covered = reasonsOfSisimai(name);
    return covered.includes(label) && covered.includes(ours);
  });
}

/** Sisimai's reason for each text, in order, or why it could not be asked. */
export function sisimaiReasonsFor(texts: readonly string[]): readonly string[] | string {
  const script = fileURLToPath(new URL("./sisimai-reason.pl", import.meta.url));
  const input = texts.map((text) => JSON.stringify(text)).join("\n");
  const run = spawnSync("perl", [script], { input: `${input}\n`, encoding: "utf8", maxBuffer: 16 << 20 });
  if (run.error) return `perl could not be run: ${run.error.message}`;
  if (run.status !== 0) {
    return /Can't locate Sisimai/.test(run.stderr)
      ? "Sisimai is not installed: apt-get install libsisimai-perl (Debian, Sisimai 4.25)"
      : `Sisimai failed: ${run.stderr.trim().slice(0, 400)}`;
  }
  const reasons = run.stdout.split("\n").slice(0, texts.length);
  if (reasons.length !== texts.length) return `Sisimai answered ${reasons.length} of ${texts.length} texts`;
  return reasons;
}

/** One side's agreement with the labels over a set of replies. */
export interface PeerCounts {
  readonly total: number;
  /** Ours: the label exactly. */
  readonly oursExact: number;
  /** Ours at Sisimai's granularity (see `agreesAtSisimaisGranularity`). */
  readonly oursCoarse: number;
  /** Sisimai, every finer reason of ours counted as its broader one. */
  readonly sisimai: number;
  /** Replies labelled `greylisted`, a reason Sisimai 4.25 has no name for (inside `total`). */
  readonly greylisted: number;
}

/** Counts both classifiers' agreement with the labels, reply by reply. */
export function comparePeers(
  labels: readonly Reason[],
  ours: readonly Reason[],
  sisimai: readonly string[],
): PeerCounts {
  let oursExact = 0;
  let oursCoarse = 0;
  let sisimaiAgreed = 0;
  let greylisted = 0;
  labels.forEach((label, i) => {
    const our = ours[i] as Reason;
    if (label === "greylisted") greylisted++;
    if (our === label) oursExact++;
    if (agreesAtSisimaisGranularity(label, our)) oursCoarse++;
    if (sisimaiAgrees(label, sisimai[i] ?? "")) sisimaiAgreed++;
  });
  return { total: labels.length, oursExact, oursCoarse, sisimai: sisimaiAgreed, greylisted };
}
