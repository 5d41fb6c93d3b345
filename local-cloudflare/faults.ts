// Fault injection for the API: rate limits, server errors, slow and hung answers on chosen paths,
// so retry and timeout handling is tested against the same server wrangler talks to.

export interface FaultRule {
  /** A regular expression matched against the path after `/client/v4` (e.g. `/workers/scripts/[^/]+/deployments$`). */
  path: string;
  method?: string;
  /** Answer with this status and a Cloudflare error body (429 adds `Retry-After`). */
  status?: number;
  code?: number;
  message?: string;
  retryAfter?: number;
  /** Wait this long first; with no `status`, the real answer follows. */
  delayMs?: number;
  /** Never answer (the connection is dropped when the client gives up or the server stops). */
  hang?: boolean;
  /** How many matching requests it applies to; unlimited when absent. */
  times?: number;
  /** How many matching requests it lets through first (the second upload of a run, say). */
  skip?: number;
}

interface ActiveRule extends FaultRule {
  regex: RegExp;
  used: number;
  skipped: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  add(rules: FaultRule[]): void {
    for (const rule of rules) {
      if (typeof rule.path !== 'string') throw new Error('a fault rule needs a "path" (a regular expression)');
      this.rules.push({ ...rule, regex: new RegExp(rule.path), used: 0, skipped: 0 });
    }
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ regex: _regex, used, skipped: _skipped, ...rule }) => ({ ...rule, used }));
  }

  /** The rule that applies to this request, counting it as used. */
  take(method: string, apiPath: string): FaultRule | undefined {
    const matches = (r: ActiveRule) => (!r.method || r.method.toUpperCase() === method) && r.regex.test(apiPath);
    const rule = this.rules.find((r) => matches(r) && (r.times === undefined || r.used < r.times));
    if (!rule) return undefined;
    if (rule.skipped < (rule.skip ?? 0)) {
      rule.skipped++;
      return undefined;
    }
    rule.used++;
    return rule;
  }
}
