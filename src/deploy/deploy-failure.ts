// A failed wrangler command as one finding: the Cloudflare API code it carried, what it means,
// the fix, and the line of the wrangler config to change when there is one.
import { ownerOf, type Finding, type Location } from '../findings.js';
import type { CommandFailure } from '../wrangler/output-file.js';
import type { WorkerConfig } from '../wrangler/environments.js';
import type { WranglerSource } from '../wrangler/wrangler-source.js';

export interface FailureContext {
  /** What the gate asked wrangler to do, for the message: "wrangler deploy --env production". */
  command: string;
  source?: WranglerSource;
  worker?: WorkerConfig;
}

interface Diagnosis {
  code: string;
  fix: string;
  location?: Location;
}

export function deployFailureFinding(failure: CommandFailure, ctx: FailureContext): Finding {
  const diagnosis = diagnose(failure, ctx);
  return {
    stage: 'deploy',
    layer: 'deploy',
    code: diagnosis.code,
    category: ownerOf(diagnosis.code),
    severity: 'error',
    message: `${ctx.command} failed${failure.code !== undefined ? ` [code: ${failure.code}]` : ''}: ${failure.message}`,
    fix: diagnosis.fix,
    ...(diagnosis.location ? { location: diagnosis.location } : {}),
    evidence: { ...(failure.code !== undefined ? { apiCode: failure.code } : {}), wrangler: failure.message },
  };
}

function diagnose(failure: CommandFailure, ctx: FailureContext): Diagnosis {
  const text = failure.message;
  const at = (path: readonly (string | number)[] | undefined): Location | undefined => (ctx.source && path ? ctx.source.locate(path, 'value') : undefined);
  const nameLine = ctx.worker ? at(ctx.worker.pathOf('name')) : undefined;
  const mainLine = ctx.worker ? at(ctx.worker.pathOf('main')) : undefined;
  switch (failure.code) {
    case 10000:
      return { code: 'api_token_permission', fix: 'The API token lacks a permission this command needs: give it "Workers Scripts: Edit" (and "Account Settings: Read"), on the account of CLOUDFLARE_ACCOUNT_ID.' };
    case 9109:
    case 1000:
    case 10001:
      return { code: 'api_token_invalid', fix: 'CLOUDFLARE_API_TOKEN is not a valid token (revoked, expired or mistyped): create a new API token and update the repository secret.' };
    case 10007:
    case 10090:
      return { code: 'worker_not_found', fix: 'The Worker does not exist yet: deploy it once with `deploy: direct` (a gradual deploy needs a version to split with).', ...(nameLine ? { location: nameLine } : {}) };
    case 10013:
    case 10041:
    case 10042:
      return { code: 'kv_namespace_not_found', fix: 'A KV namespace id in the wrangler config does not exist in this account: create it (`wrangler kv namespace create`) or fix the id.', ...locateResource(text, ctx, 'kv') };
    case 10021:
      if (/CPU time|exceeded.*(cpu|time)|startup.*limit/i.test(text)) {
        return { code: 'startup_cpu_limit', fix: 'The Worker exceeds the startup CPU limit while its global scope runs: move heavy work (parsing a large config, building tables) into the fetch handler or cache it lazily.', ...(mainLine ? { location: mainLine } : {}) };
      }
      return { code: 'worker_startup_error', fix: 'The Worker throws while it starts (its global scope): run `wrangler dev` or the local E2E tests to see the stack, and fix the module.', ...(mainLine ? { location: mainLine } : {}) };
    case 10215:
      return { code: 'latest_version_not_deployed', fix: 'The latest version is not the deployed one (a gradual deployment is in progress): finish or roll back that deployment first.' };
    case 10220:
      return { code: 'rollback_secrets_changed', fix: 'Secrets changed since the target version: roll back with --force or redeploy.' };
    case 971:
    case 10429:
      return { code: 'cloudflare_rate_limited', fix: 'The Cloudflare API rate-limited the deploy: retry the job in a minute.' };
    default:
      break;
  }
  if (/Could not resolve|Build failed|No loader is configured|Unexpected token|esbuild/i.test(text)) {
    return { code: 'build_failed', fix: 'Wrangler could not bundle the Worker: fix the import or syntax error it names (the local E2E tests would fail too).', ...(mainLine ? { location: mainLine } : {}) };
  }
  if (/does not yet exist|deploy.*first/i.test(text)) {
    return { code: 'worker_not_found', fix: 'The Worker does not exist yet: deploy it once with `deploy: direct`.', ...(nameLine ? { location: nameLine } : {}) };
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|socket hang up/i.test(text)) {
    return { code: 'cloudflare_api_unreachable', fix: 'The runner could not reach the Cloudflare API: check the network and CLOUDFLARE_API_BASE_URL, then retry.' };
  }
  return { code: 'wrangler_failed', fix: 'Read wrangler\'s message above; run the same command locally with the same environment to reproduce it.' };
}

/** The binding whose id the API message names, else the first of that kind. */
function locateResource(text: string, ctx: FailureContext, kind: 'kv'): { location?: Location } {
  if (!ctx.worker || !ctx.source) return {};
  const bindings = ctx.worker[kind];
  const named = bindings.find((b) => b.resource && text.includes(b.resource)) ?? bindings[0];
  return named ? { location: ctx.source.locate(named.path, 'value') } : {};
}
