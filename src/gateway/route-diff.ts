// What differs between two gateway configs, route by route ("METHOD /path"), for config drift.

export interface RouteDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

type Route = { method?: unknown; path?: unknown };

function routes(config: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const paths = (config as { paths?: unknown } | null)?.paths;
  if (!Array.isArray(paths)) return out;
  for (const route of paths as Route[]) {
    if (!route || typeof route !== 'object') continue;
    const key = `${String(route.method ?? 'ANY').toUpperCase()} ${String(route.path ?? '?')}`;
    if (!out.has(key)) out.set(key, JSON.stringify(route));
  }
  return out;
}

/** Routes of `served` relative to `repo`: added (only served), removed (only in the repo), changed. */
export function diffRoutes(repo: unknown, served: unknown): RouteDiff {
  const a = routes(repo);
  const b = routes(served);
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k)),
  };
}

export function describeDiff(diff: RouteDiff, limit = 5): string {
  const part = (sign: string, list: string[]) => {
    const more = list.length > limit ? ', …' : '';
    return list.length ? `${sign}${list.length} (${list.slice(0, limit).join(', ')}${more})` : '';
  };
  const parts = [part('+', diff.added), part('-', diff.removed), part('~', diff.changed)].filter(Boolean);
  return parts.length ? `routes ${parts.join('; ')}` : 'same routes; other settings differ';
}
