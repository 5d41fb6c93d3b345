// The files of the commit a pull request is compared with. The base is the event's
// (`pull_request.base.sha`, a merge queue's `merge_group.base_sha`), else the `base-ref` input (a
// commit, branch or tag). A shallow checkout (actions/checkout's default depth 1) lacks it, so
// the gate fetches just that commit once. Every git call is bounded; a failure is a reason, never a throw.
import { spawnGroup } from '../processes.js';

const GIT_TIMEOUT_MS = 30_000;

export interface BaseChoice {
  ref: string;
  /** Where it came from, for messages: "the pull request's base", "base-ref". */
  origin: string;
}

/** The base to compare with: the event's base commit, else the input; undefined when neither. */
export function chooseBase(
  eventName: string | undefined,
  payload: unknown,
  input: string | undefined,
): BaseChoice | undefined {
  const event = (payload ?? {}) as {
    pull_request?: { base?: { sha?: unknown } };
    merge_group?: { base_sha?: unknown };
  };
  if (input) return { ref: input, origin: 'base-ref' };
  const prBase = event.pull_request?.base?.sha;
  if (/^pull_request/.test(eventName ?? '') && typeof prBase === 'string') {
    return { ref: prBase, origin: "the pull request's base commit" };
  }
  const queueBase = event.merge_group?.base_sha;
  if (eventName === 'merge_group' && typeof queueBase === 'string') {
    return { ref: queueBase, origin: "the merge group's base commit" };
  }
  return undefined;
}

interface GitRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawnGroup('git', args, {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
    } catch (error) {
      return resolve({ code: null, stdout: '', stderr: String(error) });
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
    const done = (code: number | null, extra = '') => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + extra,
      });
    };
    child.once('error', (e) => done(null, e.message));
    child.once('close', (code) => done(code));
  });
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

export type BaseRevision = { ok: true; commit: string; top: string; fetched: boolean } | { ok: false; reason: string };

/** Resolves `ref` to a commit in the repository around `cwd`, fetching it once when it is missing. */
export async function resolveBase(cwd: string, ref: string): Promise<BaseRevision> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) {
    const why = top.code === null ? 'git is not installed' : `${cwd} is not in a git repository`;
    return { ok: false, reason: why };
  }
  const root = top.stdout.trim();
  const verify = (r: string) => git(root, ['rev-parse', '--verify', '--quiet', `${r}^{commit}`]);
  for (const candidate of [ref, `origin/${ref}`]) {
    const hit = await verify(candidate);
    if (hit.code === 0) return { ok: true, commit: hit.stdout.trim(), top: root, fetched: false };
  }
  // A shallow clone: fetch just that commit (or branch/tag) from the remote, once.
  const fetch = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', ref]);
  if (fetch.code !== 0) {
    return {
      ok: false,
      reason: `${ref} is not in this checkout and \`git fetch origin ${ref}\` failed (${firstLine(fetch.stderr)})`,
    };
  }
  const fetched = await verify('FETCH_HEAD');
  if (fetched.code !== 0) return { ok: false, reason: `fetched ${ref}, but it is not a commit` };
  return { ok: true, commit: fetched.stdout.trim(), top: root, fetched: true };
}

export type FileAtRevision = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

/** `path` (relative to the repository root, forward slashes) as it was in `commit`. */
export async function readAtRevision(top: string, commit: string, path: string): Promise<FileAtRevision> {
  const shown = await git(top, ['show', `${commit}:${path}`]);
  if (shown.code === 0) return { ok: true, text: shown.stdout };
  const missing = /does not exist|exists on disk, but not in/.test(shown.stderr);
  return { ok: false, missing, reason: firstLine(shown.stderr) || 'git show failed' };
}
