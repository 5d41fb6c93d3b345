// The API's route table: method + URLPattern pathname + the token permission it needs.
import type { IncomingHttpHeaders } from 'node:http';

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json<T>(): T;
}

/** A response outside the envelope (KV values are served raw). */
export class RawResponse {
  readonly status: number;
  readonly body: Uint8Array | string;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Uint8Array | string, headers: Record<string, string> = {}) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export type Handler = (ctx: RequestContext) => Promise<unknown> | unknown;

export interface Route {
  method: string;
  pattern: URLPattern;
  /** A Cloudflare permission group name; the `Write` variant also grants `Read`. Null: any valid token. */
  permission: string | null;
  handler: Handler;
}

export class RouteTable {
  readonly routes: Route[] = [];

  add(method: string, pathname: string, permission: string | null, handler: Handler): void {
    this.routes.push({ method, pattern: new URLPattern({ pathname }), permission, handler });
  }

  /** The route for a method and path; `pathMatched` tells 405 from 404. */
  find(method: string, path: string): { route?: Route; params: Record<string, string>; pathMatched: boolean } {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec({ pathname: path });
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(match.pathname.groups))
        if (value !== undefined) params[key] = decodeURIComponent(value);
      return { route, params, pathMatched };
    }
    return { params: {}, pathMatched };
  }
}

/** A list page with its `result_info`, which handlers return for list endpoints. */
export class ListResult {
  readonly result: unknown[];
  readonly resultInfo: Record<string, unknown>;

  constructor(result: unknown[], resultInfo: Record<string, unknown>) {
    this.result = result;
    this.resultInfo = resultInfo;
  }
}
