// Which Cloudflare account wrangler deploys to, decided from the config and the variables alone
// (wrangler 4.164's getActiveAccountId and its config's `inheritable` account_id).
import { describe, expect, it } from '@jest/globals';
import {
  accountConflict,
  accountOrigin,
  accountVariable,
  chooseAccount,
  configuredAccount,
} from '../../../src/cloudflare/account.js';

const raw = {
  name: 'api',
  account_id: 'top',
  env: { production: { account_id: 'prod' }, staging: {}, blank: { account_id: '' } },
};
const source = { raw, display: 'wrangler.jsonc' };

describe('configuredAccount', () => {
  it("an environment's own account_id wins; one without inherits the top level's", () => {
    expect(configuredAccount(raw, 'production')).toEqual({ id: 'prod', path: ['env', 'production', 'account_id'] });
    expect(configuredAccount(raw, 'staging')).toEqual({ id: 'top', path: ['account_id'] });
    expect(configuredAccount(raw, undefined)).toEqual({ id: 'top', path: ['account_id'] });
  });
  it('an empty account_id is ignored, as wrangler ignores it (with a warning)', () => {
    expect(configuredAccount(raw, 'blank')).toEqual({ id: 'top', path: ['account_id'] });
    expect(configuredAccount({ account_id: '' }, undefined)).toBeUndefined();
    expect(configuredAccount({}, 'production')).toBeUndefined();
  });
});

describe('accountVariable', () => {
  it('reads CLOUDFLARE_ACCOUNT_ID, else the deprecated CF_ACCOUNT_ID only when the first is unset', () => {
    expect(accountVariable({ CLOUDFLARE_ACCOUNT_ID: ' a ' })).toEqual({ name: 'CLOUDFLARE_ACCOUNT_ID', id: 'a' });
    expect(accountVariable({ CF_ACCOUNT_ID: 'b' })).toEqual({ name: 'CF_ACCOUNT_ID', id: 'b' });
    expect(accountVariable({ CLOUDFLARE_ACCOUNT_ID: '', CF_ACCOUNT_ID: 'b' })).toBeUndefined();
    expect(accountVariable({})).toBeUndefined();
  });
});

describe('chooseAccount', () => {
  it("the config's account wins over CLOUDFLARE_ACCOUNT_ID, and the variable is kept to say so", () => {
    const choice = chooseAccount(source, 'production', { CLOUDFLARE_ACCOUNT_ID: 'other' });
    expect(choice).toEqual({
      account: {
        id: 'prod',
        origin: { kind: 'config', path: ['env', 'production', 'account_id'], file: 'wrangler.jsonc' },
      },
      overridden: { name: 'CLOUDFLARE_ACCOUNT_ID', id: 'other' },
    });
  });
  it('a variable that agrees with the config is no conflict', () => {
    expect(chooseAccount(source, 'production', { CLOUDFLARE_ACCOUNT_ID: 'prod' }).overridden).toBeUndefined();
  });
  it('without account_id the variable decides; without either, the token does (no account chosen yet)', () => {
    expect(chooseAccount({ raw: {}, display: 'wrangler.toml' }, undefined, { CLOUDFLARE_ACCOUNT_ID: 'v' })).toEqual({
      account: { id: 'v', origin: { kind: 'variable', name: 'CLOUDFLARE_ACCOUNT_ID' } },
    });
    expect(chooseAccount(undefined, undefined, {})).toEqual({});
  });
});

describe('accountConflict', () => {
  it('one notice naming both accounts, where the config names its own, and which one deploys', () => {
    const choice = chooseAccount(source, 'production', { CLOUDFLARE_ACCOUNT_ID: 'other' });
    const notice = accountConflict(choice, 'preflight', () => ({ file: 'wrangler.jsonc', line: 7, column: 21 }));
    expect(notice).toMatchObject({
      code: 'account_id_overrides_variable',
      severity: 'notice',
      location: { file: 'wrangler.jsonc', line: 7 },
    });
    expect(notice!.message).toBe(
      'CLOUDFLARE_ACCOUNT_ID names account other, but `account_id` of env.production in wrangler.jsonc names prod: ' +
        'wrangler deploys to prod (the config wins), so the gate checks, deploys and rolls back on prod',
    );
  });
  it('nothing to say when only one of them names an account, or both the same', () => {
    expect(accountConflict(chooseAccount(source, 'staging', {}), 'deploy')).toBeUndefined();
    expect(
      accountConflict(chooseAccount(undefined, undefined, { CLOUDFLARE_ACCOUNT_ID: 'x' }), 'deploy'),
    ).toBeUndefined();
    expect(
      accountConflict(chooseAccount(source, 'staging', { CLOUDFLARE_ACCOUNT_ID: 'top' }), 'deploy'),
    ).toBeUndefined();
  });
  it('names the origin of each kind of account', () => {
    expect(accountOrigin({ kind: 'config', path: ['account_id'], file: 'wrangler.toml' })).toBe(
      '`account_id` in wrangler.toml',
    );
    expect(accountOrigin({ kind: 'token' })).toBe("the token's only account");
  });
});
