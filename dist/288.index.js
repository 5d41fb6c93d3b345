export const id = 288;
export const ids = [288];
export const modules = {

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

/***/ 8288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSmoke: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/cloudflare/api.ts
var cloudflare_api = __webpack_require__(9251);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(3383);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/smoke/proxy-status.ts
var proxy_status = __webpack_require__(4780);
// EXTERNAL MODULE: ./src/smoke/tail-session.ts
var tail_session = __webpack_require__(6690);
;// CONCATENATED MODULE: ./src/smoke/worker-exception.ts
// Did the Worker throw while answering a probe? Its trace event says so: an uncaught exception
// (`exceptions[]`, outcome "exception") or an engine error it caught and logged at level error
// before answering 401/500 itself (the gateway turns any verifier failure into a 401). A refused
// token is a JOSE error ("signature verification failed"); a TypeError is a defect in the code.
// Pure: a trace event in, the exception and where its stack says it was thrown out.

// Errors the JavaScript engine throws for defects in the code, never for a token that is wrong.
const ENGINE_ERROR = /\b(TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError)(?: \[[^\]]*\])?: ([^\n]+)/;
// Texts other diagnoses own: the upstream's network failure, a server URL that is not a URL.
const OWNED_ELSEWHERE = /Invalid URL|Cannot build the upstream request/i;
const CALL_SITE = /\bat (?:[^\n()]*?\()?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?/;
// Module names wrangler gives the uploaded bundle.
const BUNDLE_MODULE = /^(?:\.\/)?[\w.-]+\.(?:m?js|cjs)$/;
/** The exception the Worker threw for this probe, or undefined when its event shows none. */
function thrownError(event) {
    if (!event)
        return undefined;
    const uncaught = event.exceptions?.find((e) => e.message !== undefined || e.name !== undefined);
    if (uncaught) {
        const message = uncaught.message ?? '';
        if ((0,proxy_status/* looksLikeNetworkFailure */.I9)(message) || OWNED_ELSEWHERE.test(message))
            return undefined;
        return { name: uncaught.name ?? 'Error', message, how: 'uncaught', at: stackPosition(uncaught.stack) };
    }
    for (const log of event.logs ?? []) {
        if (log.level !== 'error')
            continue;
        const logged = loggedError(log.message ?? []);
        if (logged)
            return logged;
    }
    return undefined;
}
/** An engine error among a log entry's parts: an Error object (workerd logs it as "TypeError: …") or its stack. */
function loggedError(parts) {
    for (const part of parts) {
        const text = typeof part === 'string' ? part : errorText(part);
        if (!text)
            continue;
        const match = ENGINE_ERROR.exec(text);
        if (!match || (0,proxy_status/* looksLikeNetworkFailure */.I9)(match[2]) || OWNED_ELSEWHERE.test(match[2]))
            continue;
        const stack = parts.map((p) => (typeof p === 'string' ? p : (errorText(p) ?? ''))).join('\n');
        return { name: match[1], message: match[2].trim(), how: 'logged', at: stackPosition(stack) };
    }
    return undefined;
}
/** A logged object that is an error's own fields ({name, message, stack}). */
function errorText(part) {
    if (!part || typeof part !== 'object')
        return undefined;
    const { name, message, stack } = part;
    if (typeof stack === 'string')
        return stack;
    return typeof name === 'string' && typeof message === 'string' ? `${name}: ${message}` : undefined;
}
/** The first call site in a stack that names a file of the Worker (not `node:` or the runtime's own). */
function stackPosition(stack) {
    for (const line of (stack ?? '').split('\n')) {
        const match = CALL_SITE.exec(line);
        if (!match)
            continue;
        const file = match[1].replace(/^file:\/\//, '');
        if (file.startsWith('node:') || file.startsWith('internal:') || file === '<anonymous>')
            continue;
        return { file, line: Number(match[2]), column: Number(match[3]), bundled: BUNDLE_MODULE.test(file) };
    }
    return undefined;
}
/** "TypeError: x is not a function", for messages. */
function describeThrown(thrown) {
    return `${thrown.name}: ${thrown.message}`;
}
/** Where it was thrown, for a message: the source line, or the bundle position and why no source line. */
function describePosition(at) {
    if (!at)
        return 'its stack was not in the logs, so the source line could not be found';
    if (!at.bundled)
        return `thrown at ${at.file}:${at.line}:${at.column}`;
    return (`thrown at line ${at.line}:${at.column} of the uploaded bundle ${at.file}; the source line could not be found ` +
        '(Cloudflare maps a stack to the source only when a source map was uploaded with the Worker)');
}

;// CONCATENATED MODULE: ./src/smoke/probe-diagnosis.ts




const GATEWAY_MARKER = 'serverlessapigateway';
const hasMarker = (r) => (r.headers?.['x-powered-by'] ?? '').includes(GATEWAY_MARKER);
const bodyCode = (r) => {
    const json = r.json;
    return typeof json?.code === 'string' ? json.code : undefined;
};
const isNoMatch = (r) => r.status === 404 && r.json?.message === 'No match found.';
const cfErrorCode = (r) => {
    const m = /^error code: (\d+)/.exec((r.body ?? '').trim());
    return m ? Number(m[1]) : undefined;
};
/** The failing probe's diagnosis: the first decision that recognises the failure. */
function diagnoseProbe(obs, problems) {
    const { probe, result, event } = obs;
    const seen = {
        obs,
        where: `${probe.method} ${probe.path}`,
        proxied: probe.route?.kind === 'proxy',
        lines: (0,tail_session/* logLines */.OG)(event),
        exception: event?.exceptions?.[0]?.message,
    };
    if (result.error?.phase === 'headers')
        return noResponse(seen, result.error);
    if (result.error?.phase === 'body')
        return brokenBody(seen);
    const decisions = [proxyStatusError, cloudflareErrorPage, upstreamLegStatus, routeNotBound];
    if (hasMarker(result) || event)
        decisions.push(gatewayAnswer);
    decisions.push(notThisWorker);
    for (const decide of decisions) {
        const diagnosis = decide(seen);
        if (diagnosis)
            return diagnosis;
    }
    return unexpectedResponse(seen, problems);
}
/** No response headers: a stall behind the Worker, an address that does not answer, or the probe's own failure. */
function noResponse(seen, error) {
    return (stalledBehindWorker(seen, error) ??
        addressUnreachable(seen, error) ??
        (error.timedOut ? workerTimeout(seen) : probeFailed(seen, error)));
}
/** A timeout says nothing about where it stalled; a control route that answered says the Worker runs. */
function stalledBehindWorker(seen, error) {
    const { obs, where } = seen;
    if (!error.timedOut || obs.controlPassed === false)
        return undefined;
    if (seen.proxied) {
        const type = obs.upstream?.type ?? 'connection_read_timeout';
        return upstreamDiagnosis(obs, type, `${where}: no answer within the probe timeout while the control route answered: ` +
            'the gateway is waiting on the upstream');
    }
    return {
        layer: 'gateway',
        code: 'gateway_timeout',
        message: `${where}: no answer within the probe timeout, while the control route answered`,
        fix: 'The Worker does not answer this route: check `wrangler tail` for a handler that never resolves ' +
            '(an un-awaited promise, a loop).',
    };
}
/** The connection to the gateway's own address failed before anything was sent. */
function addressUnreachable(seen, error) {
    const net = error.network;
    if (!net || net.afterConnect)
        return undefined;
    const code = net.type === 'dns_error' || net.type === 'dns_timeout'
        ? 'worker_host_not_found'
        : net.type.startsWith('tls_')
            ? 'edge_tls_error'
            : 'worker_unreachable';
    return {
        layer: 'edge',
        code,
        message: `${seen.where}: the gateway's own address did not answer (${net.code}): ` +
            'the request never reached the Worker',
        fix: code === 'worker_host_not_found'
            ? 'The hostname does not resolve: check the `url` input, that workers_dev is on (or the route/custom ' +
                'domain exists); a new workers.dev subdomain takes a few minutes.'
            : code === 'edge_tls_error'
                ? 'TLS to the gateway failed: a new workers.dev subdomain or custom domain gets its certificate within ' +
                    "minutes; otherwise check the domain's SSL settings."
                : 'Nothing answers at the deployment URL: check the `url` input and that the deploy published the ' +
                    'Worker there.',
    };
}
function workerTimeout(seen) {
    return {
        layer: 'edge',
        code: 'worker_timeout',
        message: `${seen.where}: no answer within the probe timeout, and the control route failed too`,
        fix: 'Neither the control route nor this one answered: check that the URL reaches the Worker and that its ' +
            'fetch handler returns.',
    };
}
function probeFailed(seen, error) {
    return {
        layer: 'probe',
        code: 'probe_failed',
        message: `${seen.where}: the probe itself failed: ${error.chain.map((l) => l.code ?? l.message).join(' ← ')}`,
        fix: "Check the `url` input and the smoke spec's headers for this probe.",
    };
}
/** The response broke off mid-body: the upstream's doing on a proxied route, else the Worker's stream. */
function brokenBody(seen) {
    const { obs, where } = seen;
    if (seen.proxied) {
        const outcome = obs.event?.outcome ? ` (Worker outcome: ${obs.event.outcome})` : '';
        return upstreamDiagnosis(obs, 'http_response_incomplete', `${where}: the response (status ${obs.result.status}) broke off mid-body${outcome}: ` +
            'the upstream closed the connection while sending it');
    }
    return {
        layer: 'gateway',
        code: 'response_incomplete',
        message: `${where}: the response broke off mid-body`,
        fix: "The Worker's response stream failed: check `wrangler tail` for the error.",
    };
}
/** A proxy on the way reported its failure (RFC 9209 Proxy-Status): the upstream leg, by its own words. */
function proxyStatusError(seen) {
    const proxyError = (0,proxy_status/* parseProxyStatus */.C5)(seen.obs.result.headers?.['proxy-status']).find((e) => e.error);
    if (!proxyError)
        return undefined;
    const type = proxyError.error;
    const details = proxyError.details ? ` (${proxyError.details})` : '';
    return upstreamDiagnosis(seen.obs, type, `${seen.where}: ${proxyError.proxy} reports Proxy-Status error=${type}${details}`);
}
/** Cloudflare answered with its own error page (`error code: N`), not the gateway. */
function cloudflareErrorPage(seen) {
    const { result } = seen.obs;
    const cfCode = cfErrorCode(result);
    const errorType = result.headers?.['cf-error-type'];
    if (hasMarker(result) || (cfCode === undefined && !errorType))
        return undefined;
    if (cfCode === 1101 || errorType === 'worker-exception')
        return escapedUpstreamFailure(seen) ?? workerThrew(seen);
    if (cfCode === 1102)
        return exceededResources(seen);
    if (cfCode === 1015)
        return edgeRateLimited(seen);
    if ((cfCode === 1019 || cfCode === 1042) && seen.proxied)
        return upstreamDiagnosis(seen.obs, 'proxy_loop_detected', `${seen.where}: Cloudflare refused the subrequest (error ${cfCode}): ` +
            'the server URL points back at this zone or gateway');
    return {
        layer: 'edge',
        code: cfCode === 1042 ? 'worker_not_served' : `edge_error_${cfCode ?? 'unknown'}`,
        message: `${seen.where}: Cloudflare answered ${result.status} error code ${cfCode ?? '?'} ` +
            `(${errorType ?? 'edge error'}) before the gateway ran`,
        fix: "The edge did not run the gateway for this URL: check the Worker's routes and that the deploy finished.",
    };
}
/**
 * Error 1101 on a proxied route whose upstream fetch failed: the gateway returns the fetch without
 * awaiting it, so the upstream's failure escapes as the Worker's exception.
 */
function escapedUpstreamFailure(seen) {
    const { obs, where, exception, proxied } = seen;
    const matchedProxy = seen.lines.some((l) => /Found matching path configuration/.test(l) && /http_proxy|"http"/.test(l)) ||
        (proxied && !obs.event);
    const network = exception ? (0,proxy_status/* looksLikeNetworkFailure */.I9)(exception) : false;
    if (!(proxied && matchedProxy && (network || obs.upstream?.type !== undefined || !exception)))
        return undefined;
    const type = obs.upstream?.type ?? (exception ? (0,proxy_status/* typeOfWorkerException */.hT)(exception) : undefined) ?? 'destination_unavailable';
    return upstreamDiagnosis(obs, type, `${where}: the upstream request failed${exception ? ` ("${exception}")` : ''} and the error escaped the ` +
        'gateway: Cloudflare answered 500 error code 1101 (Worker threw)', UNAWAITED_UPSTREAM_FETCH);
}
/** Error 1101 otherwise: the Worker itself threw. */
function workerThrew(seen) {
    const thrown = seen.obs.event?.exceptions?.[0];
    const what = thrown?.message ? `${thrown.name ? `${thrown.name}: ` : ''}${thrown.message}` : undefined;
    const position = thrown?.message ? thrownError(seen.obs.event)?.at : undefined;
    return {
        layer: 'gateway',
        code: 'worker_exception',
        message: `${seen.where}: the Worker threw${what ? ` ${what}` : ''} (Cloudflare error 1101, no gateway response)` +
            `${position ? `, ${describePosition(position)}` : ''}`,
        fix: 'Read the stack in `wrangler tail` or the local E2E run; the gateway must catch errors and answer 500 itself.',
    };
}
/**
 * A 401, 403 or 5xx while the Worker's logs show it threw (uncaught, or an engine error it caught
 * and logged): the code failed, not the token or the config, whatever status the gateway chose.
 */
function threwWhileAnswering(seen) {
    const status = seen.obs.result.status;
    if (status !== 401 && status !== 403 && status < 500)
        return undefined;
    // The provider's failure and a config that does not load have diagnoses of their own.
    if (identityProviderFailure(seen) || configLoadFailed(seen))
        return undefined;
    const thrown = thrownError(seen.obs.event);
    if (!thrown)
        return undefined;
    const how = thrown.how === 'uncaught' ? 'threw' : 'threw (and logged)';
    return {
        layer: 'gateway',
        code: 'worker_exception',
        message: `${seen.where}: the Worker ${how} ${describeThrown(thrown)} and answered ${status}` +
            `${status === 401 || status === 403 ? ': the token was never checked' : ''}; ${describePosition(thrown.at)}`,
        fix: thrownFix(thrown),
    };
}
function thrownFix(thrown) {
    const at = thrown.at && !thrown.at.bundled ? ` at ${thrown.at.file}:${thrown.at.line}` : '';
    const map = thrown.at && !thrown.at.bundled
        ? ''
        : ' To see the source line, upload source maps (`upload_source_maps = true`; wrangler 4.150 and newer do ' +
            'unless it is false) and log the error itself, not only its message.';
    return (`Fix the code that throws${at}: a ${thrown.name} is a defect (an API this compatibility_date lacks, a library ` +
        'newer than the runtime), not a bad token; reproduce it with the local E2E tests or `wrangler dev`.' +
        map);
}
function exceededResources(seen) {
    const outcome = seen.obs.event?.outcome ? `, outcome ${seen.obs.event.outcome}` : '';
    return {
        layer: 'gateway',
        code: 'exceeded_resources',
        message: `${seen.where}: the Worker exceeded its CPU or memory limit (Cloudflare error 1102${outcome})`,
        fix: 'Profile the route: a large config parsed per request or an unbounded loop exceeds the CPU limit.',
    };
}
function edgeRateLimited(seen) {
    return {
        layer: 'edge',
        code: 'edge_rate_limited',
        category: 'client',
        message: `${seen.where}: Cloudflare rate-limited the probe (error 1015)`,
        fix: "A rate-limiting rule blocks the runner: allow the smoke test's requests (header x-gate-run) or lower the " +
            'probe concurrency in the smoke spec.',
    };
}
/** Cloudflare's own status for the upstream leg of a proxied route (a 52x). */
function upstreamLegStatus(seen) {
    const { status, body } = seen.obs.result;
    const edgeType = (0,proxy_status/* typeOfEdgeStatus */.jo)(status, body);
    if (!edgeType || !seen.proxied)
        return undefined;
    return upstreamDiagnosis(seen.obs, edgeType, `${seen.where}: Cloudflare answered ${status} for the upstream leg`);
}
/** A 404 without the gateway's marker while the control route answered: this URL reaches another thing. */
function routeNotBound(seen) {
    const { obs } = seen;
    if (hasMarker(obs.result) || !obs.controlPassed || obs.result.status !== 404)
        return undefined;
    return {
        layer: 'edge',
        code: 'route_not_bound',
        message: `${seen.where}: 404 without the gateway's marker: this URL does not reach the gateway Worker`,
        fix: 'Bind the route (or custom domain) to this Worker, or fix the `url` input.',
    };
}
/** The gateway answered (its marker, or its own trace event): what its answer and its log say. */
function gatewayAnswer(seen) {
    const decisions = [
        noRouteDeployed,
        // The provider's own error in the answer is surer than a secret the flow would also read.
        identityProviderFailure,
        secretNotOnVersion,
        authorizerUnconfigured,
        threwWhileAnswering,
        tokenRefused,
        authNotEnforced,
        configLoadFailed,
        serverError,
    ];
    for (const decide of decisions) {
        const diagnosis = decide(seen);
        if (diagnosis)
            return diagnosis;
    }
    return undefined;
}
/** The gateway's "No match found.": the deployed config lacks a route the repo's config has. */
function noRouteDeployed(seen) {
    if (!isNoMatch(seen.obs.result))
        return undefined;
    const logged = seen.lines.some((l) => /No matching path/.test(l))
        ? '; its log says "No matching path found for request"'
        : '';
    return {
        layer: 'routing',
        code: 'route_not_deployed',
        category: 'client',
        message: `${seen.where}: the deployed gateway has no route for it (404 "No match found.")${logged}, ` +
            "but the repo's config does",
        fix: 'The deployed config is not this one: check which config the Worker serves (SAG_API_CONFIG_JSON var, then ' +
            'the CONFIG KV key api-config.json, then the bundled file) and publish this route there.',
    };
}
/**
 * A refusal or error from a route that reads a `$secret.X` the deployed version does not bind (the
 * API's list of its bindings, vars included: a var answers the reference too). The gateway turns
 * the missing secret into "", so a token check fails or the config breaks: the secret is the cause.
 */
function secretNotOnVersion(seen) {
    const { obs } = seen;
    const missing = obs.missingSecrets?.[0];
    if (!missing || obs.result.status < 400)
        return undefined;
    const at = missing.location ? ` (${missing.location.file}:${missing.location.line})` : '';
    return {
        layer: 'binding',
        code: 'secret_missing',
        category: 'client',
        message: `${seen.where}: the deployed version${obs.versionId ? ` ${obs.versionId}` : ''} has no secret ${missing.name}, ` +
            'which this route ' +
            `reads as ${missing.raw}${at}: it is "" at runtime, so the gateway answered ${obs.result.status}`,
        fix: `Set it: \`wrangler secret put ${missing.name}\` or list it in the \`secrets\` input.`,
        cause: missing.location && {
            key: `secret ${missing.name}`,
            label: `the secret ${missing.name} the deployed version lacks`,
            location: missing.location,
        },
    };
}
const AUTHORIZER_CONFIG_CODES = ['MISSING_JWT_SECRET', 'SUPABASE_ENV_MISSING', 'AUTH_CONFIG_ERROR'];
/** A 500 whose body code says the authorizer lacks its secret or settings on the deployed Worker. */
function authorizerUnconfigured(seen) {
    const { result, authorizerSecret: secret } = seen.obs;
    const code = bodyCode(result);
    if (result.status !== 500 || !code || !AUTHORIZER_CONFIG_CODES.includes(code))
        return undefined;
    const what = secret
        ? `the secret ${secret} the authorizer reads is not set on the deployed Worker`
        : 'the authorizer is not configured on the deployed Worker';
    return {
        layer: code === 'AUTH_CONFIG_ERROR' ? 'auth' : 'binding',
        code: code === 'AUTH_CONFIG_ERROR' ? 'authorizer_misconfigured' : 'secret_missing',
        category: 'client',
        message: `${seen.where}: the gateway answered 500 ${code}: ${what}`,
        fix: secret
            ? // The stage adds `--env` to the command when the Worker's config names an environment.
                `Set it: \`wrangler secret put ${secret}\` or list it in the \`secrets\` input.`
            : 'Fix the authorizer settings and the secrets they reference.',
    };
}
/** 401 to a probe that carried the auth-token: the gateway refused the token. */
function tokenRefused(seen) {
    const { probe, result, authorizer } = seen.obs;
    if (result.status !== 401 || !probe.withToken)
        return undefined;
    const code = bodyCode(result);
    const why = result.json?.error ?? 'unauthorized';
    const message = `${seen.where}: the gateway refused the auth-token: ${why}${code ? ` [${code}]` : ''}`;
    return { layer: 'auth', code: 'auth_rejected', category: 'client', message, fix: rejectedTokenFix(code, authorizer) };
}
/** A route with `"auth": true` answered a request without a token with success. */
function authNotEnforced(seen) {
    const { probe, result } = seen.obs;
    const status = result.status;
    if (!probe.expect.authChallenge || status === 401 || status >= 400)
        return undefined;
    return {
        layer: 'auth',
        code: 'auth_not_enforced',
        category: 'client',
        message: `${seen.where}: answered ${status} without a token, but the route has "auth": true`,
        fix: 'The deployed gateway does not check tokens on this route: check that the authorizer is configured and ' +
            'deployed.',
    };
}
function identityProviderFailure(seen) {
    const code = bodyCode(seen.obs.result);
    return code && /^(AUTH0|SUPABASE)_/.test(code)
        ? providerDiagnosis(seen.obs, code, seen.obs.result.status)
        : undefined;
}
function configLoadFailed(seen) {
    if (seen.obs.result.status !== 500 || !seen.lines.some((l) => /Error loading API configuration/.test(l)))
        return undefined;
    return {
        layer: 'binding',
        code: 'config_load_failed',
        category: 'client',
        message: `${seen.where}: the gateway could not load its config ("Error loading API configuration")`,
        fix: 'The config the Worker loads is broken: check SAG_API_CONFIG_JSON and the CONFIG KV value (preflight ' +
            'compares them).',
    };
}
/** A 5xx the gateway answered itself: what it logged tells the server URL, the upstream or its own defect apart. */
function serverError(seen) {
    if (seen.obs.result.status < 500)
        return undefined;
    const logged = seen.lines.find((l) => /\[ERROR\]/.test(l));
    return (serverUrlInvalid(seen, logged) ??
        caughtUpstreamFailure(seen, logged) ??
        passedThroughUpstream(seen, logged) ??
        gatewayInternalError(seen, logged));
}
function serverUrlInvalid(seen, logged) {
    if (!logged || !/Cannot build the upstream request|Invalid URL/i.test(logged))
        return undefined;
    const server = seen.obs.server;
    const resolved = server?.resolved !== undefined ? ` = "${server.resolved}"` : '';
    return {
        layer: 'binding',
        code: 'server_url_invalid',
        category: 'client',
        message: `${seen.where}: the server URL the Worker uses is not a URL` +
            `${server ? ` (${server.written}${resolved})` : ''}`,
        fix: 'Set the variable the server URL references for this environment (an unset $env reference becomes "").',
    };
}
function caughtUpstreamFailure(seen, logged) {
    const { obs } = seen;
    if (!seen.proxied || !logged || !((0,proxy_status/* looksLikeNetworkFailure */.I9)(logged) || obs.upstream?.type))
        return undefined;
    const type = obs.upstream?.type ?? (0,proxy_status/* typeOfWorkerException */.hT)(logged) ?? 'destination_unavailable';
    return upstreamDiagnosis(obs, type, `${seen.where}: the gateway caught the upstream failure and answered ${obs.result.status} ` +
        `(${truncate(logged, 160)})`);
}
/** A proxied route's 5xx with nothing logged: the upstream's own answer, passed through. */
function passedThroughUpstream(seen, logged) {
    const { obs, where } = seen;
    if (!seen.proxied || logged)
        return undefined;
    const status = obs.result.status;
    if (obs.upstream?.type)
        return upstreamDiagnosis(obs, obs.upstream.type, `${where}: answered ${status}`);
    return upstreamDiagnosis(obs, status === 503 ? 'destination_unavailable' : 'upstream_http_error', `${where}: the upstream answered ${status} and the gateway passed it through` +
        `${obs.event ? ' (the Worker logged no error)' : ''}`);
}
function gatewayInternalError(seen, logged) {
    const said = logged ? `; it logged ${truncate(logged, 200)}` : '';
    return {
        layer: 'gateway',
        code: 'gateway_internal_error',
        message: `${seen.where}: the gateway answered ${seen.obs.result.status}${said}` +
            `${seen.exception ? ` (${seen.exception})` : ''}`,
        fix: 'A defect in the gateway or its config for this route: reproduce it with the local E2E tests ' +
            '(`RUN_LOCAL_WORKER_E2E=true`).',
    };
}
/** An answer without the gateway's marker while the control route answered: something else serves this URL. */
function notThisWorker(seen) {
    const { obs } = seen;
    if (hasMarker(obs.result) || !obs.controlPassed || !obs.probe.route)
        return undefined;
    return {
        layer: 'edge',
        code: 'not_this_worker',
        message: `${seen.where}: answered ${obs.result.status} without the gateway's marker header`,
        fix: "Something else answers this URL: check the Worker's routes and the `url` input.",
    };
}
/** Nothing more specific: the expectation did not hold, said as it is. */
function unexpectedResponse(seen, problems) {
    const kind = seen.obs.probe.route?.kind;
    const layer = kind === 'static' ? 'gateway' : seen.proxied ? 'upstream' : 'gateway';
    return {
        layer,
        code: 'unexpected_response',
        category: seen.proxied ? 'bad_upstream' : undefined,
        message: `${seen.where}: ${problems.join('; ')}`,
        fix: kind === 'static'
            ? "The deployed gateway answers this static route differently from the repo's config: the deployed config " +
                'is not this one.'
            : "Compare the answer with the smoke spec's expectation for this probe.",
    };
}
function upstreamDiagnosis(obs, type, message, gatewayNote) {
    const check = obs.upstream;
    const server = obs.server;
    const target = server?.resolved ?? server?.written ?? 'the upstream';
    let seen = '';
    if (check?.type)
        seen = ` From the runner, ${check.detail}.`;
    else if (check?.step === 'answered')
        seen = runnerAnswered(target, check);
    const at = server?.location ? ` (${server.location.file}:${server.location.line})` : '';
    return {
        layer: 'upstream',
        code: type,
        category: (0,proxy_status/* categoryOf */.Qd)(type, {
            nxdomain: check?.nxdomain === true || (type === 'dns_error' && check?.nxdomain !== false),
        }),
        message: `${message}.${seen}`,
        fix: `${UPSTREAM_FIX[type] ?? 'The upstream failed: check the backend and the server URL.'} Server:` +
            ` ${target}${at}.`,
        gatewayNote,
    };
}
/** What the runner saw of an upstream that answered: agreeing with the Worker, or not. */
function runnerAnswered(target, check) {
    if ((check.status ?? 0) >= 500)
        return ` From the runner too, ${target} ${check.detail}: the backend itself fails.`;
    return ` From the runner, ${target} ${check.detail}, so only the Worker's path to it fails.`;
}
/**
 * The gateway's auth0/supabase integrations answer with the provider's failure in the body code:
 * AUTH0_NETWORK_ERROR (502, the provider unreachable), AUTH0_UPSTREAM_ERROR (the provider's own
 * error status), AUTH0_ERROR (500, its answer unusable), SUPABASE_*. Never the gateway's defect.
 */
function providerDiagnosis(obs, code, status) {
    const where = `${obs.probe.method} ${obs.probe.path}`;
    const provider = obs.provider;
    const name = provider?.name ?? (code.startsWith('SUPABASE') ? 'Supabase' : 'Auth0');
    const domain = provider?.domain ?? provider?.written;
    const at = provider?.location ? ` (${provider.location.file}:${provider.location.line})` : '';
    const from = provider?.written && provider.written !== domain ? `, from ${provider.written}` : '';
    const set = domain ? `${domain}${from}${at}` : `the authorizer's domain${at}`;
    const unreachable = /NETWORK/.test(code);
    const failed = unreachable ? 'could not be reached' : 'failed';
    const who = `the identity provider ${name}${domain ? ` at ${domain}` : ''}`;
    const todo = unreachable
        ? "fix the domain if it is wrong, else check the provider's status"
        : "read the provider's error in `wrangler tail` (client id, secret, redirect URI)";
    return {
        layer: 'auth',
        code: 'identity_provider_error',
        category: 'bad_upstream',
        message: `${where}: ${who} ${failed}: the gateway answered ${status} ${code}`,
        fix: `Check that ${name} answers at ${set}: ${todo}.`,
    };
}
/** A refused smoke token: what to compare depends on how the authorizer checks signatures. */
function rejectedTokenFix(code, authorizer) {
    if (code === 'ERR_JWT_EXPIRED' || code === 'JWT_EXPIRED') {
        return 'The auth-token has expired: mint a fresh one for the smoke test.';
    }
    if (authorizer?.keys) {
        const fetched = authorizer.keys === 'jwks_uri';
        const uri = authorizer.jwksUri ?? "the authorizer's jwks_uri";
        const keys = fetched ? `the keys at ${uri}` : "the keys in the authorizer's `jwks`";
        const fetchFailed = ' "JWT verification failed" also means the JWKS could not be fetched.';
        const issuer = authorizer.issuer ?? 'https://<domain>/';
        const mint = `with the issuer ${issuer}: mint the smoke token from the identity provider.`;
        return `The token must be signed by one of ${keys}, ${mint}${fetched && code === 'AUTH_ERROR' ? fetchFailed : ''}`;
    }
    const secret = authorizer?.type === 'supabase' ? 'the Supabase JWT secret (`jwt_secret`)' : "the Worker's JWT secret";
    if (code === 'AUTH_ERROR') {
        const what = '"JWT verification failed" also means an empty or wrong secret on the Worker';
        return `${what}: check ${secret} against the token's signer.`;
    }
    const disagree = 'The token and the authorizer disagree (signature, audience, issuer)';
    return `${disagree}: sign the smoke token with ${secret} and the configured aud/iss.`;
}
const UPSTREAM_FIX = {
    connection_refused: "Nothing listens at the upstream's address: start the backend or fix the port in the server URL.",
    connection_terminated: "The upstream closed the connection before answering: check the backend's logs and its TLS/HTTP settings.",
    connection_timeout: 'The upstream does not accept connections in time: check that it is reachable from Cloudflare ' +
        '(firewall, allowlist).',
    // RFC 9209 / Workers VPC: a read timeout is the deployer's to act on (which URL, which timeout).
    connection_read_timeout: 'The server URL accepts connections but sends no response within the timeout: check that it points at the right ' +
        'service and port; if this route is slow by design, raise `timeout` in the smoke spec.',
    http_response_incomplete: 'The upstream sent part of a response and then broke off: check the backend for crashes mid-response.',
    dns_error: "The server URL's hostname does not resolve: fix the hostname (or its DNS record).",
    dns_timeout: "The upstream's DNS did not answer in time: check its name servers.",
    tls_certificate_error: "The upstream's certificate is not valid for its hostname (self-signed, expired or another name): " +
        'install a valid certificate.',
    tls_protocol_error: 'TLS with the upstream failed: check its TLS versions and ciphers.',
    destination_unavailable: "The upstream is unavailable: check the backend's health.",
    destination_ip_unroutable: "The upstream's address is not routable from Cloudflare: use a public address or a tunnel.",
    proxy_loop_detected: 'The server URL leads back to this gateway: point it at the real backend.',
    upstream_http_error: 'The backend answered with a server error: check its logs for this request.',
};
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/smoke/route-identity.ts
const MATCH_LINE = 'Found matching path configuration';
/** The route the Worker says it matched, or undefined when its log does not say. */
function answeredRoute(event) {
    for (const log of event?.logs ?? []) {
        const parts = log.message ?? [];
        const at = parts.findIndex((part) => typeof part === 'string' && part.includes(MATCH_LINE));
        if (at < 0)
            continue;
        const details = parseDetails(parts[at + 1]) ?? parseDetails(String(parts[at]).split(MATCH_LINE)[1]);
        if (details)
            return details;
    }
    return undefined;
}
function parseDetails(value) {
    let object = value;
    if (typeof value === 'string') {
        try {
            object = JSON.parse(value.trim());
        }
        catch {
            return undefined;
        }
    }
    const o = object;
    return typeof o?.path === 'string' && typeof o.method === 'string' ? { method: o.method, path: o.path } : undefined;
}
const sameRoute = (a, b) => a.method === b.method && a.path === b.path;

// EXTERNAL MODULE: ./src/smoke/static-response.ts
var static_response = __webpack_require__(7967);
;// CONCATENATED MODULE: ./src/smoke/classify.ts
// A probe's verdict: did the response meet the expectation, and if not, which layer failed
// (smoke/probe-diagnosis.ts decides that from the evidence). Pure: observations in, a verdict out.






/** serverlessapigateway returns the upstream's fetch() un-awaited: a failed fetch escapes as error 1101. */
const UNAWAITED_UPSTREAM_FETCH = {
    code: 'upstream_fetch_not_awaited',
    message: 'the gateway returns the upstream fetch() without awaiting it, so an upstream failure escapes its handler: ' +
        "the client gets Cloudflare's 500 error 1101 instead of a 502 from the gateway",
    fix: "In the gateway's proxy handler, `return await fetch(…)` inside its try block. This is the gateway's own code: " +
        'it changes what clients get when the upstream fails, not whether it fails.',
};
/** Does the response meet the probe's expectation? The list of what did not hold. */
function unmet(expect, result, withToken) {
    if (result.error || result.status === undefined)
        return ['no complete response'];
    const problems = [];
    const status = result.status;
    if (expect.status && !expect.status.includes(status))
        problems.push(`status ${status}, expected ${expect.status.join(' or ')}`);
    if (expect.healthy) {
        if (status >= 500)
            problems.push(`status ${status}`);
        else if (isNoMatch(result))
            problems.push('the gateway has no route for it');
        else if (withToken && status === 401 && hasMarker(result))
            problems.push('the gateway refused the token');
    }
    if (expect.json !== undefined && !containsJson(result.json, expect.json)) {
        problems.push(`the JSON body is not ${classify_truncate((0,static_response/* describeExpected */.Ge)(expect.json), 120)}`);
    }
    for (const [name, value] of Object.entries(expect.headers ?? {})) {
        const got = result.headers?.[name.toLowerCase()];
        if (got !== value)
            problems.push(`header ${name} is ${got === undefined ? 'missing' : JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
    }
    if (expect.bodyContains !== undefined && !(result.body ?? '').includes(expect.bodyContains))
        problems.push(`the body lacks ${JSON.stringify(expect.bodyContains)}`);
    return problems;
}
/** `expected` is a subset of `actual`: objects key by key, everything else equal. */
function containsJson(actual, expected) {
    if (expected === static_response/* PRESENT */.CK)
        return actual !== undefined;
    if (expected === null || typeof expected !== 'object')
        return actual === expected;
    if (Array.isArray(expected))
        return (Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => containsJson(actual[i], e)));
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
        return false;
    return Object.entries(expected).every(([k, v]) => containsJson(actual[k], v));
}
function classify(obs) {
    const { probe, result } = obs;
    const problems = unmet(probe.expect, result, probe.withToken);
    const wrongRoute = routeMismatch(obs);
    if (problems.length === 0 && !wrongRoute)
        return { passed: true };
    const diagnosis = wrongRoute ?? diagnoseProbe(obs, problems);
    diagnosis.category ??= (0,findings/* ownerOf */.bf)(diagnosis.code);
    return { passed: false, diagnosis, evidence: evidenceOf(obs, problems) };
}
/**
 * The Worker's log names the route that answered; another one than the request was meant for
 * (a catch-all, a parameter route) means the deployed config lacks this route. No event, or no
 * such line, proves nothing either way: the stage reports the identity as unverified instead.
 */
function routeMismatch(obs) {
    const expected = obs.probe.reaches;
    const answered = answeredRoute(obs.event);
    if (!expected || !answered || sameRoute(expected, answered))
        return undefined;
    const where = `${obs.probe.method} ${obs.probe.path}`;
    const got = `${answered.method} ${answered.path}`;
    return {
        layer: 'routing',
        code: 'route_not_deployed',
        category: 'client',
        message: `${where}: answered by the route ${got}, not ${expected.method} ${expected.path}: the deployed config lacks ` +
            `this route (the Worker logged "Found matching path configuration" for ${got})`,
        fix: 'Publish this route where the Worker reads its config (SAG_API_CONFIG_JSON var, then the CONFIG KV key ' +
            `api-config.json, then the bundled file); until then ${got} answers its requests.`,
    };
}
function evidenceOf(obs, problems) {
    const { result, event } = obs;
    const headers = result.headers ?? {};
    const keep = ['server', 'cf-ray', 'cf-error-type', 'content-type', 'x-powered-by', 'proxy-status'];
    return {
        request: `${obs.probe.method} ${obs.probe.path}`,
        unmet: problems,
        status: result.status,
        headers: result.headers
            ? Object.fromEntries(keep.filter((k) => headers[k] !== undefined).map((k) => [k, headers[k]]))
            : undefined,
        body: result.body ? classify_truncate(result.body, 300) : undefined,
        error: result.error?.chain
            .map((l) => (l.code ? `${l.name} ${l.code}: ${l.message}` : `${l.name}: ${l.message}`))
            .slice(0, 4),
        timedOut: result.error?.timedOut,
        durationMs: result.durationMs,
        logs: obs.logsAvailable
            ? event
                ? {
                    outcome: event.outcome,
                    version: event.scriptVersion?.id,
                    lines: (0,tail_session/* logLines */.OG)(event)
                        .map((l) => classify_truncate(l, 300))
                        .slice(0, 10),
                    exceptions: (event.exceptions ?? []).map((e) => `${e.name ?? 'Error'}: ${e.message ?? ''}`),
                }
                : 'no event for this probe'
            : 'not collected',
        controlRoute: obs.controlPassed === undefined ? undefined : obs.controlPassed ? 'answered as configured' : 'failed too',
        upstreamCheck: obs.upstream && { url: obs.upstream.url, step: obs.upstream.step, detail: obs.upstream.detail },
    };
}
function classify_truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** One finding per failing probe, on its route's line. */
function probeFinding(obs, verdict) {
    const location = obs.probe.route?.location;
    return {
        stage: 'smoke',
        layer: verdict.diagnosis.layer,
        code: verdict.diagnosis.code,
        category: verdict.diagnosis.category || undefined,
        severity: 'error',
        message: verdict.diagnosis.message,
        fix: verdict.diagnosis.fix,
        location,
        evidence: verdict.evidence,
    };
}

;// CONCATENATED MODULE: ./src/smoke/deploy-marker.ts
async function waitForMarker(setup) {
    const wait = new MarkerWait(setup);
    const verdict = await wait.run();
    return { verdict, marker: wait.marker, logs: wait.logs };
}
class MarkerWait {
    setup;
    marker = { proven: false, attempts: 0, note: '' };
    logs;
    deadline;
    tailDeadline;
    backoffRound = 0;
    constructor(setup) {
        this.setup = setup;
        this.logs = setup.logs;
        if (setup.expected)
            this.marker.expected = setup.expected;
        const now = setup.clock.now();
        this.deadline = now + setup.propagationMs;
        this.tailDeadline = now + setup.timing.tailConnectMs;
    }
    async run() {
        const send = this.setup.send;
        if (!send)
            return this.unverified('nothing to probe');
        await this.setup.tail?.connected?.(this.setup.timing.tailConnectMs);
        for (let attempt = 1;; attempt++) {
            const verdict = await this.attempt(send, attempt);
            if (verdict)
                return verdict;
        }
    }
    /** One control request and what its event says; undefined: try again. */
    async attempt(send, attempt) {
        const { tail, clock, expected } = this.setup;
        this.marker.attempts = attempt;
        const answer = await send(`marker-${attempt}`);
        const unreachable = answer.error?.phase === 'headers' && !answer.error.timedOut;
        if (!unreachable && (!tail || tail.failure)) {
            return this.unverified(`not verified: ${tail?.failure ?? this.logs}`);
        }
        let seen;
        if (!unreachable && tail) {
            seen = await this.awaitEvent(tail, attempt);
            if (seen?.version)
                this.marker.served = seen.version;
            if (seen?.version && (!expected || seen.version === expected))
                return this.served(seen);
            if (!seen && clock.now() > this.tailDeadline) {
                const why = tail.failure ? ` (${tail.failure})` : '';
                this.logs = `off: no trace event arrived within ${this.setup.timing.tailConnectMs / 1000} s${why}`;
                return this.unverified("not verified: the Worker's logs did not arrive");
            }
        }
        // The window is for the edge; a tail still connecting gets its own time first.
        const waitingForLogs = !unreachable && !seen && clock.now() <= this.tailDeadline;
        if (clock.now() > this.deadline && !waitingForLogs) {
            if (this.marker.served && expected && this.marker.served !== expected)
                return 'stale';
            return this.unverified(unreachable ? 'the gateway did not answer' : 'not verified');
        }
        // The edge answered with another version (propagating) or did not answer: back off.
        if (seen || unreachable)
            await clock.sleep(Math.min(4_000, 250 * 2 ** this.backoffRound++));
        return undefined;
    }
    /** Connected: an event follows its request closely. Not yet: try again soon. */
    async awaitEvent(tail, attempt) {
        const connected = Boolean(this.latestSeen(tail, attempt - 1));
        const ready = () => connected ? this.latestSeen(tail, attempt)?.attempt === attempt : this.latestSeen(tail, attempt) !== undefined;
        await tail.waitUntil(ready, connected ? this.setup.timing.eventWaitMs : this.setup.timing.cadenceMs);
        return this.latestSeen(tail, attempt);
    }
    latestSeen(tail, attempts) {
        for (let a = attempts; a >= 1; a--) {
            const event = tail.eventFor(`marker-${a}`);
            if (event)
                return { attempt: a, version: event.scriptVersion?.id || undefined };
        }
        return undefined;
    }
    served(seen) {
        const expected = this.setup.expected;
        this.marker.proven = Boolean(expected);
        this.marker.note = expected
            ? `the edge served ${seen.version} on attempt ${seen.attempt}`
            : `the edge serves ${seen.version}`;
        return expected ? 'proven' : 'unverified';
    }
    unverified(note) {
        this.marker.note = note;
        return 'unverified';
    }
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/smoke/differential.ts
// The differential smoke (issue 14): the same probe sent to the candidate (the pull request's
// preview) and to the baseline (production), each classified on its own, then compared. What
// the candidate breaks is a regression (an error); what production already fails is a warning
// the change did not cause; what the candidate repairs is a notice. Pure: verdicts in, verdicts out.



/** One probe's verdict from the candidate's and the baseline's classification. */
function compareProbe(candidate, cv, baseline, bv) {
    if (!cv.passed)
        return { verdict: bv.passed ? 'regression' : 'preexisting', differences: [] };
    if (!bv.passed)
        return { verdict: 'fixed', differences: [] };
    const differences = responseDifferences(candidate, baseline);
    return { verdict: differences.length ? 'regression' : 'unchanged', differences };
}
/** What the expectation cares about and the two passing answers do not share. */
function responseDifferences(candidate, baseline) {
    const out = [];
    const [c, b] = [candidate.result.status, baseline.result.status];
    if (c !== undefined && b !== undefined && Math.floor(c / 100) !== Math.floor(b / 100))
        out.push({ text: `status ${c} on the candidate, ${b} in production`, certain: false });
    const expected = candidate.probe.expect.json;
    if (candidate.probe.route?.kind === 'static' && expected !== undefined)
        out.push(...jsonDifferences(expected, candidate.result.json, baseline.result.json, '$'));
    const [rc, rb] = [answeredRoute(candidate.event), answeredRoute(baseline.event)];
    if (rc && rb && !sameRoute(rc, rb))
        out.push({
            text: `answered by ${rc.method} ${rc.path} on the candidate, ${rb.method} ${rb.path} in production`,
            certain: true,
        });
    return out;
}
/**
 * Where the static response's JSON may differ although both answers pass: the values the gate only
 * requires to be present (a secret, a var it could not read). Never shows them: they may be secret.
 */
function jsonDifferences(expected, c, b, at) {
    if (expected === static_response/* PRESENT */.CK) {
        if ((0,external_node_util_.isDeepStrictEqual)(c, b))
            return [];
        const [ce, be] = [isEmpty(c), isEmpty(b)];
        const text = `${at} is ${ce ? 'empty' : 'set'} on the candidate, ${be ? 'empty' : 'set'} in production`;
        // Missing on the candidate only: the var or secret did not reach the new version.
        if (ce !== be)
            return [{ text, certain: ce }];
        return [{ text: `${at} differs (values not shown: a secret or a var the gate could not read)`, certain: false }];
    }
    if (expected === null || typeof expected !== 'object')
        return [];
    const child = (v, key) => v !== null && typeof v === 'object' ? v[key] : undefined;
    return Object.entries(expected).flatMap(([key, value]) => jsonDifferences(value, child(c, key), child(b, key), Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`));
}
/** An unresolved reference becomes "" in the gateway: empty is what a missing var or secret looks like. */
const isEmpty = (v) => v === undefined || v === null || v === '';
/** The baseline's side of a probe record. */
function baselineRecord(obs, verdict, url) {
    const record = { url: url + obs.probe.path, outcome: verdict.passed ? 'passed' : 'failed' };
    if (obs.result.status !== undefined)
        record.status = obs.result.status;
    if (!verdict.passed) {
        record.layer = verdict.diagnosis.layer;
        record.code = verdict.diagnosis.code;
    }
    return record;
}
/** What production answered, for the evidence beside the candidate's. */
function responseEvidence(obs, verdict, url) {
    if (!verdict.passed)
        return { url: url + obs.probe.path, ...verdict.evidence };
    const { result } = obs;
    return {
        url: url + obs.probe.path,
        status: result.status,
        body: result.body === undefined ? undefined : differential_truncate(result.body, 300),
        durationMs: result.durationMs,
    };
}
/**
 * The candidate's failure finding, as its verdict makes it: a regression stays an error, a preexisting failure is a
 * warning.
 */
function judgedFailure(finding, comparison, sides) {
    const baseline = responseEvidence(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
    const evidence = { verdict: comparison.verdict, candidate: finding.evidence, baseline };
    if (comparison.verdict === 'regression') {
        const answered = sides.baseline.result.status ?? '';
        const message = `regression (production ${sides.baselineUrl} answers ${answered} as expected): ${finding.message}`;
        return { ...finding, message, evidence };
    }
    const b = sides.baselineVerdict.passed ? undefined : sides.baselineVerdict.diagnosis;
    const how = b ? ` (production: ${b.layer} ${b.code})` : '';
    const message = `already failing in production${how}, not caused by this change: ${finding.message}`;
    const strict = sides.failOn === 'preexisting';
    const fix = strict ? finding.fix : `${finding.fix ?? ''} \`fail-on: preexisting\` makes this an error.`.trim();
    return { ...finding, severity: strict ? 'error' : 'warning', message, fix, evidence };
}
/** A route production fails and the candidate answers as expected: a notice on the route's line. */
function fixedNotice(sides) {
    const diagnosis = sides.baselineVerdict.passed ? undefined : sides.baselineVerdict.diagnosis;
    const { probe } = sides.obs;
    const what = diagnosis ? `${diagnosis.layer} ${diagnosis.code}: ${diagnosis.message}` : 'it fails there';
    // A static response this change rewrites: production still answers the old one, which is no failure of it.
    const rewritten = probe.route?.kind === 'static' && diagnosis?.code === 'unexpected_response';
    const message = rewritten
        ? `${probe.method} ${probe.path}: changed by this change: production answers the response before it ` +
            `(${diagnosis.message}); the candidate answers the configured one`
        : `${probe.method} ${probe.path}: fixed by this change: production fails (${what}); the candidate passes`;
    return differentialFinding(sides, {
        code: 'fixed_by_change',
        layer: diagnosis?.layer ?? 'probe',
        severity: 'notice',
        message,
        fix: rewritten
            ? 'Nothing to do, if the change is meant.'
            : 'Nothing to do: deploying this change repairs the route.',
    });
}
/**
 * Both passed, but differ where the expectation looks. An error only where the difference is a sure
 * sign of breakage; another status class or value may be what the change means, so it is a warning.
 */
function changedResponse(sides, differences) {
    const { probe } = sides.obs;
    const layer = differences.some((d) => d.text.startsWith('answered by'))
        ? 'routing'
        : probe.route?.kind === 'proxy'
            ? 'upstream'
            : 'gateway';
    const certain = differences.some((d) => d.certain);
    const said = differences.map((d) => d.text).join('; ');
    return differentialFinding(sides, {
        code: 'response_changed',
        layer,
        severity: certain ? 'error' : 'warning',
        message: certain
            ? `regression: ${probe.method} ${probe.path} answers differently from production: ${said}`
            : `${probe.method} ${probe.path} answers differently from production: ${said} ` +
                '(the gate cannot tell whether this change means it)',
        fix: certain
            ? 'The candidate passes its own checks but no longer answers as production does: ' +
                'set the var or secret the response references for this deployment, or make the change on purpose in ' +
                'the config.'
            : 'If the change means it, nothing to do; otherwise check what this route reaches on the candidate.',
    });
}
function differentialFinding(sides, parts) {
    const location = sides.obs.probe.route?.location;
    const candidate = responseEvidence(sides.obs, sides.verdict, sides.url);
    const baseline = responseEvidence(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
    return {
        stage: 'smoke',
        category: 'client',
        ...parts,
        location,
        evidence: { verdict: parts.severity === 'notice' ? 'fixed' : 'regression', candidate, baseline },
    };
}
function differential_truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/smoke/root-causes.ts
// One root cause, one finding: probes that fail the same way because of one server (or one
// identity provider) become one error on the line where its address is set, listing the routes,
// and each route keeps a warning on its own line that points at it (evidence.rootCause).
// Pure: failing probes in, findings out.


function groupRootCauses(failed) {
    const groups = new Map();
    const out = [];
    for (const f of failed) {
        if (!f.cause || f.finding.severity === 'notice') {
            out.push(f.finding);
            continue;
        }
        // A differential smoke's preexisting failures (warnings) group apart from its regressions.
        const key = `${f.finding.severity}\u0000${f.finding.code}\u0000${f.cause.key}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const members of groups.values()) {
        const first = members[0];
        const cause = first.cause;
        const routes = [...new Set(members.map((m) => m.route))];
        const at = (0,findings/* formatLocation */.j$)(cause.location);
        const fails = routes.length === 1 ? routes[0] : `${(0,src_text/* counted */.hS)(routes.length, 'route')} (${routes.join(', ')})`;
        out.push({
            ...first.finding,
            message: `${cause.label} fails ${fails}: ${withoutRequest(first.finding)}`,
            location: cause.location,
            evidence: { routes, ...first.finding.evidence },
        });
        // Each route keeps a finding on its own line that points at the cause, without repeating its
        // message and fix: the summary shows them as "see root cause N", an annotation as this.
        const severity = first.finding.severity === 'error' ? 'warning' : 'notice';
        for (const m of members) {
            out.push({
                ...m.finding,
                severity,
                message: `${m.route} fails because of ${cause.label}: see the ${first.finding.severity} at ${at}`,
                fix: `Fix the ${first.finding.severity} at ${at}.`,
                evidence: { ...m.finding.evidence, rootCause: { code: first.finding.code, location: at } },
            });
        }
    }
    return out;
}
/** The message without its probe's request ("GET /users/1: "): the root cause names routes instead. */
function withoutRequest(finding) {
    const evidence = finding.evidence;
    const request = evidence?.request ?? evidence?.candidate?.request;
    return typeof request === 'string' ? finding.message.replace(`${request}: `, '') : finding.message;
}

;// CONCATENATED MODULE: ./src/smoke/fold-observations.ts





/** Edge failures every probe shares: one problem of the deployment's address, not one per route. */
const DEPLOYMENT_WIDE = ['worker_unreachable', 'worker_host_not_found', 'edge_tls_error'];
/** The smoke stage's findings: on the probe layer unless said otherwise, with who must act. */
const smokeFinding = (0,findings/* findingFactory */._2)('smoke', 'probe', { owned: true });
function foldObservations(input) {
    const { url, observations, nameLine } = input;
    const baseline = reachableBaseline(input.baseline);
    const edgeFailures = new Map();
    const failed = [];
    const findings = baseline === input.baseline ? [] : [baselineUnreachable(input.baseline)];
    const gatewayNotes = new Map();
    const probes = observations.map((obs, i) => {
        const verdict = classify(obs);
        const record = recordOf(obs, url, input.attempts[i] ?? 1);
        const sides = baseline && sidesOf(obs, verdict, baseline, i, url);
        const comparison = sides && compareProbe(obs, verdict, sides.baseline, sides.baselineVerdict);
        if (sides && comparison) {
            record.baseline = baselineRecord(sides.baseline, sides.baselineVerdict, sides.baselineUrl);
            record.verdict = comparison.verdict;
            if (comparison.verdict === 'fixed')
                findings.push(fixedNotice(sides));
            if (verdict.passed && comparison.differences.length)
                findings.push(changedResponse(sides, comparison.differences));
        }
        if (verdict.passed)
            return record;
        record.outcome = 'failed';
        record.layer = verdict.diagnosis.layer;
        record.code = verdict.diagnosis.code;
        let finding = failureFinding(obs, verdict, input.environment);
        if (sides && comparison)
            finding = judgedFailure(finding, comparison, sides);
        noteGatewayCode(gatewayNotes, verdict.diagnosis.gatewayNote, record.route ?? obs.probe.name);
        if (verdict.diagnosis.layer === 'edge' && DEPLOYMENT_WIDE.includes(verdict.diagnosis.code)) {
            const seen = edgeFailures.get(verdict.diagnosis.code);
            if (seen)
                seen.probes.push(obs.probe.name);
            else
                edgeFailures.set(verdict.diagnosis.code, {
                    finding: { ...finding, location: nameLine ?? finding.location },
                    probes: [obs.probe.name],
                });
        }
        else {
            const cause = verdict.diagnosis.cause ?? rootCauseOf(obs, finding);
            failed.push({ finding, route: record.route ?? obs.probe.name, cause });
        }
        return record;
    });
    findings.push(...groupRootCauses(failed));
    findings.push(...gatewayNoteFindings(gatewayNotes));
    const unverified = identityNotice(observations, input.logs);
    if (unverified)
        findings.push(unverified);
    for (const { finding, probes: names } of edgeFailures.values()) {
        const said = finding.message.replace(/^[A-Z]+ \S+: /, '');
        const failedSame = `${names.length} of ${observations.length} probes failed the same way`;
        const message = `${url} is not reachable: ${failedSame} (${said})`;
        findings.push({ ...finding, message, evidence: { ...finding.evidence, probes: names } });
    }
    if (observations.length === 0)
        findings.push(noProbes());
    return { probes, findings };
}
function failureFinding(obs, verdict, environment) {
    const finding = probeFinding(obs, verdict);
    if (finding.fix && environment && finding.code === 'secret_missing') {
        finding.fix = finding.fix.replace(/`wrangler secret put (\w+)`/, `\`wrangler secret put $1 --env ${environment}\``);
    }
    return finding;
}
function noteGatewayCode(notes, note, route) {
    if (!note)
        return;
    const seen = notes.get(note.code) ?? { note, routes: [] };
    if (!seen.routes.includes(route))
        seen.routes.push(route);
    notes.set(note.code, seen);
}
/**
 * What a failure showed about the gateway's own code: a notice of its own, once per run and without
 * a location in the deployer's files, never glued to the fix of what this change broke.
 */
function gatewayNoteFindings(notes) {
    return [...notes.values()].map(({ note, routes }) => ({
        ...smokeFinding(note.code, 'notice', `${note.message} (seen on ${routes.join(', ')})`, note.fix),
        layer: 'gateway',
        evidence: { routes },
    }));
}
function noProbes() {
    const message = 'the gateway config gives nothing to probe';
    return smokeFinding('no_probes', 'warning', message, 'Add routes to the config or probes to the smoke spec.');
}
function sidesOf(obs, verdict, baseline, i, url) {
    const other = baseline.observations[i];
    return {
        obs,
        verdict,
        baseline: other,
        baselineVerdict: classify(other),
        url,
        baselineUrl: baseline.url,
        failOn: baseline.failOn,
    };
}
/** A baseline that no probe reached compares with nothing: the run falls back to the plain smoke. */
function reachableBaseline(baseline) {
    if (!baseline || baseline.observations.length === 0)
        return baseline;
    const unreachable = baseline.observations.every((obs) => {
        const verdict = classify(obs);
        return !verdict.passed && verdict.diagnosis.layer === 'edge' && DEPLOYMENT_WIDE.includes(verdict.diagnosis.code);
    });
    return unreachable ? undefined : baseline;
}
function baselineUnreachable(baseline) {
    if (baseline.live)
        return smokeFinding('live_comparison_unavailable', 'notice', `no live version to compare with (${baseline.url} did not answer any probe): a plain smoke test, so every ` +
            'failure counts, including one the live version may already have had', 'Set the `url` input to where the live version answers, if it is not the URL the deploy reports.');
    return smokeFinding('baseline_unreachable', 'warning', `production (${baseline.url}) did not answer any probe, so nothing was compared: this is a plain smoke test ` +
        'of the candidate', 'Check the `baseline-url` input (or that the live deployment is reachable) to get regressions told apart.');
}
function recordOf(obs, url, attempts) {
    return {
        id: obs.probe.id,
        name: obs.probe.name,
        method: obs.probe.method,
        url: url + obs.probe.path,
        route: obs.probe.route ? `${obs.probe.route.method} ${obs.probe.route.path}` : undefined,
        status: obs.result.status,
        attempts,
        durationMs: obs.result.durationMs,
        outcome: 'passed',
        control: obs.probe.control || undefined,
    };
}
/** What failing probes share: a server's URL or the identity provider, where it is set. */
function rootCauseOf(obs, finding) {
    if (finding.code === 'identity_provider_error' && obs.provider?.location) {
        const { name, domain, written, location } = obs.provider;
        const label = `the identity provider ${name} (${domain ?? written ?? 'its domain'})`;
        return { key: `provider ${domain ?? written}`, label, location };
    }
    const server = obs.server;
    if (finding.layer !== 'upstream' || !server?.location)
        return undefined;
    const target = server.resolved ?? server.written;
    return { key: `server ${target}`, label: `the upstream ${target}`, location: server.location };
}
const UNVERIFIED = 'route_identity_unverified';
/**
 * Which route answered is read from the Worker's log; without it the gate cannot see a catch-all
 * answering for a missing route, and says so once for the run (never an error: nothing failed).
 */
function identityNotice(observations, logs) {
    const checked = observations.filter((o) => o.probe.reaches && o.result.status !== undefined);
    if (checked.length === 0)
        return undefined;
    const missing = checked.filter((o) => !o.event).length;
    const notice = (message, fix) => smokeFinding(UNVERIFIED, 'notice', message, fix);
    if (!observations[0].logsAvailable) {
        return notice(`which route answered each probe is unverified (logs ${logs}): a route missing from the deployed config ` +
            'can be answered by a catch-all or parameter route without failing', "Give the smoke step CLOUDFLARE_API_TOKEN: the gate reads the matched route from the Worker's own log " +
            '("Found matching path configuration").');
    }
    if (missing === 0)
        return undefined;
    return notice(`which route answered ${(0,src_text/* counted */.hS)(missing, 'probe')} of ${checked.length} is unverified: ` +
        'their trace events did not arrive', 'Usually a slow log stream: rerun; if it persists, check `wrangler tail` for this Worker.');
}

// EXTERNAL MODULE: ./src/smoke/gateway-facts.ts
var gateway_facts = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/cloudflare/account.ts
var cloudflare_account = __webpack_require__(248);
;// CONCATENATED MODULE: ./src/smoke/version-bindings.ts
// Which names a deployed Worker version binds (its vars, secrets and resources), read from the
// API the way Cloudflare documents it: GET /accounts/:account/workers/scripts/:name/versions/:id,
// `result.resources.bindings`. The smoke stage uses it to tell a secret the version lacks (its
// `$secret.X` resolves to "" at runtime) from a token the gateway refuses.


async function versionBindings(api, target) {
    // The deploy's account when this run deployed; else the one wrangler deploys to.
    const account = target.accountId ? undefined : await (0,cloudflare_account/* resolveAccount */.u1)(api, target.choice);
    if (account && !account.ok)
        return { ok: false, reason: 'the account is unknown' };
    const accountId = target.accountId ?? account.account.id;
    const script = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(target.worker)}`;
    const path = `${script}/versions/${encodeURIComponent(target.versionId)}`;
    const answer = await (0,cloudflare_api/* apiGet */.Vg)(api, path);
    if (!answer.ok)
        return { ok: false, reason: answer.message };
    const bindings = answer.result?.resources?.bindings;
    if (!Array.isArray(bindings))
        return { ok: false, reason: 'the version lists no bindings' };
    const names = new Set(bindings.map((b) => b.name).filter((n) => typeof n === 'string'));
    return { ok: true, versionId: target.versionId, names };
}

// EXTERNAL MODULE: ./src/smoke/http-probe.ts
var http_probe = __webpack_require__(9998);
// EXTERNAL MODULE: ./src/smoke/probe-plan.ts
var probe_plan = __webpack_require__(8559);
// EXTERNAL MODULE: ./src/smoke/smoke-spec.ts
var smoke_spec = __webpack_require__(7658);
// EXTERNAL MODULE: ./src/smoke/live-baseline.ts
var live_baseline = __webpack_require__(1639);
// EXTERNAL MODULE: ./src/smoke/probe-requests.ts
var probe_requests = __webpack_require__(7326);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/smoke/upstream-check.ts
// A direct look at an upstream from the runner, step by step (DNS, TCP, TLS, HTTP), for when the
// Worker's evidence cannot say which leg failed: workerd reports a DNS failure and a bad
// certificate alike as "internal error". The runner's network is not Cloudflare's, so this is
// evidence to weigh, and the findings say where it came from.





async function checkUpstream(rawUrl, timeoutMs) {
    let url;
    try {
        url = new URL(rawUrl);
    }
    catch {
        return { url: rawUrl, type: 'proxy_configuration_error', step: 'dns', detail: `"${rawUrl}" is not a URL` };
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    let address;
    try {
        address = (await withTimeout((0,promises_.lookup)(host), timeoutMs, 'DNS lookup')).address;
    }
    catch (error) {
        const d = (0,proxy_status/* diagnoseNetworkError */.B)((0,proxy_status/* errorChain */.eB)(error));
        return {
            url: rawUrl,
            type: d?.type ?? 'dns_error',
            nxdomain: d?.nxdomain || undefined,
            step: 'dns',
            detail: `DNS lookup of ${host} failed: ${codeOf(error)}`,
        };
    }
    try {
        const socket = await openSocket(() => (0,external_node_net_.connect)({ host: address, port }), 'connect', timeoutMs);
        socket.destroy();
    }
    catch (error) {
        const d = (0,proxy_status/* diagnoseNetworkError */.B)((0,proxy_status/* errorChain */.eB)(error));
        return {
            url: rawUrl,
            type: d?.type ?? 'connection_timeout',
            step: 'connect',
            detail: `TCP connect to ${address}:${port} failed: ${codeOf(error)}`,
        };
    }
    if (url.protocol === 'https:') {
        try {
            const socket = await openSocket(() => (0,external_node_tls_.connect)({ host: address, port, servername: /^[\d.:]+$/.test(host) ? undefined : host }), 'secureConnect', timeoutMs);
            socket.destroy();
        }
        catch (error) {
            const d = (0,proxy_status/* diagnoseNetworkError */.B)((0,proxy_status/* errorChain */.eB)(error));
            return {
                url: rawUrl,
                type: d?.type ?? 'tls_protocol_error',
                step: 'tls',
                detail: `TLS handshake with ${host}:${port} failed: ${codeOf(error)}`,
            };
        }
    }
    const answer = await (0,http_probe/* sendProbe */.N)({
        url: url.href,
        method: 'GET',
        headers: { 'user-agent': 'gateway-deploy-gate upstream check' },
        timeoutMs,
    });
    if (answer.error) {
        const type = answer.error.network?.type ?? (answer.error.timedOut ? 'connection_read_timeout' : 'http_protocol_error');
        // The connection is known to open, so a silence or a reset happened after it.
        const afterConnect = type === 'connection_timeout' ? 'connection_read_timeout' : type;
        return {
            url: rawUrl,
            type: afterConnect,
            step: 'http',
            detail: answer.error.timedOut
                ? `no HTTP response within ${timeoutMs} ms after connecting`
                : `the HTTP exchange failed: ${answer.error.network?.code ?? answer.error.chain.at(-1)?.message ?? 'unknown'}`,
            status: answer.status || undefined,
        };
    }
    return { url: rawUrl, step: 'answered', detail: `answered HTTP ${answer.status}`, status: answer.status };
}
function codeOf(error) {
    const chain = (0,proxy_status/* errorChain */.eB)(error);
    return chain.find((l) => l.code)?.code ?? chain[0]?.message ?? 'unknown error';
}
function openSocket(open, readyEvent, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = open();
        const timer = setTimeout(() => {
            socket.destroy();
            reject(Object.assign(new Error(`no ${readyEvent} within ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
        }, timeoutMs);
        socket.once(readyEvent, () => {
            clearTimeout(timer);
            resolve(socket);
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
        });
    });
}
function withTimeout(promise, ms, what) {
    let timer;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(Object.assign(new Error(`${what} took longer than ${ms} ms`), { code: 'EAI_AGAIN' })), ms);
        }),
    ]);
}

// EXTERNAL MODULE: ./src/wrangler/worker-target.ts
var worker_target = __webpack_require__(1946);
// EXTERNAL MODULE: ./src/wrangler/wrangler-cli.ts
var wrangler_cli = __webpack_require__(1189);
// EXTERNAL MODULE: ./src/wrangler/wrangler-step.ts
var wrangler_step = __webpack_require__(7529);
// EXTERNAL MODULE: ./src/gateway/route-matching.ts
var route_matching = __webpack_require__(1427);
;// CONCATENATED MODULE: ./src/smoke/api-change-probes.ts


const SAFE = new Set(['GET', 'HEAD']);
const finding = (0,findings/* findingFactory */._2)('smoke', 'routing');
const authFinding = (0,findings/* findingFactory */._2)('smoke', 'auth');
/** A path of the route: `{param}` from the spec's params (else "1"), `{.+}` as one segment. */
function samplePath(path, params) {
    return path
        .split('/')
        .map((s) => {
        if ((0,route_matching/* isWildcard */.z2)(s))
            return encodeURIComponent(params['.+'] ?? 'gate-smoke');
        return (0,route_matching/* isParam */.Um)(s) ? encodeURIComponent(params[s.slice(1, -1)] ?? '1') : s;
    })
        .join('/');
}
/** The probes that show the removed routes and the removed auth; `ANY` is probed with GET. */
function planApiChangeProbes(changes, spec) {
    const out = [];
    for (const change of changes) {
        if ((change.code !== 'route_removed' && change.code !== 'auth_removed') || !change.route)
            continue;
        const [declared, ...rest] = change.route.split(' ');
        const method = declared === 'ANY' ? 'GET' : declared;
        if (!SAFE.has(method) && !spec.write)
            continue;
        out.push({ change, method, path: samplePath(rest.join(' '), spec.params) });
    }
    return out;
}
const refused = (status) => status === 401 || status === 403;
const shown = (status) => (status === undefined ? 'no answer' : String(status));
/** What the two answers show about the change: the change itself (a notice), or a preview that does not have it. */
function judgeApiChangeProbe(probe, candidate, production) {
    const { change, method, path } = probe;
    const request = `${method} ${path}`;
    const evidence = { request, candidate, production };
    const location = change.location;
    if (change.code === 'route_removed') {
        if (candidate === 404)
            return finding('api_change_shown', 'notice', `${change.route} (removed by this change): production answers ${request} with ${shown(production)}, ` +
                'this version with 404, as every client will get once it deploys', '', { location, evidence });
        return finding('removed_route_still_answered', 'warning', `${change.route} is gone from the config, yet this version answers ${request} with ${shown(candidate)}: ` +
            'another route (a wildcard?) still matches it', 'Intended? If clients must get 404, check which route the gateway now matches for this path.', { location, evidence });
    }
    if (!refused(candidate) && refused(production))
        return authFinding('api_change_shown', 'notice', `${change.route} without a token (auth removed by this change): production answers ${shown(production)}, ` +
            `this version ${shown(candidate)}: anyone can call it once it deploys`, '', { location, evidence });
    if (refused(candidate))
        return authFinding('removed_auth_still_required', 'warning', `"auth" is off ${change.route} in the config, yet this version still refuses ${request} without a token ` +
            `(${shown(candidate)})`, 'Check that the deployed config is this one (a config held in a var or in KV wins over the file).', { location, evidence });
    return authFinding('api_change_shown', 'notice', `${change.route} without a token: production answers ${shown(production)}, this version ${shown(candidate)} ` +
        '(production did not refuse it either)', '', { location, evidence });
}

;// CONCATENATED MODULE: ./src/canary/tail-events.ts


function canaryEventOf(event) {
    const version = event.scriptVersion?.id;
    const request = event.event?.request;
    if (!version || !request)
        return undefined;
    if ((0,tail_session/* headerOf */.rR)(event, tail_session/* RUN_HEADER */.en) !== undefined)
        return undefined;
    const route = answeredRoute(event);
    const out = {
        version,
        method: request.method ?? 'GET',
        path: pathOf(request.url),
        outcome: event.outcome ?? 'unknown',
    };
    if (route)
        out.route = `${route.method} ${route.path}`;
    const status = event.event?.response?.status;
    if (typeof status === 'number')
        out.status = status;
    const wall = event.wallTime;
    // workerd reports 0 where it did not measure: no timing rather than a fast request.
    if (typeof wall === 'number' && wall > 0)
        out.wallTimeMs = wall;
    const exception = event.exceptions?.[0];
    if (exception)
        out.exception = `${exception.name ?? 'Error'}: ${exception.message ?? ''}`;
    return out;
}
/** The path alone: a query string may carry personal values or tokens. */
function pathOf(url) {
    if (!url)
        return '/';
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? '/';
    }
}

// EXTERNAL MODULE: ./src/canary/analysis.ts
var analysis = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/canary/run-canary.ts
// The canary's steps (issue 23): the new version gets each percentage in turn, is watched for the
// interval on real traffic (the Worker's tail events, per version) and on the synthetic probes
// (both versions through overrides), and is promoted only while it is as healthy as the previous
// version over the same window. A failure, an error or a cancel ends with one version at 100 %:
// never a split left behind. The I/O is injected (CanaryIo); the decisions are analysis.ts's.

/** Waits are cut into ticks, so a cancel is seen within one. */
const TICK_MS = 250;
async function runCanary(plan, versions, io) {
    let tally = new analysis/* Tally */.F0(versions.candidate, versions.baseline);
    const events = await io.startEvents((event) => tally.add(event));
    const data = {
        candidateVersionId: versions.candidate,
        baselineVersionId: versions.baseline,
        intervalMs: plan.intervalMs,
        minRequests: plan.minRequests,
        latency: plan.latency,
        steps: [],
        outcome: 'aborted',
        events: events.note,
    };
    try {
        for (const percent of plan.steps) {
            const startedAt = io.now();
            const problem = io.cancelled() ? `the run was cancelled (${io.cancelled()})` : await io.split(percent);
            if (problem)
                return await abort(io, data, { percent, startedAt, problem });
            if (percent === 100) {
                data.steps.push(promotedStep(startedAt, io.now()));
                data.outcome = 'promoted';
                data.servingVersionId = versions.candidate;
                io.progress(`canary: ${versions.candidate} promoted to 100 %`);
                return { data };
            }
            tally = new analysis/* Tally */.F0(versions.candidate, versions.baseline);
            const step = await observeStep(plan, io, { percent, startedAt, tally: () => tally, live: events.live });
            if (step === 'cancelled')
                return await abort(io, data, { percent, startedAt, problem: cancelledText(io) });
            data.steps.push(step.record);
            io.progress(progressLine(step.record));
            await io.stepDecided?.(step.record).catch(() => undefined);
            if (step.record.verdict === 'failed')
                return await rollBack(io, data, step.record, step.reasons);
        }
        return { data };
    }
    catch (error) {
        const problem = `the canary stopped on an error: ${error.message}`;
        return await abort(io, data, { percent: data.steps.at(-1)?.percent ?? 0, startedAt: io.now(), problem });
    }
    finally {
        await io.stopEvents();
    }
}
const cancelledText = (io) => `the run was cancelled (${io.cancelled()})`;
function promotedStep(startedAt, now) {
    return {
        percent: 100,
        startedAt: new Date(startedAt).toISOString(),
        durationMs: now - startedAt,
        verdict: 'promoted',
        decision: 'every earlier step passed: the new version serves all traffic',
    };
}
/** One step: the interval (one more while real traffic is too thin), then both signals decide. */
async function observeStep(plan, io, step) {
    io.progress(`canary: ${step.percent} % of traffic on the new version, watching for ${plan.intervalMs / 1000} s`);
    if (!(await wait(io, plan.intervalMs)))
        return 'cancelled';
    let real = (0,analysis/* judge */.S4)(step.tally().candidate, step.tally().baseline, plan);
    if (real.verdict === 'inconclusive' && step.live) {
        io.progress(`canary: ${real.reason}; watching one more interval`);
        if (!(await wait(io, plan.intervalMs)))
            return 'cancelled';
        real = (0,analysis/* judge */.S4)(step.tally().candidate, step.tally().baseline, plan);
    }
    const synthetic = await io.probe();
    if (io.cancelled())
        return 'cancelled';
    const candidate = versionRecord(step.tally().candidate);
    const baseline = versionRecord(step.tally().baseline);
    const { verdict, decision } = decide(real, synthetic, step.live);
    const reasons = [
        ...(real.verdict === 'fail' ? real.reasons.map((r) => ({ text: r.text, route: r.route })) : []),
        ...synthetic.regressions.map((text) => ({ text: `synthetic probe regressed: ${text}` })),
    ];
    const record = {
        percent: step.percent,
        startedAt: new Date(step.startedAt).toISOString(),
        durationMs: io.now() - step.startedAt,
        verdict,
        candidate,
        baseline,
        realTraffic: realRecord(real),
        synthetic,
        decision,
    };
    return { record, reasons };
}
/** Either signal failing fails the step; thin real traffic leaves the decision to the probes, and says so. */
function decide(real, synthetic, live) {
    const probes = `${synthetic.probes} synthetic probes`;
    if (real.verdict === 'fail' && synthetic.verdict === 'fail')
        return { verdict: 'failed', decision: `real traffic and the ${probes} show the new version worse` };
    if (real.verdict === 'fail')
        return { verdict: 'failed', decision: 'real traffic shows the new version worse than the previous one' };
    if (synthetic.verdict === 'fail')
        return { verdict: 'failed', decision: `the ${probes} show a regression on the new version` };
    if (real.verdict === 'pass')
        return { verdict: 'passed', decision: `real traffic and the ${probes} show the new version as healthy` };
    const thin = live
        ? `real traffic was too thin to judge (${real.reason})`
        : 'real traffic could not be read (no tail)';
    return { verdict: 'passed', decision: `${thin}: decided by the ${probes}, which all passed` };
}
function realRecord(real) {
    if (real.verdict === 'fail')
        return { verdict: 'fail', reasons: real.reasons.map((r) => r.text), notes: real.notes };
    if (real.verdict === 'inconclusive')
        return { verdict: 'inconclusive', reasons: [real.reason], notes: real.notes };
    return { verdict: 'pass', reasons: [], notes: real.notes };
}
function versionRecord(n) {
    const record = {
        versionId: n.versionId,
        requests: n.requests,
        errors: n.errors,
        errorRate: Math.round(n.errorRate * 10_000) / 10_000,
        timed: n.timed,
        routes: n.routes,
        samples: n.samples,
    };
    if (n.p99Ms !== undefined)
        record.p99Ms = n.p99Ms;
    return record;
}
/** True when the wait ran its course; false on a cancel. */
async function wait(io, ms) {
    const end = io.now() + ms;
    while (io.now() < end) {
        if (io.cancelled())
            return false;
        await io.sleep(Math.min(TICK_MS, end - io.now()));
    }
    return !io.cancelled();
}
function progressLine(step) {
    const c = step.candidate;
    const b = step.baseline;
    const numbers = c && b
        ? `${percentText(c.errorRate)} errors (${c.requests} requests) vs ${percentText(b.errorRate)} (${b.requests})`
        : '';
    return `canary: ${step.percent} % ${step.verdict}${numbers ? `: ${numbers}` : ''}; ${step.decision}`;
}
const percentText = (rate) => `${(rate * 100).toFixed(1)} %`;
async function rollBack(io, data, step, reasons) {
    io.progress(`canary: rolling back to ${data.baselineVersionId} at 100 %`);
    const restore = await io.restore(`canary failed at ${step.percent} %`);
    data.outcome = restore.ok ? 'rolled-back' : 'aborted';
    if (restore.ok)
        data.servingVersionId = data.baselineVersionId;
    return { data, stop: { kind: 'failed', step, reasons, restore } };
}
async function abort(io, data, at) {
    const step = {
        percent: at.percent,
        startedAt: new Date(at.startedAt).toISOString(),
        durationMs: io.now() - at.startedAt,
        verdict: 'aborted',
        decision: at.problem,
    };
    data.steps.push(step);
    io.progress(`canary: ${at.problem}; back to ${data.baselineVersionId} at 100 %`);
    const restore = await io.restore(at.problem);
    data.outcome = 'aborted';
    if (restore.ok)
        data.servingVersionId = data.baselineVersionId;
    return { data, stop: { kind: 'aborted', step, reasons: [], restore, problem: at.problem } };
}

;// CONCATENATED MODULE: ./src/canary/findings.ts
// The canary's findings: a failed step (one per route it names, on the route's config line, with
// both versions' numbers and sample requests), an aborted canary (an error or a cancel mid-step),
// and a warning where real traffic was too thin to judge and the synthetic probes decided alone.


const findings_finding = (0,findings/* findingFactory */._2)('smoke', 'gateway', { owned: true });
function canaryFindings(result, context) {
    const out = [];
    const thin = result.data.steps.filter((s) => s.realTraffic?.verdict === 'inconclusive');
    if (thin.length > 0)
        out.push(thinTraffic(thin, result.data.events, context));
    const stop = result.stop;
    if (!stop)
        return out;
    const after = stop.restore.ok ? stop.restore.note : `NOT rolled back: ${stop.restore.note}`;
    if (stop.kind === 'aborted') {
        const message = `canary stopped at ${stop.step.percent} %: ${stop.problem}; ${after}`;
        const fix = stop.restore.ok
            ? 'Rerun the workflow: the next deploy starts from the previous version at 100 %.'
            : 'Run `wrangler versions deploy <previous>@100%` by hand, then rerun the workflow.';
        out.push(findings_finding('canary_aborted', 'error', message, fix, { layer: 'deploy', location: context.kit.nameLine }));
        return out;
    }
    const routes = stop.reasons.filter((r) => r.route);
    const others = stop.reasons.filter((r) => !r.route);
    const fix = 'The new version served real users worse than the previous one: read the sample requests in the evidence, ' +
        'reproduce them against the version (its preview URL or a version override), fix and deploy again.';
    const evidence = stepEvidence(stop.step);
    for (const reason of routes) {
        const message = `canary failed at ${stop.step.percent} % on ${reason.route}: ` +
            `${reason.text}; ${numbers(stop.step)}; ${after}`;
        const location = context.kit.routeLine(reason.route) ?? context.kit.nameLine;
        out.push(findings_finding('canary_failed', 'error', message, fix, { location, evidence }));
    }
    if (others.length > 0 || routes.length === 0) {
        const said = others.map((r) => r.text).join('; ') || stop.step.decision;
        const message = `canary failed at ${stop.step.percent} %: ${said}; ${numbers(stop.step)}; ${after}`;
        out.push(findings_finding('canary_failed', 'error', message, fix, { location: context.kit.nameLine, evidence }));
    }
    if (!stop.restore.ok) {
        const message = `the canary failed, and the rollback did not take: ${stop.restore.note}`;
        const fix = 'Run `wrangler versions deploy <previous>@100%` by hand now: users still reach the new version.';
        out.push(findings_finding('canary_rollback_failed', 'error', message, fix, { layer: 'deploy' }));
    }
    return out;
}
function numbers(step) {
    const side = (name, v) => v ? `${name} ${v.versionId}: ${v.errors}/${v.requests} requests failed (${percentText(v.errorRate)})` : '';
    return [side('new', step.candidate), side('previous', step.baseline)].filter(Boolean).join(', ');
}
function stepEvidence(step) {
    return {
        step: step.percent,
        decision: step.decision,
        candidate: step.candidate,
        baseline: step.baseline,
        realTraffic: step.realTraffic,
        synthetic: step.synthetic,
    };
}
function thinTraffic(steps, events, context) {
    const each = steps.map((s) => `${s.percent} % (${s.realTraffic?.reasons[0] ?? '?'})`).join('; ');
    const message = `real traffic was too thin to judge the new version of ${context.worker} at ${each}: ` +
        `the synthetic probes decided those steps (events: ${events})`;
    const fix = 'Nothing to do if the gateway has little traffic; otherwise lengthen `canary-interval` so each step sees ' +
        '`canary-min-requests` requests per version.';
    return findings_finding('canary_traffic_thin', 'warning', message, fix, { location: context.kit.nameLine });
}

// EXTERNAL MODULE: ./src/report/canary-section.ts
var canary_section = __webpack_require__(8322);
;// CONCATENATED MODULE: ./src/canary/deployment-api.ts
const TIMEOUT_MS = 2_000;
async function deployAllTo(api, accountId, worker, versionId, message) {
    const url = `${api.baseUrl}/accounts/${accountId}/workers/scripts/${encodeURIComponent(worker)}/deployments`;
    const body = {
        strategy: 'percentage',
        versions: [{ version_id: versionId, percentage: 100 }],
        annotations: { 'workers/message': `gateway-deploy-gate: ${message}`.slice(0, 100) },
    };
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (response.ok)
            return { ok: true };
        const answer = (await response.json().catch(() => undefined));
        return { ok: false, message: answer?.errors?.[0]?.message ?? `HTTP ${response.status}` };
    }
    catch (error) {
        return {
            ok: false,
            message: error.name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS} ms` : error.message,
        };
    }
}

;// CONCATENATED MODULE: ./src/canary/synthetic.ts
// The canary's synthetic signal: every probe sent to both versions of the split deployment through
// version overrides, each side classified on its own, then compared (the differential smoke's
// rules). A regression the candidate causes fails the step; a difference the change may mean does not.


function compareSides(candidate, baseline) {
    const regressions = [];
    candidate.forEach((obs, i) => {
        const other = baseline[i];
        if (!other)
            return;
        const cv = classify(obs);
        const bv = classify(other);
        const comparison = compareProbe(obs, cv, other, bv);
        if (comparison.verdict !== 'regression')
            return;
        const certain = comparison.differences.filter((d) => d.certain).map((d) => d.text);
        if (cv.passed && certain.length === 0)
            return;
        const what = cv.passed ? certain.join('; ') : `${cv.diagnosis.code}: ${cv.diagnosis.message}`;
        const answered = `candidate ${obs.result.status ?? 'no answer'}, baseline ${other.result.status ?? 'no answer'}`;
        regressions.push(`${obs.probe.method} ${obs.probe.path} (${answered}): ${what}`);
    });
    return { verdict: regressions.length ? 'fail' : 'pass', probes: candidate.length, regressions };
}

// EXTERNAL MODULE: ./src/processes.ts
var processes = __webpack_require__(7454);
;// CONCATENATED MODULE: ./src/canary/stage-io.ts
// The smoke stage's canary path (issue 23): once a gradual version passed its smoke test at 0 %,
// `canary-steps` moves traffic to it step by step (smoke/canary decide; this module does the I/O:
// wrangler versions deploy, a tail session, the probes through version overrides, the rollback).











const OVERRIDE = 'cloudflare-workers-version-overrides';
async function runCanaryStage(run) {
    const { deploy, plan } = run;
    const versions = { candidate: deploy.versionId, baseline: deploy.previousVersionId };
    const result = await run.log.group(`canary: ${plan.steps.join(' → ')} % for ${deploy.versionId}, ${plan.intervalMs / 1000} s each`, () => runCanary(plan, versions, canaryIo(run)));
    return { result, findings: canaryFindings(result, { worker: deploy.workerName, kit: run.kit }) };
}
function canaryIo(run) {
    const { config, log, program, deploy } = run;
    const env = config.environment ? ['--env', config.environment] : [];
    let tail;
    const wrangler = async (versions, message) => {
        const args = ['versions', 'deploy', ...versions, '-y', ...env, '--message', `gateway-deploy-gate: ${message}`];
        const step = await (0,wrangler_step/* runWranglerStep */.Mo)(log, program, args, config);
        return step.run.exitCode === 0 && !step.run.timedOut ? undefined : `${step.command}: ${(0,wrangler_step/* stepReason */.jm)(step)}`;
    };
    return {
        split: (p) => wrangler(p === 100
            ? [`${deploy.versionId}@100%`]
            : [`${deploy.versionId}@${p}%`, `${deploy.previousVersionId}@${100 - p}%`], `canary ${p}%`),
        restore: (why) => restore(run, why, wrangler),
        probe: () => probeBoth(run),
        startEvents: async (sink) => {
            const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
            if (!api)
                return { live: false, note: 'off: no CLOUDFLARE_API_TOKEN' };
            const onEvent = (event) => {
                const counted = canaryEventOf(event);
                if (counted)
                    sink(counted);
            };
            tail = new tail_session/* TailSession */.Ve({
                api,
                account: { id: deploy.accountId },
                workerName: deploy.workerName,
                onEvent,
                keep: false,
            });
            return {
                live: true,
                note: `the tail of ${deploy.workerName}, every request (Cloudflare samples a tail under heavy load: ` +
                    'both versions alike, so their rates still compare)',
            };
        },
        stopEvents: async () => tail?.stop(),
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        cancelled: () => (0,processes/* cancellationReason */.qf)(),
        progress: (line) => log.write(`${line}\n`),
        stepDecided: async (step) => {
            const github = deploy.github;
            if (!config.githubToken || !github || !('id' in github))
                return;
            // Loaded on use, like the check run: a laptop run never talks to GitHub.
            const { postCanaryStepStatus } = await __webpack_require__.e(/* import() */ 345).then(__webpack_require__.bind(__webpack_require__, 6345));
            await postCanaryStepStatus(config, github.id, (0,canary_section/* stepStatusLine */.nQ)(step), (line) => log.write(`${line}\n`));
        },
    };
}
/**
 * Every probe to both versions at once, through version overrides; the run header keeps them out of
 * the tail's counts.
 */
async function probeBoth(run) {
    const { kit, deploy } = run;
    if (kit.probes.length === 0)
        return { verdict: 'skipped', probes: 0, regressions: [], note: 'no probes' };
    const pairs = await (0,http_probe/* mapBounded */.y)(kit.probes, kit.concurrency, async (probe, i) => {
        const candidate = kit.requestOf(probe, `canary-c${i}`);
        const baseline = {
            ...candidate,
            headers: { ...candidate.headers, [OVERRIDE]: `${deploy.workerName}="${deploy.previousVersionId}"` },
        };
        return Promise.all([(0,http_probe/* sendProbe */.N)(candidate), (0,http_probe/* sendProbe */.N)(baseline)]);
    });
    return compareSides(kit.observe(pairs.map((p) => p[0])), kit.observe(pairs.map((p) => p[1])));
}
/**
 * Back to the previous version at 100 %: through wrangler, or (cancelled: no new process may start;
 * or wrangler failed) straight through the API wrangler uses. Checked against the API afterwards.
 */
async function restore(run, why, wrangler) {
    const { config, deploy } = run;
    const previous = deploy.previousVersionId;
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
    let problem = (0,processes/* cancellationReason */.qf)() ? 'cancelled' : await wrangler([`${previous}@100%`], `${why}, rolled back`);
    if (problem && api) {
        const direct = await deployAllTo(api, deploy.accountId, deploy.workerName, previous, `${why}, rolled back`);
        problem = direct.ok ? undefined : `${problem}; the API refused too: ${direct.message}`;
    }
    if (!api) {
        if (problem)
            return { ok: false, note: `the rollback to ${previous} failed: ${problem}` };
        return { ok: true, note: `${previous} deployed at 100 % (not verified: no CLOUDFLARE_API_TOKEN)` };
    }
    const now = await (0,cloudflare_api/* activeDeployment */.q0)(api, deploy.accountId, deploy.workerName);
    const versions = now.ok ? now.deployment?.versions : undefined;
    if (versions?.length === 1 && versions[0].version_id === previous)
        return { ok: true, note: `${previous} serves 100 % again` };
    const serving = versions?.map((v) => `${v.version_id}@${v.percentage}%`).join(' ') ?? 'unreadable';
    const note = problem
        ? `the rollback to ${previous} failed (${problem}); the deployment is ${serving}`
        : `the rollback to ${previous} was accepted, but the deployment reads ${serving}`;
    return { ok: false, note };
}

;// CONCATENATED MODULE: ./src/stages/smoke.ts
// Stage 5: prove the deployed gateway works, route by route. Every route of the config becomes a
// probe; a deploy marker (the version id in the Worker's own trace events) proves the edge serves
// the new version before the probes count; each failure is told apart by layer on its route's line.
// The stage orchestrates: the marker (smoke/deploy-marker.ts) and the folding of observations into
// records and findings (smoke/fold-observations.ts) decide.























const MARKER_TIMING = {
    /** How long a trace event may lag behind its response. */
    eventWaitMs: 5_000,
    /** How long the tail may take to connect before the smoke test goes on without logs. */
    tailConnectMs: 20_000,
    /** While the tail is connecting, how often the control request is sent for the deploy marker. */
    cadenceMs: 200,
};
const UPSTREAM_CHECK_MS = 5_000;
const CLOCK = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
async function runSmoke(config, log, context) {
    const deployResult = context.previous('deploy');
    const deploy = deployResult?.status === 'passed' ? deployResult.data : undefined;
    // A preview is probed at its own URL; `url` then names production (the differential baseline).
    const url = deploy?.mode === 'preview' ? deploy.preview?.url : (config.url ?? deploy?.url);
    if (!url) {
        if (deploy)
            return {
                findings: [
                    smokeFinding('smoke_url_unknown', 'error', `wrangler reported no URL for ${deploy.workerName} (workers_dev off and no route?), ` +
                        'so there is nothing to probe', "Set the `url` input to the gateway's address."),
                ],
            };
        return {
            findings: [],
            status: 'skipped',
            note: 'no deployment to probe: deploy is none and there is no url input',
        };
    }
    let spec = smoke_spec/* DEFAULT_SPEC */.u8;
    if (config.smoke) {
        const loaded = (0,smoke_spec/* loadSmokeSpec */.N)(config.smoke, (0,inputs/* displayPath */.Gt)(config.smoke, config.workingDirectory));
        if (!loaded.ok)
            return { findings: loaded.findings };
        spec = loaded.spec;
        const gatewayRoutes = (0,probe_plan/* planRoutes */.WW)((0,gateway_facts/* readGateway */.H)(config).value, new Map());
        const unknown = (0,smoke_spec/* unknownSpecRoutes */.Up)(spec, gatewayRoutes, (0,inputs/* displayPath */.Gt)(config.smoke, config.workingDirectory));
        if (unknown.length > 0)
            return { findings: unknown };
    }
    const runId = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const live = liveComparison(config, deploy, url);
    const baselineUrl = live.kind === 'none' ? undefined : live.url;
    const { run, logs } = prepareRun(config, { url, live }, spec, runId, deploy);
    run.apiChanges = context.previous('validate')?.data?.apiChanges ?? [];
    const data = {
        url,
        baselineUrl,
        runId,
        probes: [],
        skipped: run.plan.skipped,
        logs,
        marker: { proven: false, attempts: 0, note: '' },
    };
    try {
        return await probeDeployment(run, data, log);
    }
    finally {
        await run.tail?.stop();
    }
}
/**
 * What the new version is judged against (issue 20, point 7): the `baseline-url` input; for a preview,
 * production; for a gradual version at 0%, the version with the traffic (the same URL without the
 * override, at the same time); for a direct deploy, the live version's answers the deploy stage kept
 * from before it changed anything. Otherwise, or without them, a plain smoke test, said once.
 */
function liveComparison(config, deploy, url) {
    if (config.baselineUrl)
        return { kind: 'send', url: config.baselineUrl };
    if (deploy?.mode === 'preview')
        return deploy.liveUrl ? { kind: 'send', url: deploy.liveUrl } : { kind: 'none' };
    if (deploy?.mode === 'gradual')
        return { kind: 'send', url: deploy.liveUrl ?? url, live: true };
    if (deploy?.mode !== 'direct' || !deploy.versionId)
        return { kind: 'none' };
    const kept = deploy.liveSmoke;
    if (!kept)
        return { kind: 'none' };
    if ('skipped' in kept)
        return { kind: 'none', notice: kept.skipped };
    return { kind: 'kept', url: kept.url, answers: kept };
}
function prepareRun(config, { url, live }, spec, runId, deploy) {
    let target;
    try {
        target = (0,worker_target/* readWorkerTarget */.c)(config, 'smoke');
    }
    catch (error) {
        if (!(error instanceof errors/* StageError */.Zu))
            throw error;
    }
    const workerName = deploy?.workerName ?? target?.worker.name;
    const program = (0,wrangler_cli/* locateWrangler */.HT)(config.workingDirectory, config.env);
    const account = (0,cloudflare_account/* chooseAccount */.HA)(target?.source, config.environment, config.env);
    // Started first: the tail connects while the gateway is read and planned.
    const { tail, logs } = openTail(config, { id: deploy?.accountId, choice: account }, workerName, runId);
    const gateway = (0,gateway_facts/* readGateway */.H)(config);
    const plan = (0,live_baseline/* planProbes */.RY)(config, spec, gateway);
    // Gradual: the new version serves 0% of the traffic; the override sends the probes to it.
    const versionOverride = deploy?.mode === 'gradual' && deploy.versionId ? `${deploy.workerName}="${deploy.versionId}"` : undefined;
    const settings = { config, spec, runId, versionOverride };
    const nameLine = target ? target.source.locate(target.worker.pathOf('name'), 'value') : undefined;
    const run = {
        config,
        url,
        live,
        // Production gets the same request without the run's headers: its trace events are not this run's.
        baselineRequestOf: live.kind === 'send' ? (probe) => (0,probe_requests/* liveRequest */.E)(settings, live.url, probe) : undefined,
        spec,
        plan,
        gateway,
        deploy,
        workerName,
        nameLine,
        hasTarget: Boolean(target),
        tail,
        program,
        requestOf: (probe, probeId) => (0,probe_requests/* probeRequest */.O)(settings, url, probe, probeId),
        apiChanges: [],
        account,
    };
    return { run, logs };
}
/** Logs: the Worker's trace events for this run's probes, from a tail session at Cloudflare. */
function openTail(config, account, workerName, runId) {
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
    if (!api)
        return { logs: 'off: no CLOUDFLARE_API_TOKEN' };
    if (!workerName)
        return { logs: 'off: the Worker name is unknown' };
    const tail = new tail_session/* TailSession */.Ve({ api, account, workerName, runId });
    return { tail, logs: `the tail of ${workerName}, filtered on ${tail_session/* RUN_HEADER */.en}: ${runId}` };
}
async function probeDeployment(run, data, log) {
    const { url, plan, deploy, spec } = run;
    const started = Date.now();
    const marker = await checkMarker(run, data, log, started);
    if (marker?.code === 'stale_version') {
        return { findings: [marker], data, note: 'the edge serves the previous version' };
    }
    const findings = marker ? [marker] : [];
    // Read while the probes run: which names the deployed version binds, for a secret it lacks.
    const bindings = deployedBindings(run, data);
    const sent = await log.group(`probing ${plan.probes.length} routes of ${url} (${spec.concurrency} at a time)`, () => sendAll(run, data.marker.proven, started + spec.propagationMs));
    await awaitEvents(run, data, sent);
    const observed = await observe(run, sent, await bindings);
    if (observed.plain)
        findings.push(plainSmokeNotice(observed.plain));
    const live = run.live;
    const folded = foldObservations({
        url,
        observations: observed.candidate,
        baseline: observed.baseline && live.kind !== 'none'
            ? {
                url: live.url,
                observations: observed.baseline,
                failOn: run.config.failOn,
                live: live.kind === 'kept' || live.live === true,
            }
            : undefined,
        attempts: sent.map((s) => s.attempts),
        logs: data.logs,
        nameLine: run.nameLine,
        environment: run.hasTarget ? run.config.environment : undefined,
    });
    data.probes = folded.probes;
    findings.push(...folded.findings, ...(await showApiChanges(run)));
    const passed = findings.every((f) => f.severity !== 'error');
    if (passed && deploy?.mode === 'gradual' && deploy.versionId && run.program.ok) {
        const canary = canaryOf(run, log, run.program.program, deploy);
        if (canary) {
            // Issue 23: the canary path promotes step by step instead (src/canary/stage-io.ts).
            const { result, findings: said } = await runCanaryStage(canary);
            findings.push(...said);
            data.canary = result.data;
            if (result.data.outcome === 'promoted')
                data.promoted = true;
        }
        else {
            const promotion = await promote(run.config, log, run.program.program, deploy);
            if (promotion)
                findings.push(promotion);
            else
                data.promoted = true;
        }
    }
    return { findings, data, note: noteOf(run, data) };
}
/** In a differential smoke: the removed routes and removed auth of the change, requested on both sides. */
async function showApiChanges(run) {
    const baselineOf = run.baselineRequestOf;
    if (!baselineOf || run.apiChanges.length === 0)
        return [];
    const probes = planApiChangeProbes(run.apiChanges, run.spec);
    return Promise.all(probes.map(async (p) => {
        const probe = {
            id: '',
            name: `${p.method} ${p.path}`,
            method: p.method,
            path: p.path,
            headers: {},
            withToken: false,
            expect: {},
            control: false,
        };
        const [candidate, production] = await Promise.all([
            (0,http_probe/* sendProbe */.N)(run.requestOf(probe, '')),
            (0,http_probe/* sendProbe */.N)(baselineOf(probe)),
        ]);
        return judgeApiChangeProbe(p, candidate.status, production.status);
    }));
}
/** A deploy with no live answers to be judged against: today's plain smoke, said once. */
function plainSmokeNotice(reason) {
    const message = `no live version to compare with (${reason}): a plain smoke test, so every failure counts, ` +
        'including one the live version may already have had';
    const fix = 'Nothing to do for a first deploy; otherwise set the `url` input to where the live version answers.';
    return smokeFinding('live_comparison_unavailable', 'notice', message, fix);
}
/** Waits for the deploy marker; an edge serving the old version is an error, an unproven one a warning. */
async function checkMarker(run, data, log, started) {
    const { url, plan, deploy, spec } = run;
    const control = plan.probes.find((p) => p.control) ?? plan.probes[0];
    const waited = await log.group(`deploy marker: waiting for ${url} to serve ${deploy?.versionId ?? 'the gateway'}`, () => waitForMarker({
        expected: deploy?.versionId,
        propagationMs: spec.propagationMs,
        logs: data.logs,
        send: control ? (id) => (0,http_probe/* sendProbe */.N)(run.requestOf(control, id)) : undefined,
        tail: run.tail,
        clock: CLOCK,
        timing: MARKER_TIMING,
    }));
    data.marker = waited.marker;
    data.logs = waited.logs;
    if (waited.verdict === 'stale') {
        const seconds = Math.round((Date.now() - started) / 1000);
        const message = `after ${seconds} s the edge still serves version ${data.marker.served} of ${run.workerName}, ` +
            `not the deployed ${data.marker.expected}: the probes would test the old code`;
        const fix = 'Propagation normally takes seconds: check `wrangler deployments status` and the Cloudflare status page, ' +
            'then rerun; raise `propagation` in the smoke spec if your zone is slow.';
        const evidence = { marker: data.marker };
        return smokeFinding('stale_version', 'error', message, fix, { layer: 'edge', location: run.nameLine, evidence });
    }
    if (waited.verdict !== 'unverified' || !deploy?.versionId)
        return undefined;
    const message = `could not prove that ${url} serves the deployed version ${deploy.versionId} ` +
        `(${data.marker.note || data.logs}): the probes may have tested the previous version`;
    const fix = "Give the smoke step CLOUDFLARE_API_TOKEN (it reads the version from the Worker's own logs, a tail session).";
    return smokeFinding('deploy_marker_unverified', 'warning', message, fix, { location: run.nameLine });
}
/** The trace events of the probes that were answered, then the tail stops. */
async function awaitEvents(run, data, sent) {
    const tail = run.tail;
    if (!tail)
        return;
    const answered = run.plan.probes.filter((_, i) => sent[i].result.status !== undefined && !sent[i].result.error);
    const all = await tail.waitUntil(() => answered.every((p) => tail.eventFor(p.id)), MARKER_TIMING.eventWaitMs);
    // Every event in: the tail stops while the observations are folded (the stage's end awaits it).
    // Some missing: what arrives while the session closes may hold them.
    const stopped = tail.stop();
    if (!all)
        await stopped;
    if (tail.failure && !data.marker.proven)
        data.logs = `off: ${tail.failure}`;
}
function noteOf(run, data) {
    const failed = data.probes.filter((p) => p.outcome === 'failed').length;
    const skipped = run.plan.skipped.length ? `, ${(0,src_text/* counted */.hS)(run.plan.skipped.length, 'route')} not probed` : '';
    const proven = data.marker.proven ? `, version ${data.marker.served} proven` : '';
    const passed = `${data.probes.length - failed}/${data.probes.length} probes passed at ${run.url}`;
    const canary = data.canary ? `; canary ${data.canary.steps.map((s) => `${s.percent}% ${s.verdict}`).join(', ')}` : '';
    return `${passed}${skipped}${proven}${verdictsOf(data)}${canary}${data.promoted ? '; promoted to 100%' : ''}`;
}
/** Differential smoke: how the candidate compares with production, by verdict. */
function verdictsOf(data) {
    if (!data.probes.some((p) => p.verdict))
        return '';
    const count = (verdict) => data.probes.filter((p) => p.verdict === verdict).length;
    const parts = [
        (0,src_text/* counted */.hS)(count('regression'), 'regression'),
        `${count('preexisting')} already failing in production`,
        `${count('fixed')} fixed`,
        `${count('unchanged')} unchanged`,
    ].filter((part) => !part.startsWith('0 '));
    return `; against production ${data.baselineUrl}: ${parts.join(', ')}`;
}
/** Every probe, `concurrency` at a time, to the candidate and (at the same time) to production. */
function sendAll(run, markerProven, deadline) {
    const baselineOf = run.baselineRequestOf;
    return (0,http_probe/* mapBounded */.y)(run.plan.probes, run.spec.concurrency, async (probe) => {
        const [sent, baseline] = await Promise.all([
            sendCandidate(run, probe, markerProven, deadline),
            baselineOf ? (0,http_probe/* sendProbe */.N)(baselineOf(probe)) : undefined,
        ]);
        return baseline ? { ...sent, baseline } : sent;
    });
}
/** Only what looks like propagation is retried: production's address is long established. */
async function sendCandidate(run, probe, markerProven, deadline) {
    let attempts = 0;
    for (;;) {
        attempts++;
        const result = await (0,http_probe/* sendProbe */.N)(run.requestOf(probe, probe.id));
        // The new hostname not resolvable or not yet on TLS: propagation, unless the marker proved it serves.
        const propagating = !markerProven && result.error?.phase === 'headers' && /^(dns_|tls_)/.test(result.error.network?.type ?? '');
        if (!propagating || Date.now() + 1000 * attempts > deadline)
            return { result, attempts };
        await CLOCK.sleep(Math.min(8_000, 1000 * 2 ** (attempts - 1)));
    }
}
/** The deployed version's bindings, when the API can be asked (the deploy's version, else the one the marker saw). */
async function deployedBindings(run, data) {
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(run.config.env);
    const versionId = run.deploy?.versionId ?? data.marker.served;
    if (!api || !run.workerName || !versionId || run.gateway.secretRefs.length === 0)
        return undefined;
    const target = { accountId: run.deploy?.accountId, choice: run.account, worker: run.workerName, versionId };
    return versionBindings(api, target);
}
/** Each side's observations: the candidate's with the Worker's events, production's from its answers alone. */
async function observe(run, sent, bindings) {
    const candidate = observeSide(run, sent.map((s) => s.result), run.tail);
    if (bindings?.ok)
        for (const obs of candidate)
            withMissingSecrets(obs, run.gateway.secretRefs, bindings);
    await checkUpstreams(run, candidate);
    const answers = liveAnswers(run, sent);
    if (!answers.ok)
        return { candidate, plain: answers.reason };
    // Production's vars are not the repo's: where its upstream points is unknown, so it is not looked at.
    const baseline = observeSide(run, answers.results).map((obs) => {
        const server = obs.server && { written: obs.server.written, location: obs.server.location };
        return { ...obs, server };
    });
    return { candidate, baseline };
}
/** The live side's answers in plan order, or why the smoke is a plain one (said when a deploy could have had them). */
function liveAnswers(run, sent) {
    const live = run.live;
    if (live.kind === 'send')
        return { ok: true, results: sent.map((s) => s.baseline) };
    if (live.kind === 'kept')
        return (0,live_baseline/* answersForPlan */.UD)(live.answers, run.plan);
    return { ok: false, reason: live.notice };
}
/** Each probe with its evidence: the Worker's event, the control's verdict. */
function observeSide(run, results, tail) {
    const { plan, gateway } = run;
    const controls = plan.probes.map((p, i) => ({ p, r: results[i] })).filter(({ p }) => p.control);
    const controlPassed = controls.length === 0
        ? undefined
        : controls.some(({ p, r }) => classify({ probe: p, result: r, logsAvailable: false }).passed);
    return plan.probes.map((probe, i) => {
        const event = tail?.eventFor(probe.id);
        const server = probe.route?.server ? gateway.servers.get(probe.route.server) : undefined;
        return {
            probe,
            result: results[i],
            event,
            logsAvailable: Boolean(tail) && !tail?.failure,
            controlPassed,
            server,
            authorizerSecret: gateway.authorizerSecret,
            authorizer: gateway.authorizer,
            provider: gateway.provider,
        };
    });
}
/**
 * The authorizer settings a token check reads (a jwt secret, auth0's keys); the identity flows
 * (auth0_callback, supabase_*) read them all, the client secret included. An auth0 route checked
 * with its `jwks` never reads `client_secret`: a missing one is not why it refused a token.
 */
const TOKEN_CHECK_FIELDS = new Set(['secret', 'jwt_secret', 'jwks', 'jwks_uri', 'domain', 'issuer', 'audience']);
function readsAuthorizerField(route, field) {
    return route.kind === 'flow' || (route.auth && TOKEN_CHECK_FIELDS.has(field));
}
/** The `$secret.X` references this probe's route reads that the deployed version binds under no name. */
function withMissingSecrets(obs, refs, bindings) {
    if (!bindings.ok)
        return;
    const route = obs.probe.route;
    if (!route)
        return;
    const reads = (ref) => ref.scope.kind === 'authorizer'
        ? readsAuthorizerField(route, ref.scope.field)
        : ref.scope.kind === 'route'
            ? ref.scope.index === route.index
            : ref.scope.kind === 'server' && ref.scope.alias === route.server;
    const missing = refs.filter((ref) => reads(ref) && !bindings.names.has(ref.name));
    if (missing.length === 0)
        return;
    obs.missingSecrets = missing;
    obs.versionId = bindings.versionId;
}
/** The upstream is looked at directly only for failing proxied routes, once per server. */
async function checkUpstreams(run, observations) {
    const checks = new Map();
    for (const obs of observations) {
        if (obs.probe.route?.kind !== 'proxy' || !obs.server?.resolved || classify(obs).passed)
            continue;
        const resolved = obs.server.resolved;
        if (!checks.has(resolved))
            checks.set(resolved, checkUpstream(resolved, Math.min(run.spec.timeoutMs, UPSTREAM_CHECK_MS)));
        obs.upstream = await checks.get(resolved);
    }
}
/** `canary-steps` given: what the canary borrows from this smoke run. */
function canaryOf(run, log, program, deploy) {
    const plan = run.config.canary;
    const { versionId, previousVersionId } = deploy;
    if (!plan || !versionId || !previousVersionId)
        return undefined;
    const paths = (run.gateway.value?.paths ?? []);
    const routeLine = (route) => {
        const index = paths.findIndex((p) => `${String(p?.method)} ${String(p?.path)}` === route);
        return index < 0 ? undefined : run.gateway.routeLocations.get(index);
    };
    const kit = {
        probes: run.plan.probes,
        concurrency: run.spec.concurrency,
        requestOf: run.requestOf,
        observe: (results) => observeSide(run, results),
        routeLine,
        nameLine: run.nameLine,
    };
    return { config: run.config, plan, log, program, deploy: { ...deploy, versionId, previousVersionId }, kit };
}
/** Gradual: every probe passed against the 0% version, so it gets all the traffic. */
async function promote(config, log, program, deploy) {
    const env = config.environment ? ['--env', config.environment] : [];
    const args = [
        'versions',
        'deploy',
        `${deploy.versionId}@100%`,
        '-y',
        ...env,
        '--message',
        'gateway-deploy-gate: smoke test passed',
    ];
    return (0,wrangler_step/* stepFailure */.nK)(await (0,wrangler_step/* runWranglerStep */.Mo)(log, program, args, config), 'smoke');
}


/***/ })

};
