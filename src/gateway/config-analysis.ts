// The gateway config judged as the gateway will see it: JSON syntax, its schema (after the
// gateway's own substitution of references), and what a schema cannot express. The validate
// stage runs it on the config file, preflight on a config held in a wrangler var, smoke finds
// the file with `locateConfig`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { StageError } from '../errors.js';
import { findingFactory, type Finding, type Location } from '../findings.js';
import { readTextFile } from '../files.js';
import type { GateConfig } from '../inputs.js';
import { displayPath } from '../inputs.js';
import { findDuplicateKeys } from '../json/duplicate-keys.js';
import { locatePointers, parseJsonDocument, type DocumentResult, type SourceRange } from '../json/json-source.js';
import type { ScannedString } from '../json/value-scan.js';
import type { ConfigIssue } from './config-issue.js';
import { chooseSchema, loadValidator } from './schema-source.js';
import type { SchemaChoice, Validator } from './schema-source.js';
import { issuesFromAjvErrors } from './schema-messages.js';
import { checkSemantics } from './semantic-checks.js';
import { gatewayHostsOf, type GatewayHosts } from '../wrangler/gateway-hosts.js';
import { resolveWranglerConfig } from '../wrangler/wrangler-file.js';
import { loadWranglerSource, type WranglerSource } from '../wrangler/wrangler-source.js';
import { definedEnvironments, resolveEnvironment, unknownEnvironment } from '../wrangler/environments.js';
import { serverUrlProblem, varUrlMessage } from './server-urls.js';
import { dropDeferredChecks, mayHoldReference, substitute, type Substituted } from './substitution.js';
import type { ValidateData } from '../contract.js';
/** Where gateway projects keep the config, most common first. */
export const CONFIG_CANDIDATES = [
  'src/api-config.json',
  'api-config.json',
  'config/api-config.json',
  'worker/src/api-config.json',
];

export const finding = findingFactory('validate', 'config');

export function locateConfig(config: GateConfig): string {
  if (config.config) return config.config;
  const found = CONFIG_CANDIDATES.map((c) => path.join(config.workingDirectory, c)).find((f) => existsSync(f));
  if (found) return found;
  throw new StageError(
    finding(
      'config_not_found',
      'error',
      `no gateway config found in ${config.workingDirectory} (looked for ${CONFIG_CANDIDATES.join(', ')})`,
      'Set the `config` input to the gateway config file, relative to `working-directory`.',
    ),
  );
}

/** The identity of a config's text: validate records it, preflight compares it before reusing validate's analysis. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface ConfigAnalysis {
  findings: Finding[];
  /** Absent when the text is not JSON. */
  data?: ValidateData;
  value?: unknown;
  routeCount: number;
  /** Where each `serviceBindings` entry's `binding` is written. */
  serviceBindings: Array<{ alias: string; binding: string; location: Location }>;
}

/**
 * Everything validate checks, on a config's text. Preflight runs it on a config held in a
 * wrangler var (SAG_API_CONFIG_JSON), so both are judged by the same code.
 */
export async function validateConfigText(
  config: GateConfig,
  file: string,
  display: string,
  text: string,
): Promise<ConfigAnalysis> {
  // One walk over the value (in the parse) serves the substitution, the reference checks and the
  // duplicate keys.
  const parsed = parseJsonDocument(text, mayHoldReference);
  if (!parsed.ok) return unparsableConfig(parsed, display);
  const { value, scan } = parsed;

  const schema = await checkSchema(config, file, value, scan.strings);
  const { wrangler, seen, choice } = schema;
  const issues: ConfigIssue[] = [...schema.issues];
  const semantics = checkSemantics(value, {
    configDir: path.dirname(file),
    fileExists: (f) => existsSync(f),
    gatewayHosts: wrangler.hosts,
    wranglerBuild: wrangler.build,
    strings: scan.strings,
  });
  issues.push(...semantics.issues);
  const varUrls = varServerUrls(value, seen, issues);

  // One pass over the text for every position the findings and references need.
  const bindings = serviceBindingEntries(value);
  const at = locateAll(text, display, [
    ...varUrls.map((v) => ({ pointer: v.pointer, target: 'value' as const })),
    ...issues.flatMap((i) => [
      { pointer: i.pointer, target: i.target },
      ...(i.related ? [{ pointer: i.related, target: 'value' as const }] : []),
    ]),
    ...semantics.references.map((r) => ({ pointer: r.pointer, target: 'value' as const })),
    ...bindings.map((b) => ({ pointer: b.pointer, target: 'value' as const })),
  ]);

  const findings = issues.map((issue) => issueFinding(issue, at));
  findings.push(...schema.findings);
  if (wrangler.finding) findings.push(wrangler.finding);
  findings.push(...varUrlFindings(varUrls, wrangler, (pointer) => at(pointer, 'value')));
  findings.push(...duplicateKeyFindings(text, value, scan.keys, display));

  const data: ValidateData = {
    configFile: display,
    schema:
      choice.kind === 'bundled'
        ? 'the bundled schema'
        : `${displayPath(choice.file, config.workingDirectory)} (${choice.origin})`,
    routeCount: semantics.routeCount,
    references: semantics.references.map((r) => ({ ...r, location: at(r.pointer, 'value') })),
  };
  return {
    findings,
    data,
    value,
    routeCount: semantics.routeCount,
    serviceBindings: bindings.map((b) => ({ alias: b.alias, binding: b.binding, location: at(b.pointer, 'value') })),
  };
}

/** Text that is not JSON (or nests too deep) gets one finding and nothing else. */
function unparsableConfig(parsed: Extract<DocumentResult, { ok: false }>, display: string): ConfigAnalysis {
  const location = { file: display, ...parsed.problem.range };
  const only =
    parsed.kind === 'depth'
      ? finding(
          'config_too_deep',
          'error',
          `config ${display} ${parsed.problem.message}; the gate reads at most 64 levels`,
          'A gateway config needs far fewer levels: flatten the value that nests this deep.',
          { location },
        )
      : finding(
          'json_syntax',
          'error',
          `config ${display} is not valid JSON: ${parsed.problem.message}`,
          parsed.problem.fix ?? 'Fix the JSON syntax at this position.',
          { location },
        );
  return { findings: [only], routeCount: 0, serviceBindings: [] };
}

/** The schema check, run on the value as the gateway will see it (after substituting references). */
async function checkSchema(
  config: GateConfig,
  file: string,
  value: unknown,
  strings: readonly ScannedString[],
): Promise<{
  issues: ConfigIssue[];
  findings: Finding[];
  choice: SchemaChoice;
  wrangler: WranglerFacts;
  seen: Substituted;
}> {
  const chosen = chooseSchema(value, file, config.schema, existsSync);
  const schemaDisplay = chosen.choice.kind === 'file' ? displayPath(chosen.choice.file, config.workingDirectory) : '';
  const { validator, choice, findings } = await loadValidator(chosen.choice, schemaDisplay);
  const wrangler = readWranglerFacts(config);
  // The gateway validates after substituting references: judge what it will see.
  const seen = substitute(value, wrangler.vars, strings);
  const issues: ConfigIssue[] = [...chosen.issues];
  if (!validates(validator, seen.value, choice)) {
    const errors = dropDeferredChecks(validator.errors ?? [], seen.unknown);
    const found = issuesFromAjvErrors(errors, seen.value);
    issues.push(...found.map((issue) => withSubstitution(issue, seen, wrangler.varsOrigin)));
  }
  return { issues, findings, choice, wrangler, seen };
}

type Locator = (pointer: string, target: 'key' | 'value') => Location;

/** Locates every requested pointer in one pass over the text. */
function locateAll(
  text: string,
  display: string,
  requests: Array<{ pointer: string; target: 'key' | 'value' }>,
): Locator {
  const located = requests.length > 0 ? locatePointers(text, requests) : new Map<string, SourceRange>();
  return (pointer, target) => ({ file: display, ...located.get(`${target}:${pointer}`)! });
}

function issueFinding(issue: ConfigIssue, at: Locator): Finding {
  const location = at(issue.pointer, issue.target);
  const related = issue.related ? at(issue.related, 'value') : undefined;
  return finding(
    issue.code,
    issue.severity,
    related ? `${issue.message} (see line ${related.line})` : issue.message,
    issue.fix ?? '',
    { location },
  );
}

function duplicateKeyFindings(text: string, value: unknown, keys: number, display: string): Finding[] {
  return findDuplicateKeys(text, value, keys).map((dup) => {
    const message =
      `"${dup.key}" appears twice in one object (first on line ${dup.firstLine}): ` +
      'JSON.parse, and so the gateway, keeps this one and silently drops the first';
    const fix = `Merge the two "${dup.key}" entries into one, or rename one of them.`;
    return finding('duplicate_key', 'error', message, fix, { location: { file: display, ...dup.range } });
  });
}

/** `serviceBindings` (and the old `servicesBindings`) entries that name a binding. */
function serviceBindingEntries(value: unknown): Array<{ alias: string; binding: string; pointer: string }> {
  if (value === null || typeof value !== 'object') return [];
  const out: Array<{ alias: string; binding: string; pointer: string }> = [];
  for (const key of ['serviceBindings', 'servicesBindings']) {
    const entries = (value as Record<string, unknown>)[key];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      const e = entry as { alias?: unknown; binding?: unknown } | null;
      if (e && typeof e.binding === 'string')
        out.push({
          alias: typeof e.alias === 'string' ? e.alias : e.binding,
          binding: e.binding,
          pointer: `/${key}/${i}/binding`,
        });
    });
  }
  return out;
}

/** `[build] command` of the chosen environment (inheritable: the environment's own wins). */
function buildCommandOf(raw: Record<string, unknown>, env: string | undefined): unknown {
  const build = (node: unknown) => (node as { build?: { command?: unknown } } | undefined)?.build;
  const own = env ? build((raw.env as Record<string, unknown> | undefined)?.[env]) : undefined;
  return (own ?? build(raw))?.command;
}

/** A schema issue on a substituted value says which var gave it that value. */
function withSubstitution(issue: ConfigIssue, seen: Substituted, origin: string | undefined): ConfigIssue {
  const from = seen.known.get(issue.pointer);
  if (!from) return issue;
  const where = `the var ${from.name} in ${origin}`;
  const message = `${issue.message} (the gateway replaces ${from.raw} with ${where}, then validates it)`;
  return { ...issue, message, fix: `Fix the value of ${where}.` };
}

interface WranglerFacts {
  hosts?: GatewayHosts;
  finding?: Finding;
  /** The config with positions, for findings on a var's line. */
  source?: WranglerSource;
  environment?: string;
  /** The vars of the chosen environment, which `$env.X` resolves to; absent when unknown. */
  vars?: Record<string, unknown>;
  varsOrigin?: string;
  /** Whether a `[build] command` runs before the upload (inheritable, so the environment's own wins). */
  build?: 'none' | 'command';
}

/**
 * The gateway's own hosts (for the self-reference check) and the vars of the chosen environment
 * (for the schema check after substitution); a broken wrangler config is preflight's to report.
 */
function readWranglerFacts(config: GateConfig): WranglerFacts {
  const file = resolveWranglerConfig(config);
  if (!file) return {};
  const display = displayPath(file, config.workingDirectory);
  const read = readTextFile(file, 1024 * 1024);
  const loaded = read.ok ? loadWranglerSource(file, display, read.text) : undefined;
  if (!loaded?.ok) {
    const why = !read.ok
      ? read.detail
      : loaded && !loaded.ok
        ? `cannot be parsed (${loaded.message})`
        : 'cannot be read';
    return {
      finding: finding(
        'wrangler_config_unreadable',
        'notice',
        `wrangler config ${display} ${why}; skipped the checks that need its vars and hosts` +
          ' (server URLs given by $env.X, and those pointing back at the gateway)',
        'Preflight reports the wrangler config itself.',
        { location: loaded && !loaded.ok ? loaded.location : undefined },
      ),
    };
  }
  const { source } = loaded;
  const env = config.environment;
  const build = buildCommandOf(source.raw, env) ? 'command' : 'none';
  const facts: WranglerFacts = { hosts: gatewayHostsOf(source.raw), build, source, environment: env };
  const defined = definedEnvironments(source.raw);
  if (env !== undefined && !defined.includes(env)) {
    // Nothing to substitute with: the deploy itself would fail (wrangler refuses an unknown --env).
    const { message, fix } = unknownEnvironment(display, env, defined);
    facts.finding = finding('environment_not_found', 'error', message, fix, { location: source.locate(['env']) });
    return facts;
  }
  facts.vars = resolveEnvironment(source.raw, env).vars;
  facts.varsOrigin = `${env ? `[env.${env}.vars]` : '[vars]'} of ${display}`;
  return facts;
}

interface VarServerUrl {
  index: number;
  alias: string | undefined;
  pointer: string;
  raw: string;
  name: string;
  value: string;
}

/** Server URLs written as a reference whose var the gate knows (a secret or an unset var: nothing to judge). */
function varServerUrls(value: unknown, seen: Substituted, issues: readonly ConfigIssue[]): VarServerUrl[] {
  const servers = (value as { servers?: unknown } | null)?.servers;
  if (!Array.isArray(servers)) return [];
  const out: VarServerUrl[] = [];
  servers.forEach((server: unknown, index) => {
    const pointer = `/servers/${index}/url`;
    const from = seen.known.get(pointer);
    // A schema issue on the substituted value already says what is wrong with it.
    if (!from || typeof from.value !== 'string' || from.value === '') return;
    if (issues.some((i) => i.pointer === pointer)) return;
    const alias = (server as { alias?: unknown }).alias;
    out.push({ index, pointer, alias: typeof alias === 'string' ? alias : undefined, ...from, value: from.value });
  });
  return out;
}

/** The URL checks on the value each var gives a server, reported on the var's line in the wrangler config. */
function varUrlFindings(
  urls: readonly VarServerUrl[],
  wrangler: WranglerFacts,
  locate: (pointer: string) => Location,
): Finding[] {
  const { source, varsOrigin, environment } = wrangler;
  if (!source || !varsOrigin) return [];
  const base = environment ? ['env', environment] : [];
  return urls.flatMap((url) => {
    const found = serverUrlProblem(url.value, wrangler.hosts);
    if (!found) return [];
    const written = locate(url.pointer);
    // With no environment chosen, the environments whose own value of the var passes are a way out.
    const passes = (e: string) => {
      const v = resolveEnvironment(source.raw, e).vars[url.name];
      return typeof v === 'string' && v !== '' && !serverUrlProblem(v, wrangler.hosts);
    };
    const otherEnvironments = environment ? [] : definedEnvironments(source.raw).filter(passes);
    const { message, fix } = varUrlMessage(
      { ...url, table: varsOrigin, rawAt: `${written.file}:${written.line}`, otherEnvironments },
      found,
    );
    const location = source.locate([...base, 'vars', url.name], 'value');
    return [finding(found.code, found.severity, message, fix, { location })];
  });
}

/** A schema whose recursion never ends (one findRefCycle cannot see) is the schema's fault, not a crash. */
function validates(validator: Validator, value: unknown, choice: SchemaChoice): boolean {
  try {
    return validator(value);
  } catch (error) {
    if (!(error instanceof RangeError) || choice.kind !== 'file') throw error;
    const message = `schema ${choice.file} recurses without end on this config (${error.message})`;
    const fix = 'Remove the $ref cycle that never looks into the data.';
    throw new StageError(finding('schema_invalid', 'error', message, fix));
  }
}
