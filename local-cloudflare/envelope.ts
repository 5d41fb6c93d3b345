// Cloudflare's v4 API envelope and the error codes wrangler and the gate tell apart.

export const CODES = {
  authentication: 10000, // wrangler answers this with its whoami calls; never use it as a generic error
  invalidToken: 1000,
  missingAuth: 9106,
  invalidAccessToken: 9109,
  scriptNotFound: 10007,
  serviceNotFound: 10090,
  versionNotFound: 10005,
  secretNotFound: 10056,
  invalidDeployment: 10204,
  latestVersionNotDeployed: 10215,
  settingsLatestNotDeployed: 10214,
  noVersions: 10222,
  kvNamespaceNotFound: 10013,
  kvNamespaceInvalid: 10042, // an upload binding a namespace id the account does not have
  kvKeyNotFound: 10009,
  d1NotFound: 7404,
  r2BucketNotFound: 10006,
  queueNotFound: 11000,
  hyperdriveNotFound: 2001,
  tailNotFound: 10011,
  badRequest: 10026,
  scriptTooLarge: 10027, // workers.api.error.script_too_large: the upload is over the plan's size limit
  noRoute: 7003,
  methodNotAllowed: 10405,
  rateLimited: 971,
  internal: 10002,
} as const;

/** A failure the API answers with `success: false`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: number;

  constructor(status: number, code: number, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface ResultInfo extends Record<string, unknown> {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages?: number;
}

export function success(result: unknown, resultInfo?: Record<string, unknown>): Record<string, unknown> {
  return { success: true, errors: [], messages: [], result, result_info: resultInfo };
}

export function failure(code: number, message: string): Record<string, unknown> {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}

/** One page of a list, with the `result_info` Cloudflare sends; a page past the end is empty, which the SDK needs to stop. */
export function paginate<T>(
  items: T[],
  query: URLSearchParams,
  defaultPerPage = 20,
): { result: T[]; resultInfo: ResultInfo } {
  const perPage = clampInt(query.get('per_page'), defaultPerPage, 1, 1000);
  const page = clampInt(query.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  const result = items.slice((page - 1) * perPage, page * perPage);
  return {
    result,
    resultInfo: {
      page,
      per_page: perPage,
      count: result.length,
      total_count: items.length,
      total_pages: Math.ceil(items.length / perPage),
    },
  };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
