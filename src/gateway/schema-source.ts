// Which JSON Schema the config is checked against, and compiling a user's schema with ajv.
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { StageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { readTextFile } from '../files.js';
import { locatePointers, parseJson } from '../json/json-source.js';
import type { ConfigIssue } from './config-issue.js';
import { findRefCycle } from './schema-cycles.js';
import { issuesFromAjvErrors } from './schema-messages.js';

export type SchemaChoice = { kind: 'bundled' } | { kind: 'file'; file: string; origin: '$schema' | 'schema input' };

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The `schema` input first (the user asked for it), then the config's own local `$schema`, then the
 * bundled schema. A `$schema` that names no file is a warning either way: the editor hint is broken.
 */
export function chooseSchema(
  config: unknown,
  configFile: string,
  schemaInput: string | undefined,
  exists: (file: string) => boolean,
): { choice: SchemaChoice; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const own = (config as { $schema?: unknown } | null)?.$schema;
  let ownFile: string | undefined;
  if (typeof own === 'string' && own !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(own)) {
    const file = path.resolve(path.dirname(configFile), own);
    if (exists(file)) ownFile = file;
    else {
      issues.push({
        code: 'schema_not_found',
        severity: 'warning',
        pointer: '/$schema',
        target: 'value',
        message:
          `$schema names ${JSON.stringify(own)}, which does not exist next to the config; validated against` +
          ` ${schemaInput ? 'the schema input' : 'the bundled schema'} instead`,
        fix: 'Fix the $schema path (relative to the config file) or remove it.',
      });
    }
  }
  if (schemaInput) return { choice: { kind: 'file', file: schemaInput, origin: 'schema input' }, issues };
  if (ownFile) return { choice: { kind: 'file', file: ownFile, origin: '$schema' }, issues };
  return { choice: { kind: 'bundled' }, issues };
}

/**
 * The validator for a choice. A broken schema input stops the stage (exit 2: the gate cannot do
 * what it was asked); a broken `$schema` of the config's own is a warning on the schema's line,
 * and the config is validated against the bundled schema instead, so every other check still runs.
 * (On Workers the gateway cannot compile a schema at runtime, so a broken one breaks no deploy.)
 */
export async function loadValidator(
  choice: SchemaChoice,
  display: string,
): Promise<{ validator: Validator; choice: SchemaChoice; findings: Finding[] }> {
  if (choice.kind === 'bundled') return { validator: await bundledValidator(), choice, findings: [] };
  if (choice.origin === 'schema input')
    return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
  try {
    return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    const findings = error.findings.map((f) => ({
      ...f,
      severity: 'warning' as const,
      message:
        `${f.message}; the config's $schema names it, so the config was validated against the bundled schema` +
        ` instead`,
    }));
    return { validator: await bundledValidator(), choice: { kind: 'bundled' }, findings };
  }
}

/** The bundled schema, compiled at build time (scripts/generate-validator.mjs). */
export async function bundledValidator(): Promise<Validator> {
  const mod = await import('./gateway-config.validator.js');
  return mod.default;
}

interface AjvInstance {
  validateSchema(schema: unknown): boolean | Promise<unknown>;
  compile(schema: unknown): Validator;
  errors?: ErrorObject[] | null;
}
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

// ajv ships CommonJS with `exports.default`; Node and bundlers disagree on which one `default` is.
function interop<T>(mod: unknown): T {
  const d = (mod as { default?: unknown }).default ?? mod;
  return ((d as { default?: unknown }).default ?? d) as T;
}

async function ajvFor(schema: unknown): Promise<AjvClass> {
  const meta = String((schema as { $schema?: unknown } | null)?.$schema ?? '');
  if (/draft-0[67]|draft-04/.test(meta)) return interop<AjvClass>(await import('ajv'));
  if (/2019-09/.test(meta)) return interop<AjvClass>(await import('ajv/dist/2019.js'));
  return interop<AjvClass>(await import('ajv/dist/2020.js'));
}

/** Loads and compiles a user's schema; anything wrong with it stops the stage (exit 2). */
export async function compileSchemaFile(file: string, display: string): Promise<Validator> {
  const fail = (code: string, message: string, fix: string, location?: Finding['location']): never => {
    throw new StageError({
      stage: 'validate',
      layer: 'config',
      code,
      severity: 'error',
      message,
      fix,
      location,
    });
  };
  const read = readTextFile(file);
  if (!read.ok) {
    const code = read.reason === 'missing' ? 'schema_not_found' : 'schema_unreadable';
    const fix = "Point the `schema` input (or the config's $schema) at a JSON Schema file.";
    const where = read.reason === 'missing' ? undefined : { file: display, line: read.line ?? 1 };
    return fail(code, `schema ${display} ${read.detail}`, fix, where);
  }
  const parsed = parseJson(read.text);
  if (!parsed.ok) {
    return fail(
      'schema_invalid',
      `schema ${display} is not valid JSON: ${parsed.problem.message}`,
      'Fix the JSON syntax of the schema.',
      { file: display, ...rangeOf(parsed.problem.range) },
    );
  }
  const schema = parsed.value;
  if (/draft-04/.test(String((schema as { $schema?: unknown } | null)?.$schema ?? ''))) {
    return fail(
      'schema_unsupported',
      `schema ${display} is JSON Schema draft-04, which ajv 8 does not support`,
      'Use draft-07 or 2020-12 ($schema).',
    );
  }
  const Ajv = await ajvFor(schema);
  // strict:false: user schemas often carry editor keywords and custom formats; they are not our errors.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, logger: false, validateFormats: true });
  interop<(ajv: AjvInstance) => void>(await import('ajv-formats'))(ajv);
  if (ajv.validateSchema(schema) !== true) {
    const issues = issuesFromAjvErrors(ajv.errors ?? [], schema);
    const located = locatePointers(
      read.text,
      issues.map((i) => ({ pointer: i.pointer, target: i.target })),
    );
    throw new StageError(
      issues.map((issue) => ({
        stage: 'validate' as const,
        layer: 'config' as const,
        code: 'schema_invalid',
        severity: 'error' as const,
        message: `schema ${display} is not a valid JSON Schema: ${issue.message}`,
        fix: schemaFix(issue.pointer),
        location: { file: display, ...rangeOf(located.get(`${issue.target}:${issue.pointer}`)!) },
      })),
    );
  }
  const cycle = findRefCycle(schema);
  if (cycle !== undefined) {
    const range = locatePointers(read.text, [{ pointer: cycle, target: 'key' }]).get(`key:${cycle}`);
    const message =
      `schema ${display}: the $ref at ${cycle} leads back to a schema it is part of ` +
      'without looking into the data, so validating would never end';
    const fix = 'Point the $ref at a definition that checks something, or remove it.';
    return fail('schema_invalid', message, fix, range ? { file: display, ...rangeOf(range) } : undefined);
  }
  try {
    return ajv.compile(schema);
  } catch (error) {
    return fail(
      'schema_invalid',
      `schema ${display} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`,
      'Fix the schema ($ref targets must exist inside it).',
    );
  }
}

/** Keywords that, written inside `properties`, declare a property of that name instead. */
const MISPLACED = /\/properties\/(required|type|properties|items|additionalProperties|enum|const)$/;

/** The fix for a schema that fails its meta-schema; a keyword nested inside `properties` is the usual slip. */
export function schemaFix(pointer: string): string {
  const keyword = MISPLACED.exec(pointer)?.[1];
  if (!keyword) return 'Fix the schema so it validates against its meta-schema.';
  return (
    `Move \`${keyword}\` out of \`properties\` to sit beside it: inside \`properties\` it declares a property` +
    ` named "${keyword}", whose value must be a schema.`
  );
}

function rangeOf(range: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    line: Math.max(1, range.line),
    column: Math.max(1, range.column),
    endLine: Math.max(1, range.endLine),
    endColumn: Math.max(1, range.endColumn),
  };
}
