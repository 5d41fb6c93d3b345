// The gateway replaces `$env.X` / `$secret.X` / `$secrets.X` values before it validates and uses
// its config (ValueMapper.replaceEnvAndSecrets, then the schema): a value that starts with one of
// these prefixes is replaced whole by env[rest], or "" when unset. The schema is judged on that.
import type { ErrorObject } from 'ajv';
import { toPointer } from '../json/json-source.js';

/** The gateway's prefixes, in the order it tests them ("$secrets." before "$secret."). */
const PREFIXES = [
  ['$env.', 'env'],
  ['$secrets.', 'secret'],
  ['$secret.', 'secret'],
] as const;

export interface Substituted {
  /** The config as the gateway will see it, as far as the vars tell. */
  value: unknown;
  /** Pointer → the reference whose var is known, with its value. */
  known: Map<string, { raw: string; name: string; value: unknown }>;
  /** Pointers of references whose value the gate cannot know (secrets, vars it has not seen). */
  unknown: Set<string>;
}

/** `{kind, name}` when the gateway replaces this string, by its own whole-value prefix rule. */
export function referenceIn(text: string): { kind: 'env' | 'secret'; name: string } | undefined {
  const match = PREFIXES.find(([prefix]) => text.startsWith(prefix));
  return match ? { kind: match[1], name: text.slice(match[0].length) } : undefined;
}

/** A copy of `config` with every reference whose var is known replaced, as the Worker would. */
export function substitute(config: unknown, vars: Record<string, unknown> | undefined): Substituted {
  const known: Substituted['known'] = new Map();
  const unknown = new Set<string>();
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      const ref = referenceIn(node);
      if (!ref) return node;
      const pointer = toPointer(path);
      // One `env` holds vars and secrets: a var answers `$secret(s).X` too (a secret cannot share its name).
      if (vars && Object.hasOwn(vars, ref.name)) {
        known.set(pointer, { raw: node, name: ref.name, value: vars[ref.name] });
        return vars[ref.name];
      }
      unknown.add(pointer);
      return node;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return node;
  };
  return { value: walk(config, []), known, unknown };
}

const DEFERRED = new Set(['format', 'pattern']);

/**
 * Drops the errors the gateway's own order makes moot: a format or pattern on a reference it
 * replaces before validating, whose value the gate cannot know; and an anyOf/oneOf that such a
 * value could still satisfy (one branch failed only on those).
 */
export function dropDeferredChecks(errors: readonly ErrorObject[], unknown: Set<string>): ErrorObject[] {
  const deferred = (e: ErrorObject) => DEFERRED.has(e.keyword) && unknown.has(e.instancePath);
  const dropped = new Set<ErrorObject>(errors.filter(deferred));
  for (const combinator of errors) {
    const isCombinator = combinator.keyword === 'anyOf' || combinator.keyword === 'oneOf';
    if (!isCombinator || !unknown.has(combinator.instancePath)) continue;
    const branches = branchErrors(errors, combinator.schemaPath);
    if ([...branches.values()].some((list) => list.every(deferred))) {
      for (const e of [combinator, ...[...branches.values()].flat()]) dropped.add(e);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

/** The errors under each branch (`<schemaPath>/<index>/…`) of a combinator. */
function branchErrors(errors: readonly ErrorObject[], schemaPath: string): Map<string, ErrorObject[]> {
  const branches = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (!e.schemaPath.startsWith(`${schemaPath}/`)) continue;
    const index = e.schemaPath.slice(schemaPath.length + 1).split('/')[0]!;
    branches.set(index, [...(branches.get(index) ?? []), e]);
  }
  return branches;
}
