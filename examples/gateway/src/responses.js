// Responses the gateway builds itself, and the headers it adds to every response.

export const POWERED_BY = 'github.com/irensaltali/serverlessapigateway';

/** A copy of `response` with the X-Powered-By header (and CORS headers when configured). */
export function finish(response, request, cors) {
  const out = new Response(response.body, response);
  out.headers.set('X-Powered-By', POWERED_BY);
  const origin = request.headers.get('Origin');
  if (cors && origin && allowedOrigin(cors, origin)) {
    out.headers.set('Access-Control-Allow-Origin', allowedOrigin(cors, origin));
    if (cors.expose_headers?.length) out.headers.set('Access-Control-Expose-Headers', cors.expose_headers.join(', '));
    if (cors.allow_credentials) out.headers.set('Access-Control-Allow-Credentials', 'true');
    out.headers.append('Vary', 'Origin');
  }
  return out;
}

function allowedOrigin(cors, origin) {
  const origins = cors.allow_origins ?? [];
  if (origins.includes(origin)) return origin;
  if (origins.includes('*')) return cors.allow_credentials ? origin : '*';
  return null;
}

export const json = (body, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The default answer to a CORS preflight. */
export const preflight = (cors) =>
  new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': cors.allow_methods.join(', '),
      'Access-Control-Allow-Headers': cors.allow_headers.join(', '),
      'Access-Control-Max-Age': String(cors.max_age),
    },
  });
