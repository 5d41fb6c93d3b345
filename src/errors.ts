import type { Finding } from './findings.js';

/** Bad usage: a flag, an input or a path the gate cannot work with. Exit status 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A stage could not run at all (a missing config, an invalid schema). Carries the finding that
 * explains it, so the report still says what happened; exit status 2.
 */
export class StageError extends Error {
  override name = 'StageError';
  readonly findings: Finding[];
  constructor(findings: Finding | Finding[]) {
    const list = Array.isArray(findings) ? findings : [findings];
    super(list[0]?.message ?? 'stage could not run');
    this.findings = list;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
