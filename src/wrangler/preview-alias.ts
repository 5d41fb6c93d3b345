// `deploy: preview`: which alias the version is uploaded under, and whether a preview URL can exist
// at all. Pure: the environment, the pull request's event and the wrangler config come in as data.
import { createHash } from 'node:crypto';
import type { WorkerConfig } from './environments.js';
import type { ConfigPath } from './wrangler-source.js';

/** Cloudflare's rules: a DNS label, and `<alias>-<worker>` must fit in one label (wrangler's own check). */
const ALIAS_PATTERN = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_LABEL = 63;
const HASH_LENGTH = 4;

export type AliasSource = 'input' | 'pull request' | 'branch';

export type AliasChoice =
  { ok: true; alias: string; source: AliasSource } | { ok: false; message: string; fix: string };

export interface AliasFacts {
  /** The `preview-alias` input. */
  input?: string;
  pullRequest?: number;
  branch?: string;
  worker: string;
}

export function chooseAlias(facts: AliasFacts): AliasChoice {
  const room = MAX_LABEL - facts.worker.length - 1;
  if (facts.input !== undefined) {
    const problem = aliasProblem(facts.input, facts.worker);
    if (!problem) return { ok: true, alias: facts.input, source: 'input' };
    const fix =
      `Set \`preview-alias\` to lowercase letters, digits and hyphens, starting with a letter, at most` +
      ` ${Math.max(room, 0)} characters (e.g. pr-123).`;
    return { ok: false, message: `preview-alias "${facts.input}" ${problem}`, fix };
  }
  const derived =
    facts.pullRequest !== undefined
      ? { label: `pr-${facts.pullRequest}`, source: 'pull request' as const }
      : facts.branch
        ? { label: branchLabel(facts.branch, room), source: 'branch' as const }
        : undefined;
  if (!derived) {
    const message = 'deploy: preview needs an alias: this run is neither a pull request nor on a branch';
    return { ok: false, message, fix: 'Set the `preview-alias` input (e.g. pr-123 or staging).' };
  }
  const problem = aliasProblem(derived.label, facts.worker);
  if (problem) {
    const message = `the preview alias "${derived.label}" derived from the ${derived.source} ${problem}`;
    return { ok: false, message, fix: 'Set the `preview-alias` input, or give the Worker a shorter name.' };
  }
  return { ok: true, alias: derived.label, source: derived.source };
}

/** Why Cloudflare would refuse `alias` for `worker` (a phrase), or undefined. */
export function aliasProblem(alias: string, worker: string): string | undefined {
  if (!ALIAS_PATTERN.test(alias))
    return (
      'is not a valid DNS label (lowercase letters, digits and hyphens, starting with a letter, not ending with ' +
      'a hyphen)'
    );
  if (alias.length + 1 + worker.length > MAX_LABEL)
    return (
      `is too long: "${alias}-${worker}" has ${alias.length + 1 + worker.length} characters, and a DNS label at` +
      ` most ${MAX_LABEL}`
    );
  return undefined;
}

/** A branch name as a DNS label of at most `room` characters (a hash of the name keeps long ones apart). */
export function branchLabel(branch: string, room: number): string {
  let label = branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(label)) label = `b-${label}`.replace(/-+$/, '');
  if (label.length <= room) return label;
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, HASH_LENGTH);
  const head = label.slice(0, Math.max(room - HASH_LENGTH - 1, 0)).replace(/-+$/, '');
  return head ? `${head}-${hash}` : label;
}

/** The pull request's number: the event's `pull_request.number`, else `refs/pull/<N>/merge`. */
export function pullRequestNumber(env: NodeJS.ProcessEnv, event: unknown): number | undefined {
  const fromEvent = (event as { pull_request?: { number?: unknown } } | undefined)?.pull_request?.number;
  if (typeof fromEvent === 'number' && Number.isInteger(fromEvent) && fromEvent > 0) return fromEvent;
  const ref = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(env.GITHUB_REF ?? '');
  return ref ? Number(ref[1]) : undefined;
}

/** The branch a run builds: a pull request's head branch, else the pushed branch. */
export function branchName(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = /^refs\/heads\/(.+)$/.exec(env.GITHUB_REF ?? '');
  return ref?.[1] ?? (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined);
}

/** Why no preview URL can exist for this Worker, decided by one key of its wrangler config. */
export interface PreviewBlocker {
  code: 'preview_urls_unavailable';
  message: string;
  fix: string;
  path: ConfigPath;
  target: 'key' | 'value';
}

type Raw = Record<string, unknown>;

/** The value at `path` in the raw wrangler config. */
function valueAt(raw: Raw, path: ConfigPath): unknown {
  let node: unknown = raw;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

/**
 * Cloudflare makes no preview URL when workers.dev is off, when `preview_urls` is false, or for
 * a Worker that implements a Durable Object (its own class bound, or migrations).
 */
export function previewBlocker(raw: Raw, worker: WorkerConfig): PreviewBlocker | undefined {
  const name = worker.name ?? 'the Worker';
  for (const key of ['workers_dev', 'preview_urls'] as const) {
    const path = worker.pathOf(key);
    if (valueAt(raw, path) !== false) continue;
    const what = key === 'workers_dev' ? 'its workers.dev subdomain is off' : 'preview URLs are off';
    const message = `deploy: preview cannot give ${name} a preview URL: ${what} (\`${key} = false\`)`;
    const fix =
      `Set \`${key} = true\` (preview URLs live on workers.dev), or use \`deploy: gradual\` to test a version at` +
      ` 0%.`;
    return { code: 'preview_urls_unavailable', message, fix, path, target: 'value' };
  }
  const own = worker.durableObjects.find((d) => d.script === undefined);
  const migrations = worker.pathOf('migrations');
  if (!own && valueAt(raw, migrations) === undefined) return undefined;
  const message =
    `deploy: preview cannot give ${name} a preview URL: Cloudflare makes none for a Worker that implements ` +
    `a Durable Object${own ? ` (${own.resource ?? own.binding})` : ' (it has migrations)'}`;
  const fix =
    'Use `deploy: gradual` (the version is tested at 0% through a version override), or move the Durable Object ' +
    'into a Worker of its own and bind it with `script_name`.';
  return { code: 'preview_urls_unavailable', message, fix, path: own ? own.path : migrations, target: 'key' };
}
