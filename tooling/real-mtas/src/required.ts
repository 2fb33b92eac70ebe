/**
 * Whether an MTA's spec can run. In CI (CI=true) a missing MTA fails the run: `.ci/run` calls
 * scripts/fetch-mtas.sh. On a developer machine the spec skips with a message that says how
 * to fetch it.
 */
export function requireMta(name: string, available: boolean): boolean {
  if (available) return true;
  const text = `real-mtas: ${name} is not unpacked`;
  if (process.env.CI === "true")
    throw new Error(`${text}; .ci/run must run tooling/real-mtas/scripts/fetch-mtas.sh`);
  console.warn(`${text}: skipping (run tooling/real-mtas/scripts/fetch-mtas.sh)`);
  return false;
}
