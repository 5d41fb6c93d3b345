export const id = 871;
export const ids = [871];
export const modules = {

/***/ 3871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkVitestWorkers: () => (/* binding */ checkVitestWorkers)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_manager_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9043);
/* harmony import */ var _wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5158);
// Before tests that run inside workerd: is the Workers Vitest integration installed, with each peer
// it requires (vitest) in a version its range allows? Its own module: semver loads only for it.



/**
 * The Workers Vitest integration: its package installed, and each peer it requires (vitest) installed
 * in a version its range allows, as Node resolves them from the package.
 */
function checkVitestWorkers(projectDir, use, pm) {
    const name = use.pkg ?? '@cloudflare/vitest-plugin';
    const dir = (0,_wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__/* .findPackage */ .CV)(projectDir, name);
    if (!dir) {
        const advice = (0,_wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__/* .missingPackageAdvice */ .FY)(projectDir, name, pm);
        return {
            ok: false,
            code: 'e2e_harness_missing',
            message: `the tests run in workerd through ${name}, but it is not installed: ${advice.state}`,
            fix: advice.fix,
        };
    }
    const pkg = (0,_wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__/* .readPackage */ .LY)(dir);
    const version = pkg.version ?? 'unknown';
    for (const [peer, range] of Object.entries(pkg.peerDependencies ?? {})) {
        if (pkg.peerDependenciesMeta?.[peer]?.optional)
            continue;
        const peerDir = (0,_wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__/* .findPackage */ .CV)(dir, peer);
        const have = peerDir ? (0,_wrangler_check_js__WEBPACK_IMPORTED_MODULE_2__/* .readPackage */ .LY)(peerDir).version : undefined;
        if (have && semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(have, range, { includePrerelease: true }))
            continue;
        const found = have ? `${peer} ${have} is installed` : `${peer} is not installed`;
        return {
            ok: false,
            code: 'e2e_harness_incompatible',
            message: `${name} ${version} needs ${peer} ${range}, but ${found}`,
            fix: peerFix(name, peer, range, pm),
        };
    }
    return { ok: true, version, nodeVersion: 'unknown' };
}
function peerFix(name, peer, range, pm) {
    const renamed = name === '@cloudflare/vitest-pool-workers' && peer === 'vitest';
    const move = renamed ? `, or move to @cloudflare/vitest-plugin (its new name), which supports vitest 4 and 5` : '';
    return `Install a ${peer} in ${range} (${(0,_package_manager_js__WEBPACK_IMPORTED_MODULE_1__/* .addDevCommand */ .wJ)(pm?.name ?? 'npm', `${peer}@${range}`)})${move}.`;
}


/***/ })

};
