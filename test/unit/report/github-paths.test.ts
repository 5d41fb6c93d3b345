// The pure parts of GitHub reporting: repository paths, the head commit, the sticky comment's key.
import { headShaOf, truncateMarkdown } from '../../../src/report/github-checks.js';
import { pathPrefixOf, repoPath } from '../../../src/report/annotations.js';
import { commentMarker, pullRequestNumberOf } from '../../../src/report/pr-comment.js';

const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);

describe('the pure parts', () => {
  it('maps working-directory paths onto repository paths', () => {
    expect(repoPath('gateway.json', '')).toBe('gateway.json');
    expect(repoPath('./gateway.json', '.')).toBe('gateway.json');
    expect(repoPath('config/gateway.json', 'services/edge/')).toBe('services/edge/config/gateway.json');
    expect(repoPath('config\\gateway.json', 'services\\edge')).toBe('services/edge/config/gateway.json');
    expect(pathPrefixOf('/home/runner/work/edge/edge', 'services/edge')).toBe('services/edge');
    expect(pathPrefixOf('/home/runner/work/edge/edge', '/home/runner/work/edge/edge')).toBe('');
    expect(pathPrefixOf('/home/runner/work/edge/edge', '/tmp/elsewhere')).toBe('');
    expect(pathPrefixOf(undefined, 'services/edge')).toBe('');
  });

  it('puts a pull request run on its head commit, never on the merge commit', () => {
    expect(headShaOf('pull_request_target', { pull_request: { head: { sha: HEAD_SHA } } }, MERGE_SHA)).toBe(HEAD_SHA);
    expect(headShaOf('pull_request', {}, MERGE_SHA)).toBeUndefined();
    expect(headShaOf('push', undefined, MERGE_SHA)).toBe(MERGE_SHA);
  });

  it('reads the pull request number and keys markers safely', () => {
    expect(pullRequestNumberOf('pull_request', { pull_request: { number: 4 } })).toBe(4);
    expect(pullRequestNumberOf('issues', { issue: { number: 4, pull_request: {} } })).toBeUndefined();
    expect(commentMarker()).toBe('<!-- gateway-deploy-gate -->');
    expect(commentMarker('prod --> <b>')).toBe('<!-- gateway-deploy-gate:prod-b -->');
  });

  it('cuts markdown without splitting a character', () => {
    const cut = truncateMarkdown(`${'a'.repeat(99)}😀${'b'.repeat(100)}`, 160);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
