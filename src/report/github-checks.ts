// The gate's findings as a check run through the Checks API: unlike workflow-command annotations
// (10 per severity per step) a check run takes them all, 50 per request. A token that may not
// write checks (pull requests from forks get a read-only one) is an answer, not an error: the
// caller falls back to workflow-command annotations. Also the GitHub plumbing pr-comment.ts shares.
import { readFile } from 'node:fs/promises';
import type { getOctokit } from '@actions/github';
import type { Finding, Severity } from '../findings.js';
import { sortFindings } from '../findings.js';
import { annotationOf, repoPath } from './annotations.js';

/** The Checks API rejects more annotations in one request with 422. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for a check run summary and for a comment body. */
export const MAX_MARKDOWN = 65_535;
/** Bounds the requests to 21; the summary and the JSON report carry every finding anyway. */
export const MAX_CHECK_ANNOTATIONS = 1_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_API_URL = 'https://api.github.com';
/** Events whose check run belongs on the pull request's head, not on GITHUB_SHA (a merge commit). */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export type CheckRunResult =
  | { published: true; url: string; id: number; annotations: number }
  | { published: false; reason: string; status?: number };

export interface CheckRunOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  name: string;
  conclusion: Conclusion;
  title: string;
  /** Markdown; cut to GitHub's 65535 characters. */
  summary: string;
  findings: readonly Finding[];
  /** The working directory relative to the repository root (see pathPrefixOf); '' when they are the same. */
  pathPrefix?: string;
  /** Per request; there are no retries. */
  timeoutMs?: number;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

export async function publishCheckRun(options: CheckRunOptions): Promise<CheckRunResult> {
  const token = options.token.trim();
  if (!token) return { published: false, reason: 'no GitHub token to create a check run with' };
  const repository = repositoryOf(options.env);
  if (!repository) return { published: false, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
  const headSha = headShaOf(options.env.GITHUB_EVENT_NAME, await readEventPayload(options.env), options.env.GITHUB_SHA);
  if (!headSha)
    return {
      published: false,
      reason: 'no commit to attach the check run to: neither pull_request.head.sha in the event payload nor GITHUB_SHA',
    };

  const all = checkAnnotations(options.findings, options.pathPrefix ?? '');
  const sent = all.slice(0, MAX_CHECK_ANNOTATIONS);
  const left = all.length - sent.length;
  const summary = truncateMarkdown(
    left > 0
      ? `${options.summary}\n\n${left} more finding${left === 1 ? '' : 's'} with a location not annotated here` +
          ` (at most ${MAX_CHECK_ANNOTATIONS} per check run); the JSON report has them all.`
      : options.summary,
  );
  const output = { title: options.title, summary };
  const completion = () => ({
    status: 'completed' as const,
    conclusion: options.conclusion,
    completed_at: new Date().toISOString(),
  });

  let octokit: GitHubClient | undefined;
  let id: number | undefined;
  try {
    octokit = await githubClient(token, options.env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const created = await octokit.rest.checks.create({
      ...repository,
      name: options.name,
      head_sha: headSha,
      status: 'in_progress',
      output,
    });
    id = created.data.id;
    const url =
      created.data.html_url ??
      `${(options.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}` +
        `/${repository.owner}/${repository.repo}/runs/${id}`;
    const groups = batches(sent, ANNOTATIONS_PER_REQUEST);
    if (groups.length === 0) groups.push([]);
    for (const [i, annotations] of groups.entries()) {
      await octokit.rest.checks.update({
        ...repository,
        check_run_id: id,
        output: annotations.length > 0 ? { ...output, annotations } : output,
        ...(i === groups.length - 1 ? completion() : {}),
      });
    }
    return { published: true, url, id, annotations: sent.length };
  } catch (error) {
    const failure = describeFailure(error, token, {
      doing: id === undefined ? 'publish the check run' : `finish check run ${id}`,
      permission: 'checks: write',
    });
    if (id === undefined || !octokit) return { published: false, ...failure };
    // One attempt to finish the run, so it does not spin "in progress" on the commit for hours.
    const note = `\n\nSome annotations could not be sent (${failure.reason}); see the job's log and summary.`;
    try {
      await octokit.rest.checks.update({
        ...repository,
        check_run_id: id,
        output: { ...output, summary: truncateMarkdown(`${options.summary}${note}`) },
        ...completion(),
      });
    } catch {
      // The run stays in progress; the reason below already says why.
    }
    return { published: false, ...failure };
  }
}

/** Only findings with a location can be annotations; most important first, on repository paths. */
export function checkAnnotations(findings: readonly Finding[], pathPrefix: string): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const finding of sortFindings(findings)) {
    if (!finding.location) continue;
    const { message, properties } = annotationOf(finding);
    const annotation: CheckAnnotation = {
      path: repoPath(finding.location.file, pathPrefix),
      start_line: properties.startLine ?? finding.location.line,
      end_line: properties.endLine ?? finding.location.line,
      annotation_level: LEVEL[finding.severity],
      // GitHub's limits for these fields.
      title: cut(properties.title ?? finding.code, 255),
      message: cut(message, 64 * 1024),
    };
    if (properties.startColumn !== undefined) annotation.start_column = properties.startColumn;
    if (properties.endColumn !== undefined) annotation.end_column = properties.endColumn;
    annotations.push(annotation);
  }
  return annotations;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

/** Cuts markdown to GitHub's limit and says so, rather than having the whole request rejected. */
export function truncateMarkdown(text: string, max = MAX_MARKDOWN): string {
  if (text.length <= max) return text;
  const note = '\n\n…cut to fit GitHub’s limit; the JSON report has everything.';
  return cut(text, max - note.length, '') + note;
}

function cut(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  let end = max - ellipsis.length;
  // Never split a surrogate pair: GitHub rejects the lone half.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + ellipsis;
}

export function headShaOf(
  eventName: string | undefined,
  payload: unknown,
  sha: string | undefined,
): string | undefined {
  const head = field(payload, 'pull_request', 'head', 'sha');
  if (typeof head === 'string' && head) return head;
  return eventName && PULL_REQUEST_EVENTS.has(eventName) ? undefined : sha || undefined;
}

export function repositoryOf(env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY?.trim() ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** The webhook payload that triggered the run; undefined when there is none or it is unreadable. */
export async function readEventPayload(env: NodeJS.ProcessEnv): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Octokit on GITHUB_API_URL (GHES) with a deadline per request; @actions/github has no retry plugin. */
export async function githubClient(token: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<GitHubClient> {
  // Loaded on use, like @actions/core: a laptop run never talks to GitHub.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, {
    baseUrl: (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'gateway-deploy-gate',
  });
  // Per request rather than in the constructor (a constructor `request` would replace the proxy-aware
  // fetch), and by assignment: hooks all share these options, what a wrap hook passes on is dropped.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
}

export interface FailureContext {
  /** What was attempted, for "could not …". */
  doing: string;
  /** The workflow permission that allows it. */
  permission: string;
}

/** One line a person can act on, for any failure; never a stack, never the token. */
export function describeFailure(
  error: unknown,
  token: string,
  context: FailureContext,
): { reason: string; status?: number } {
  const status = responseStatus(error);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
  let reason: string;
  if (isTimeout(error)) reason = `could not ${context.doing}: GitHub did not answer in time`;
  else if (status === 403)
    reason =
      `the token may not ${context.doing} (GitHub answered 403: ${message}); pull requests from forks get a` +
      ` read-only token, otherwise grant \`${context.permission}\` in the workflow's permissions`;
  else if (status === 404)
    reason =
      `could not ${context.doing}: GitHub answered 404 (${message}); the token cannot see the repository, or` +
      ` GITHUB_API_URL is wrong`;
  else if (status === 401) reason = `could not ${context.doing}: GitHub rejected the token (401: ${message})`;
  else reason = `could not ${context.doing}: ${status ? `GitHub answered ${status}: ` : ''}${message}`;
  return { reason: redact(reason, token), status: status || undefined };
}

function responseStatus(error: unknown): number | undefined {
  // Octokit gives network failures status 500 too; only an answer from GitHub has a response.
  const status = field(error, 'response', 'status');
  return typeof status === 'number' ? status : undefined;
}

function isTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = field(e, 'cause'), depth++) {
    const name = field(e, 'name');
    if (name === 'TimeoutError' || name === 'AbortError') return true;
  }
  return false;
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}
