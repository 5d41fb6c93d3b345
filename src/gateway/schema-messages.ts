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
  // A generic "no allowed shape" adds nothing where a branch (reached through $ref) already said what is wrong.
  return issues.filter((i) => i.code !== 'schema_violation' || !issues.some((o) => o !== i && o.pointer === i.pointer));
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

function issueFromAjvError(error: ErrorObject, data: unknown, all: readonly ErrorObject[]): ConfigIssue {
  const pointer = error.instancePath;
  const where = describePointer(data, pointer);
  const name = lastName(pointer);
  const value = valueAt(data, pointer);
  const params = error.params as Record<string, unknown>;
  const base = { severity: 'error' as const, pointer, target: 'value' as const };

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        ...base,
        code: 'missing_property',
        message: `${where} is missing the required property \`${missing}\``,
        fix: `Add "${missing}" to ${where}.`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(extra, allowed);
      return {
        ...base,
        code: 'unknown_property',
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        target: 'key',
        message: `${where} has an unknown property \`${extra}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        fix: suggestion
          ? `Rename "${extra}" to "${suggestion}".`
          : `Remove "${extra}"; allowed here: ${listOf(allowed)}.`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const suggestion =
        typeof value === 'string'
          ? closest(
              value,
              allowed.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const headHint =
        value === 'HEAD' && name === '`method`' ? ' (the gateway does not route HEAD; use GET or ANY)' : '';
      return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be one of ${listOf(allowed)}; got ${quote(value)}${headHint}`,
        fix: suggestion ? `Use "${suggestion}".` : `Use one of ${listOf(allowed)} in ${where}.`,
      };
    }
    case 'const':
      return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be ${quote(params.allowedValue)}; got ${quote(value)}`,
        fix: `Set ${where} to ${quote(params.allowedValue)}.`,
      };
    case 'type': {
      const wanted = String(params.type).split(',').map(article).join(' or ');
      return {
        ...base,
        code: 'wrong_type',
        message: `${name} must be ${wanted}; got ${typeName(value)}${typeof value === 'string' || typeof value === 'number' ? ` (${quote(value)})` : ''}`,
        fix: `Change ${where} to ${wanted}.`,
      };
    }
    case 'pattern': {
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
    case 'format':
      return {
        ...base,
        code: 'invalid_format',
        message: `${name} must be a valid ${String(params.format)}; got ${quote(value)}`,
        fix: `Fix ${where}.`,
      };
    case 'minLength':
      return Number(params.limit) <= 1
        ? { ...base, code: 'empty_value', message: `${name} must not be empty`, fix: `Give ${where} a value.` }
        : {
            ...base,
            code: 'invalid_value',
            message: `${name} must be at least ${String(params.limit)} characters; got ${quote(value)}`,
          };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...base,
        code: 'invalid_value',
        message: `${name} ${error.message ?? 'is out of range'}; got ${quote(value)}`,
        fix: `Fix ${where}.`,
      };
    case 'uniqueItems':
      return {
        ...base,
        code: 'duplicate_item',
        pointer: `${pointer}/${String(params.i)}`,
        message: `${name} lists ${quote((value as unknown[] | undefined)?.[Number(params.i)])} twice (items ${String(params.j)} and ${String(params.i)})`,
        fix: `Remove the repeated item from ${where}.`,
      };
    case 'anyOf':
    case 'oneOf': {
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
    default:
      return {
        ...base,
        code: 'schema_violation',
        message: `${where} ${error.message ?? `fails ${error.keyword}`}`,
        fix: `Fix ${where} (schema keyword ${error.keyword}).`,
      };
  }
}

function article(type: string): string {
  if (type === 'null') return 'null';
  if (type === 'object' || type === 'array' || type === 'integer') return `an ${type}`;
  return `a ${type}`;
}
