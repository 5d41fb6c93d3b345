// The http_proxy integration, and the route's `mapping` of headers and query parameters.

const TEMPLATE = /\$(request\.header|request\.jwt|config|request\.query)\.([a-zA-Z0-9-_.]+)/g;

/**
 * Fills the templates in a mapping value: $request.header.X, $request.jwt.X, $request.query.X and
 * $config.X (the route's variables, then the global ones). Returns undefined, meaning "do not
 * set", when the value has no template or a template has no value.
 */
export function resolveTemplate(value, { request, url, claims, route, config }) {
  if (typeof value !== 'string') return undefined;
  let missing = false;
  let found = false;
  const result = value.replace(TEMPLATE, (_, source, name) => {
    found = true;
    let resolved;
    if (source === 'request.header') resolved = request.headers.get(name);
    else if (source === 'request.query') resolved = url.searchParams.get(name);
    else if (source === 'request.jwt') resolved = claims?.[name];
    else resolved = route.variables?.[name] ?? config.variables?.[name];
    if (resolved === undefined || resolved === null) {
      missing = true;
      return '';
    }
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
  });
  return found && !missing ? result : undefined;
}

/** The upstream URL and headers for a request: server URL + path + query, with the mapping applied. */
export function buildUpstreamRequest(request, server, context) {
  const url = new URL(request.url);
  const target = new URL(server.url.replace(/\/+$/, '') + url.pathname + url.search);
  const headers = new Headers(request.headers);
  const mapping = context.route.mapping ?? {};
  const ctx = { ...context, request, url };
  for (const [name, value] of Object.entries(mapping.headers ?? {})) {
    const resolved = resolveTemplate(value, ctx);
    if (resolved !== undefined) headers.set(name, resolved);
  }
  for (const [name, value] of Object.entries(mapping.query ?? {})) {
    const resolved = resolveTemplate(value, ctx);
    if (resolved !== undefined) target.searchParams.set(name, resolved);
  }
  const hasBody = request.body !== null && !['GET', 'HEAD'].includes(request.method);
  return new Request(target, {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    redirect: 'manual',
    ...(hasBody ? { duplex: 'half' } : {}),
  });
}

/**
 * Sends the request upstream. Like the original gateway, this returns fetch()'s promise without
 * awaiting it, so the caller's try/catch never sees a failed upstream (a known defect, kept on
 * purpose: the Worker throws and the platform answers).
 */
export function proxyRequest(request, server, context) {
  try {
    const upstreamRequest = buildUpstreamRequest(request, server, context);
    return fetch(upstreamRequest);
  } catch (error) {
    // Only reached for errors building the request (an invalid server URL, say).
    throw new Error(`Cannot build the upstream request: ${error.message}`, { cause: error });
  }
}
