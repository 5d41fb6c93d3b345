// Preflight checks that need no account: the Worker's config for the chosen environment, and
// whether everything the gateway config names exists in it. Pure: inputs in, findings out.
import { findingFactory, type Finding, type Location } from '../findings.js';
import { environmentTraps, unknownEnvironment, type WorkerConfig } from '../wrangler/environments.js';
import type { WranglerSource } from '../wrangler/wrangler-source.js';

/** Preflight's findings, by the layer they are on: the Worker's config or its bindings. */
export const configFinding = findingFactory('preflight', 'config', { owned: true });
export const bindingFinding = findingFactory('preflight', 'binding', { owned: true });

export interface LocalInputs {
  source: WranglerSource;
  worker: WorkerConfig;
  /** The requested environment (undefined: none given). */
  environment: string | undefined;
  /** Today, as YYYY-MM-DD (UTC). */
  today: string;
  mainExists: boolean;
  /** Class names the entry module exports, or undefined when it could not be read. */
  mainExports: Set<string> | undefined;
  serviceBindings: Array<{ alias: string; binding: string; location: Location }>;
}

export function checkEnvironmentChoice(
  source: WranglerSource,
  environment: string | undefined,
  environments: string[],
): Finding[] {
  if (environment && !environments.includes(environment)) {
    const { message, fix } = unknownEnvironment(source.display, environment, environments);
    return [configFinding('environment_not_found', 'error', message, fix, { location: source.locate(['env']) })];
  }
  if (!environment && environments.length > 1) {
    return [
      configFinding(
        'environment_not_chosen',
        'warning',
        `${source.display} defines ${environments.length} environments (${environments.join(', ')}) ` +
          'and no `environment` was given, so the top level is checked and would be deployed',
        `Set the \`environment\` input (${environments.map((e) => `\`${e}\``).join(' or ')}); ` +
          'an empty value is not needed to mean the top level.',
        { location: source.locate(['env', environments[0]!]) },
      ),
    ];
  }
  return [];
}

/** Every check that needs no account, in the order the report lists them. */
export function checkLocal(input: LocalInputs): Finding[] {
  return [
    ...checkEntryModule(input),
    ...checkCompatibilityDate(input),
    ...checkDurableObjectExports(input),
    ...checkEnvironmentInheritance(input),
    ...checkServiceBindings(input),
    // References ($env/$secret) are judged with the account's answer: see secret-checks.ts.
    ...checkStrictConfig(input),
  ];
}

/** Where a finding about the chosen environment points the reader. */
const environmentLabel = (worker: WorkerConfig) =>
  worker.environment ? `[env.${worker.environment}]` : 'the top level';

/** The Worker has an entry module, and it exists. */
export function checkEntryModule({ source, worker, mainExists }: LocalInputs): Finding[] {
  if (!worker.main) {
    return [
      configFinding(
        'worker_main_missing',
        'error',
        `${source.display} has no \`main\`: wrangler does not know the Worker's entry module`,
        'Add `main = "src/index.js"` (the entry module, relative to the config).',
        { location: source.locate(['name']) },
      ),
    ];
  }
  if (!mainExists) {
    return [
      configFinding(
        'worker_main_not_found',
        'error',
        `\`main\` names ${worker.main}, which does not exist`,
        'Point `main` at the entry module, relative to the wrangler config.',
        { location: source.locate(worker.pathOf('main'), 'value') },
      ),
    ];
  }
  return [];
}

/** A real calendar date (YYYY-MM-DD): 2025-02-30 parses in JavaScript, but is not one. */
function isCalendarDate(date: unknown): date is string {
  return (
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date
  );
}

/** `compatibility_date` is set, is a date, and is not after today (Cloudflare refuses a future one). */
export function checkCompatibilityDate({ source, worker, today }: LocalInputs): Finding[] {
  const date = worker.compatibilityDate;
  if (date === undefined) {
    return [
      configFinding(
        'compatibility_date_missing',
        'error',
        `${source.display} has no \`compatibility_date\``,
        `Add \`compatibility_date = "${today}"\` (or the date the Worker was last tested against).`,
        { location: source.locate(['name']) },
      ),
    ];
  }
  const at = () => ({ location: source.locate(worker.pathOf('compatibility_date'), 'value') });
  if (!isCalendarDate(date)) {
    return [
      configFinding(
        'compatibility_date_invalid',
        'error',
        `compatibility_date ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`,
        'Write the date as YYYY-MM-DD, for example "2025-11-01".',
        at(),
      ),
    ];
  }
  if (date > today) {
    return [
      configFinding(
        'compatibility_date_future',
        'error',
        `compatibility_date ${date} is in the future (today is ${today}); Cloudflare refuses it at deploy`,
        `Use today's date (${today}) or an earlier one.`,
        at(),
      ),
    ];
  }
  return [];
}

/** Each Durable Object class bound from this Worker is exported by its entry module (when it could be read). */
export function checkDurableObjectExports({ source, worker, mainExports }: LocalInputs): Finding[] {
  if (!mainExports) return [];
  return worker.durableObjects
    .filter((d) => !d.script && d.resource && !mainExports.has(d.resource))
    .map((d) =>
      bindingFinding(
        'durable_object_not_exported',
        'error',
        `Durable Object binding ${d.binding} names class ${d.resource}, which ${worker.main} does not export`,
        `Export the class from the entry module (\`export class ${d.resource} …\`), ` +
          'or set `script_name` to the Worker that does.',
        { location: source.locate(d.path, 'value') },
      ),
    );
}

/** What is defined at the top level but not in the chosen environment, where wrangler does not inherit it. */
export function checkEnvironmentInheritance({ source, worker }: LocalInputs): Finding[] {
  const env = worker.environment;
  if (!env) return [];
  return environmentTraps(source.raw, env).map((trap) =>
    bindingFinding(
      'binding_not_in_environment',
      'error',
      `${trap.what} is defined at the top level but not in [env.${env}]; ` +
        `wrangler does not inherit \`${trap.key}\`, so the ${env} Worker will not have it`,
      `Repeat it under [env.${env}${trap.key === 'vars' ? '.vars' : ''}] ` +
        '(or remove it from the top level if it is not needed).',
      { location: source.locate(trap.path) },
    ),
  );
}

/** Every service binding the gateway config uses is declared on the Worker. */
export function checkServiceBindings({ source, worker, serviceBindings }: LocalInputs): Finding[] {
  const declared = new Set(worker.services.map((s) => s.binding));
  const table = `${worker.base.length ? `env.${worker.environment}.` : ''}services`;
  return serviceBindings
    .filter((b) => !declared.has(b.binding))
    .map((b) =>
      bindingFinding(
        'service_binding_missing',
        'error',
        `serviceBindings "${b.alias}" uses binding ${b.binding}, ` +
          `which ${environmentLabel(worker)} of ${source.display} does not declare`,
        `Add [[${table}]] binding = "${b.binding}", service = "<worker>" to ${source.display}.`,
        { location: b.location },
      ),
    );
}

/** SAG_STRICT_CONFIG is not deployed: on Workers it makes the gateway answer every request with 500. */
export function checkStrictConfig({ source, worker }: LocalInputs): Finding[] {
  const strict = worker.vars.SAG_STRICT_CONFIG;
  if (strict !== true && strict !== 'true') return [];
  return [
    configFinding(
      'strict_config_enabled',
      'error',
      `SAG_STRICT_CONFIG is "true" in ${environmentLabel(worker)}: ` +
        'on Workers the gateway then answers every request with 500',
      'Remove SAG_STRICT_CONFIG from the deployed vars (use it only in local development).',
      { location: source.locate([...worker.base, 'vars', 'SAG_STRICT_CONFIG']) },
    ),
  ];
}

/** Class names exported by a module's text (`export class X`, `export { X }`, `export { Y as X }`). */
export function exportedNames(moduleText: string): Set<string> {
  const names = new Set<string>();
  for (const m of moduleText.matchAll(/export\s+(?:default\s+)?class\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of moduleText.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

/** Names defined in a dotenv file (`.dev.vars`): `NAME=value` lines. */
export function dotenvNames(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}
