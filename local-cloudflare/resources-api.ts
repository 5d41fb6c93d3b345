// The account's resources a preflight looks up (KV with values, D1, R2, Queues, Hyperdrive),
// and the user/account endpoints wrangler calls to say who is logged in.
import type { Edge } from './edge.ts';
import { ApiError, CODES, paginate } from './envelope.ts';
import { ListResult, RawResponse, type RequestContext, type RouteTable } from './routes.ts';
import type { LocalAccount, Resource } from './state.ts';

const A = '/client/v4/accounts/:account';
const KV = `${A}/storage/kv/namespaces`;

export function registerResourceRoutes(
  routes: RouteTable,
  account: LocalAccount,
  edge: Edge,
  /** Every account the tokens are members of, the first one first. */
  accounts: () => LocalAccount[] = () => [account],
): void {
  const list = (items: unknown[], ctx: RequestContext, perPage = 20): ListResult => {
    const { result, resultInfo } = paginate(items, ctx.query, perPage);
    return new ListResult(result, resultInfo);
  };

  // --- KV -----------------------------------------------------------------------------------
  routes.add('GET', KV, 'Workers KV Storage Read', (ctx) => {
    const namespaces = [...account.kvNamespaces.values()].map((ns) => ({
      id: ns.id,
      title: ns.title,
      supports_url_encoding: true,
    }));
    namespaces.sort((a, b) => a.title.localeCompare(b.title) * (ctx.query.get('direction') === 'desc' ? -1 : 1));
    return list(namespaces, ctx);
  });
  routes.add('POST', KV, 'Workers KV Storage Write', async (ctx) => {
    const { title } = ctx.json<{ title?: string }>();
    if (!title) throw new ApiError(400, CODES.badRequest, 'A namespace needs a title.');
    if ([...account.kvNamespaces.values()].some((ns) => ns.title === title)) {
      throw new ApiError(400, 10014, 'A namespace with this account ID and title already exists.');
    }
    const namespace = account.createKvNamespace(title);
    await edge.sync();
    return { id: namespace.id, title: namespace.title, supports_url_encoding: true };
  });
  routes.add('GET', `${KV}/:id`, 'Workers KV Storage Read', (ctx) => {
    const ns = account.kvNamespace(ctx.params.id!);
    return { id: ns.id, title: ns.title, supports_url_encoding: true };
  });
  routes.add('PUT', `${KV}/:id`, 'Workers KV Storage Write', (ctx) => {
    const ns = account.kvNamespace(ctx.params.id!);
    ns.title = ctx.json<{ title?: string }>().title ?? ns.title;
    return { id: ns.id, title: ns.title, supports_url_encoding: true };
  });
  routes.add('DELETE', `${KV}/:id`, 'Workers KV Storage Write', (ctx) => {
    account.kvNamespace(ctx.params.id!);
    account.kvNamespaces.delete(ctx.params.id!);
    return {};
  });
  routes.add('GET', `${KV}/:id/keys`, 'Workers KV Storage Read', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    const store = await edge.kv(ctx.params.id!);
    const page = await store.list({
      prefix: ctx.query.get('prefix') ?? undefined,
      limit: Number(ctx.query.get('limit') ?? 1000),
      cursor: ctx.query.get('cursor') || undefined,
    });
    return new ListResult(page.keys, {
      count: page.keys.length,
      cursor: page.list_complete ? '' : (page.cursor ?? ''),
    });
  });
  routes.add('GET', `${KV}/:id/values/:key`, 'Workers KV Storage Read', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    const value = await (await edge.kv(ctx.params.id!)).get(ctx.params.key!, 'arrayBuffer');
    if (value === null) throw new ApiError(404, CODES.kvKeyNotFound, "get: 'key not found'");
    return new RawResponse(200, new Uint8Array(value), { 'content-type': 'application/octet-stream' });
  });
  routes.add('GET', `${KV}/:id/metadata/:key`, 'Workers KV Storage Read', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    const { value, metadata } = await (await edge.kv(ctx.params.id!)).getWithMetadata(ctx.params.key!, 'arrayBuffer');
    if (value === null) throw new ApiError(404, CODES.kvKeyNotFound, "get: 'key not found'");
    return metadata ?? null;
  });
  routes.add('PUT', `${KV}/:id/values/:key`, 'Workers KV Storage Write', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    const store = await edge.kv(ctx.params.id!);
    const options = kvPutOptions(ctx.query);
    const type = ctx.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(ctx.body), { headers: { 'content-type': type } }).formData();
      const value = form.get('value');
      const metadata = form.get('metadata');
      const bytes =
        value === null
          ? new Uint8Array()
          : typeof value === 'string'
            ? new TextEncoder().encode(value)
            : new Uint8Array(await value.arrayBuffer());
      await store.put(ctx.params.key!, bytes, {
        ...options,
        metadata: typeof metadata === 'string' ? (JSON.parse(metadata) as unknown) : undefined,
      });
    } else {
      await store.put(ctx.params.key!, new Uint8Array(ctx.body), options);
    }
    return {};
  });
  routes.add('DELETE', `${KV}/:id/values/:key`, 'Workers KV Storage Write', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    await (await edge.kv(ctx.params.id!)).delete(ctx.params.key!);
    return {};
  });
  routes.add('PUT', `${KV}/:id/bulk`, 'Workers KV Storage Write', async (ctx) => {
    account.kvNamespace(ctx.params.id!);
    const store = await edge.kv(ctx.params.id!);
    const entries = ctx.json<
      Array<{
        key: string;
        value: string;
        base64?: boolean;
        expiration?: number;
        expiration_ttl?: number;
        metadata?: unknown;
      }>
    >();
    for (const entry of entries) {
      const bytes = entry.base64 ? Buffer.from(entry.value, 'base64') : new TextEncoder().encode(entry.value);
      await store.put(entry.key, bytes, {
        expiration: entry.expiration,
        expirationTtl: entry.expiration_ttl,
        metadata: entry.metadata,
      });
    }
    return { successful_key_count: entries.length, unsuccessful_keys: [] };
  });
  const bulkDelete = async (ctx: RequestContext): Promise<unknown> => {
    account.kvNamespace(ctx.params.id!);
    const store = await edge.kv(ctx.params.id!);
    const keys = ctx.json<string[]>();
    for (const key of keys) await store.delete(key);
    return { successful_key_count: keys.length, unsuccessful_keys: [] };
  };
  routes.add('DELETE', `${KV}/:id/bulk`, 'Workers KV Storage Write', bulkDelete);
  routes.add('POST', `${KV}/:id/bulk/delete`, 'Workers KV Storage Write', bulkDelete);

  // --- D1, R2, Queues, Hyperdrive: looked up by a preflight ---------------------------------
  const one = (map: Map<string, Resource>, id: string, code: number, what: string): Resource => {
    const found = map.get(id);
    if (!found) throw new ApiError(404, code, `${what} not found`);
    return found;
  };
  const d1View = (r: Resource) => ({
    uuid: r.id,
    name: r.name,
    created_at: r.createdOn,
    version: 'production',
    num_tables: 0,
    file_size: 0,
  });
  routes.add('GET', `${A}/d1/database`, 'D1 Read', (ctx) => {
    const name = ctx.query.get('name');
    return list([...account.d1Databases.values()].filter((r) => !name || r.name === name).map(d1View), ctx, 1000);
  });
  routes.add('GET', `${A}/d1/database/:id`, 'D1 Read', (ctx) =>
    d1View(one(account.d1Databases, ctx.params.id!, CODES.d1NotFound, 'The database')),
  );

  const r2View = (r: Resource) => ({
    name: r.name,
    creation_date: r.createdOn,
    location: 'ENAM',
    storage_class: 'Standard',
  });
  routes.add('GET', `${A}/r2/buckets`, 'Workers R2 Storage Read', () => ({
    buckets: [...account.r2Buckets.values()].map(r2View),
  }));
  routes.add('GET', `${A}/r2/buckets/:name`, 'Workers R2 Storage Read', (ctx) =>
    r2View(one(account.r2Buckets, ctx.params.name!, CODES.r2BucketNotFound, 'The specified bucket')),
  );

  const queueView = (r: Resource) => ({
    queue_id: r.id,
    queue_name: r.name,
    created_on: r.createdOn,
    modified_on: r.createdOn,
    producers: [],
    producers_total_count: 0,
    consumers: [],
    consumers_total_count: 0,
  });
  routes.add('GET', `${A}/queues`, 'Queues Read', (ctx) => {
    const name = ctx.query.get('name');
    return list([...account.queues.values()].filter((r) => !name || r.name === name).map(queueView), ctx, 100);
  });
  routes.add('GET', `${A}/queues/:id`, 'Queues Read', (ctx) =>
    queueView(one(account.queues, ctx.params.id!, CODES.queueNotFound, 'Queue')),
  );

  const hyperdriveView = (r: Resource) => ({
    id: r.id,
    name: r.name,
    origin: r.extra.origin,
    caching: { disabled: false },
  });
  routes.add('GET', `${A}/hyperdrive/configs`, 'Hyperdrive Read', (ctx) =>
    list([...account.hyperdriveConfigs.values()].map(hyperdriveView), ctx, 100),
  );
  routes.add('GET', `${A}/hyperdrive/configs/:id`, 'Hyperdrive Read', (ctx) =>
    hyperdriveView(one(account.hyperdriveConfigs, ctx.params.id!, CODES.hyperdriveNotFound, 'Hyperdrive config')),
  );

  // --- Who is logged in -------------------------------------------------------------------------
  routes.add('GET', '/client/v4/user/tokens/verify', null, () => ({ id: 'local-token', status: 'active' }));
  routes.add('GET', '/client/v4/user', null, () => ({
    id: 'local-user',
    email: 'local@example.com',
    first_name: 'Local',
    last_name: 'User',
  }));
  routes.add('GET', '/client/v4/accounts', null, (ctx) =>
    list(
      accounts().map((a) => ({ id: a.id, name: a.name, type: 'standard' })),
      ctx,
    ),
  );
  routes.add('GET', '/client/v4/memberships', null, (ctx) =>
    list(
      accounts().map((a, i) => ({
        id: `local-membership-${i + 1}`,
        status: 'accepted',
        account: { id: a.id, name: a.name },
      })),
      ctx,
    ),
  );
  routes.add('GET', A, null, () => ({ id: account.id, name: account.name, type: 'standard' }));
}

function kvPutOptions(query: URLSearchParams): { expiration?: number; expirationTtl?: number } {
  const expiration = query.get('expiration');
  const ttl = query.get('expiration_ttl');
  return { expiration: expiration ? Number(expiration) : undefined, expirationTtl: ttl ? Number(ttl) : undefined };
}
