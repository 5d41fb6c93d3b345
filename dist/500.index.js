export const id = 500;
export const ids = [500];
export const modules = {

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


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordTarget: () => (/* binding */ recordTarget),
/* harmony export */   recordUsageError: () => (/* binding */ recordUsageError),
/* harmony export */   reportUsageError: () => (/* binding */ reportUsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1001);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3383);
/* harmony import */ var _output_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4039);
/* harmony import */ var _report_report_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(790);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(518);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5581);
/* harmony import */ var _runner_protocol_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1086);
// An invocation that cannot run (a bad flag or input, an output path it cannot write) still leaves
// its record: a report with `result: error` and the usage finding, and the stage's result in the
// run directory, so the report step's verdict is `error` and not "passed".









/**
 * Where this invocation's record goes, read as leniently as possible from the same flags and
 * variables a working run uses: the command line itself may be what is wrong.
 */
function recordTarget(argv, env, cwd) {
    const options = Object.fromEntries([..._inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc.map((i) => i.name), 'run-dir', 'summary'].map((n) => [n, { type: 'string' }]));
    // A flag given no value must not swallow the next one (`--config --run-dir x`): it is left out here.
    const valueless = (0,_cli_js__WEBPACK_IMPORTED_MODULE_7__/* .flagWithoutValue */ .IC)(argv);
    const args = valueless ? argv.filter((_, i) => i !== valueless.index) : [...argv];
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: false });
    const flags = Object.fromEntries(Object.entries(values).filter((e) => typeof e[1] === 'string'));
    const named = positionals[0];
    const stage = _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_NAMES */ .y1.includes(named ?? '') ? named : 'report';
    const raw = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readRawInputs */ .yI)(flags, env);
    const runDirFlag = flags['run-dir'];
    const target = { stage };
    try {
        // Only the inputs that say where to write: any other input may be the bad one.
        const where = { 'working-directory': raw['working-directory'], report: raw.report };
        const gate = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .buildGateConfig */ .KZ)(where, { cwd, env, isTTY: false, runDir: runDirFlag });
        return { stage, reportPath: gate.reportPath, runDir: gate.runDir };
    }
    catch {
        // A working directory that does not exist: only explicit paths are known.
        const runDir = runDirFlag ?? env.GATE_RUN_DIR;
        if (runDir)
            target.runDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, runDir);
        if (raw.report)
            target.reportPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, raw.report);
        else if (target.runDir)
            target.reportPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target.runDir, 'report.json');
        return target;
    }
}
/**
 * Writes the usage error where it can: the report unless its own path is the problem, the
 * stage's result unless the run directory is. Returns the problems met while writing.
 */
function recordUsageError(target, message, broken) {
    const finding = {
        stage: target.stage,
        layer: 'config',
        code: 'usage_error',
        category: 'client',
        severity: 'error',
        message,
        fix: 'Correct the flag or action input named in the message (node dist/index.js --help lists them); ' +
            'the stage did not run.',
    };
    const result = {
        name: target.stage,
        status: 'error',
        durationMs: 0,
        findings: [finding],
        note: 'the stage could not run',
    };
    const problems = [];
    const isBroken = (kind) => broken.some((p) => p.kind === kind);
    if (target.runDir && !isBroken('run-dir') && !(0,_output_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .outputProblem */ .nQ)('run-dir', target.runDir) && target.stage !== 'report') {
        try {
            new _run_state_js__WEBPACK_IMPORTED_MODULE_6__/* .RunState */ .ll(target.runDir).save(result);
        }
        catch (error) {
            problems.push((0,_output_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .writeProblem */ .bi)('run-dir', target.runDir, error));
        }
    }
    if (target.reportPath && !isBroken('report') && !(0,_output_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .outputProblem */ .nQ)('report', target.reportPath)) {
        try {
            (0,_report_report_document_js__WEBPACK_IMPORTED_MODULE_5__/* .writeReport */ .u)(target.reportPath, (0,_report_report_document_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .F)([result]));
        }
        catch (error) {
            problems.push((0,_output_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .writeProblem */ .bi)('report', target.reportPath, error));
        }
    }
    return problems;
}
/** A usage error, said once on stderr (and as an annotation in Actions), then recorded. */
function reportUsageError(message, broken, call, say) {
    const target = recordTarget(call.argv, call.env, call.cwd);
    const problems = [...broken, ...recordUsageError(target, message, broken)];
    const lines = [message, ...problems.filter((p) => !message.includes(p.message)).map((p) => p.message)];
    for (const line of lines) {
        say.stderr(`gateway-deploy-gate: ${line}`);
        if (call.env.GITHUB_ACTIONS === 'true')
            say.stdout(`::error title=gateway-deploy-gate::${(0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeCommand */ .N)(line)}`);
    }
    if (target.reportPath && !problems.some((p) => p.kind === 'report'))
        say.stdout(`report: ${target.reportPath}`);
    return 2;
}


/***/ })

};
