// The gate's own time limits, shortened from the environment for tests that wait out a hang
// (GATE_WRANGLER_TIMEOUT_MS, GATE_API_TIMEOUT_MS, GATE_API_BUDGET_MS). A value can only shorten the
// limit: a user's environment can never make the gate wait longer than its defaults.

/** `env[name]` in milliseconds when it is a positive number below `limitMs`; otherwise `limitMs`. */
export function shortenedLimit(env: NodeJS.ProcessEnv, name: string, limitMs: number): number {
  const asked = Number(env[name]);
  return Number.isFinite(asked) && asked > 0 ? Math.min(asked, limitMs) : limitMs;
}
