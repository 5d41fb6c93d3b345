import type { Severity } from '../findings.js';
import type { Target } from '../json/json-source.js';

/**
 * A problem found in a JSON document, addressed by JSON pointer; the validate stage turns it
 * into a finding once it knows the pointer's line and column.
 */
export interface ConfigIssue {
  code: string;
  severity: Severity;
  message: string;
  fix?: string;
  pointer: string;
  /** Point at the property name (a key to rename or remove) or at its value. */
  target: Target;
  /** Another place the message refers to (the route that wins); its line is added to the message. */
  related?: string;
}

/** Human path of a pointer into a gateway config: "paths[3].integration (route GET /users/{id})". */
export function describePointer(config: unknown, pointer: string): string {
  const segs =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segs.length === 0) return 'the config';
  let text = '';
  for (const seg of segs) text += /^\d+$/.test(seg) ? `[${seg}]` : text === '' ? seg : `.${seg}`;
  const route = routeLabel(config, segs);
  return route ? `${text} (${route})` : text;
}

export function routeLabel(config: unknown, segs: readonly string[]): string | undefined {
  if (segs[0] !== 'paths' || segs[1] === undefined) return undefined;
  const route = (config as { paths?: unknown[] } | null)?.paths?.[Number(segs[1])] as
    { method?: unknown; path?: unknown } | undefined;
  if (!route || typeof route !== 'object') return undefined;
  const method = typeof route.method === 'string' ? route.method : '?';
  const path = typeof route.path === 'string' ? route.path : '?';
  return `route ${method} ${path}`;
}
