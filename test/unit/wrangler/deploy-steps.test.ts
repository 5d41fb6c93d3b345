// Which wrangler commands a deploy runs, and how a failed one is undone: the deployment changes
// once, at the last step, and a change a failed command made is put back exactly.
import { deploySteps, type DeployStep } from '../../../src/wrangler/deploy-steps.js';
import { restoreArgs, sameSplit, servingSentence } from '../../../src/wrangler/restore.js';

type Facts = Parameters<typeof deploySteps>[0];
const named = (s: DeployStep) => ('secretsFile' in s && s.secretsFile ? `${s.kind}+file` : s.kind);
const kinds = (facts: Facts) => deploySteps(facts).map(named);
const direct = (exists: boolean, hasSecrets: boolean, secretsFile: boolean) =>
  kinds({ mode: 'direct', exists, hasSecrets, secretsFile });
const gradual = (hasSecrets: boolean, secretsFile: boolean) =>
  kinds({ mode: 'gradual', exists: true, hasSecrets, secretsFile });

describe('deploySteps', () => {
  it('with --secrets-file the secrets ride with the one upload, for a new Worker too', () => {
    expect(direct(true, true, true)).toEqual(['deploy+file']);
    expect(direct(false, true, true)).toEqual(['deploy+file']);
    expect(gradual(true, true)).toEqual(['upload+file', 'split']);
  });

  it('older wranglers put the secrets in an undeployed version first, never `secret bulk` on a live Worker', () => {
    expect(direct(true, true, false)).toEqual(['versions-secret-bulk', 'deploy']);
    expect(gradual(true, false)).toEqual(['versions-secret-bulk', 'upload', 'split']);
    // A new Worker has no version to hold them: they follow its first deploy.
    expect(direct(false, true, false)).toEqual(['deploy', 'secret-bulk']);
  });

  it('without secrets no file and no secret step', () => {
    expect(direct(true, false, true)).toEqual(['deploy']);
    expect(gradual(false, false)).toEqual(['upload', 'split']);
  });
});

describe('restoring the previous deployment', () => {
  const split = [
    { version_id: 'b', percentage: 0 },
    { version_id: 'a', percentage: 100 },
  ];

  it('compares splits in any order and restores them exactly', () => {
    expect(sameSplit(split, [...split].reverse())).toBe(true);
    expect(sameSplit(split, [{ version_id: 'a', percentage: 100 }])).toBe(false);
    expect(restoreArgs(split)).toEqual(['versions', 'deploy', 'b@0%', 'a@100%', '-y']);
  });

  it('says which version serves and whether production changed', () => {
    const says = (state: Parameters<typeof servingSentence>[1]) => servingSentence('gw', state);
    expect(says({ serving: 'a', previous: 'a', restored: false })).toContain('production is unchanged');
    expect(says({ serving: 'a', previous: 'a', restored: true })).toContain('the gate restored it');
    const failed = says({ serving: 'n', previous: 'a', restored: false, problem: 'HTTP 500' });
    expect(failed).toContain('putting back a failed: HTTP 500');
    expect(says({ previous: 'a', restored: false, problem: 'no answer' })).toContain('could not be read (no answer)');
  });
});
