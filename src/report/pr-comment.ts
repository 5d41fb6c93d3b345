// One pull-request comment per gate, edited in place on every run instead of a new comment per
// push. It is found again by a hidden marker on its first line, keyed so that two gate jobs in one
// workflow keep separate comments. A token that may not comment (forks) is an answer, not an error.
import type { FailureContext } from './github-checks.js';
import {
  DEFAULT_TIMEOUT_MS,
  MAX_MARKDOWN,
  describeFailure,
  field,
  githubClient,
  readEventPayload,
  repositoryOf,
  truncateMarkdown,
} from './github-checks.js';

/** Bounds the search to 1000 comments; a longer thread gets a new sticky comment, not a long wait. */
export const MAX_COMMENT_PAGES = 10;
const FAILURE: FailureContext = { doing: 'comment on the pull request', permission: 'pull-requests: write' };

export type CommentResult =
  { done: true; url: string; action: 'created' | 'updated' } | { done: false; reason: string; status?: number };

export interface CommentOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  /** Markdown; cut to GitHub's limit together with the marker. */
  body: string;
  /** Separates the comments of several gate jobs on one pull request. */
  key?: string;
  /** Per request; there are no retries. */
  timeoutMs?: number;
}

export async function upsertPullRequestComment(options: CommentOptions): Promise<CommentResult> {
  const number = pullRequestNumberOf(options.env.GITHUB_EVENT_NAME, await readEventPayload(options.env));
  if (number === undefined) return { done: false, reason: 'not a pull request event' };
  const token = options.token.trim();
  if (!token) return { done: false, reason: 'no GitHub token to comment with' };
  const repository = repositoryOf(options.env);
  if (!repository) return { done: false, reason: 'GITHUB_REPOSITORY is not set as owner/name' };

  const marker = commentMarker(options.key);
  const body = stickyBody(marker, options.body);
  try {
    const octokit = await githubClient(token, options.env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let existing: number | undefined;
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repository,
      issue_number: number,
      per_page: 100,
    })) {
      existing = page.data.find((comment) => isStickyComment(comment.body, marker))?.id;
      if (existing !== undefined || ++pages >= MAX_COMMENT_PAGES) break;
    }
    if (existing !== undefined) {
      const updated = await octokit.rest.issues.updateComment({ ...repository, comment_id: existing, body });
      return { done: true, url: updated.data.html_url, action: 'updated' };
    }
    const created = await octokit.rest.issues.createComment({ ...repository, issue_number: number, body });
    return { done: true, url: created.data.html_url, action: 'created' };
  } catch (error) {
    return { done: false, ...describeFailure(error, token, FAILURE) };
  }
}

/** An HTML comment, invisible in the rendered comment; the key keeps only characters safe inside one. */
export function commentMarker(key?: string): string {
  const safe = (key ?? '')
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `<!-- gateway-deploy-gate${safe ? `:${safe}` : ''} -->`;
}

export function stickyBody(marker: string, body: string): string {
  return `${marker}\n${truncateMarkdown(body, MAX_MARKDOWN - marker.length - 1)}`;
}

/** The marker must open the comment: a person quoting it ("> <!-- …") does not take it over. */
export function isStickyComment(body: string | null | undefined, marker: string): boolean {
  return !!body && body.split('\n', 1)[0]!.trim() === marker;
}

/** The pull request of pull_request* events, or of a comment on one (issue_comment). */
export function pullRequestNumberOf(eventName: string | undefined, payload: unknown): number | undefined {
  const pr = field(payload, 'pull_request', 'number');
  if (typeof pr === 'number') return pr;
  const issue = field(payload, 'issue', 'number');
  return eventName === 'issue_comment' &&
    typeof issue === 'number' &&
    field(payload, 'issue', 'pull_request') !== undefined
    ? issue
    : undefined;
}
