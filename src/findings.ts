// The finding model shared by every stage, shaped like the contract's report schema.

export const STAGE_NAMES = ['validate', 'preflight', 'test', 'deploy', 'smoke', 'rollback', 'report'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const LAYERS = [
  'config',
  'binding',
  'test',
  'deploy',
  'edge',
  'routing',
  'auth',
  'upstream',
  'gateway',
  'probe',
] as const;
export type Layer = (typeof LAYERS)[number];

export type Severity = 'error' | 'warning' | 'notice';
export type Category = 'bad_upstream' | 'client' | 'internal';

/**
 * The platform's failures, by code: an edge still serving the old version, Cloudflare's own 11xx
 * errors (other than 1101/1102, the Worker's), the API rate-limiting, failing (5xx), unreachable
 * or not answering, a wrangler that hung or wrote no output, a rollback the API does not reflect.
 */
const PLATFORM_CODES = new RegExp(
  '^(stale_version|edge_error_(\\d+|unknown)|cloudflare_rate_limited|cloudflare_api_(unreachable|unavailable|error)' +
    '|wrangler_timeout|wrangler_output_missing|rollback_not_effective)$',
);

/** Cloudflare API error codes that are the platform's: rate limited (971), internal server error (10002). */
const PLATFORM_API_CODES: ReadonlySet<number> = new Set([971, 10002]);

/**
 * Who must act on a finding that is not an upstream failure (those take RFC 9209's sorting).
 * `apiCode` is the Cloudflare API's error code behind it, when there is one (wrangler prints it).
 */
export function ownerOf(code: string, apiCode?: number): Exclude<Category, 'bad_upstream'> {
  const platform = PLATFORM_CODES.test(code) || (apiCode !== undefined && PLATFORM_API_CODES.has(apiCode));
  return platform ? 'internal' : 'client';
}

export interface Location {
  /** Relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding {
  stage: StageName;
  layer: Layer;
  code: string;
  category?: Category;
  severity: Severity;
  message: string;
  fix?: string;
  location?: Location;
  evidence?: Record<string, unknown>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Most important first: severity, then request-order layer, then position in the file. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
    (a.location?.file ?? '\uffff').localeCompare(b.location?.file ?? '\uffff') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  return `${location.file}:${location.line}${location.column ? `:${location.column}` : ''}`;
}

/** What a finding may carry beyond its code, severity, message and fix. */
export type FindingExtras = Partial<Pick<Finding, 'layer' | 'category' | 'location' | 'evidence'>>;

export type FindingFactory = (
  code: string,
  severity: Severity,
  message: string,
  fix: string,
  extras?: FindingExtras,
) => Finding;

/**
 * The one finding builder: a stage's findings share its stage and usual layer. Stages that act on
 * the platform (`owned`) also say who must act, from the code; extras left undefined stay absent.
 */
export function findingFactory(stage: StageName, layer: Layer, options: { owned?: boolean } = {}): FindingFactory {
  return (code, severity, message, fix, extras = {}) => {
    const built: Finding = { stage, layer, code, severity, message, fix };
    if (options.owned) built.category = ownerOf(code);
    for (const [key, value] of Object.entries(extras)) if (value !== undefined) Object.assign(built, { [key]: value });
    return built;
  };
}
