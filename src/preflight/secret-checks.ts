// Does every `$env.X` / `$secret.X` the gateway reads have a value on the deployed Worker? A var
// answers it locally, whatever the prefix (the gateway reads vars and secrets from one `env`); a
// secret only the account can answer. Pure: what is known in, findings out.
import type { Finding, Location } from '../findings.js';
import type { Reference } from '../gateway/semantic-checks.js';
import { bindingFinding } from './local-checks.js';

/** What the account says about the Worker's secrets, or why it was not asked. */
export type WorkerSecrets = { seen: true; exists: boolean; names: Set<string> } | { seen: false; why: string };

export interface SecretInputs {
  /** The wrangler config's display name (wrangler.toml). */
  wranglerDisplay: string;
  workerName: string | undefined;
  /** The chosen environment, when any. */
  environment: string | undefined;
  vars: Record<string, unknown>;
  references: Array<Reference & { location?: Location }>;
  /** `secrets.required` of the chosen environment, with where each is written. */
  requiredSecrets: Array<{ name: string; location?: Location }>;
  /** Secret names declared somewhere: `secrets.required`, .dev.vars(.example), the `secrets` input. */
  declared: Map<string, string>;
  /** Names the action uploads from its `secrets` input. */
  uploaded: Set<string>;
  account: WorkerSecrets;
}

export function checkSecrets(input: SecretInputs): Finding[] {
  const findings: Finding[] = [];
  const missingOnWorker = new Set<string>();
  const seenReference = new Set<string>();
  const satisfied = (name: string): boolean =>
    input.uploaded.has(name) || missingOnWorker.has(name) || (input.account.seen && input.account.names.has(name));
  const answeredByVar = new Set<string>();
  for (const ref of input.references) {
    if (Object.hasOwn(input.vars, ref.name)) {
      if (ref.kind === 'secret' && !answeredByVar.has(ref.name)) findings.push(secretInVars(input, ref));
      answeredByVar.add(ref.name);
      continue;
    }
    if (satisfied(ref.name)) continue;
    if (input.account.seen) {
      missingOnWorker.add(ref.name);
      findings.push(notOnWorker(input, ref.name, ref.location, input.declared.has(ref.name) ? undefined : ref));
    } else if (!input.declared.has(ref.name)) {
      const key = `${ref.kind}:${ref.name}:${ref.location?.line}`;
      if (seenReference.has(key)) continue;
      seenReference.add(key);
      findings.push(unseen(input, ref, input.account.why));
    }
    // Declared and not checkable: the skipped-account notice says so once.
  }
  if (!input.account.seen) return findings;
  for (const secret of input.requiredSecrets) {
    if (satisfied(secret.name)) continue;
    missingOnWorker.add(secret.name);
    findings.push(notOnWorker(input, secret.name, secret.location));
  }
  return findings;
}

const envFlag = (input: SecretInputs): string => (input.environment ? ` --env ${input.environment}` : '');
const codeOf = (ref: Reference): string => (ref.kind === 'env' ? 'env_reference_unresolved' : 'secret_not_declared');
const tableOf = (input: SecretInputs): string => (input.environment ? `[env.${input.environment}]` : 'the top level');
const requiredSyntax = (input: SecretInputs, name: string): string =>
  input.wranglerDisplay.endsWith('.toml')
    ? `\`secrets = { required = ["${name}"] }\``
    : `\`"secrets": { "required": ["${name}"] }\``;

/** The account answered, and the Worker lacks the secret: certain, so an error. */
function notOnWorker(input: SecretInputs, name: string, location?: Location, undeclared?: Reference): Finding {
  const worker = input.workerName ?? 'the Worker';
  const exists = input.account.seen && input.account.exists;
  let message: string;
  if (undeclared) {
    const state = exists ? `is not set on Worker ${worker}` : `has no value: Worker ${worker} does not exist yet`;
    const notVar = undeclared.kind === 'env' ? 'not a var and ' : '';
    message = `${undeclared.raw} is ${notVar}declared nowhere, and ${name} ${state}; at runtime it silently becomes ""`;
  } else if (exists) {
    message =
      `secret ${name} is not set on Worker ${worker} and the action does not upload it;` +
      ' the gateway would read "" for it';
  } else {
    message = `Worker ${worker} does not exist yet, so secret ${name} is not set, and the action does not upload it`;
  }
  const fix =
    `Run \`wrangler secret put ${name}${envFlag(input)}\`, or add ${name} to the action's \`secrets\` input` +
    ' (its value from an environment variable of that name).';
  return bindingFinding(undeclared ? codeOf(undeclared) : 'secret_not_set', 'error', message, fix, { location });
}

/** Declared nowhere the gate can read, and the account was not asked: say what could not be seen. */
function unseen(input: SecretInputs, ref: Reference & { location?: Location }, why: string): Finding {
  const worker = input.workerName ? `Worker ${input.workerName}` : 'the Worker';
  const table = tableOf(input);
  const file = input.wranglerDisplay;
  const what =
    ref.kind === 'env' ? `neither a var in ${table} of ${file} nor a declared secret` : 'a secret declared nowhere';
  const required =
    `list ${ref.name} in \`secrets.required\` under ${table} of ${file}` +
    ` (${requiredSyntax(input, ref.name)}): wrangler then refuses to deploy without it.`;
  const fix =
    ref.kind === 'env'
      ? `If ${ref.name} is a plain value, add it to the vars of ${table}; if it is a secret, ${required}`
      : `Declare it: ${required}`;
  const message =
    `${ref.raw} is ${what}, and the secrets set on ${worker} could not be seen (${why}):` +
    ` if ${ref.name} is not set there, it silently becomes "" at runtime`;
  return bindingFinding(codeOf(ref), 'warning', message, fix, { location: ref.location });
}

/**
 * `$secret(s).X` answered by the var X: it works (one `env`), but the value sits in the repository.
 * The fix names a new secret: Cloudflare refuses a secret named like a var the Worker has (10053).
 */
function secretInVars(input: SecretInputs, ref: Reference & { location?: Location }): Finding {
  const vars = `${input.environment ? `[env.${input.environment}.vars]` : '[vars]'} of ${input.wranglerDisplay}`;
  const taken = new Set([
    ...Object.keys(input.vars),
    ...input.declared.keys(),
    ...input.uploaded,
    ...(input.account.seen ? input.account.names : []),
  ]);
  const name = freeName(`${ref.name}_SECRET`, taken);
  const message =
    `${ref.raw} is answered by the var ${ref.name} in ${vars}: the gateway reads vars and secrets from one env,` +
    " so this works, but a var's value is committed with the config and shown in the dashboard";
  const fix =
    `If ${ref.name} is a credential, make it a secret under a name no var uses (Cloudflare refuses a secret named` +
    ` like a var): \`wrangler secret put ${name}${envFlag(input)}\` (or the action's \`secrets\` input),` +
    ` write "$secrets.${name}" here, then remove the var.`;
  return bindingFinding('secret_in_vars', 'notice', message, fix, { location: ref.location });
}

/** `base`, or `base_2`, `base_3`… : the first that is not taken. */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}
