// Which gateway a run is about, as people tell matrix jobs apart: its directory in the repository,
// the wrangler config when one is chosen, the environment, and the Worker's name once preflight
// read it. Pure: the config and the results in, names out.
import path from 'node:path';
import { resultOf, type StageResult } from '../contract.js';

export interface GatewayIdentity {
  /** Relative to the workspace (the repository), with forward slashes; '.' for its root. */
  directory: string;
  /** The `wrangler-config` input's file name, when one was given. */
  wranglerConfig?: string;
  environment?: string;
  /** The Worker the config deploys, when preflight read it. */
  workerName?: string;
}

export interface IdentityInputs {
  workingDirectory: string;
  wranglerConfig?: string;
  environment?: string;
  /** GITHUB_WORKSPACE, else the current directory. */
  workspace: string;
  results: readonly StageResult[];
}

export function gatewayIdentity(input: IdentityInputs): GatewayIdentity {
  const relative = path.relative(input.workspace, input.workingDirectory).split(path.sep).join('/');
  const directory = relative === '' ? '.' : relative.startsWith('..') ? input.workingDirectory : relative;
  return {
    directory,
    wranglerConfig: input.wranglerConfig && path.basename(input.wranglerConfig),
    environment: input.environment,
    workerName: resultOf(input.results, 'preflight')?.data?.workerName ?? undefined,
  };
}

/** What the inputs alone say (no Worker name): the same in every run, so a required check keeps its name. */
function inputParts(id: GatewayIdentity): string[] {
  const parts = id.directory === '.' ? [] : [id.directory];
  if (id.wranglerConfig) parts.push(id.wranglerConfig);
  if (id.environment) parts.push(`env ${id.environment}`);
  return parts;
}

/** The check run's name: plain for one gateway at the repository root, else naming the gateway. */
export function checkRunName(id: GatewayIdentity): string {
  const parts = inputParts(id);
  return parts.length > 0 ? `Gateway deploy gate (${parts.join(', ')})` : 'Gateway deploy gate';
}

/** The gateway in a heading: "gateways/eu (env production, Worker eu-gateway)"; '' when nothing names it. */
export function gatewayLabel(id: GatewayIdentity): string {
  const [first, ...rest] = inputParts(id);
  const worker = id.workerName ? [`Worker ${id.workerName}`] : [];
  if (first === undefined) return id.workerName ? `Worker ${id.workerName}` : '';
  const more = [...rest, ...worker];
  return more.length > 0 ? `${first} (${more.join(', ')})` : first;
}

/** Keys the sticky PR comment per gateway: matrix jobs share GITHUB_JOB. */
export function commentKey(job: string | undefined, id: GatewayIdentity): string | undefined {
  const parts = inputParts(id);
  return parts.length > 0 ? `${job ?? ''} ${parts.join(' ')}`.trim() : job;
}
