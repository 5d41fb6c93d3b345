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
}

interface ActiveRule extends FaultRule {
  regex: RegExp;
  used: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  add(rules: FaultRule[]): void {
    for (const rule of rules) {
      if (typeof rule.path !== 'string') throw new Error('a fault rule needs a "path" (a regular expression)');
      this.rules.push({ ...rule, regex: new RegExp(rule.path), used: 0 });
    }
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ regex: _regex, used, ...rule }) => ({ ...rule, used }));
  }

  /** The rule that applies to this request, counting it as used. */
  take(method: string, apiPath: string): FaultRule | undefined {
    const rule = this.rules.find((r) => (!r.method || r.method.toUpperCase() === method) && r.regex.test(apiPath) && (r.times === undefined || r.used < r.times));
    if (rule) rule.used++;
    return rule;
  }
}
