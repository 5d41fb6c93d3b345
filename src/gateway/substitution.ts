// The gateway replaces `$env.X` / `$secret.X` / `$secrets.X` values before it validates and uses
// its config (ValueMapper.replaceEnvAndSecrets, then the schema): a value that starts with one of
// these prefixes is replaced whole by env[rest], or "" when unset. The schema is judged on that.
import type { ErrorObject } from 'ajv';
import { MAX_DEPTH, toPointer } from '../json/json-source.js';
import { scanValue, type ScannedString } from '../json/value-scan.js';

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

/** Whether a string may hold a reference or a near miss (`https://$env.HOST`): the strings worth a look. */
export function mayHoldReference(text: string): boolean {
  return text.includes('$') && /\$(?:env|secrets?)\./.test(text);
}

/**
 * A copy of `config` with every reference whose var is known replaced, as the Worker would.
 * `strings`: the config's strings that may hold a reference (`mayHoldReference`), when the caller
 * has already walked the config for them. Only the objects and arrays on the way to a replaced
 * value are copied; with nothing replaced, `value` is `config` itself (neither is ever modified).
 */
export function substitute(
  config: unknown,
  vars: Record<string, unknown> | undefined,
  strings: readonly ScannedString[] = scanValue(config, MAX_DEPTH, mayHoldReference).strings,
): Substituted {
  const known: Substituted['known'] = new Map();
  const unknown = new Set<string>();
  const replacements: Array<{ path: readonly (string | number)[]; value: unknown }> = [];
  for (const { path, value: text } of strings) {
    const ref = referenceIn(text);
    if (!ref) continue;
    const pointer = toPointer(path);
    // One `env` holds vars and secrets: a var answers `$secret(s).X` too (a secret cannot share its name).
    if (vars && Object.hasOwn(vars, ref.name)) {
      known.set(pointer, { raw: text, name: ref.name, value: vars[ref.name] });
      replacements.push({ path, value: vars[ref.name] });
    } else unknown.add(pointer);
  }
  return { value: withReplaced(config, replacements), known, unknown };
}

type Container = Record<string | number, unknown>;

/** `root` with the value at each path replaced, copying only the containers on those paths. */
export function withReplaced(
  root: unknown,
  replacements: readonly { path: readonly (string | number)[]; value: unknown }[],
): unknown {
  const copies = new Map<unknown, Container>();
  const copyOf = (node: unknown): Container => {
    let copy = copies.get(node);
    if (!copy) {
      copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Container;
      copies.set(node, copy);
    }
    return copy;
  };
  // A key such as "__proto__" must stay an own property, as JSON.parse made it.
  const set = (target: Container, key: string | number, value: unknown) =>
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  let result = root;
  for (const { path, value } of replacements) {
    if (path.length === 0) {
      result = value;
      continue;
    }
    let original = root as Container;
    let copy = copyOf(original);
    result = copy;
    for (const key of path.slice(0, -1)) {
      const child = original[key];
      const childCopy = copyOf(child);
      set(copy, key, childCopy);
      original = child as Container;
      copy = childCopy;
    }
    set(copy, path[path.length - 1]!, value);
  }
  return result;
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
