// Turns ajv's errors into findings a person understands, addressed at the offending key or value.
import type { ErrorObject } from 'ajv';
import { closest, listOf, quote, typeName } from '../text.js';
import { type ConfigIssue, describePointer } from './config-issue.js';

export function issuesFromAjvErrors(errors: readonly ErrorObject[], data: unknown): ConfigIssue[] {
  // anyOf/oneOf report every branch's failure before their own; one combined message reads better.
  const combinators = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => e.schemaPath + '/');
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue; // the failing "then" branch says what is wrong
    if (combinators.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const issue = issueFromAjvError(error, data, errors);
    const key = `${issue.pointer}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  // A generic "no allowed shape" adds nothing where a branch (reached through $ref) already said
  // what is wrong.
  const saidElsewhere = (i: ConfigIssue): boolean => issues.some((o) => o !== i && o.pointer === i.pointer);
  return issues.filter((i) => i.code !== 'schema_violation' || !saidElsewhere(i));
}

function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const seg of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function lastName(pointer: string): string {
  const seg = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return seg === '' ? 'the config' : /^\d+$/.test(seg) ? `item ${seg}` : `\`${seg}\``;
}

/** What every keyword's message draws on: the offending value, where it sits and how to name it. */
interface ErrorContext {
  error: ErrorObject;
  all: readonly ErrorObject[];
  pointer: string;
  where: string;
  name: string;
  value: unknown;
  params: Record<string, unknown>;
  base: { severity: 'error'; pointer: string; target: 'value' };
}

function issueFromAjvError(error: ErrorObject, data: unknown, all: readonly ErrorObject[]): ConfigIssue {
  const pointer = error.instancePath;
  const c: ErrorContext = {
    error,
    all,
    pointer,
    where: describePointer(data, pointer),
    name: lastName(pointer),
    value: valueAt(data, pointer),
    params: error.params as Record<string, unknown>,
    base: { severity: 'error' as const, pointer, target: 'value' as const },
  };
  switch (error.keyword) {
    case 'required':
      return missingPropertyIssue(c);
    case 'additionalProperties':
      return unknownPropertyIssue(c);
    case 'enum':
      return notAllowedValueIssue(c);
    case 'const':
      return notTheConstantIssue(c);
    case 'type':
      return wrongTypeIssue(c);
    case 'pattern':
      return patternIssue(c);
    case 'format':
      return formatIssue(c);
    case 'minLength':
      return tooShortIssue(c);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return outOfRangeIssue(c);
    case 'uniqueItems':
      return duplicateItemIssue(c);
    case 'anyOf':
    case 'oneOf':
      return noBranchMatchesIssue(c);
    default:
      return otherSchemaIssue(c);
  }
}

function missingPropertyIssue({ base, params, where }: ErrorContext): ConfigIssue {
  const missing = String(params.missingProperty);
  return {
    ...base,
    code: 'missing_property',
    message: `${where} is missing the required property \`${missing}\``,
    fix: `Add "${missing}" to ${where}.`,
  };
}

function unknownPropertyIssue({ base, params, where, pointer, error }: ErrorContext): ConfigIssue {
  const extra = String(params.additionalProperty);
  const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const suggestion = closest(extra, allowed);
  return {
    ...base,
    code: 'unknown_property',
    pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    target: 'key',
    message: `${where} has an unknown property \`${extra}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''),
    fix: suggestion ? `Rename "${extra}" to "${suggestion}".` : `Remove "${extra}"; allowed here: ${listOf(allowed)}.`,
  };
}

function notAllowedValueIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  const allowed = (params.allowedValues as unknown[]) ?? [];
  const suggestion =
    typeof value === 'string'
      ? closest(
          value,
          allowed.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  const headHint = value === 'HEAD' && name === '`method`' ? ' (the gateway does not route HEAD; use GET or ANY)' : '';
  return {
    ...base,
    code: 'invalid_value',
    message: `${name} must be one of ${listOf(allowed)}; got ${quote(value)}${headHint}`,
    fix: suggestion ? `Use "${suggestion}".` : `Use one of ${listOf(allowed)} in ${where}.`,
  };
}

function notTheConstantIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  return {
    ...base,
    code: 'invalid_value',
    message: `${name} must be ${quote(params.allowedValue)}; got ${quote(value)}`,
    fix: `Set ${where} to ${quote(params.allowedValue)}.`,
  };
}

function wrongTypeIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  const wanted = String(params.type).split(',').map(article).join(' or ');
  const shown = typeof value === 'string' || typeof value === 'number' ? ` (${quote(value)})` : '';
  return {
    ...base,
    code: 'wrong_type',
    message: `${name} must be ${wanted}; got ${typeName(value)}${shown}`,
    fix: `Change ${where} to ${wanted}.`,
  };
}

function patternIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  const startsWithSlash = params.pattern === '^/';
  return {
    ...base,
    code: 'invalid_format',
    message: startsWithSlash
      ? `${name} must start with /; got ${quote(value)}`
      : `${name} must match ${String(params.pattern)}; got ${quote(value)}`,
    fix: startsWithSlash && typeof value === 'string' ? `Use "/${value}".` : `Fix ${where}.`,
  };
}

function formatIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  return {
    ...base,
    code: 'invalid_format',
    message: `${name} must be a valid ${String(params.format)}; got ${quote(value)}`,
    fix: `Fix ${where}.`,
  };
}

function tooShortIssue({ base, params, where, name, value }: ErrorContext): ConfigIssue {
  return Number(params.limit) <= 1
    ? { ...base, code: 'empty_value', message: `${name} must not be empty`, fix: `Give ${where} a value.` }
    : {
        ...base,
        code: 'invalid_value',
        message: `${name} must be at least ${String(params.limit)} characters; got ${quote(value)}`,
      };
}

function outOfRangeIssue({ base, error, where, name, value }: ErrorContext): ConfigIssue {
  return {
    ...base,
    code: 'invalid_value',
    message: `${name} ${error.message ?? 'is out of range'}; got ${quote(value)}`,
    fix: `Fix ${where}.`,
  };
}

function duplicateItemIssue({ base, params, where, name, value, pointer }: ErrorContext): ConfigIssue {
  const repeated = quote((value as unknown[] | undefined)?.[Number(params.i)]);
  return {
    ...base,
    code: 'duplicate_item',
    pointer: `${pointer}/${String(params.i)}`,
    message: `${name} lists ${repeated} twice (items ${String(params.j)} and ${String(params.i)})`,
    fix: `Remove the repeated item from ${where}.`,
  };
}

/** anyOf/oneOf: when every branch only lacks a property, name the choices; else a generic shape mismatch. */
function noBranchMatchesIssue({ base, error, all, where }: ErrorContext): ConfigIssue {
  const branches = all.filter((e) => e.schemaPath.startsWith(error.schemaPath + '/'));
  const requiredOnly = branches.length > 0 && branches.every((e) => e.keyword === 'required');
  if (requiredOnly) {
    const names = branches.map((e) => `\`${String((e.params as { missingProperty?: unknown }).missingProperty)}\``);
    return {
      ...base,
      code: 'missing_property',
      message: `${where} needs one of ${names.join(' or ')}`,
      fix: `Add ${names.join(' or ')} to ${where}.`,
    };
  }
  return {
    ...base,
    code: 'schema_violation',
    message: `${where} does not match any of the allowed shapes`,
    fix: `Compare ${where} with the schema.`,
  };
}

function otherSchemaIssue({ base, error, where }: ErrorContext): ConfigIssue {
  return {
    ...base,
    code: 'schema_violation',
    message: `${where} ${error.message ?? `fails ${error.keyword}`}`,
    fix: `Fix ${where} (schema keyword ${error.keyword}).`,
  };
}

function article(type: string): string {
  if (type === 'null') return 'null';
  if (type === 'object' || type === 'array' || type === 'integer') return `an ${type}`;
  return `a ${type}`;
}
