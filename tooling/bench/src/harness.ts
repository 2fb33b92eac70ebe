/**
 * A small benchmark harness: every figure is operations per second over a set of inputs, taken
 * as the median of several timed rounds after a warm-up, and printed beside a baseline measured
 * in the same process, so that machines of different speed give comparable ratios.
 */

export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
}

/** Runs `fn` over `inputs` in rounds of about `roundMs` and returns the median rate. */
export function measure<T>(
  name: string,
  fn: (input: T) => unknown,
  inputs: readonly T[],
  rounds = 7,
  roundMs = 300,
): Measurement {
  let sink = 0;
  const pass = (): void => {
    for (const input of inputs) if (fn(input)) sink++;
  };
  const warmUntil = performance.now() + roundMs;
  while (performance.now() < warmUntil) pass();
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let operations = 0;
    const start = performance.now();
    let now = start;
    while (now - start < roundMs) {
      pass();
      operations += inputs.length;
      now = performance.now();
    }
    rates.push((operations * 1000) / (now - start));
  }
  rates.sort((a, b) => a - b);
  if (sink < 0) console.log(sink); // keeps the results alive
  return { name, opsPerSecond: rates[Math.floor(rates.length / 2)] ?? 0 };
}

/**
 * The time of `candidate` as a multiple of the time of `baseline` on the same inputs: rounds of
 * the two alternate (so that both meet the same machine state), and the median of the per-pair
 * ratios is returned. Small differences (a few per cent) need this; separate runs drift more.
 */
export function timeRatio<T>(
  baseline: (input: T) => unknown,
  candidate: (input: T) => unknown,
  inputs: readonly T[],
  pairs = 15,
  roundMs = 150,
): number {
  const rate = (fn: (input: T) => unknown): number => measure("", fn, inputs, 1, roundMs).opsPerSecond;
  rate(baseline);
  rate(candidate);
  const ratios: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    const first = pair % 2 === 0;
    const a = first ? rate(baseline) : 0;
    const b = rate(candidate);
    const base = first ? a : rate(baseline);
    ratios.push(base / b);
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? 0;
}

/** Milliseconds for one call, the best of a few (for single large inputs). */
export function timeOnce(fn: () => unknown, repeat = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export const formatRate = (rate: number): string =>
  rate >= 1e6
    ? `${(rate / 1e6).toFixed(2)} M/s`
    : rate >= 1e3
      ? `${(rate / 1e3).toFixed(1)} k/s`
      : `${rate.toFixed(0)} /s`;

/** One line of the report: name, rate, ratio to the baseline. */
export function report(measurement: Measurement, baseline: Measurement): string {
  const ratio = measurement.opsPerSecond / baseline.opsPerSecond;
  return `${measurement.name.padEnd(34)} ${formatRate(measurement.opsPerSecond).padStart(11)}   ${ratio.toFixed(3)} x ${baseline.name}`;
}
