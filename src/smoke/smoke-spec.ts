// The smoke spec (`smoke` input): a YAML or JSON file that tunes the probes and adds or overrides
// them. Checked with ajv; a mistake is a finding on its line, never a crash.
import { Ajv, type ErrorObject } from 'ajv';
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { findingFactory, type Finding, type Location } from '../findings.js';
import { readTextFile } from '../files.js';
import { parseDuration } from '../text.js';

export interface ProbeExpectation {
  /** One status or a list of acceptable ones. */
  status?: number | number[];
  /** A subset the JSON body must contain (objects compared key by key, arrays and scalars exactly). */
  json?: unknown;
  /** Response headers, compared case-insensitively by name and exactly by value. */
  headers?: Record<string, string>;
  /** Text the body must contain. */
  bodyContains?: string;
}

export interface SpecProbe {
  /** `METHOD /path` of a config route: this probe replaces the one derived for it. */
  route?: string;
  name?: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send the auth-token (default: when the route has "auth": true). */
  auth?: boolean;
  expect?: ProbeExpectation;
  /** Where the probe is written in the spec, for findings about it. */
  location?: Location;
  /** Where its `route` is written. */
  routeLocation?: Location;
}

export interface SmokeSpec {
  timeoutMs: number;
  concurrency: number;
  /** How long failures that look like propagation (stale version, a new subdomain) are retried. */
  propagationMs: number;
  headers: Record<string, string>;
  params: Record<string, string>;
  /** Probe routes that change data (POST, PUT, PATCH, DELETE) with requests that reach the upstream. */
  write: boolean;
  skip: string[];
  probes: SpecProbe[];
}

export const DEFAULT_SPEC: SmokeSpec = {
  timeoutMs: 10_000,
  concurrency: 32,
  propagationMs: 60_000,
  headers: {},
  params: {},
  write: false,
  skip: [],
  probes: [],
};

const expectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: {
      oneOf: [
        { type: 'integer', minimum: 100, maximum: 599 },
        { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
      ],
    },
    json: {},
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    bodyContains: { type: 'string' },
  },
};

/** The spec's JSON Schema, as the README documents it. */
export const SMOKE_SPEC_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    timeout: { type: ['string', 'number'], description: 'per probe: 10s, 1500ms or seconds' },
    concurrency: { type: 'integer', minimum: 1, maximum: 256 },
    propagation: { type: ['string', 'number'], description: 'how long propagation-like failures are retried' },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
    params: { type: 'object', additionalProperties: { type: 'string' } },
    write: { type: 'boolean' },
    skip: { type: 'array', items: { type: 'string', pattern: '^[A-Z]+ /' } },
    probes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          route: { type: 'string', pattern: '^[A-Z]+ /' },
          name: { type: 'string' },
          method: { type: 'string', pattern: '^[A-Z]+$' },
          path: { type: 'string', pattern: '^/' },
          headers: { type: 'object', additionalProperties: { type: 'string' } },
          body: {},
          auth: { type: 'boolean' },
          expect: expectSchema,
        },
        anyOf: [{ required: ['route'] }, { required: ['path'] }],
      },
    },
  },
} as const;

export type SpecResult = { ok: true; spec: SmokeSpec } | { ok: false; findings: Finding[] };

const specFinding = findingFactory('smoke', 'probe', { owned: true });

export function loadSmokeSpec(file: string, display: string): SpecResult {
  const read = readTextFile(file, 4 * 1024 * 1024);
  if (!read.ok) {
    const fix = 'Point the `smoke` input at a YAML or JSON smoke spec, relative to `working-directory`.';
    const where = read.reason === 'missing' ? undefined : { file: display, line: read.line ?? 1 };
    return {
      ok: false,
      findings: [
        specFinding('smoke_spec_unreadable', 'error', `smoke spec ${display} ${read.detail}`, fix, { location: where }),
      ],
    };
  }
  return parseSmokeSpec(read.text, display);
}

/** JSON is YAML, so one parser reads both and gives every node's position. */
export function parseSmokeSpec(text: string, display: string): SpecResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Location => {
    const pos = lines.linePos(offset);
    return { file: display, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return {
      ok: false,
      findings: [
        specFinding(
          'smoke_spec_syntax',
          'error',
          `smoke spec ${display} is not valid YAML/JSON: ${error.message.split('\n')[0]}`,
          'Fix the syntax at this position.',
          { location: at(error.pos[0]) },
        ),
      ],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // yaml refuses aliases that expand past its limit (a "billion laughs" bomb): the spec's fault.
    const alias = firstAlias(doc);
    const message = `smoke spec ${display}: ${error instanceof Error ? error.message : String(error)}`;
    const fix = 'Write the values out instead of nesting aliases (*name) that multiply.';
    const where = alias !== undefined ? at(alias) : { file: display, line: 1 };
    return { ok: false, findings: [specFinding('smoke_spec_invalid', 'error', message, fix, { location: where })] };
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(SMOKE_SPEC_SCHEMA);
  if (!validate(value ?? {})) return { ok: false, findings: schemaFindings(validate.errors ?? [], doc, at, display) };
  return specOf((value ?? {}) as Record<string, unknown>, doc, at, display);
}

type At = (offset: number) => Location;

/** The schema's complaints, each on the node it is about (at most 20). */
function schemaFindings(errors: ErrorObject[], doc: Document, at: At, display: string): Finding[] {
  return errors.slice(0, 20).map((e) => {
    const segments = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    // An unknown key is on its own line, not its parent's.
    const unknown = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
    const node =
      (unknown !== undefined ? keyNode(doc, segments, unknown) : undefined) ??
      (doc.getIn(segments, true) as { range?: [number, number, number] } | undefined);
    const what =
      e.keyword === 'additionalProperties'
        ? `unknown key "${String(e.params.additionalProperty)}"`
        : (e.message ?? 'is invalid');
    return specFinding(
      'smoke_spec_invalid',
      'error',
      `smoke spec ${display}${e.instancePath ? ` at ${e.instancePath}` : ''}: ${what}`,
      'See the README\'s "Smoke spec" section for the keys and their types.',
      {
        location: node?.range ? at(node.range[0]) : { file: display, line: 1 },
      },
    );
  });
}

/** The spec from a value the schema accepted: durations checked, probes located. */
function specOf(raw: Record<string, unknown>, doc: Document, at: At, display: string): SpecResult {
  const durations: Array<[string, keyof SmokeSpec]> = [
    ['timeout', 'timeoutMs'],
    ['propagation', 'propagationMs'],
  ];
  const spec: SmokeSpec = { ...DEFAULT_SPEC, headers: {}, params: {}, skip: [], probes: [] };
  for (const [key, field] of durations) {
    if (raw[key] === undefined) continue;
    const ms = typeof raw[key] === 'number' ? (raw[key] as number) * 1000 : parseDuration(String(raw[key]));
    if (ms !== undefined && ms > MAX_DURATION_MS[key]!) {
      const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
      const limit = formatLimit(MAX_DURATION_MS[key]!);
      const message = `smoke spec ${display}: ${key} must be at most ${limit}; got ${JSON.stringify(raw[key])}`;
      const where = node?.range ? at(node.range[0]) : undefined;
      const fix = `Write a duration up to ${limit}.`;
      return { ok: false, findings: [specFinding('smoke_spec_invalid', 'error', message, fix, { location: where })] };
    }
    if (ms === undefined || ms <= 0) {
      const node = doc.getIn([key], true) as { range?: [number, number, number] } | undefined;
      return {
        ok: false,
        findings: [
          specFinding(
            'smoke_spec_invalid',
            'error',
            `smoke spec ${display}: ${key} must be a duration such as 10s or 1500ms; got ${JSON.stringify(raw[key])}`,
            'Write a duration: 10s, 1500ms, 2m or plain seconds.',
            {
              location: node?.range ? at(node.range[0]) : undefined,
            },
          ),
        ],
      };
    }
    (spec[field] as number) = ms;
  }
  if (typeof raw.concurrency === 'number') spec.concurrency = raw.concurrency;
  if (raw.headers) spec.headers = raw.headers as Record<string, string>;
  if (raw.params) spec.params = raw.params as Record<string, string>;
  if (typeof raw.write === 'boolean') spec.write = raw.write;
  if (Array.isArray(raw.skip)) spec.skip = raw.skip as string[];
  if (Array.isArray(raw.probes)) {
    spec.probes = (raw.probes as SpecProbe[]).map((p, i) => {
      const node = doc.getIn(['probes', i], true) as Ranged | undefined;
      const route = doc.getIn(['probes', i, 'route'], true) as Ranged | undefined;
      const located = { ...p, location: node?.range ? at(node.range[0]) : undefined };
      return route?.range ? { ...located, routeLocation: at(route.range[0]) } : located;
    });
  }
  return { ok: true, spec };
}

/**
 * Spec probes that replace a config route (`route: GET /users/{id}`) the config does not have:
 * the probe would silently never run, so each is an error on its line naming the route.
 */
export function unknownSpecRoutes(
  spec: SmokeSpec,
  routes: ReadonlyArray<{ method: string; path: string }>,
  display: string,
): Finding[] {
  const known = routes.map((r) => `${r.method} ${r.path}`);
  const some = known.slice(0, 5).join(', ') + (known.length > 5 ? ', …' : '');
  return spec.probes
    .filter((p) => p.route !== undefined && !known.includes(p.route))
    .map((p) => {
      const message = `smoke spec ${display}: probe route "${p.route}" is not a route of the gateway config`;
      const fix = known.length
        ? `Name a route as the config writes it (\`METHOD /path\`: ${some}), or give the probe a \`path\` instead.`
        : 'The gateway config has no routes: give the probe a `path` instead.';
      return specFinding('smoke_spec_unknown_route', 'error', message, fix, {
        location: p.routeLocation ?? p.location ?? { file: display, line: 1 },
      });
    });
}

/** Upper bounds: a probe or a retry window longer than these is a typo (and Node's timers stop at 24.8 days). */
const MAX_DURATION_MS: Record<string, number> = { timeout: 10 * 60_000, propagation: 60 * 60_000 };

const formatLimit = (ms: number) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${ms / 60_000}m`);

/** The key node of `name` in the map at `segments`: where an unknown key is written. */
type Ranged = { range?: [number, number, number] };

function keyNode(doc: Document, segments: (string | number)[], name: string): Ranged | undefined {
  const map = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
  return isScalar(pair?.key) ? (pair.key as Ranged) : undefined;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
