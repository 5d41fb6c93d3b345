// The two Workers the edge adds around the user's: a router that stands for Cloudflare's edge
// (picks the version, turns an escaping exception into error 1101) and a tail consumer that
// forwards workerd's real trace events to Node.

export const ROUTER_NAME = 'local-cloudflare-router';
export const TAIL_NAME = 'local-cloudflare-tail';
export const STORE_NAME = 'local-cloudflare-store';
export const TARGET_HEADER = 'cf-local-cloudflare-target';

export const ROUTER_SOURCE = `
export default {
  async fetch(request, env) {
    const target = request.headers.get(${JSON.stringify(TARGET_HEADER)});
    const service = target ? env[target] : undefined;
    if (!service) {
      return new Response("error code: 1042", { status: 404, headers: { "content-type": "text/plain; charset=UTF-8" } });
    }
    const headers = new Headers(request.headers);
    headers.delete(${JSON.stringify(TARGET_HEADER)});
    try {
      return await service.fetch(new Request(request, { headers }));
    } catch {
      // What Cloudflare shows a non-browser client when the Worker throws.
      return new Response("error code: 1101", { status: 500, headers: { "content-type": "text/plain; charset=UTF-8", "cf-error-type": "worker-exception" } });
    }
  },
};
`;

// TraceItem's fields are accessors on a host object, so JSON.stringify would see nothing: copy them.
export const TAIL_SOURCE = `
function plain(value) {
  try { return JSON.parse(JSON.stringify(value)); } catch { return String(value); }
}
// Cloudflare reports each invocation's wall time; workerd reports 0. The tail consumer runs once
// the invocation has ended, so the time since its start is that wall time (to a millisecond or so).
function wallTimeOf(item) {
  return typeof item.eventTimestamp === "number" ? Math.max(1, Date.now() - item.eventTimestamp) : 0;
}
function copy(item, props) {
  const request = item.event && item.event.request;
  const response = item.event && item.event.response;
  return {
    scriptName: props.script,
    scriptVersion: { id: props.version },
    scriptTags: [],
    outcome: item.outcome,
    eventTimestamp: item.eventTimestamp,
    event: item.event ? {
      request: request ? { url: request.url, method: request.method, headers: plain(request.headers), cf: plain(request.cf) } : undefined,
      response: response ? { status: response.status } : undefined,
    } : null,
    logs: (item.logs || []).map((log) => ({ level: log.level, message: plain(log.message), timestamp: log.timestamp })),
    exceptions: (item.exceptions || []).map((e) => ({ name: e.name, message: e.message, timestamp: e.timestamp, stack: e.stack || undefined })),
    diagnosticsChannelEvents: [],
    truncated: Boolean(item.truncated),
    executionModel: item.executionModel || "stateless",
    entrypoint: item.entrypoint,
    wallTime: item.wallTime || wallTimeOf(item),
    cpuTime: item.cpuTime || 0,
  };
}
export default {
  async tail(events, env, ctx) {
    const props = (ctx && ctx.props) || {};
    await env.SINK.fetch("http://local-cloudflare/tail", { method: "POST", body: JSON.stringify(events.map((e) => copy(e, props))) });
  },
};
`;

export const STORE_SOURCE = `export default { fetch() { return new Response(null, { status: 404 }); } };`;
