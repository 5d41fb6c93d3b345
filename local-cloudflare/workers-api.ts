// The Workers endpoints wrangler calls for deploy, versions, deployments, rollback, secrets,
// subdomains and tail (request sequences in shared/notes/wrangler-reference.md §3e).
import { createHash } from 'node:crypto';
import type { Edge } from './edge.ts';
import { ApiError, CODES, paginate } from './envelope.ts';
import { RawResponse, type RequestContext, type RouteTable } from './routes.ts';
import type { Binding, Deployment, LocalAccount, Script, Version, VersionDraft } from './state.ts';
import type { TailFilter, TailHub } from './tail.ts';
import { mediaTypeOf, parseUpload } from './upload.ts';
import { aliasProblem } from './workers-dev.ts';

const SCRIPTS_READ = 'Workers Scripts Read';
const SCRIPTS_WRITE = 'Workers Scripts Write';
const TAIL_READ = 'Workers Tail Read';
const A = '/client/v4/accounts/:account';

export interface WorkersApiDeps {
  account: LocalAccount;
  edge: Edge;
  tails: TailHub;
  /** `ws://127.0.0.1:<port>`, where tail WebSockets connect. */
  socketBase: () => string;
}

export function registerWorkerRoutes(routes: RouteTable, deps: WorkersApiDeps): void {
  const { account, edge, tails } = deps;
  const script = (ctx: RequestContext, code?: number): Script => account.script(ctx.params.name!, code);

  /** Records a change and waits until the edge serves it; a Worker that fails to start is refused like Cloudflare does (10021). */
  async function commit(target: Script, undo: () => void): Promise<void> {
    try {
      await edge.sync();
    } catch (error) {
      undo();
      await edge.sync().catch(() => undefined);
      throw new ApiError(400, 10021, startupFailureText((error as Error).message));
    }
  }

  async function upload(
    target: Script,
    draft: VersionDraft,
    deploy: boolean,
  ): Promise<{ version: Version; deployment?: Deployment }> {
    const version = account.createVersion(target, draft);
    const deployment = deploy
      ? account.deploy(target, [{ version_id: version.id, percentage: 100 }], draft.annotations ?? {})
      : undefined;
    await commit(target, () => {
      target.versions.splice(target.versions.indexOf(version), 1);
      if (deployment) target.deployments.splice(target.deployments.indexOf(deployment), 1);
    });
    return { version, deployment };
  }

  routes.add('GET', `${A}/workers/scripts`, SCRIPTS_READ, () =>
    [...account.scripts.values()].map((s) => scriptView(account, s)),
  );
  routes.add('GET', `${A}/workers/services/:name`, SCRIPTS_READ, (ctx) =>
    serviceView(account, script(ctx, CODES.serviceNotFound)),
  );
  routes.add('GET', `${A}/workers/workers/:name`, SCRIPTS_READ, (ctx) => {
    const s = script(ctx);
    const suffix = `-${s.name}.${account.subdomain}.workers.dev`;
    return {
      id: s.tag,
      name: s.name,
      created_on: s.createdOn,
      updated_on: s.modifiedOn,
      subdomain: { ...s.workersDev, preview_url_suffix: s.workersDev.previews_enabled ? suffix : undefined },
    };
  });

  // A new Worker (or a draft for `secret put`): one request uploads and deploys.
  routes.add('PUT', `${A}/workers/scripts/:name`, SCRIPTS_WRITE, async (ctx) => {
    const draft = await parseUpload(ctx.body, ctx.headers['content-type']);
    const existing = account.scripts.get(ctx.params.name!);
    const target = existing ?? account.createScript(ctx.params.name!);
    try {
      const { version } = await upload(target, draft, true);
      return { ...scriptView(account, target), deployment_id: version.id, startup_time_ms: 1 };
    } catch (error) {
      if (!existing) account.scripts.delete(target.name);
      throw error;
    }
  });
  routes.add('DELETE', `${A}/workers/scripts/:name`, SCRIPTS_WRITE, async (ctx) => {
    const target = script(ctx);
    account.scripts.delete(target.name);
    await edge.sync();
    return { id: target.tag };
  });

  for (const kind of ['settings', 'script-settings']) {
    routes.add('GET', `${A}/workers/scripts/:name/${kind}`, SCRIPTS_READ, (ctx) => settingsView(account, script(ctx)));
    routes.add('PATCH', `${A}/workers/scripts/:name/${kind}`, SCRIPTS_WRITE, async (ctx) => {
      const target = script(ctx);
      const { bindings, ...settings } = await settingsPatch(ctx);
      // Bindings are versioned: on `settings` (not `script-settings`) they make a deployed version.
      if (kind === 'settings' && Array.isArray(bindings)) await replaceBindings(target, bindings as Binding[]);
      Object.assign(target.settings, settings);
      return settingsView(account, target);
    });
  }

  routes.add('GET', `${A}/workers/scripts/:name/secrets`, SCRIPTS_READ, (ctx) => account.secretNames(script(ctx)));
  routes.add('GET', `${A}/workers/scripts/:name/secrets/:secret`, SCRIPTS_READ, (ctx) => {
    const found = account.secretNames(script(ctx)).find((s) => s.name === ctx.params.secret);
    if (!found) throw new ApiError(404, CODES.secretNotFound, `Secret "${ctx.params.secret}" not found.`);
    return found;
  });
  const changeSecrets = async (target: Script, changes: Record<string, string | null>): Promise<void> => {
    const before = { versions: target.versions.length, deployments: target.deployments.length };
    account.changeSecrets(target, changes);
    await commit(target, () => {
      target.versions.length = before.versions;
      target.deployments.length = before.deployments;
    });
  };
  const replaceBindings = async (target: Script, bindings: Binding[]): Promise<void> => {
    const before = { versions: target.versions.length, deployments: target.deployments.length };
    account.replaceBindings(target, bindings);
    await commit(target, () => {
      target.versions.length = before.versions;
      target.deployments.length = before.deployments;
    });
  };
  routes.add('PUT', `${A}/workers/scripts/:name/secrets`, SCRIPTS_WRITE, async (ctx) => {
    const body = ctx.json<{ name?: string; text?: string; type?: string }>();
    if (!body.name || typeof body.text !== 'string')
      throw new ApiError(400, CODES.badRequest, 'A secret needs "name" and "text".');
    await changeSecrets(script(ctx), { [body.name]: body.text });
    return { name: body.name, type: body.type ?? 'secret_text' };
  });
  routes.add('PATCH', `${A}/workers/scripts/:name/secrets-bulk`, SCRIPTS_WRITE, async (ctx) => {
    const body = ctx.json<{ secrets?: Record<string, { text?: string } | null> }>();
    const changes = Object.fromEntries(
      Object.entries(body.secrets ?? {}).map(([name, value]) => [
        name,
        value === null ? null : String(value.text ?? ''),
      ]),
    );
    const target = script(ctx);
    // Deleting a secret that is not there is not an error in a merge patch.
    for (const [name, value] of Object.entries(changes))
      if (value === null && !account.secretNames(target).some((s) => s.name === name)) delete changes[name];
    await changeSecrets(target, changes);
    return account.secretNames(target);
  });
  routes.add('DELETE', `${A}/workers/scripts/:name/secrets/:secret`, SCRIPTS_WRITE, async (ctx) => {
    await changeSecrets(script(ctx), { [ctx.params.secret!]: null });
    return null;
  });

  // `wrangler versions secret put|bulk|delete`: a merge patch of the latest version's bindings
  // ("env") makes a new version, which is not deployed.
  routes.add('PATCH', `${A}/workers/workers/:name/versions/latest`, SCRIPTS_WRITE, async (ctx) => {
    const target = script(ctx);
    const body = ctx.json<{
      env?: Record<string, Record<string, unknown> | null>;
      annotations?: Record<string, unknown>;
    }>();
    const version = account.patchLatestVersion(target, body.env ?? {}, body.annotations ?? {});
    await commit(target, () => target.versions.splice(target.versions.indexOf(version), 1));
    return workerVersionView(version);
  });

  routes.add('GET', `${A}/workers/scripts/:name/deployments`, SCRIPTS_READ, (ctx) => ({
    deployments: [...script(ctx).deployments].reverse().map(deploymentView),
  }));
  routes.add('GET', `${A}/workers/scripts/:name/deployments/:id`, SCRIPTS_READ, (ctx) => {
    const found = script(ctx).deployments.find((d) => d.id === ctx.params.id);
    if (!found) throw new ApiError(404, CODES.versionNotFound, `Deployment ${ctx.params.id} not found.`);
    return deploymentView(found);
  });
  routes.add('POST', `${A}/workers/scripts/:name/deployments`, SCRIPTS_WRITE, async (ctx) => {
    const target = script(ctx);
    const body = ctx.json<{
      versions?: Array<{ version_id: string; percentage: number }>;
      annotations?: Record<string, string>;
    }>();
    const deployment = account.deploy(target, body.versions ?? [], body.annotations ?? {});
    await commit(target, () => target.deployments.splice(target.deployments.indexOf(deployment), 1));
    return deploymentView(deployment);
  });

  // `workers/alias` names a preview alias, which Cloudflare validates as a DNS label.
  routes.add('POST', `${A}/workers/scripts/:name/versions`, SCRIPTS_WRITE, async (ctx) => {
    const target = script(ctx);
    const draft = await parseUpload(ctx.body, ctx.headers['content-type']);
    const alias = draft.annotations?.['workers/alias'];
    const problem = alias === undefined ? undefined : aliasProblem(alias, target.name);
    if (problem) throw new ApiError(400, CODES.badRequest, problem);
    const { version } = await upload(target, draft, false);
    return versionView(version);
  });
  routes.add('GET', `${A}/workers/scripts/:name/versions`, SCRIPTS_READ, (ctx) => {
    const { result, resultInfo } = paginate([...script(ctx).versions].reverse().map(versionView), ctx.query, 10);
    return { items: result, ...resultInfo };
  });
  // A version's modules (`versions secret put|bulk` of wrangler 4.73 and older copies them into a new version).
  routes.add('GET', `${A}/workers/scripts/:name/content/v2`, SCRIPTS_READ, async (ctx) => {
    const target = script(ctx);
    const id = ctx.query.get('version');
    const version = id ? account.version(target, id) : account.latestVersion(target);
    if (!version) throw new ApiError(404, CODES.noVersions, 'There are currently no uploaded versions of this Worker.');
    const form = new FormData();
    for (const m of version.modules) {
      form.set(m.name, new File([new Uint8Array(m.content)], m.name, { type: mediaTypeOf(m.type) }));
    }
    const response = new Response(form);
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = { 'content-type': response.headers.get('content-type')!, 'cf-entrypoint': version.mainModule };
    return new RawResponse(200, body, headers);
  });
  routes.add('GET', `${A}/workers/scripts/:name/versions/:id`, SCRIPTS_READ, (ctx) =>
    versionView(account.version(script(ctx), ctx.params.id!)),
  );

  routes.add('GET', `${A}/workers/subdomain`, SCRIPTS_READ, () => ({ subdomain: account.subdomain }));
  routes.add('PUT', `${A}/workers/subdomain`, SCRIPTS_WRITE, (ctx) => {
    const { subdomain } = ctx.json<{ subdomain?: string }>();
    if (subdomain) account.subdomain = subdomain;
    return { subdomain: account.subdomain };
  });
  routes.add('GET', `${A}/workers/scripts/:name/subdomain`, SCRIPTS_READ, (ctx) => script(ctx).workersDev);
  routes.add('POST', `${A}/workers/scripts/:name/subdomain`, SCRIPTS_WRITE, (ctx) => {
    const target = script(ctx);
    const body = ctx.json<{ enabled?: boolean; previews_enabled?: boolean }>();
    target.workersDev = {
      enabled: body.enabled ?? target.workersDev.enabled,
      previews_enabled: body.previews_enabled ?? body.enabled ?? target.workersDev.previews_enabled,
    };
    return target.workersDev;
  });
  // Routes and custom domains are recorded, not served: the edge answers on loopback ports.
  routes.add('GET', `${A}/workers/scripts/:name/routes`, SCRIPTS_READ, (ctx) => script(ctx).routes);
  routes.add('PUT', `${A}/workers/scripts/:name/routes`, SCRIPTS_WRITE, (ctx) => {
    const target = script(ctx);
    target.routes = ctx.json<unknown[]>();
    return target.routes;
  });
  routes.add('POST', `${A}/workers/scripts/:name/domains/changeset`, SCRIPTS_WRITE, (ctx) => ctx.json<unknown[]>());
  routes.add('PUT', `${A}/workers/scripts/:name/domains/records`, SCRIPTS_WRITE, (ctx) => ctx.json<unknown>());

  routes.add('POST', `${A}/workers/scripts/:name/tails`, TAIL_READ, (ctx) => {
    const target = script(ctx);
    let filters: TailFilter[] = [];
    if (ctx.body.length > 0) filters = ctx.json<{ filters?: TailFilter[] }>().filters ?? [];
    const session = tails.create(target.name, filters);
    return { id: session.id, url: `${deps.socketBase()}/tail/${session.id}`, expires_at: session.expiresAt };
  });
  routes.add('DELETE', `${A}/workers/scripts/:name/tails/:id`, TAIL_READ, (ctx) => {
    script(ctx);
    if (!tails.delete(ctx.params.id!)) throw new ApiError(404, CODES.tailNotFound, `Tail ${ctx.params.id} not found.`);
    return null;
  });

  routes.add('GET', `${A}/workers/scripts/:name/versions/:id/preview`, SCRIPTS_READ, (ctx) => {
    const version = account.version(script(ctx), ctx.params.id!);
    return { id: version.id, preview_url: edge.previewUrl(version.id) ?? null };
  });
}

/**
 * Cloudflare's 10021 text for a Worker whose global scope throws: the exception and its call
 * sites in the uploaded modules, two-space indented ("Uncaught Error: boom\n  at index.js:3:7"),
 * which is what wrangler source-maps back to the project's files. workerd logs the same lines.
 */
export function startupFailureText(runtimeLog: string): string {
  const lines = runtimeLog.split('\n').map((line) => line.replace(/^service core:user:[^:]+: /, ''));
  const start = lines.findIndex((line) => line.startsWith('Uncaught'));
  if (start < 0) return lines.find((line) => line.trim() !== '')?.trim() ?? 'the Worker failed to start';
  const text = [lines[start]!.trim()];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+at /.test(line)) break;
    text.push(`  ${line.trim()}`);
  }
  return text.join('\n');
}

async function settingsPatch(ctx: RequestContext): Promise<Record<string, unknown>> {
  const type = ctx.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(ctx.body), { headers: { 'content-type': type } }).formData();
    const part = form.get('settings');
    return part === null
      ? {}
      : (JSON.parse(typeof part === 'string' ? part : await part.text()) as Record<string, unknown>);
  }
  return ctx.body.length > 0 ? ctx.json<Record<string, unknown>>() : {};
}

function etag(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function publicBindings(bindings: Binding[]): Binding[] {
  return bindings.map((b) =>
    b.type === 'secret_text' || b.type === 'secret_key' ? { name: b.name, type: b.type } : b,
  );
}

export function scriptView(account: LocalAccount, script: Script): Record<string, unknown> {
  const latest = account.latestVersion(script);
  return {
    id: script.name,
    tag: script.tag,
    etag: etag(`${script.name}:${latest?.id ?? ''}`),
    handlers: ['fetch'],
    created_on: script.createdOn,
    modified_on: script.modifiedOn,
    usage_model: 'standard',
    compatibility_date: latest?.compatibilityDate,
    compatibility_flags: latest?.compatibilityFlags ?? [],
    last_deployed_from: 'wrangler',
    has_modules: true,
    has_assets: false,
    logpush: false,
  };
}

function serviceView(account: LocalAccount, script: Script): Record<string, unknown> {
  return {
    id: script.name,
    default_environment: {
      environment: 'production',
      created_on: script.createdOn,
      modified_on: script.modifiedOn,
      script: scriptView(account, script),
    },
    created_on: script.createdOn,
    modified_on: script.modifiedOn,
  };
}

function settingsView(account: LocalAccount, script: Script): Record<string, unknown> {
  const latest = account.latestVersion(script);
  return {
    ...script.settings,
    compatibility_date: latest?.compatibilityDate,
    compatibility_flags: latest?.compatibilityFlags ?? [],
    bindings: publicBindings(latest?.bindings ?? []),
    usage_model: 'standard',
  };
}

function deploymentView(deployment: Deployment): Record<string, unknown> {
  return {
    id: deployment.id,
    source: deployment.source,
    strategy: deployment.strategy,
    author_email: 'local@example.com',
    created_on: deployment.createdOn,
    annotations: deployment.annotations,
    versions: deployment.versions,
  };
}

/** A version as the Workers API (`/workers/workers/:name/versions`) shows it, flatter than the scripts API's. */
function workerVersionView(version: Version): Record<string, unknown> {
  return {
    id: version.id,
    number: version.number,
    created_on: version.createdOn,
    source: version.source,
    annotations: version.annotations,
    main_module: version.mainModule,
    compatibility_date: version.compatibilityDate,
    compatibility_flags: version.compatibilityFlags,
    bindings: publicBindings(version.bindings),
    usage_model: 'standard',
    limits: {},
    startup_time_ms: 1,
  };
}

function versionView(version: Version): Record<string, unknown> {
  return {
    id: version.id,
    number: version.number,
    metadata: {
      created_on: version.createdOn,
      modified_on: version.createdOn,
      source: version.source,
      author_id: 'local',
      author_email: 'local@example.com',
      has_preview: true,
    },
    annotations: version.annotations,
    resources: {
      script: { etag: etag(version.id), handlers: ['fetch'], last_deployed_from: 'wrangler' },
      script_runtime: {
        compatibility_date: version.compatibilityDate,
        compatibility_flags: version.compatibilityFlags,
        usage_model: 'standard',
        limits: {},
      },
      bindings: publicBindings(version.bindings),
    },
    startup_time_ms: 1,
  };
}
