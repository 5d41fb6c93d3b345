// Bindings wrangler will create. Since 4.45 `wrangler deploy` provisions a KV namespace, R2 bucket
// or D1 database whose binding names none (no id, bucket_name or database_id), or reuses the one
// already linked to the Worker; older wranglers, and `--no-x-provision`, refuse such a binding.
import type { Finding } from '../findings.js';
import { addDevCommand, type PackageManagerName } from '../project-tests/package-manager.js';
import { atLeast } from '../wrangler/capabilities.js';
import type { Binding, WorkerConfig } from '../wrangler/environments.js';
import type { WranglerReading } from '../wrangler/project-wrangler.js';
import type { WranglerSource } from '../wrangler/wrangler-source.js';
import { bindingFinding } from './local-checks.js';

/** The first wrangler that provisions bindings at deploy (Cloudflare changelog, 2025-10-24). */
export const PROVISION_SINCE = [4, 45, 0] as const;

interface Kind {
  what: string;
  key: 'kv_namespaces' | 'r2_buckets' | 'd1_databases';
  field: string;
  create: string;
  of: (worker: WorkerConfig) => Binding[];
}

const KINDS: readonly Kind[] = [
  { what: 'KV namespace', key: 'kv_namespaces', field: 'id', create: 'wrangler kv namespace create', of: (w) => w.kv },
  { what: 'R2 bucket', key: 'r2_buckets', field: 'bucket_name', create: 'wrangler r2 bucket create', of: (w) => w.r2 },
  { what: 'D1 database', key: 'd1_databases', field: 'database_id', create: 'wrangler d1 create', of: (w) => w.d1 },
];

/** How the deploy will run wrangler, as far as provisioning goes. */
export interface ProvisioningContext {
  /** The project's wrangler version, when known. */
  version: string | undefined;
  /** Why provisioning is off (a flag in the project's deploy script), if it is. */
  disabledBy: string | undefined;
  /** The project's package manager, for the upgrade command. */
  packageManager: PackageManagerName;
}

export interface ProvisioningInputs extends ProvisioningContext {
  source: WranglerSource;
  worker: WorkerConfig;
  /** The config as the project's wrangler read it (the authority on what it resolved), if it could. */
  reading: WranglerReading | undefined;
}

export function checkProvisioning(input: ProvisioningInputs): Finding[] {
  const findings: Finding[] = [];
  for (const kind of KINDS) {
    for (const binding of kind.of(input.worker)) {
      if (binding.resource !== undefined || !binding.binding) continue;
      if (lacksResource(input.reading, kind, binding.binding)) findings.push(provisioningFinding(input, kind, binding));
    }
  }
  return findings;
}

/** Wrangler's own reading decides; without one, the gate's (which found no resource) stands. */
function lacksResource(reading: WranglerReading | undefined, kind: Kind, name: string): boolean {
  const entries = reading?.[kind.key];
  if (!Array.isArray(entries)) return true;
  const entry = entries.find((e) => e.binding === name);
  return entry !== undefined && typeof entry[kind.field] !== 'string';
}

function provisioningFinding(input: ProvisioningInputs, kind: Kind, binding: Binding): Finding {
  const location = input.source.locate([...binding.path.slice(0, -1), 'binding'], 'value');
  const subject = `${kind.what} binding ${binding.binding} has no \`${kind.field}\``;
  const create = `Create it (\`${kind.create} <name>\`) and set its \`${kind.field}\``;
  const { version, disabledBy } = input;
  if (version !== undefined && !atLeast(version, PROVISION_SINCE)) {
    const message =
      `${subject}, and the project's wrangler ${version} cannot create it:` +
      ' automatic provisioning needs wrangler 4.45 or newer';
    const fix = `${create}, or upgrade wrangler (\`${addDevCommand(input.packageManager, 'wrangler@4')}\`).`;
    return bindingFinding('binding_not_provisioned', 'error', message, fix, { location });
  }
  if (disabledBy !== undefined) {
    const message = `${subject}, and the deploy runs with provisioning off (${disabledBy}): it will not be created`;
    const fix = `${create}, or drop the flag so wrangler creates it.`;
    return bindingFinding('binding_not_provisioned', 'error', message, fix, { location });
  }
  const who = version !== undefined ? `wrangler ${version}` : 'wrangler (4.45 or newer)';
  const message = `${subject}: ${who} will create it at deploy, or reuse the one already linked to the Worker`;
  const fix = `Nothing to do; to pin the resource, set \`${kind.field}\` once it exists (wrangler writes it back).`;
  return bindingFinding('binding_will_be_created', 'notice', message, fix, { location });
}

const PROVISION_OFF = /(--no-x-provision|--no-experimental-provision|--(x|experimental)-provision[= ]false)\b/;
const DEPLOY_COMMAND = /\bwrangler\b[^&|;]*\b(deploy|versions\s+upload)\b/;

/**
 * Whether the deploy turns provisioning off. The gate's own deploy never does; with `deploy: none`
 * the project deploys itself, through a package.json script when it has one.
 */
export function provisioningDisabledBy(deployMode: string, packageJson: string | undefined): string | undefined {
  if (deployMode !== 'none' || packageJson === undefined) return undefined;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(packageJson) as { scripts?: unknown }).scripts;
  } catch {
    return undefined;
  }
  if (scripts === null || typeof scripts !== 'object') return undefined;
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof command !== 'string' || !DEPLOY_COMMAND.test(command)) continue;
    const flag = PROVISION_OFF.exec(command);
    if (flag) return `${flag[1]} in package.json script "${name}"`;
  }
  return undefined;
}
