// The workers.dev hostnames, as Cloudflare routes them: `<worker>.<subdomain>.workers.dev` is the
// Worker's deployment; `<alias>-<worker>.…` and `<version-prefix>-<worker>.…` are preview URLs of
// one version (only while the Worker's previews are enabled). One loopback TLS listener serves them
// all, routed by `Host`, with a certificate for `*.<subdomain>.workers.dev` made at start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Script, Version } from './state.ts';

/** Where a workers.dev hostname leads: the deployment of a Worker, or one version's preview. */
export type HostTarget = { script: string; kind: 'deployment' } | { script: string; kind: 'preview'; version: string };

/** Cloudflare's rule for a preview alias: a DNS label, and `<alias>-<worker>` must fit in one label (63). */
export const ALIAS_PATTERN = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
export const MAX_LABEL = 63;

/** Why Cloudflare refuses `alias` for `worker`, or undefined when it is valid. */
export function aliasProblem(alias: string, worker: string): string | undefined {
  if (!ALIAS_PATTERN.test(alias))
    return `Preview alias "${alias}" is invalid: use lowercase letters, digits and hyphens, starting with a letter.`;
  if (alias.length + 1 + worker.length > MAX_LABEL)
    return `Preview alias "${alias}" is too long: "${alias}-${worker}" must be at most ${MAX_LABEL} characters.`;
  return undefined;
}

/** The version each alias of a Worker points at: the newest version uploaded with it. */
export function aliasTargets(script: Script): Map<string, string> {
  const targets = new Map<string, string>();
  for (const version of script.versions) {
    const alias = version.annotations['workers/alias'];
    if (alias) targets.set(alias, version.id);
  }
  return targets;
}

/** The version a preview label (`<alias>` or the first 8 characters of a version id) names. */
function previewVersion(script: Script, label: string): Version | undefined {
  const aliased = aliasTargets(script).get(label);
  if (aliased) return script.versions.find((v) => v.id === aliased);
  if (!/^[0-9a-f]{8}$/.test(label)) return undefined;
  return script.versions.find((v) => v.id.startsWith(label));
}

/** What `host` (with or without a port) reaches among `scripts`; undefined: nothing at that name. */
export function routeHost(host: string, subdomain: string, scripts: Iterable<Script>): HostTarget | undefined {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  const suffix = `.${subdomain}.workers.dev`;
  if (!name.endsWith(suffix)) return undefined;
  const label = name.slice(0, -suffix.length);
  if (label.includes('.')) return undefined;
  for (const script of scripts) {
    if (label === script.name)
      return script.workersDev.enabled ? { script: script.name, kind: 'deployment' } : undefined;
    if (!label.endsWith(`-${script.name}`) || !script.workersDev.previews_enabled) continue;
    const version = previewVersion(script, label.slice(0, -(script.name.length + 1)));
    if (version) return { script: script.name, kind: 'preview', version: version.id };
  }
  return undefined;
}

export interface WorkersDevCertificate {
  key: string;
  cert: string;
  /** The certificate as a file, for `NODE_EXTRA_CA_CERTS`. */
  file: string;
}

/**
 * A throwaway self-signed certificate for `*.<subdomain>.workers.dev` (openssl is part of the base
 * system), in a new directory under `parent` (the local Cloudflare's state directory).
 */
export function workersDevCertificate(subdomain: string, parent: string): WorkersDevCertificate {
  const dir = mkdtempSync(path.join(parent, 'workers-dev-'));
  const names = `subjectAltName=DNS:*.${subdomain}.workers.dev,DNS:${subdomain}.workers.dev`;
  const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  args.push('-keyout', 'key.pem', '-out', 'cert.pem', '-days', '7', '-subj', `/CN=*.${subdomain}.workers.dev`);
  args.push('-addext', names, '-addext', 'basicConstraints=critical,CA:TRUE');
  const run = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`openssl could not make the workers.dev certificate: ${run.stderr}`);
  const cert = readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  const file = path.join(dir, 'workers-dev-ca.pem');
  writeFileSync(file, cert);
  return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert, file };
}
