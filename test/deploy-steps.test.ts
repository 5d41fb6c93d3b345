// Which wrangler commands a deploy runs, and how a failed one is undone: the deployment changes
// once, at the last step, and a change a failed command made is put back exactly.
import { deploySteps } from '../src/deploy/deploy-steps.js';
import { restoreArgs, sameSplit, servingSentence } from '../src/deploy/restore.js';

const kinds = (facts: Parameters<typeof deploySteps>[0]) => deploySteps(facts).map((s) => ('secretsFile' in s && s.secretsFile ? `${s.kind}+file` : s.kind));

describe('deploySteps', () => {
  it('with --secrets-file the secrets ride with the one upload, for a new Worker too', () => {
    expect(kinds({ mode: 'direct', exists: true, hasSecrets: true, secretsFile: true })).toEqual(['deploy+file']);
    expect(kinds({ mode: 'direct', exists: false, hasSecrets: true, secretsFile: true })).toEqual(['deploy+file']);
    expect(kinds({ mode: 'gradual', exists: true, hasSecrets: true, secretsFile: true })).toEqual(['upload+file', 'split']);
  });

  it('older wranglers put the secrets in an undeployed version first, never `secret bulk` on a live Worker', () => {
    expect(kinds({ mode: 'direct', exists: true, hasSecrets: true, secretsFile: false })).toEqual(['versions-secret-bulk', 'deploy']);
    expect(kinds({ mode: 'gradual', exists: true, hasSecrets: true, secretsFile: false })).toEqual(['versions-secret-bulk', 'upload', 'split']);
    // A new Worker has no version to hold them: they follow its first deploy.
    expect(kinds({ mode: 'direct', exists: false, hasSecrets: true, secretsFile: false })).toEqual(['deploy', 'secret-bulk']);
  });

  it('without secrets no file and no secret step', () => {
    expect(kinds({ mode: 'direct', exists: true, hasSecrets: false, secretsFile: true })).toEqual(['deploy']);
    expect(kinds({ mode: 'gradual', exists: true, hasSecrets: false, secretsFile: false })).toEqual(['upload', 'split']);
  });
});

describe('restoring the previous deployment', () => {
  const split = [{ version_id: 'b', percentage: 0 }, { version_id: 'a', percentage: 100 }];

  it('compares splits in any order and restores them exactly', () => {
    expect(sameSplit(split, [...split].reverse())).toBe(true);
    expect(sameSplit(split, [{ version_id: 'a', percentage: 100 }])).toBe(false);
    expect(restoreArgs(split)).toEqual(['versions', 'deploy', 'b@0%', 'a@100%', '-y']);
  });

  it('says which version serves and whether production changed', () => {
    expect(servingSentence('gw', { serving: 'a', previous: 'a', restored: false })).toContain('production is unchanged');
    expect(servingSentence('gw', { serving: 'a', previous: 'a', restored: true })).toContain('the gate restored it');
    expect(servingSentence('gw', { serving: 'n', previous: 'a', restored: false, problem: 'HTTP 500' })).toContain('putting back a failed: HTTP 500');
    expect(servingSentence('gw', { previous: 'a', restored: false, problem: 'no answer' })).toContain('could not be read (no answer)');
  });
});
