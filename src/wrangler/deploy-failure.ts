// A failed wrangler command as one finding: the Cloudflare API code it carried, what it means,
// the fix, and the line of the wrangler config to change when there is one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ownerOf, type Finding, type Location } from '../findings.js';
import { displayPath } from '../inputs.js';
import type { CommandFailure } from './output-file.js';
import type { WorkerConfig } from './environments.js';
import type { WranglerSource } from './wrangler-source.js';
import { buildErrorPosition, startupFailure, type SourcePosition } from './failure-text.js';

export interface FailureContext {
  /** What the gate asked wrangler to do, for the message: "wrangler deploy --env production". */
  command: string;
  source?: WranglerSource;
  worker?: WorkerConfig;
  /** Where findings' paths are relative to. */
  workingDirectory?: string;
}

interface FailureDiagnosis {
  code: string;
  fix: string;
  location?: Location;
  /** Said after wrangler's message: what the gate read in it. */
  note?: string;
  evidence?: Record<string, unknown>;
}

export function deployFailureFinding(failure: CommandFailure, ctx: FailureContext): Finding {
  const diagnosis = diagnoseFailure(failure, ctx);
  return {
    stage: 'deploy',
    layer: 'deploy',
    code: diagnosis.code,
    category: ownerOf(diagnosis.code, failure.code),
    severity: 'error',
    message: [
      `${ctx.command} failed${failure.code !== undefined ? ` [code: ${failure.code}]` : ''}: ${failure.message}`,
      diagnosis.note ? ` (${diagnosis.note})` : '',
    ].join(''),
    fix: diagnosis.fix,
    location: diagnosis.location,
    evidence: { apiCode: failure.code, wrangler: failure.message, ...diagnosis.evidence },
  };
}

function diagnoseFailure(failure: CommandFailure, ctx: FailureContext): FailureDiagnosis {
  const at = (path: readonly (string | number)[] | undefined): Location | undefined =>
    ctx.source && path ? ctx.source.locate(path, 'value') : undefined;
  const lines: ConfigLines = {
    name: ctx.worker ? at(ctx.worker.pathOf('name')) : undefined,
    main: ctx.worker ? at(ctx.worker.pathOf('main')) : undefined,
  };
  return diagnoseApiCode(failure, ctx, lines) ?? diagnoseMessage(failure.message, ctx, lines);
}

/** Where the Worker's `name` and `main` are written, for findings that point at them. */
interface ConfigLines {
  name: Location | undefined;
  main: Location | undefined;
}

/** The API codes whose cause is known, whatever wrangler printed around them. */
function diagnoseApiCode(
  failure: CommandFailure,
  ctx: FailureContext,
  lines: ConfigLines,
): FailureDiagnosis | undefined {
  const text = failure.message;
  const { name: nameLine, main: mainLine } = lines;
  switch (failure.code) {
    case 10000:
      return {
        code: 'api_token_permission',
        fix:
          'The API token lacks a permission this command needs: give it "Workers Scripts: Edit" (and "Account' +
          ' Settings: Read"), on the account the deploy targets (`account_id` in the wrangler config, else' +
          ' CLOUDFLARE_ACCOUNT_ID).',
      };
    case 9109:
    case 1000:
    case 10001:
      return {
        code: 'api_token_invalid',
        fix:
          'CLOUDFLARE_API_TOKEN is not a valid token (revoked, expired or mistyped): create a new API token and' +
          ' update the repository secret.',
      };
    case 10007:
    case 10090:
      return {
        code: 'worker_not_found',
        fix:
          'The Worker does not exist yet: deploy it once with `deploy: direct` (a gradual deploy needs a version' +
          ' to split with).',
        location: nameLine,
      };
    case 10013:
    case 10041:
    case 10042:
      return {
        code: 'kv_namespace_not_found',
        fix:
          'A KV namespace id in the wrangler config does not exist in this account: create it (`wrangler kv' +
          ' namespace create`) or fix the id.',
        ...locateResource(text, ctx, 'kv'),
      };
    case 10021:
      return startupDiagnosis(text, ctx, mainLine);
    case 10215:
      return {
        code: 'latest_version_not_deployed',
        fix:
          'The latest version is not the deployed one (a gradual deployment is in progress): finish or roll back' +
          ' that deployment first.',
      };
    case 10220:
      return {
        code: 'rollback_secrets_changed',
        fix: 'Secrets changed since the target version: roll back with --force or redeploy.',
      };
    case 971:
    case 10429:
      return {
        code: 'cloudflare_rate_limited',
        fix: 'The Cloudflare API rate-limited the deploy: retry the job in a minute.',
      };
    default:
      return undefined;
  }
}

/** Wrangler's message, for failures without a known API code. */
function diagnoseMessage(text: string, ctx: FailureContext, lines: ConfigLines): FailureDiagnosis {
  const { name: nameLine, main: mainLine } = lines;
  if (/Could not resolve|Build failed|No loader is configured|Unexpected token|esbuild/i.test(text)) {
    const position = ctx.source ? buildErrorPosition(text, path.dirname(ctx.source.file)) : undefined;
    const location = projectLocation(position, ctx) ?? mainLine;
    const fix =
      'Wrangler could not bundle the Worker: fix the import or syntax error it names ' +
      '(the local E2E tests would fail too).';
    return { code: 'build_failed', fix, location };
  }
  // Wranglers that print only their own summary of a 10021 (no code in the output file, e.g. 4.20).
  if (startupFailure(text)?.kind === 'unknown') return startupDiagnosis(text, ctx, mainLine);
  // Wrangler 4.1xx checks this itself and says so without an API code.
  if (/latest version of your Worker isn't currently deployed/i.test(text)) {
    const fix =
      'The latest version is not the deployed one (after a rollback or during a gradual deployment): ' +
      'finish or roll back that deployment first.';
    return { code: 'latest_version_not_deployed', fix };
  }
  if (/does not yet exist/i.test(text)) {
    return {
      code: 'worker_not_found',
      fix: 'The Worker does not exist yet: deploy it once with `deploy: direct`.',
      location: nameLine,
    };
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|socket hang up/i.test(text)) {
    return {
      code: 'cloudflare_api_unreachable',
      fix: 'The runner could not reach the Cloudflare API: check the network and CLOUDFLARE_API_BASE_URL, then retry.',
    };
  }
  return {
    code: 'wrangler_failed',
    fix: "Read wrangler's message above; run the same command locally with the same environment to reproduce it.",
  };
}

/** The binding whose id the API message names, else the first of that kind. */
function locateResource(text: string, ctx: FailureContext, kind: 'kv'): { location?: Location } {
  if (!ctx.worker || !ctx.source) return {};
  const bindings = ctx.worker[kind];
  const named = bindings.find((b) => b.resource && text.includes(b.resource)) ?? bindings[0];
  return named ? { location: ctx.source.locate(named.path, 'value') } : {};
}

/**
 * 10021: Cloudflare ran the Worker's global scope and refused it. Its own text says why; wrangler's
 * summary "exceeded startup limits" is printed for any note that mentions "startup", so it proves nothing.
 */
function startupDiagnosis(text: string, ctx: FailureContext, mainLine: Location | undefined): FailureDiagnosis {
  const failure = startupFailure(text);
  if (failure?.kind === 'cpu_limit') {
    const fix =
      'The Worker exceeds the startup CPU limit while its global scope runs: move heavy work ' +
      '(parsing a large config, building tables) into the fetch handler or cache it lazily ' +
      '(`wrangler check startup` profiles it).';
    return { code: 'startup_cpu_limit', fix, location: mainLine };
  }
  if (failure?.kind === 'exception') {
    const thrown = projectLocation(failure.source, ctx);
    const bundle = failure.bundle;
    // A bundle position is wrangler's output, not the source: named, never pinned on a source line.
    const at = bundle ? `${bundle.module}:${bundle.line}:${bundle.column}` : undefined;
    const where =
      thrown || !bundle
        ? undefined
        : `thrown at line ${bundle.line}:${bundle.column} of the uploaded bundle module ${bundle.module}, ` +
          'which wrangler did not map to a source file';
    // Wrangler maps call sites with the bundle's source map; a build without one leaves bundle positions.
    const hint = thrown ? '' : ' (wrangler had no source map to name the source line)';
    return {
      code: 'worker_startup_error',
      fix:
        `The Worker's global scope throws \`${failure.exception}\` when Cloudflare starts it${hint}: ` +
        'fix the module; ' +
        '`wrangler dev` or the local E2E tests show the same exception.',
      location: thrown ?? mainLine,
      note: where,
      evidence: { exception: failure.exception, bundlePosition: at },
    };
  }
  if (failure?.kind === 'unknown') {
    return {
      code: 'worker_startup_failed',
      fix:
        'Cloudflare refused the Worker while its global scope ran, and this wrangler printed only its own summary, ' +
        "not Cloudflare's reason (an uncaught exception or the startup CPU limit): run the local E2E tests or " +
        '`wrangler check startup`, or upgrade wrangler (4.73 and newer print the reason).',
      location: mainLine,
      note: 'wrangler did not say whether the global scope threw or ran out of startup CPU',
    };
  }
  const fix =
    'Cloudflare refused the Worker when it validated it: fix what the message names ' +
    '(run `wrangler dev` or the local E2E tests to see it locally).';
  return { code: 'worker_startup_error', fix, location: mainLine };
}

/** A position in a file of the project that exists, relative to the working directory; none when uncertain. */
function projectLocation(position: SourcePosition | undefined, ctx: FailureContext): Location | undefined {
  if (!position || !ctx.source || !existsSync(position.file)) return undefined;
  const base = ctx.workingDirectory ?? path.dirname(ctx.source.file);
  const relative = path.relative(base, position.file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return { file: displayPath(position.file, base), line: position.line, column: position.column };
}
