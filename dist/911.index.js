export const id = 911;
export const ids = [911];
export const modules = {

/***/ 2911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRollback: () => (/* binding */ runRollback)
/* harmony export */ });
/* harmony import */ var _cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9251);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _wrangler_wrangler_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1189);
/* harmony import */ var _wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7529);
// Stage 6, only after a failed smoke test: put the version that served before back in front of
// users. A direct deploy is undone with `wrangler rollback`; a gradual one never gave the new
// version traffic, and is cleaned out of the deployment. Verified against the API afterwards.




const finding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingFactory */ ._2)('rollback', 'deploy', { owned: true });
async function runRollback(config, log, context) {
    const smoke = context.previous('smoke');
    const deploy = context.previous('deploy');
    const data = deploy?.status === 'passed' ? deploy.data : undefined;
    if (!smoke || smoke.status === 'passed' || smoke.status === 'skipped')
        return { findings: [], status: 'skipped', note: 'the smoke test did not fail' };
    if (!data?.versionId)
        return { findings: [], status: 'skipped', note: 'this run deployed nothing' };
    if (data.mode === 'preview')
        return { findings: [], status: 'skipped', note: 'a preview changed no deployment: nothing to roll back' };
    if (!config.rollback && data.mode === 'direct')
        return { findings: [], status: 'skipped', note: `rollback: false, so version ${data.versionId} stays live` };
    if (!data.previousVersionId) {
        const message = `${data.workerName} had no version before this deploy, so ${data.versionId} stays live`;
        const fix = 'Fix the failure and deploy again (or delete the Worker if it must not serve).';
        const note = 'first deploy: nothing to restore';
        return { findings: [finding('nothing_to_roll_back_to', 'warning', message, fix)], note };
    }
    const program = (0,_wrangler_wrangler_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .locateWrangler */ .HT)(config.workingDirectory, config.env);
    if (!program.ok)
        return { findings: [finding('wrangler_unavailable', 'error', program.reason, program.fix)] };
    const envArgs = config.environment ? ['--env', config.environment] : [];
    const message = `gateway-deploy-gate: smoke test failed for ${data.versionId}`;
    const args = data.mode === 'direct'
        ? ['rollback', data.previousVersionId, '-y', '--message', message, ...envArgs]
        : ['versions', 'deploy', `${data.previousVersionId}@100%`, '-y', '--message', message, ...envArgs];
    const step = await (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .runWranglerStep */ .Mo)(log, program.program, args, config);
    const failed = (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepFailure */ .nK)(step, 'rollback');
    if (failed) {
        const why = (0,_wrangler_wrangler_step_js__WEBPACK_IMPORTED_MODULE_2__/* .stepReason */ .jm)(step);
        const message = `the rollback to ${data.previousVersionId} failed, so ${data.versionId} is still live: ${why}`;
        return { findings: [{ ...failed, message }] };
    }
    // `wrangler rollback` writes nothing to its output file: the API says what serves now.
    const result = { rolledBack: true, removedVersionId: data.versionId };
    const api = (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiSettingsFromEnv */ .Bu)(config.env);
    if (api) {
        const active = await (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .activeDeployment */ .q0)(api, data.accountId, data.workerName);
        const serving = active.ok ? (0,_cloudflare_api_js__WEBPACK_IMPORTED_MODULE_3__/* .mainVersion */ .Qt)(active.deployment) : undefined;
        if (serving)
            result.activeVersionId = serving;
        if (serving !== data.previousVersionId) {
            return {
                findings: [
                    finding('rollback_not_effective', 'error', `wrangler reported the rollback done, but ${data.workerName} serves ${serving ?? 'an unknown version'}, not ${data.previousVersionId}`, 'Check `wrangler deployments list` and roll back by hand.'),
                ],
                data: { ...result, rolledBack: false },
            };
        }
    }
    const note = data.mode === 'direct'
        ? `rolled back ${data.workerName} to ${data.previousVersionId}`
        : `${data.versionId} never got traffic; the deployment is ${data.previousVersionId} at 100% again`;
    return { findings: [], data: result, note };
}


/***/ })

};
