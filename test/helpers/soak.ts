// Repeat loops ("N healthy runs in a row") are soak tests: the regular suite runs them a couple of
// times, `npm run soak -- --runs N` (scripts/soak.ts) runs them N times. A test file that calls
// `soakRuns` is a soak file: the soak script runs exactly those.

/** How many times a repeat loop runs: GATE_SOAK_RUNS (set by `npm run soak`), else `regular`. */
export function soakRuns(regular = 2): number {
  const value = process.env.GATE_SOAK_RUNS;
  if (value === undefined || value === '') return regular;
  const runs = Number(value);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`GATE_SOAK_RUNS must be a whole number >= 1; got "${value}"`);
  return runs;
}
