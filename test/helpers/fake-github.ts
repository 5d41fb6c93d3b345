// The few GitHub REST endpoints the reporters use, over real HTTP on 127.0.0.1, validating what
// GitHub validates (50 annotations per request, the summary's length, columns on one line) and
// recording every request. `mode` turns it into a fork's read-only token or an API that hangs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  title?: string;
  message: string;
}

export interface FakeCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string };
  annotations: FakeAnnotation[];
  /** Annotations per request that carried any, in order. */
  batches: number[];
}

export interface FakeComment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description?: string;
  environment_url?: string;
  log_url?: string;
}

export interface FakeDeployment {
  id: number;
  repo: string;
  ref: string;
  environment: string;
  task: string;
  payload: unknown;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  /** In the order they were posted; the last one is the deployment's state. */
  statuses: FakeDeploymentStatus[];
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  checkRuns: Map<number, FakeCheckRun>;
  comments: FakeComment[];
  deployments: FakeDeployment[];
  /** ok; fork: reads work, writes answer 403 as for a fork's GITHUB_TOKEN; hang: never answers. */
  mode: 'ok' | 'fork' | 'hang';
  /** Answers requests with this, when set: all of them, or `times` after the first `skip`. */
  failWith?: { status: number; message: string; skip?: number; times?: number };
  addComment(repo: string, issue: number, body: string, login?: string): FakeComment;
  close(): Promise<void>;
}

const VALIDATION_DOCS = 'https://docs.github.com/rest/checks/runs';
const LEVELS = new Set(['notice', 'warning', 'failure']);

export async function startFakeGitHub(options: { token: string }): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    requests: [],
    checkRuns: new Map(),
    comments: [],
    deployments: [],
    mode: 'ok',
    addComment(repo, issue, body, login = 'someone') {
      const id = nextId++;
      const comment = {
        id,
        repo,
        issue,
        body,
        html_url: `https://github.com/${repo}/pull/${issue}#issuecomment-${id}`,
        user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      };
      fake.comments.push(comment);
      return comment;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', fake.url);
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return send(res, 400, { message: 'Problems parsing JSON' });
    }
    const method = req.method ?? 'GET';
    fake.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
    });

    if (fake.mode === 'hang') return; // the client's deadline ends it
    const fail = fake.failWith;
    const index = fake.requests.length - 1 - (fail?.skip ?? 0);
    if (fail && index >= 0 && index < (fail.times ?? Infinity))
      return send(res, fail.status, { message: fail.message });
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`)
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (fake.mode === 'fork' && method !== 'GET')
      return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: VALIDATION_DOCS });
    const b = (body ?? {}) as Record<string, unknown>;

    let m = /^\/repos\/([^/]+\/[^/]+)\/check-runs$/.exec(url.pathname);
    if (m && method === 'POST') {
      if (typeof b.name !== 'string' || typeof b.head_sha !== 'string')
        return invalid(res, 'name and head_sha are required');
      const run: FakeCheckRun = {
        id: nextId++,
        repo: m[1]!,
        name: b.name,
        head_sha: b.head_sha,
        status: 'queued',
        conclusion: null,
        output: {},
        annotations: [],
        batches: [],
      };
      const problem = applyCheckRun(run, b);
      if (problem) return invalid(res, problem);
      fake.checkRuns.set(run.id, run);
      return send(res, 201, checkRunJson(run));
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/check-runs\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      const run = fake.checkRuns.get(Number(m[2]));
      if (!run || run.repo !== m[1]) return send(res, 404, { message: 'Not Found' });
      const problem = applyCheckRun(run, b);
      if (problem) return invalid(res, problem);
      return send(res, 200, checkRunJson(run));
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && method === 'GET') {
      const [repo, issue] = [m[1]!, Number(m[2])];
      const all = fake.comments.filter((c) => c.repo === repo && c.issue === issue);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length)
        headers.link = `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if (m && method === 'POST') {
      if (typeof b.body !== 'string' || b.body.length > 65_536)
        return invalid(res, 'body is missing or too long (maximum is 65536 characters)', 'IssueComment');
      return send(res, 201, fake.addComment(m[1]!, Number(m[2]), b.body, 'github-actions[bot]'));
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      const comment = fake.comments.find((c) => c.repo === m![1] && c.id === Number(m![2]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (typeof b.body !== 'string' || b.body.length > 65_536)
        return invalid(res, 'body is missing or too long (maximum is 65536 characters)', 'IssueComment');
      comment.body = b.body;
      return send(res, 200, comment);
    }
    const deployments = handleDeployments(fake, url, method, b, () => nextId++);
    if (deployments) return send(res, deployments.status, deployments.body);
    return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

const DEPLOYMENT_STATES = new Set(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']);
const DEPLOYMENT_DOCS = 'https://docs.github.com/rest/deployments/deployments';

/** The Deployments API: create, list (newest first, by environment), and statuses, validated as GitHub does. */
function handleDeployments(
  fake: FakeGitHub,
  url: URL,
  method: string,
  b: Record<string, unknown>,
  nextId: () => number,
): { status: number; body: unknown } | undefined {
  const invalidDeployment = (message: string) => ({
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Deployment', message }],
      documentation_url: DEPLOYMENT_DOCS,
    },
  });
  let m = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(url.pathname);
  if (m && method === 'POST') {
    if (typeof b.ref !== 'string' || !b.ref) return invalidDeployment('ref is required');
    if (typeof b.description === 'string' && b.description.length > 140)
      return invalidDeployment('description is too long (maximum is 140 characters)');
    // Without required_contexts every status check must have passed; this job's own check is still running.
    if (!Array.isArray(b.required_contexts) || b.required_contexts.length > 0)
      return { status: 409, body: { message: `Conflict: Commit status checks failed for ${b.ref}.` } };
    const deployment: FakeDeployment = {
      id: nextId(),
      repo: m[1]!,
      ref: b.ref,
      environment: typeof b.environment === 'string' ? b.environment : 'production',
      task: typeof b.task === 'string' ? b.task : 'deploy',
      payload: b.payload ?? {},
      description: typeof b.description === 'string' ? b.description : null,
      transient_environment: b.transient_environment === true,
      production_environment:
        typeof b.production_environment === 'boolean' ? b.production_environment : b.environment === 'production',
      statuses: [],
    };
    fake.deployments.push(deployment);
    return { status: 201, body: deploymentJson(deployment) };
  }
  if (m && method === 'GET') {
    const environment = url.searchParams.get('environment');
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const found = fake.deployments
      .filter((d) => d.repo === m![1] && (environment === null || d.environment === environment))
      .sort((x, y) => y.id - x.id);
    return { status: 200, body: found.slice(0, perPage).map(deploymentJson) };
  }
  m = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(url.pathname);
  if (m && method === 'POST') {
    const deployment = fake.deployments.find((d) => d.repo === m![1] && d.id === Number(m![2]));
    if (!deployment) return { status: 404, body: { message: 'Not Found' } };
    if (typeof b.state !== 'string' || !DEPLOYMENT_STATES.has(b.state))
      return invalidDeployment('state is not included in the list');
    if (typeof b.description === 'string' && b.description.length > 140)
      return invalidDeployment('description is too long (maximum is 140 characters)');
    const status: FakeDeploymentStatus = { id: nextId(), state: b.state };
    for (const key of ['description', 'environment_url', 'log_url'] as const)
      if (typeof b[key] === 'string') status[key] = b[key];
    deployment.statuses.push(status);
    return {
      status: 201,
      body: { ...status, deployment_url: `${url.origin}/repos/${deployment.repo}/deployments/${deployment.id}` },
    };
  }
  return undefined;
}

function deploymentJson(d: FakeDeployment) {
  const { id, ref, environment, task, payload, description, transient_environment, production_environment } = d;
  const url = `https://api.github.com/repos/${d.repo}/deployments/${id}`;
  return { id, url, ref, environment, task, payload, description, transient_environment, production_environment };
}

/** Applies a create or update body as GitHub does; a message when GitHub would answer 422. */
function applyCheckRun(run: FakeCheckRun, b: Record<string, unknown>): string | undefined {
  if (b.output !== undefined) {
    const output = b.output as { title?: unknown; summary?: unknown; annotations?: unknown };
    if (typeof output.title !== 'string' || typeof output.summary !== 'string')
      return 'output requires title and summary';
    if (output.summary.length > 65_535) return 'output.summary is too long (maximum is 65535 characters)';
    const annotations = (output.annotations ?? []) as FakeAnnotation[];
    if (!Array.isArray(annotations)) return 'output.annotations must be an array';
    if (annotations.length > 50) return 'output.annotations is too long (maximum is 50)';
    for (const a of annotations) {
      if (
        typeof a.path !== 'string' ||
        !Number.isInteger(a.start_line) ||
        !Number.isInteger(a.end_line) ||
        !LEVELS.has(a.annotation_level) ||
        typeof a.message !== 'string'
      )
        return 'annotation needs path, start_line, end_line, annotation_level and message';
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
        return 'start_column and end_column need start_line equal to end_line';
    }
    run.output = { title: output.title, summary: output.summary };
    if (annotations.length > 0) {
      run.annotations.push(...annotations);
      run.batches.push(annotations.length);
    }
  }
  if (typeof b.status === 'string') run.status = b.status;
  if (typeof b.conclusion === 'string') {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  return undefined;
}

function checkRunJson(run: FakeCheckRun) {
  return {
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    html_url: `https://github.com/${run.repo}/runs/${run.id}`,
    output: { ...run.output, annotations_count: run.annotations.length },
  };
}

function invalid(res: ServerResponse, message: string, resource = 'CheckRun'): void {
  send(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', message }],
    documentation_url: VALIDATION_DOCS,
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
