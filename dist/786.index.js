export const id = 786;
export const ids = [786];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   TM: () => (/* binding */ pathPrefixOf),
/* harmony export */   lW: () => (/* binding */ annotationOf),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
/* unused harmony export ANNOTATION_LIMITS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; the gate picks
// the most important ones and says what it left out, instead of letting GitHub drop them silently.


const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
function planAnnotations(findings, limits = ANNOTATION_LIMITS) {
    const used = { error: 0, warning: 0, notice: 0 };
    const annotated = [];
    const overflow = [];
    for (const finding of (0,_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings)) {
        if (used[finding.severity] < limits[finding.severity]) {
            used[finding.severity]++;
            annotated.push(finding);
        }
        else
            overflow.push(finding);
    }
    return { annotated, overflow };
}
function annotationOf(finding) {
    const loc = finding.location;
    const properties = { title: `${finding.stage}: ${finding.code} (${finding.layer})` };
    if (loc) {
        properties.file = loc.file;
        properties.startLine = loc.line;
        properties.endLine = loc.endLine ?? loc.line;
        // GitHub only honours columns on single-line annotations.
        if (loc.column && properties.endLine === loc.line) {
            properties.startColumn = loc.column;
            if (loc.endColumn)
                properties.endColumn = loc.endColumn;
        }
    }
    return { message: finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message, properties };
}
/**
 * GitHub places an annotation by its path from the repository root, while a finding's file is
 * relative to the working directory: `pathPrefix` (see pathPrefixOf) joins the two.
 */
function emitAnnotations(sink, findings, pathPrefix = '') {
    for (const finding of findings) {
        const { message, properties } = annotationOf(finding);
        if (properties.file !== undefined)
            properties.file = repoPath(properties.file, pathPrefix);
        sink[finding.severity](message, properties);
    }
}
/** A working-directory path as a repository path: `api/gateway.json` under prefix `services`. */
function repoPath(file, pathPrefix) {
    const prefix = pathPrefix.replace(/\\/g, '/');
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(prefix === '' ? '.' : prefix, file.replace(/\\/g, '/')));
    return joined.replace(/^(\.\/)+/, '');
}
/** The prefix for repoPath: the working directory relative to GITHUB_WORKSPACE; '' outside it. */
function pathPrefixOf(workspace, workingDirectory) {
    if (!workspace)
        return '';
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace), node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, workingDirectory))
        .split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep))
        .join('/');
    return relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative) ? '' : relative;
}


/***/ }),

/***/ 8322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ canaryHeadline),
/* harmony export */   MB: () => (/* binding */ canaryMarkdown),
/* harmony export */   nQ: () => (/* binding */ stepStatusLine)
/* harmony export */ });
/* unused harmony exports rateText, canaryChart */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);

const VERDICT_ICON = {
    passed: '✅',
    promoted: '✅',
    failed: '❌',
    aborted: '⛔',
};
/** `0.2 %`; two decimals below 0.1 % so a small non-zero rate never reads as 0. */
function rateText(rate) {
    return `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)} %`;
}
/** "promoted to 100 % after 10,50,100", "rolled back at 10 %", "stopped at 50 % (…)". */
function canaryHeadline(data) {
    const last = data.steps.at(-1);
    if (data.outcome === 'promoted')
        return `promoted to 100 % after ${data.steps.map((s) => s.percent).join(',')}`;
    const at = last ? ` at ${last.percent} %` : '';
    if (data.outcome === 'rolled-back')
        return `rolled back${at}`;
    return `stopped${at}${last ? ` (${last.decision})` : ''}`;
}
/** "50 % · 0.2 % errors vs 0.1 % · 1,204 requests": one step for a GitHub Deployment status (<= 140 chars). */
function stepStatusLine(step) {
    const c = step.candidate;
    const b = step.baseline;
    if (!c || !b)
        return `${step.percent} % · ${step.verdict}: ${step.decision}`.slice(0, 140);
    const requests = (c.requests + b.requests).toLocaleString('en-US');
    const line = `${step.percent} % · ${rateText(c.errorRate)} errors vs ${rateText(b.errorRate)} · ${requests} requests`;
    return `${line} · ${step.verdict}`.slice(0, 140);
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pair = (c, b) => `${c} / ${b}`;
function requestsCell(c, b) {
    return c && b ? pair(c.requests.toLocaleString('en-US'), b.requests.toLocaleString('en-US')) : '–';
}
function ratesCell(c, b) {
    return c && b ? pair(rateText(c.errorRate), rateText(b.errorRate)) : '–';
}
function p99Cell(c, b) {
    if (!c || !b)
        return '–';
    const ms = (v) => (v.p99Ms === undefined ? 'n/a' : `${Math.round(v.p99Ms)} ms`);
    return pair(ms(c), ms(b));
}
function stepRow(step) {
    const c = step.candidate;
    const b = step.baseline;
    const cells = [
        `${step.percent} %`,
        (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(step.durationMs),
        requestsCell(c, b),
        ratesCell(c, b),
        p99Cell(c, b),
        `${VERDICT_ICON[step.verdict]} ${step.verdict}: ${cell(step.decision)}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/**
 * The error rate per version per step as a Mermaid xychart (bars: the previous version, line: the
 * new one); undefined when no step has real-traffic numbers to draw.
 */
function canaryChart(data) {
    const observed = data.steps.filter((s) => s.candidate && s.baseline);
    if (observed.length === 0)
        return undefined;
    const percent = (rate) => Math.round(rate * 100_000) / 1000;
    const candidate = observed.map((s) => percent(s.candidate.errorRate));
    const baseline = observed.map((s) => percent(s.baseline.errorRate));
    const top = Math.max(1, ...candidate, ...baseline);
    return [
        'xychart-beta',
        '  title "Error rate per step (bars: previous version, line: new version)"',
        `  x-axis [${observed.map((s) => `"${s.percent} %"`).join(', ')}]`,
        `  y-axis "errors (%)" 0 --> ${Math.ceil(top * 1.2)}`,
        `  bar [${baseline.join(', ')}]`,
        `  line [${candidate.join(', ')}]`,
    ].join('\n');
}
/** The section's lines: heading, the timeline table, the chart; none without a canary. */
function canaryMarkdown(data) {
    if (!data)
        return [];
    const interval = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(data.intervalMs);
    const lines = [
        '',
        `### Canary: ${canaryHeadline(data)}`,
        '',
        `New version \`${data.candidateVersionId}\` against the previous \`${data.baselineVersionId}\`, ` +
            `${interval} per step, at least ${data.minRequests} requests per version; ` +
            `real traffic read by ${cell(data.events)}.`,
        '',
        '| Step | Time | Requests (new / previous) | Errors (new / previous) | P99 (new / previous) | Verdict |',
        '|---|---|---|---|---|---|',
        ...data.steps.map(stepRow),
    ];
    const chart = canaryChart(data);
    if (chart)
        lines.push('', '```mermaid', chart, '```');
    return lines;
}


/***/ }),

/***/ 2786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatStageResult: () => (/* reexport */ formatStageResult),
  preload: () => (/* binding */ preload),
  publishReport: () => (/* binding */ publishReport),
  publishStage: () => (/* binding */ publishStage)
});

// EXTERNAL MODULE: ./src/run-state.ts
var run_state = __webpack_require__(518);
// EXTERNAL MODULE: ./src/stage-result.ts
var stage_result = __webpack_require__(1667);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
;// CONCATENATED MODULE: ./src/step-outcomes.ts
// The report step learns from action.yml which stage steps ran (GATE_STEP_OUTCOMES, each step's
// `steps.<id>.outcome`). A step that ran and left no result in the run directory stopped before
// recording anything (a crash, a kill, an old bundle): the verdict cannot be "passed".

/** "validate=success preflight=failure test=skipped" → the steps that ran, with their outcome. */
function parseStepOutcomes(text) {
    const ran = new Map();
    for (const pair of (text ?? '').split(/[\s,]+/)) {
        const [name, outcome] = pair.split('=');
        if (!src_findings/* STAGE_NAMES */.y1.includes(name ?? '') || (outcome !== 'success' && outcome !== 'failure'))
            continue;
        ran.set(name, outcome);
    }
    return ran;
}
/** The recorded results, plus an error result for each step that ran but recorded nothing. */
function withMissingSteps(results, outcomes, runDir) {
    const missing = [];
    for (const [name, outcome] of parseStepOutcomes(outcomes)) {
        if (name === 'report' || results.some((r) => r.name === name))
            continue;
        missing.push({
            name,
            status: 'error',
            durationMs: 0,
            note: 'the step left no result',
            findings: [
                {
                    stage: name,
                    layer: 'config',
                    code: 'stage_result_missing',
                    category: 'client',
                    severity: 'error',
                    message: `the ${name} step ran (outcome: ${outcome}) but recorded no result in ${runDir}; ` +
                        'what it checked is unknown',
                    fix: `Read the ${name} step's log: it stopped before recording ` +
                        '(a crash, a killed process, a bundle that does not run).',
                },
            ],
        });
    }
    const order = (r) => src_findings/* STAGE_NAMES */.y1.indexOf(r.name);
    return [...results, ...missing].sort((a, b) => order(a) - order(b));
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/contract.ts
var contract = __webpack_require__(3665);
// EXTERNAL MODULE: ./src/report/canary-section.ts
var canary_section = __webpack_require__(8322);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/report/digest.ts
// What the first screen of the summary, the check run and the pull-request comment says (issue 22):
// the problems (each root cause once, the routes it folds pointing to it), what else to know, and
// what serves production now. Pure: findings and stage results in, facts out; the renderers format.




/** The routes behind a problem, from its evidence: a root cause lists them, a probe names its request. */
function routesOf(finding) {
    const routes = finding.evidence?.routes;
    return Array.isArray(routes) ? routes.filter((r) => typeof r === 'string') : [];
}
function digest(findings) {
    const sorted = (0,src_findings/* sortFindings */.Tc)(findings);
    const problems = sorted
        .filter((f) => f.severity === 'error')
        .map((finding, i) => ({ number: i + 1, finding, routes: routesOf(finding) }));
    const d = { problems, others: [] };
    for (const f of sorted) {
        if (f.severity === 'error' || foldedInto(d, f) !== undefined)
            continue;
        // A warning's own folded routes (preexisting failures) say nothing their warning does not.
        if (!(f.evidence?.rootCause && f.severity === 'notice'))
            d.others.push(f);
    }
    return d;
}
/**
 * The number of the problem a finding is (an error) or belongs to (a route a root cause folds).
 * By value, not identity: a stage's section may hold copies of the report's findings.
 */
function problemNumber(d, f) {
    if (f.severity === 'error') {
        const same = (p) => p.finding.stage === f.stage &&
            p.finding.code === f.code &&
            p.finding.message === f.message &&
            (0,src_findings/* formatLocation */.j$)(p.finding.location) === (0,src_findings/* formatLocation */.j$)(f.location);
        return d.problems.find(same)?.number;
    }
    return foldedInto(d, f);
}
/** Warnings and notices the lead lists in full under the problems; past this it counts them. */
const MAX_OTHERS = 5;
/** Whether the lead lists this warning or notice in full (so a table below need not repeat it). */
function listedAbove(d, f) {
    return d.others
        .slice(0, MAX_OTHERS)
        .some((o) => o.code === f.code &&
        o.stage === f.stage &&
        o.message === f.message &&
        (0,src_findings/* formatLocation */.j$)(o.location) === (0,src_findings/* formatLocation */.j$)(f.location));
}
function foldedInto(d, f) {
    const link = f.evidence?.rootCause;
    if (!link)
        return undefined;
    const cause = d.problems.find((p) => p.finding.code === link.code && (0,src_findings/* formatLocation */.j$)(p.finding.location) === link.location);
    return cause?.number;
}
/** "1 problem on 3 routes", "2 problems", "no problems". */
function problemCount(d) {
    if (d.problems.length === 0)
        return 'no problems';
    const routes = new Set(d.problems.flatMap((p) => p.routes));
    return `${(0,src_text/* counted */.hS)(d.problems.length, 'problem')}${routes.size ? ` on ${(0,src_text/* counted */.hS)(routes.size, 'route')}` : ''}`;
}
/** The log lines the gate captured for the failing probe behind a finding (already redacted with the result). */
function capturedLog(finding) {
    const evidence = finding.evidence;
    const own = evidence?.logs !== undefined ? evidence : evidence?.candidate;
    const logs = own?.logs;
    if (!logs || typeof logs !== 'object')
        return undefined;
    const strings = (v) => (Array.isArray(v) ? v.filter((l) => typeof l === 'string') : []);
    const lines = [...strings(logs.lines), ...strings(logs.exceptions)];
    if (lines.length === 0)
        return undefined;
    return { request: typeof own?.request === 'string' ? own.request : undefined, lines };
}
/**
 * What serves production after this run, in one line (inline code in backticks): rolled back to
 * X, unchanged (a preview), promoted to 100 %, the new version, or what the gate could not tell.
 */
function productionState(results) {
    const deployResult = (0,contract/* resultOf */.B)(results, 'deploy');
    const deploy = deployResult?.data;
    if (!deployResult || deployResult.status === 'skipped' || !deploy?.workerName)
        return undefined;
    const tick = (v) => (v ? `\`${v}\`` : 'the previous version');
    const rollback = (0,contract/* resultOf */.B)(results, 'rollback');
    const smoke = (0,contract/* resultOf */.B)(results, 'smoke');
    if (deployResult.status !== 'passed') {
        return deploy.servingVersionId
            ? `unchanged: the deploy failed and ${tick(deploy.servingVersionId)} serves (checked with the API)`
            : 'the deploy failed; which version serves was not confirmed (see the deploy stage)';
    }
    if (deploy.mode === 'preview') {
        const live = deploy.liveUrl ? ` at ${deploy.liveUrl}` : '';
        return `unchanged: ${tick(deploy.previousVersionId)} serves${live}; this run deployed only a preview`;
    }
    const canary = smoke?.data?.canary;
    if (canary)
        return canaryState(canary, tick);
    if (rollback?.data?.rolledBack) {
        const { activeVersionId: active, removedVersionId: removed } = rollback.data;
        const before = active === deploy.previousVersionId ? ' (the version before this run)' : '';
        return `rolled back to ${tick(active)}${before}; ${tick(removed ?? deploy.versionId)} no longer serves`;
    }
    if (rollback && (rollback.status === 'failed' || rollback.status === 'error'))
        return `⚠️ the rollback failed: ${tick(deploy.versionId)} may still serve (see the rollback stage)`;
    if (smoke?.data?.promoted)
        return `${tick(deploy.versionId)} promoted to 100 %`;
    const at = deploy.url ? ` at ${deploy.url}` : '';
    if (smoke?.status === 'failed')
        return `${tick(deploy.versionId)} serves${at}: it failed the smoke test and was not rolled back`;
    if (deploy.mode === 'gradual')
        return `${tick(deploy.versionId)} deployed gradually, not promoted`;
    const tested = smoke?.status === 'passed' ? 'smoke-tested' : 'not smoke-tested';
    return `${tick(deploy.versionId)} serves${at} (deployed by this run, ${tested})`;
}
/** A gradual deploy's canary: where it ended and which version serves (as the gate left it). */
function canaryState(canary, tick) {
    const headline = (0,canary_section/* canaryHeadline */.H1)(canary);
    const candidate = tick(canary.candidateVersionId);
    if (canary.outcome === 'promoted')
        return `${candidate} ${headline} (canary)`;
    const serving = canary.servingVersionId
        ? `${tick(canary.servingVersionId)} serves 100 % again`
        : `⚠️ which version serves was not confirmed (see the canary finding)`;
    if (canary.outcome === 'rolled-back')
        return `canary ${headline}: ${candidate} failed it; ${serving}`;
    return `canary ${headline}; ${serving}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/report/gateway-identity.ts
// Which gateway a run is about, as people tell matrix jobs apart: its directory in the repository,
// the wrangler config when one is chosen, the environment, and the Worker's name once preflight
// read it. Pure: the config and the results in, names out.


function gatewayIdentity(input) {
    const relative = external_node_path_default().relative(input.workspace, input.workingDirectory).split((external_node_path_default()).sep).join('/');
    const directory = relative === '' ? '.' : relative.startsWith('..') ? input.workingDirectory : relative;
    return {
        directory,
        wranglerConfig: input.wranglerConfig && external_node_path_default().basename(input.wranglerConfig),
        environment: input.environment,
        workerName: (0,contract/* resultOf */.B)(input.results, 'preflight')?.data?.workerName ?? undefined,
    };
}
/** What the inputs alone say (no Worker name): the same in every run, so a required check keeps its name. */
function inputParts(id) {
    const parts = id.directory === '.' ? [] : [id.directory];
    if (id.wranglerConfig)
        parts.push(id.wranglerConfig);
    if (id.environment)
        parts.push(`env ${id.environment}`);
    return parts;
}
/** The check run's name: plain for one gateway at the repository root, else naming the gateway. */
function checkRunName(id) {
    const parts = inputParts(id);
    return parts.length > 0 ? `Gateway deploy gate (${parts.join(', ')})` : 'Gateway deploy gate';
}
/** The gateway in a heading: "gateways/eu (env production, Worker eu-gateway)"; '' when nothing names it. */
function gatewayLabel(id) {
    const [first, ...rest] = inputParts(id);
    const worker = id.workerName ? [`Worker ${id.workerName}`] : [];
    if (first === undefined)
        return id.workerName ? `Worker ${id.workerName}` : '';
    const more = [...rest, ...worker];
    return more.length > 0 ? `${first} (${more.join(', ')})` : first;
}
/** Keys the sticky PR comment per gateway: matrix jobs share GITHUB_JOB. */
function commentKey(job, id) {
    const parts = inputParts(id);
    return parts.length > 0 ? `${job ?? ''} ${parts.join(' ')}`.trim() : job;
}

// EXTERNAL MODULE: ./src/runner-protocol.ts
var runner_protocol = __webpack_require__(1086);
;// CONCATENATED MODULE: ./src/report/probe-matrix.ts

function probeMatrixHtml(data, escape, maxRows) {
    const differential = data.probes.some((p) => p.verdict);
    const rows = [...data.probes]
        // Regressions, then failures first: on a 500-route gateway the reader wants the red rows.
        .sort((a, b) => rank(a) - rank(b))
        .slice(0, maxRows)
        .map((p) => {
        const cells = differential ? differentialCells(p, escape) : singleCells(p, escape);
        return `<tr><td><code>${escape(p.name)}</code></td>${cells}<td>${(0,src_text/* formatDuration */.a3)(p.durationMs)}</td></tr>`;
    })
        .join('');
    const more = data.probes.length > maxRows ? `<p>…and ${data.probes.length - maxRows} more probes in the JSON report.</p>` : '';
    const skippedItems = data.skipped.map((s) => `<li><code>${escape(s.route)}</code>: ${escape(s.reason)}</li>`);
    const skipped = data.skipped.length
        ? `<details><summary>${data.skipped.length} route${data.skipped.length === 1 ? '' : 's'} not probed</summary>` +
            `<ul>${skippedItems.join('')}</ul></details>`
        : '';
    const head = differential
        ? `<th>Candidate</th><th>Production</th><th>Verdict</th>`
        : '<th>Status</th><th>Result</th><th>Layer</th>';
    const against = differential && data.baselineUrl
        ? `<p>Candidate ${escape(data.url)} against production ${escape(data.baselineUrl)}.</p>`
        : '';
    return `${against}<table><tr><th>Route</th>${head}<th>Time</th></tr>${rows}</table>${more}${skipped}`;
}
const VERDICT_RANK = { regression: 0, preexisting: 1, fixed: 2, unchanged: 3 };
const rank = (p) => (p.verdict ? VERDICT_RANK[p.verdict] : p.outcome === 'failed' ? 0 : 1);
function singleCells(p, escape) {
    const result = p.outcome === 'passed' ? '✅ passed' : '❌ failed';
    const layer = p.layer ? `${escape(p.layer)} <sub>${escape(p.code ?? '')}</sub>` : p.control ? 'control' : '';
    return `<td>${p.status ?? '—'}</td><td>${result}${attemptsOf(p)}</td><td>${layer}</td>`;
}
/** One side of a differential row: its status and outcome, and the layer when it failed. */
function side(s, escape) {
    if (!s)
        return '—';
    const outcome = s.outcome === 'passed' ? '✅' : '❌';
    const layer = s.layer ? ` ${escape(s.layer)} <sub>${escape(s.code ?? '')}</sub>` : '';
    return `${outcome} ${s.status ?? '—'}${layer}`;
}
const VERDICT_LABEL = {
    regression: '🔴 regression',
    preexisting: '🟡 already failing in production',
    fixed: '🟢 fixed',
    unchanged: 'unchanged',
};
function differentialCells(p, escape) {
    const verdict = p.verdict ? VERDICT_LABEL[p.verdict] : '';
    return `<td>${side(p, escape)}${attemptsOf(p)}</td><td>${side(p.baseline, escape)}</td><td>${verdict}</td>`;
}
const attemptsOf = (p) => (p.attempts > 1 ? ` (${p.attempts} attempts)` : '');
const PATH_NODES = [
    { id: 'probe', layers: ['probe'], label: 'Smoke probes' },
    { id: 'edge', layers: ['edge'], label: 'Cloudflare edge' },
    { id: 'routing', layers: ['routing'], label: 'Gateway routing' },
    { id: 'auth', layers: ['auth'], label: 'Auth' },
    { id: 'upstream', layers: ['upstream'], label: 'Upstream' },
    { id: 'gateway', layers: ['gateway', 'binding', 'config'], label: 'Gateway code, bindings, secrets' },
];
/** A Mermaid flowchart of the request path; nodes with failures are red and say what failed. */
function requestPathMermaid(findings, probes) {
    const smoke = findings.filter((f) => f.stage === 'smoke' && f.severity === 'error');
    const lines = ['flowchart LR'];
    const label = (node) => {
        const failing = smoke.filter((f) => node.layers.includes(f.layer));
        if (failing.length === 0)
            return node.label;
        const codes = [...new Set(failing.map((f) => f.code))].slice(0, 3).join(', ');
        // Routes, not findings: one root cause and the three routes it breaks are "3 routes failing".
        const routes = new Set(probes
            .filter((p) => p.outcome === 'failed' && node.layers.includes(p.layer))
            .map((p) => p.route ?? p.name));
        return `${node.label}<br/>✗ ${routes.size ? `${(0,src_text/* counted */.hS)(routes.size, 'route')} failing` : 'failing'}: ${codes}`;
    };
    const shape = (id, text) => {
        const safe = text.replace(/"/g, "'");
        if (id === 'probe')
            return `${id}(["${safe}"])`;
        if (id === 'upstream')
            return `${id}[("${safe}")]`;
        return `${id}["${safe}"]`;
    };
    for (const node of PATH_NODES)
        lines.push(`  ${shape(node.id, label(node))}`);
    lines.push('  probe --> edge --> routing --> auth --> upstream', '  routing -.-> gateway');
    lines.push('  classDef fail fill:#fde2e1,stroke:#cf222e,color:#82071e', '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#044f1e');
    const failed = PATH_NODES.filter((n) => smoke.some((f) => n.layers.includes(f.layer))).map((n) => n.id);
    const passedAny = probes.some((p) => p.outcome === 'passed');
    // Layers in front of a failure were crossed by the failing request: they worked. A probe that
    // passed ran the gateway's code too, so that node is green then, not left grey.
    const firstFail = PATH_NODES.findIndex((n) => failed.includes(n.id));
    const ok = PATH_NODES.filter((n, i) => !failed.includes(n.id) && (passedAny || (n.id !== 'gateway' && firstFail >= 0 && i < firstFail))).map((n) => n.id);
    if (failed.length)
        lines.push(`  class ${failed.join(',')} fail`);
    if (ok.length)
        lines.push(`  class ${ok.join(',')} ok`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/api-changes-section.ts


const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const RANK = { error: 0, warning: 1, notice: 2 };
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function row(change) {
    const where = change.location ? `\`${(0,src_findings/* formatLocation */.j$)(change.location)}\`` : '';
    const accepted = change.accepted ? ' (accepted)' : '';
    return (`| ${ICON[change.severity]} | \`${change.code}\`${accepted} | ${cell(change.route ?? 'the whole API')} |` +
        ` ${where} | ${cell(change.message)} |`);
}
/** The section's lines; none when the change leaves the API as it was (or nothing was compared). */
function apiChangesMarkdown(changes, shown = 5) {
    if (!changes?.length)
        return [];
    const sorted = [...changes].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code));
    const tally = ['error', 'warning', 'notice']
        .map((s) => [s, sorted.filter((c) => c.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => (0,src_text/* counted */.hS)(n, s))
        .join(', ');
    const head = ['| | Change | Route | Where | What |', '|---|---|---|---|---|'];
    const lines = ['', `### API changes: ${(0,src_text/* counted */.hS)(sorted.length, 'change')} (${tally})`, '', ...head];
    lines.push(...sorted.slice(0, shown).map(row));
    if (sorted.length > shown) {
        const rest = sorted.length - shown;
        lines.push('', `<details><summary>${(0,src_text/* counted */.hS)(rest, 'more change')}</summary>`, '', ...head);
        lines.push(...sorted.slice(shown).map(row), '', '</details>');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/verdict-lead.ts
// The first screen of the job summary, the check run and the sticky pull-request comment (issue 22):
// the verdict, what serves production now, how many problems on how many routes, each problem once
// with where and what to do (and the Worker's log the gate captured for it), what else to know,
// and where the JSON report is. Markdown that renders the same on all three.



/** One line per regression up to this; the probe matrix and the JSON report hold the rest. */
const MAX_REGRESSION_LINES = 30;
/** Problems shown in full; the stage's findings table and the JSON report hold the rest. */
const MAX_PROBLEMS = 10;
const verdict_lead_ICON = { passed: '✅', failed: '❌', error: '⛔', skipped: '⏭️' };
function verdictHeading(report, gateway = '') {
    const icon = report.result === 'passed' ? '✅' : report.result === 'failed' ? '❌' : '⛔';
    return `${icon} Gateway deploy gate ${report.result}${gateway ? `: ${gateway}` : ''}`;
}
/** The lead without its heading (the job summary writes an <h2>, the check run and comment `##`). */
function verdictLead(report, results, options = {}) {
    const lines = [];
    const production = productionState(results);
    if (production)
        lines.push(`**Production:** ${md(production)}`, '');
    const deploy = (0,contract/* resultOf */.B)(results, 'deploy')?.data;
    if (deploy?.preview) {
        const version = deploy.versionId ? ` (version \`${deploy.versionId}\`)` : '';
        lines.push(`**Preview:** ${deploy.preview.url}${version}`, '');
    }
    const d = digest(report.findings);
    const stages = report.stages.map((s) => `${verdict_lead_ICON[s.status] ?? ''} ${s.name}`).join(' · ');
    const count = report.result === 'passed' && d.problems.length === 0 ? '' : `**${problemCount(d)}** · `;
    lines.push(`${count}${stages}`, '');
    const probes = (0,contract/* resultOf */.B)(results, 'smoke')?.data?.probes ?? [];
    // A regression that a problem below names (its routes) is said there, with its fix.
    const named = new Set(d.problems.flatMap((p) => p.routes));
    const regressions = probes.filter((p) => p.verdict === 'regression' && !named.has(p.route ?? p.name));
    lines.push(...regressionLines(regressions));
    for (const problem of d.problems.slice(0, MAX_PROBLEMS))
        lines.push(...problemLines(problem), '');
    if (d.problems.length > MAX_PROBLEMS)
        lines.push(`…and ${d.problems.length - MAX_PROBLEMS} more problems in the stages below and the JSON report.`, '');
    lines.push(...otherLines(d.others, d.problems.length > 0));
    const link = reportLine(options.reportLink);
    if (link)
        lines.push(link, '');
    return lines;
}
function regressionLines(regressions) {
    if (regressions.length === 0)
        return [];
    const lines = [`**Regressions** (fail on the preview, pass in production):`, ''];
    lines.push(...regressions.slice(0, MAX_REGRESSION_LINES).map(regressionLine));
    const more = regressions.length - MAX_REGRESSION_LINES;
    if (more > 0)
        lines.push(`- …and ${more} more in the probe matrix`);
    return [...lines, ''];
}
/** "- `GET /users/{id}` · upstream/connection_refused · preview 502, production 200" */
function regressionLine(probe) {
    const route = (probe.route ?? probe.name).replace(/`/g, "'");
    const layer = probe.layer ? `${probe.layer}${probe.code ? `/${probe.code}` : ''}` : 'differs from production';
    const answer = (status) => (status === undefined ? 'no answer' : String(status));
    const production = probe.baseline ? `, production ${answer(probe.baseline.status)}` : '';
    return `- \`${route}\` · ${layer} · preview ${answer(probe.status)}${production}`;
}
/** A root cause, written once: where, what, the fix, and the Worker's log lines for its first failing probe. */
function problemLines({ number, finding }) {
    const where = finding.location ? ` at \`${(0,src_findings/* formatLocation */.j$)(finding.location)}\`` : '';
    const lines = [`**${number}. ${finding.layer}/${finding.code}**${where} (${finding.stage}): ${md(finding.message)}`];
    if (finding.fix)
        lines.push('', `**Fix:** ${md(finding.fix)}`);
    const log = capturedLog(finding);
    if (log) {
        const of = log.request ? ` for \`${log.request}\`` : '';
        lines.push('', `The Worker's log${of}, as the gate captured it (redacted):`, '');
        lines.push('```text', ...log.lines.map((l) => l.replace(/```/g, "'''")), '```');
    }
    return lines;
}
/** The warnings and notices that are not a route of a problem: each its own finding, its own fix. */
function otherLines(others, afterProblems) {
    if (others.length === 0)
        return [];
    const label = afterProblems ? '**Also** (apart from the problems above):' : '**To know:**';
    const items = others.slice(0, MAX_OTHERS).map((f) => {
        const icon = f.severity === 'warning' ? '⚠️' : 'ℹ️';
        const where = f.location ? ` at \`${(0,src_findings/* formatLocation */.j$)(f.location)}\`` : '';
        return `- ${icon} **${f.layer}/${f.code}**${where}: ${md(f.message)}${f.fix ? ` **Fix:** ${md(f.fix)}` : ''}`;
    });
    const more = others.length - MAX_OTHERS;
    if (more > 0)
        items.push(`- …and ${more} more in the stages below`);
    return [label, '', ...items, ''];
}
/** On GitHub the JSON report is reached through the run's artifacts: a runner's path is gone after the job. */
function reportLinkOf(env, reportPath) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
    if (!server || !repository || !run)
        return { path: reportPath };
    return { href: `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}` };
}
function reportLine(link) {
    if (!link)
        return undefined;
    if ('href' in link)
        return `JSON report: in [this run's artifacts](${link.href}), when the workflow uploads it (the examples do).`;
    return `JSON report: \`${link.path}\``;
}
/**
 * Free text as Markdown: what would format is escaped, `code` spans stay code. Messages quote
 * config and server output (`{.+}`, `<id>`, `*`), which must print as written.
 */
function md(text) {
    return text
        .split(/(`[^`\n]+`)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part
            .replace(/[\\*_[\]|#~]/g, (c) => `\\${c}`)
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/\n/g, ' '))
        .join('');
}

;// CONCATENATED MODULE: ./src/report/summary.ts








/** Keeps the summary far below GitHub's 1 MiB per step; the JSON report has everything. */
const MAX_ROWS = 200;
/** Longer detail than this is collapsed under the verdict and its root causes. */
const OPEN_ROWS = 8;
const summary_ICON = { passed: '✅', failed: '❌', error: '⛔', skipped: '⏭️' };
const SEVERITY_ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
/** One HTML table row: data cells, or with `th` the header. */
function tableRow(cells, tag = 'td') {
    return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}
/** The Worker by name, with its environment when one was chosen. */
function workerFact(name, environment) {
    return `Worker ${code(name)}${environment ? ` (environment ${code(environment)})` : ''}`;
}
/**
 * A stage's section. A passing or skipped stage is one line (its detail under <details>); a
 * failing one shows its facts, its diagram and matrix, and its findings (collapsed under a verdict).
 */
function addStageSection(summary, result, overflow, options = {}) {
    const time = (0,src_text/* formatDuration */.a3)(result.durationMs);
    const head = `${summary_ICON[result.status]} <strong>${result.name}</strong> ${result.status} · ${time}`;
    const { line, detail } = stageFacts(result);
    const table = findingsTable(result.findings, options.verdictAbove ? options.problems : undefined);
    const overflowNote = overflowHtml(overflow);
    if (result.status === 'passed' || result.status === 'skipped') {
        const text = `${head}${line ? ` · ${line}` : result.note ? ` · ${escapeHtml(result.note)}` : ''}`;
        const body = `${detail}${table ? `<p>${(0,src_text/* counted */.hS)(result.findings.length, 'finding')}</p>${table}` : ''}`;
        summary.addRaw(body ? `<details><summary>${text}</summary>${body}</details>` : `<p>${text}</p>`, true);
        if (overflowNote)
            summary.addRaw(overflowNote, true);
        return summary;
    }
    summary.addRaw(`<h4>${head}</h4>`, true);
    summary.addRaw(`<p>${line || escapeHtml(result.note ?? '')}</p>${detail}`, true);
    if (table) {
        const collapse = options.verdictAbove || result.findings.length > OPEN_ROWS;
        const among = options.verdictAbove ? ', the problems above among them' : '';
        const label = `${(0,src_text/* counted */.hS)(result.findings.length, 'finding')}${among}`;
        summary.addRaw(collapse ? `<details><summary>${label}</summary>${table}</details>` : table, true);
    }
    if (overflowNote)
        summary.addRaw(overflowNote, true);
    return summary;
}
function overflowHtml(overflow) {
    if (overflow.length === 0)
        return '';
    return (`<p><strong>${(0,src_text/* counted */.hS)(overflow.length, 'finding')} not shown as annotations</strong> ` +
        '(GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ' +
        overflow.map((f) => `${code((0,src_findings/* formatLocation */.j$)(f.location) || f.code)} ${escapeHtml(f.code)}`).join(', ') +
        '</p>');
}
/**
 * Every finding of a stage. Under the verdict, a problem is named by its number (its message and
 * fix are above) and a route it folds points at it, so neither is written twice.
 */
function findingsTable(findings, problems) {
    if (findings.length === 0)
        return '';
    const d = problems ?? digest(findings);
    const rows = (0,src_findings/* sortFindings */.Tc)(findings)
        .slice(0, MAX_ROWS)
        .map((f) => {
        // Root causes are numbered only where the verdict's lead lists them above this table.
        const number = problems ? problemNumber(d, f) : undefined;
        const problem = problems && f.severity === 'error' && number !== undefined;
        const listed = problems !== undefined && listedAbove(problems, f);
        const what = problem
            ? `<strong>root cause ${number}</strong>, above`
            : number !== undefined
                ? `${escapeHtml(f.message.replace(/: see the error at .*$/, ''))}: see root cause ${number}`
                : listed
                    ? 'listed above'
                    : escapeHtml(f.message);
        const cells = [
            SEVERITY_ICON[f.severity],
            f.location ? code((0,src_findings/* formatLocation */.j$)(f.location)) : '',
            `${what} <sub>${escapeHtml(`${f.layer}/${f.code}`)}</sub>`,
            problem || listed || (number !== undefined && f.severity !== 'error') ? '' : escapeHtml(f.fix ?? ''),
        ];
        return tableRow(cells);
    })
        .join('');
    const more = findings.length > MAX_ROWS ? `<p>…and ${findings.length - MAX_ROWS} more in the JSON report.</p>` : '';
    return `<table>${tableRow(['Severity', 'Where', 'Finding', 'Fix'], 'th')}${rows}</table>${more}`;
}
/** The verdict and what it rests on (verdict-lead.ts), opening the summary; the stages follow under "Stages". */
function addVerdict(summary, report, results, options = {}) {
    summary.addHeading(escapeHtml(verdictHeading(report, options.gateway)), 2);
    // Markdown between blank lines: GitHub renders it inside the HTML of the summary.
    summary.addRaw(`\n${verdictLead(report, results, options).join('\n')}\n`, true);
    const canary = (0,canary_section/* canaryMarkdown */.MB)((0,contract/* resultOf */.B)(results, 'smoke')?.data?.canary);
    if (canary.length)
        summary.addRaw(`\n${canary.join('\n')}\n`, true);
    const api = apiChangesMarkdown(report.apiChanges);
    if (api.length)
        summary.addRaw(`\n${api.join('\n')}\n`, true);
    return summary;
}
/** The facts a stage's data adds to its section (the switch narrows the result to its stage). */
function stageFacts(result) {
    switch (result.name) {
        case 'validate':
            return validateFacts(result);
        case 'preflight':
            return { line: preflightLine(result), detail: '' };
        case 'test':
            return testFacts(result);
        case 'deploy':
            return { line: deployLine(result), detail: '' };
        case 'smoke':
            return smokeFacts(result);
        case 'rollback':
            return { line: rollbackLine(result), detail: '' };
        default:
            return { line: '', detail: '' };
    }
}
/** What served before: a preview leaves it serving (its alias is said instead). */
function previousFact(data) {
    if (data.mode !== 'preview')
        return data.previousVersionId ? `previously ${code(data.previousVersionId)}` : 'first deploy';
    const alias = data.preview ? `preview alias ${code(data.preview.alias)}` : 'preview';
    return `${alias}; production ${data.previousVersionId ? `${code(data.previousVersionId)} ` : ''}unchanged`;
}
function deployLine(result) {
    const data = result.data;
    if (!data?.workerName)
        return '';
    const facts = [
        `${workerFact(data.workerName, data.environment)}, ` +
            `${escapeHtml(data.mode ?? '')} deploy with wrangler ${escapeHtml(data.wrangler ?? '')}`,
        data.versionId ? `version ${code(data.versionId)}` : '',
        previousFact(data),
        data.url ? `at ${code(data.url)}` : '',
        data.liveUrl ? `production at ${code(data.liveUrl)}` : '',
        data.secretsUploaded?.length ? `secrets uploaded: ${data.secretsUploaded.map(code).join(', ')}` : '',
    ].filter(Boolean);
    return `${facts.join('; ')}.`;
}
/** Where the Worker's log lines went: under each problem, or why there are none. */
function logsFact(logs) {
    return logs.startsWith('off')
        ? `Worker logs ${escapeHtml(logs)}.`
        : "The Worker's log lines for each failing probe are under its problem above and in the JSON report.";
}
function smokeFacts(result) {
    const data = result.data;
    if (!data?.probes)
        return { line: '', detail: '' };
    const passed = data.probes.filter((p) => p.outcome === 'passed').length;
    const against = data.baselineUrl ? ` (each also sent to production, ${escapeHtml(data.baselineUrl)})` : '';
    const count = `${passed}/${(0,src_text/* counted */.hS)(data.probes.length, 'probe')} passed at ${escapeHtml(data.url)}${against}`;
    const marker = data.marker.note ? ` Deploy marker: ${escapeHtml(data.marker.note)}.` : '';
    const logs = result.status === 'failed' ? ` ${logsFact(data.logs)}` : '';
    const diagram = data.probes.length
        ? `\n\n\`\`\`mermaid\n${requestPathMermaid(result.findings, data.probes)}\n\`\`\`\n\n`
        : '';
    const matrix = probeMatrixHtml(data, escapeHtml, MAX_ROWS);
    const open = result.status !== 'passed' && data.probes.length <= OPEN_ROWS;
    const table = open
        ? matrix
        : `<details><summary>Probe matrix: ${(0,src_text/* counted */.hS)(data.probes.length, 'probe')}</summary>${matrix}</details>`;
    if (result.status === 'passed')
        return { line: `${count}.`, detail: `<p>${marker.trim()}</p>${diagram}${matrix}` };
    return { line: `${count}.${marker}${logs}`, detail: `${diagram}${table}` };
}
function rollbackLine(result) {
    const data = result.data;
    if (!data?.rolledBack)
        return result.note ? escapeHtml(result.note) : '';
    const removed = code(data.removedVersionId ?? '?');
    return `Rolled back: ${removed} no longer serves; ${code(data.activeVersionId ?? '?')} does (checked with the API).`;
}
function testFacts(result) {
    const runs = result.data?.runs ?? [];
    const line = runs
        .map((run) => {
        const t = run.totals;
        const what = run.timedOut
            ? 'stopped at the timeout'
            : t
                ? `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`
                : `exit status ${run.exitCode}`;
        const kind = run.kind === 'e2e' ? 'local E2E tests' : 'unit tests';
        return `${kind} ${code(run.command)}: ${what} in ${(0,src_text/* formatDuration */.a3)(run.durationMs)}`;
    })
        .join('; ');
    const detail = runs
        .map((run) => {
        // A failing run lists its failing suites first; a passing stage's tables stay folded.
        const suites = [...(run.suites ?? [])].sort((a, b) => b.failed - a.failed).slice(0, MAX_ROWS);
        const rows = suites
            .map((s) => tableRow([code(s.file), s.passed, s.failed, s.skipped, (0,src_text/* formatDuration */.a3)(s.durationMs)]))
            .join('');
        if (!rows)
            return '';
        const table = `<table>${tableRow(['Suite', 'Passed', 'Failed', 'Skipped', 'Time'], 'th')}${rows}</table>`;
        return `<details><summary>${code(run.command)}: ${(0,src_text/* counted */.hS)(suites.length, 'suite')}</summary>${table}</details>`;
    })
        .join('');
    return { line: line ? `${line}.` : '', detail };
}
function preflightLine(result) {
    const data = result.data;
    if (!data?.wranglerConfig)
        return '';
    const remote = data.remote && 'account' in data.remote
        ? `${(0,src_text/* counted */.hS)(data.remote.checks, 'check')} in account ${code(data.remote.account)}`
        : `account not checked (${escapeHtml(data.remote?.skipped ?? 'no token')})`;
    const worker = workerFact(data.workerName ?? '?', data.environment);
    const read = `from ${code(data.wranglerConfig)}, read by ${escapeHtml(data.reader ?? '')}`;
    return `${worker} ${read}: ${(0,src_text/* counted */.hS)(data.bindings ?? 0, 'binding')}; ${remote}.`;
}
function validateFacts(result) {
    const data = result.data;
    if (!data?.configFile)
        return { line: '', detail: '' };
    const schema = data.schema ? escapeHtml(data.schema) : 'the schema';
    const line = `Checked ${code(data.configFile)} (${(0,src_text/* counted */.hS)(data.routeCount ?? 0, 'route')}) against ${schema}.`;
    const refs = data.references ?? [];
    if (refs.length === 0)
        return { line, detail: '' };
    const rows = refs
        .slice(0, MAX_ROWS)
        .map((r) => {
        const where = r.location ? code(`${r.location.file}:${r.location.line}`) : '';
        return tableRow([escapeHtml(r.kind), code(r.name), where]);
    })
        .join('');
    const count = `${refs.length} Worker variable/secret reference${refs.length === 1 ? '' : 's'}`;
    const table = `<table>${tableRow(['Kind', 'Name', 'Where'], 'th')}${rows}</table>`;
    const detail = `<p>${count} (preflight checks they exist):</p>${table}`;
    return { line, detail };
}

;// CONCATENATED MODULE: ./src/report/github-publish.ts
// Publishing to GitHub with a github-token: one check run holding every annotation, and the
// sticky pull-request comment, both showing the same markdown.












/** Findings listed in the check run and comment; the JSON report and the annotations have them all. */
const MAX_TABLE_ROWS = 30;
/**
 * The check run (every annotation, in batches of 50) and the sticky PR comment. A token that
 * cannot write (a fork's) is not an error: the caller falls back to workflow-command annotations.
 */
async function publishToGitHub(gate, report, results, say, gateway) {
    const { publishCheckRun } = await __webpack_require__.e(/* import() */ 437).then(__webpack_require__.bind(__webpack_require__, 4437));
    const token = gate.githubToken;
    const markdown = githubMarkdown(report, results, {
        gateway: gatewayLabel(gateway),
        reportLink: reportLinkOf(gate.env, gate.reportPath),
    });
    const counts = (0,src_findings/* countBySeverity */.Ot)(report.findings);
    const check = await publishCheckRun({
        token,
        env: gate.env,
        name: checkRunName(gateway),
        conclusion: report.result === 'passed' ? 'success' : 'failure',
        // "failed: 1 problem on 3 routes": the routes a root cause folds are not counted again as warnings.
        title: report.result === 'passed'
            ? `passed${counts.warning ? ` (${(0,src_text/* counted */.hS)(counts.warning, 'warning')})` : ''}`
            : `${report.result}: ${problemCount(digest(report.findings))}`,
        summary: markdown,
        findings: report.findings,
        pathPrefix: (0,annotations/* pathPrefixOf */.TM)(gate.env.GITHUB_WORKSPACE, gate.workingDirectory),
    });
    const notes = [];
    if (check.published)
        notes.push(`Check run with ${check.annotations} annotations: ${check.url}`);
    else {
        const warning = `no check run (${check.reason}); annotating with workflow commands instead`;
        say(`::warning title=gateway-deploy-gate::${(0,runner_protocol/* escapeCommand */.N)(warning)}`);
        notes.push(`No check run: ${check.reason}. The annotations are on this step instead.`);
    }
    if (gate.prComment) {
        const { upsertPullRequestComment } = await __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 1914));
        const comment = await upsertPullRequestComment({
            token,
            env: gate.env,
            body: markdown,
            key: commentKey(gate.env.GITHUB_JOB, gateway),
        });
        notes.push(comment.done
            ? `Pull request comment ${comment.action}: ${comment.url}`
            : `No pull request comment: ${comment.reason}`);
    }
    const { finishGitHubDeployment } = await __webpack_require__.e(/* import() */ 726).then(__webpack_require__.bind(__webpack_require__, 6345));
    const deployment = await finishGitHubDeployment(gate, results, say);
    if (deployment)
        notes.push(deployment);
    for (const note of notes)
        say(note);
    return { checkRun: check.published, note: notes.map(escapeHtml).join('<br>') };
}
/**
 * The summary as a check run and a PR comment show it: the same lead as the job summary (verdict,
 * production, problems, what else), one line per stage, every finding folded, the request path.
 */
function githubMarkdown(report, results, options = {}) {
    const lines = [`## ${verdictHeading(report, options.gateway)}`, '', ...verdictLead(report, results, options)];
    const canary = (0,canary_section/* canaryMarkdown */.MB)((0,contract/* resultOf */.B)(results, 'smoke')?.data?.canary);
    if (canary.length)
        lines.push(...canary.slice(1), '');
    lines.push('| Stage | Result | Time | Note |', '|---|---|---|---|');
    for (const r of results)
        lines.push(`| ${r.name} | ${r.status} | ${(0,src_text/* formatDuration */.a3)(r.durationMs)} | ${md(r.note ?? '').replace(/\|/g, '\\|')} |`);
    lines.push(...apiChangesMarkdown(report.apiChanges));
    const shown = report.findings.slice(0, MAX_TABLE_ROWS);
    if (shown.length) {
        const d = digest(report.findings);
        lines.push('', `<details><summary>${(0,src_text/* counted */.hS)(report.findings.length, 'finding')}</summary>`, '');
        lines.push('| | Where | Finding | Layer |', '|---|---|---|---|');
        for (const f of shown) {
            const number = problemNumber(d, f);
            const what = number === undefined
                ? f.message
                : f.severity === 'error'
                    ? `root cause ${number}, above`
                    : `${f.message.replace(/: see the error at .*$/, '')}: see root cause ${number}`;
            const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
            const where = f.location ? `\`${(0,src_findings/* formatLocation */.j$)(f.location)}\`` : '';
            lines.push(`| ${icon} | ${where} | ${md(what).replace(/\|/g, '\\|')} | ${f.layer}/${f.code} |`);
        }
        const more = report.findings.length - shown.length;
        if (more > 0)
            lines.push('', `…and ${more} more in the JSON report.`);
        lines.push('', '</details>');
    }
    const smoke = (0,contract/* resultOf */.B)(results, 'smoke');
    if (smoke?.data && report.probes?.length) {
        lines.push('', '```mermaid', requestPathMermaid(smoke.findings, smoke.data.probes), '```');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/report-document.ts
var report_document = __webpack_require__(790);
;// CONCATENATED MODULE: ./src/report/terminal.ts


const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 };
function styler(color) {
    return (style, text) => (color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
}
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
function formatFinding(finding, color) {
    const paint = styler(color);
    const where = (0,src_findings/* formatLocation */.j$)(finding.location);
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity);
    const tag = paint('dim', `[${finding.layer}/${finding.code}]`);
    const head = `${where ? paint('bold', where) + '  ' : ''}${severity}  ${finding.message}  ${tag}`;
    return finding.fix ? `${head}\n    ${paint('dim', 'fix:')} ${finding.fix}` : head;
}
function formatStageResult(result, color, findings = result.findings) {
    const paint = styler(color);
    const counts = (0,src_findings/* countBySeverity */.Ot)(result.findings);
    const mark = {
        passed: paint('green', '✔'),
        failed: paint('red', '✖'),
        error: paint('red', '✖'),
        skipped: paint('dim', '○'),
    }[result.status];
    const tally = ['error', 'warning', 'notice']
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
        .join(', ');
    const tallyText = tally ? ` — ${tally}` : '';
    const noteText = result.note ? paint('dim', ` (${result.note})`) : '';
    const lines = [
        `${mark} ${result.name} ${result.status} in ${(0,src_text/* formatDuration */.a3)(result.durationMs)}${tallyText}${noteText}`,
    ];
    for (const finding of (0,src_findings/* sortFindings */.Tc)(findings))
        lines.push('  ' + formatFinding(finding, color).replace(/\n/g, '\n  '));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/publish.ts












/**
 * Loads what publishing this step's result needs beyond this module: in Actions, the runner's side,
 * and the job summary's builder when the step writes a summary (the report step, a `run`, or a
 * stage step that does not leave its section to the report step).
 */
async function preload(gate, stage) {
    if (!gate.github)
        return;
    const runner = await runnerOutput();
    if (stage === 'run' || stage === 'report' || !summaryByReport(gate.env))
        await runner.loadSummary();
}
/** The runner's side of publishing (annotations, outputs, the summary's builder): Actions, or a summary file. */
const runnerOutput = () => __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138));
async function publishStage(result, gate, state, io) {
    const report = (0,report_document/* buildReport */.F)(state.load());
    (0,report_document/* writeReport */.u)(gate.reportPath, report);
    if (gate.github) {
        const runner = await runnerOutput();
        // With a github-token the report step publishes every annotation in one check run.
        const plan = gate.githubToken ? { annotated: [], overflow: [] } : (0,annotations/* planAnnotations */.mc)(result.findings);
        runner.annotate(plan.annotated, (0,annotations/* pathPrefixOf */.TM)(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
        io.stdout(formatStageResult(result, false, plan.overflow));
        // In the action, the report step writes every section after the verdict (summaryByReport).
        const summary = summaryByReport(gate.env) ? undefined : await runner.loadSummary();
        if (summary)
            addStageSection(summary, result, plan.overflow);
        runner.setOutputs({ result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) }, gate.env);
        if (summary)
            await runner.writeSummary(summary, gate.env);
        return (0,stage_result/* exitCode */.I$)(result.status);
    }
    io.stdout(formatStageResult(result, gate.color));
    io.stdout(`report: ${gate.reportPath}`);
    return (0,stage_result/* exitCode */.I$)(result.status);
}
async function publishReport(gate, state, io, ranNow) {
    const results = withMissingSteps(state.load(), gate.env.GATE_STEP_OUTCOMES, gate.runDir);
    if (results.length === 0) {
        const finding = {
            stage: 'report',
            layer: 'config',
            code: 'no_stage_results',
            severity: 'error',
            message: `no stage has run: ${gate.runDir} holds no results`,
            fix: 'Run a stage (validate, …) before report, with the same --run-dir / working-directory.',
        };
        results.push({ name: 'report', status: 'error', durationMs: 0, findings: [finding] });
    }
    const report = (0,report_document/* buildReport */.F)(results);
    (0,report_document/* writeReport */.u)(gate.reportPath, report);
    const gateway = gatewayIdentity({
        workingDirectory: gate.workingDirectory,
        wranglerConfig: gate.wranglerConfig,
        environment: gate.environment,
        workspace: gate.env.GITHUB_WORKSPACE || process.cwd(),
        results,
    });
    const label = gatewayLabel(gateway);
    if (gate.github) {
        const runner = await runnerOutput();
        const summary = await runner.loadSummary();
        const published = gate.githubToken ? await publishToGitHub(gate, report, results, io.stdout, gateway) : undefined;
        // The stage steps of the action leave their sections to this step, so the verdict opens the summary.
        const sections = ranNow ?? (summaryByReport(gate.env) ? results : []);
        let overflow = (r) => (gate.githubToken ? [] : (0,annotations/* planAnnotations */.mc)(r.findings).overflow);
        if (ranNow || (published && !published.checkRun)) {
            // `run` is one step: its annotation budget covers every stage. So does the fallback of a
            // check run that could not be written (a fork's token), for the findings of every step.
            const findings = ranNow ? ranNow.flatMap((r) => r.findings) : report.findings;
            const plan = published?.checkRun ? { annotated: [], overflow: [] } : (0,annotations/* planAnnotations */.mc)(findings);
            runner.annotate(plan.annotated, (0,annotations/* pathPrefixOf */.TM)(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
            overflow = (r) => plan.overflow.filter((f) => f.stage === r.name);
        }
        addSummary(summary, report, results, summaryOptions(gate, label), sections, overflow);
        if (published?.note)
            summary.addRaw(`<p>${published.note}</p>`, true);
        runner.setOutputs({ result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) }, gate.env);
        await runner.writeSummary(summary, gate.env);
    }
    else {
        if (!ranNow)
            for (const r of results)
                io.stdout(formatStageResult(r, gate.color));
        if (gate.summaryFile)
            await writeSummaryFile(gate.summaryFile, results, report, gate.reportPath, label);
    }
    io.stdout(`gate ${report.result} · report: ${gate.reportPath}`);
    return (0,stage_result/* exitCode */.I$)((0,stage_result/* gateResult */.xp)(results));
}
/** The verdict and what it rests on, then a section per stage (one line for each that passed). */
function addSummary(summary, report, results, options, sections, overflow) {
    addVerdict(summary, report, results, options);
    if (sections.length > 0)
        summary.addHeading('Stages', 3);
    const problems = digest(report.findings);
    for (const r of sections)
        addStageSection(summary, r, overflow(r), { verdictAbove: true, problems });
}
/** The action's stage steps leave the job summary to its report step, so that the verdict comes first. */
function summaryByReport(env) {
    return env.GATE_SUMMARY_BY_REPORT === 'true';
}
function summaryOptions(gate, gateway) {
    return { gateway, reportLink: reportLinkOf(gate.env, gate.reportPath) };
}
/** The job summary a runner would show, for a person running the gate on a laptop. */
async function writeSummaryFile(file, results, report, reportPath, gateway) {
    const summary = await (await runnerOutput()).loadSummary();
    summary.emptyBuffer();
    addSummary(summary, report, results, { gateway, reportLink: { path: reportPath } }, results, () => []);
    (0,run_state/* writeFileAtomic */.Zf)(file, summary.stringify());
    summary.emptyBuffer();
}
function deploymentOutputs(report) {
    const deployment = report.deployment;
    return {
        'deployment-url': deployment?.url ?? '',
        'version-id': deployment?.versionId ?? '',
        'preview-url': deployment?.preview?.url ?? '',
    };
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(518);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3665);
/* harmony import */ var _stage_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1667);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8992);





function buildReport(results) {
    const smoke = (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOf */ .B)(results, 'smoke')?.data;
    const deploy = (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOf */ .B)(results, 'deploy')?.data;
    return {
        version: 1,
        result: (0,_stage_result_js__WEBPACK_IMPORTED_MODULE_3__/* .gateResult */ .xp)(results),
        stages: results.map((r) => ({
            name: r.name,
            status: r.status,
            durationMs: (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .roundDuration */ .xj)(r.durationMs),
            note: r.note || undefined,
        })),
        findings: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(results.flatMap((r) => r.findings)),
        config: (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOf */ .B)(results, 'validate')?.data,
        apiChanges: (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOf */ .B)(results, 'validate')?.data?.apiChanges,
        deployment: deploy?.workerName || smoke?.url ? deploymentOf(deploy, smoke, (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOf */ .B)(results, 'rollback')?.data) : undefined,
        probes: smoke?.probes.map(reportProbe),
    };
}
function deploymentOf(deploy, smoke, rollback) {
    return {
        // wrangler's URL (the `deployment-url` output); a smoke-only run's is the URL it probed.
        url: deploy?.url || smoke?.url || undefined,
        versionId: deploy?.versionId || undefined,
        previousVersionId: deploy?.previousVersionId || undefined,
        // A failed deploy: what the API showed serving after it (the previous version, once restored).
        servingVersionId: deploy?.servingVersionId,
        rolledBack: deploy && (rollback?.rolledBack === true || smoke?.canary?.outcome === 'rolled-back'),
        mode: deploy?.mode,
        workerName: deploy?.workerName,
        promoted: smoke?.promoted || undefined,
        preview: deploy?.preview,
        liveUrl: deploy?.liveUrl,
        // Issue 23: every canary step's numbers, per version (`deployment.canary.steps[]`).
        canary: smoke?.canary,
    };
}
function reportProbe(p) {
    return {
        name: p.name,
        method: p.method,
        url: p.url,
        route: p.route || undefined,
        status: p.status,
        attempts: p.attempts,
        durationMs: (0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .roundDuration */ .xj)(p.durationMs),
        outcome: p.outcome,
        // fold-observations sets the layer and the code together
        layer: p.layer,
        code: p.code,
        control: p.control || undefined,
        baseline: p.baseline,
        verdict: p.verdict,
    };
}
function writeReport(file, report) {
    (0,_run_state_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(file, JSON.stringify(report, null, 2) + '\n');
}


/***/ })

};
