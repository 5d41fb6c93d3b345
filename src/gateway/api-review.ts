// The API changes of a pull request, on the lines to review: the config at the base commit and at
// the head, each as the gateway sees it in the chosen environment (its vars substituted), diffed
// route by route; a change the repository accepted in its reviewed list is a notice. I/O lives
// here (git, files); the decisions are api-surface, api-diff and api-accepted.
import path from 'node:path';
import type { ApiChangeRecord } from '../contract.js';
import { findingFactory, type Finding, type Layer, type Location } from '../findings.js';
import { readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { locatePointers, parseJson } from '../json/json-source.js';
import { readEventPayload } from '../report/github-checks.js';
import { chooseBase, readAtRevision, resolveBase } from '../git/base-revision.js';
import { ACCEPTED_FILE, acceptedBy, parseAcceptedList, type AcceptedList } from './api-accepted.js';
import { diffApi, type ApiChange, type ApiChangeCode } from './api-diff.js';
import { apiSurface } from './api-surface.js';
import { projectVars, varsIn } from './environment-vars.js';
import { substitute } from './substitution.js';

const LAYER: Record<ApiChangeCode, Layer> = {
  auth_removed: 'auth',
  auth_added: 'auth',
  authorizer_changed: 'auth',
  route_removed: 'routing',
  method_changed: 'routing',
  route_added: 'routing',
  target_changed: 'upstream',
  cors_changed: 'config',
  response_changed: 'config',
  mapping_changed: 'config',
};

const notice = findingFactory('validate', 'config');

export interface HeadConfig {
  file: string;
  display: string;
  text: string;
  value: unknown;
}

export interface ApiReview {
  findings: Finding[];
  changes?: ApiChangeRecord[];
  base?: { ref: string; commit: string };
}

const unchecked = (message: string, fix: string): ApiReview => ({
  findings: [notice('api_changes_unchecked', 'notice', message, fix)],
});

/** Compares the head's config with the base's; silent outside a pull request without `base-ref`. */
export async function reviewApiChanges(config: GateConfig, head: HeadConfig): Promise<ApiReview> {
  const base = chooseBase(config.env.GITHUB_EVENT_NAME, await readEventPayload(config.env), config.baseRef);
  if (!base) return { findings: [] };
  const fetchFix =
    'Check out with enough history (actions/checkout `fetch-depth: 0`), or set `base-ref` to a commit the ' +
    'runner can fetch.';
  const resolved = await resolveBase(config.workingDirectory, base.ref);
  if (!resolved.ok)
    return unchecked(
      `the API changes were not checked against ${base.ref} (${base.origin}): ${resolved.reason}`,
      fetchFix,
    );
  const short = resolved.commit.slice(0, 7);
  const inRepo = (file: string) => path.relative(resolved.top, file).split(path.sep).join('/');
  const before = await readAtRevision(resolved.top, resolved.commit, inRepo(head.file));
  if (!before.ok) {
    const why = before.missing ? `${head.display} did not exist at ${short}: every route is new` : before.reason;
    return before.missing
      ? { findings: [notice('api_changes_unchecked', 'notice', `the API changes were not checked: ${why}`, '')] }
      : unchecked(`the API changes were not checked against ${short}: ${why}`, fetchFix);
  }
  const parsed = parseJson(before.text);
  if (!parsed.ok)
    return unchecked(`the API changes were not checked: ${head.display} at ${short} is not valid JSON`, '');

  const { file: wranglerFile, vars: headVars } = projectVars(config);
  const baseWrangler = wranglerFile
    ? await readAtRevision(resolved.top, resolved.commit, inRepo(wranglerFile))
    : undefined;
  const baseVars = baseWrangler?.ok ? varsIn(wranglerFile!, baseWrangler.text, config.environment) : headVars;

  const changes = diffApi(
    apiSurface(substitute(parsed.value, baseVars).value),
    apiSurface(substitute(head.value, headVars).value),
    config.apiChanges,
  );
  const acceptedFile = path.join(path.dirname(head.file), ACCEPTED_FILE);
  const accepted = readTextFile(acceptedFile, 256 * 1024);
  const list = accepted.ok ? parseAcceptedList(accepted.text) : { entries: [], malformed: [] };
  const records = locateChanges(
    changes,
    head,
    before.text,
    short,
    list,
    displayPath(acceptedFile, config.workingDirectory),
  );
  return {
    findings: [
      ...records.map(findingOf),
      ...listFindings(list, records, displayPath(acceptedFile, config.workingDirectory)),
    ],
    changes: records,
    base: { ref: base.ref, commit: resolved.commit },
  };
}

function locateChanges(
  changes: ApiChange[],
  head: HeadConfig,
  baseText: string,
  short: string,
  list: AcceptedList,
  listFile: string,
): ApiChangeRecord[] {
  const side = (s: 'base' | 'head') =>
    changes.filter((c) => c.side === s).map((c) => ({ pointer: c.pointer, target: c.target }));
  const inHead = locatePointers(head.text, side('head'));
  const inBase = locatePointers(baseText, side('base'));
  return changes.map((change) => {
    const range = (change.side === 'head' ? inHead : inBase).get(`${change.target}:${change.pointer}`);
    const location: Location | undefined = range && { file: head.display, ...range };
    const entry = acceptedBy(change, list);
    const where = change.side === 'base' && range ? ` (line ${range.line} at ${short})` : '';
    return {
      code: change.code,
      severity: entry ? 'notice' : change.severity,
      route: change.route,
      message: `${change.message}${where}${entry ? `; accepted in ${listFile}:${entry.line}` : ''}`,
      location,
      before: change.before,
      after: change.after,
      accepted: entry ? `${listFile}:${entry.line}` : undefined,
      fix: entry ? undefined : change.fix || undefined,
    };
  });
}

function findingOf(record: ApiChangeRecord): Finding {
  return findingFactory('validate', LAYER[record.code as ApiChangeCode])(
    record.code,
    record.severity,
    record.message,
    record.fix ?? '',
    {
      location: record.location,
      evidence: { before: record.before, after: record.after },
    },
  );
}

/** A line of the accepted list that is not an entry, or that accepts nothing this change makes. */
function listFindings(list: AcceptedList, records: ApiChangeRecord[], file: string): Finding[] {
  const used = new Set(records.map((r) => r.accepted));
  return [
    ...list.malformed.map((line) =>
      notice(
        'api_accepted_malformed',
        'warning',
        `${file}:${line} is not "<code> <METHOD> <path> <reason>"`,
        'Write one accepted change a line, e.g. `route_removed GET /users/me clients moved to /me`.',
        {
          location: { file, line },
        },
      ),
    ),
    ...list.entries
      .filter((e) => !used.has(`${file}:${e.line}`))
      .map((e) =>
        notice(
          'api_accepted_unused',
          'notice',
          `${file}:${e.line} accepts a change this pull request does not make` +
            ` (${e.code}${e.route ? ` ${e.route}` : ''})`,
          'Remove the line once the change it accepted has shipped.',
          {
            location: { file, line: e.line },
          },
        ),
      ),
  ];
}
