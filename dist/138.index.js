export const id = 138;
export const ids = [138];
export const modules = {

/***/ 138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotate: () => (/* binding */ annotate),
/* harmony export */   loadSummary: () => (/* binding */ loadSummary),
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1086);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(856);
// What a step tells the GitHub runner once its work is done: annotations (workflow commands on
// stdout) and outputs (the GITHUB_OUTPUT file command), written as @actions/core writes them, and
// the job summary, built with @actions/core's summary. That module brings an HTTP client along
// (tens of milliseconds and megabytes to load), so it loads only for a summary with something in
// it: the report step's, not a stage step's, whose sections the report step writes.





/** An annotation property's value: a `:` or `,` would end it. */
const escapeProperty = (text) => (0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCommand */ .N)(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::error file=…,line=…::message`: the properties named as the runner reads them. */
function annotation(kind, message, p) {
    const named = [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
    ];
    const properties = named
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${kind}${properties ? ` ${properties}` : ''}::${(0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCommand */ .N)(message)}`;
}
function annotate(findings, pathPrefix) {
    const write = (kind) => (message, properties) => process.stdout.write(annotation(kind, message, properties) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
    (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .emitAnnotations */ .KI)({ error: write('error'), warning: write('warning'), notice: write('notice') }, findings, pathPrefix);
}
/** The step's outputs: the GITHUB_OUTPUT file command (a heredoc with a random delimiter), else `::set-output`. */
function setOutputs(outputs, env) {
    const file = env.GITHUB_OUTPUT;
    const entries = Object.entries(outputs);
    if (!file) {
        for (const [name, value] of entries) {
            process.stdout.write(`${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::set-output name=${escapeProperty(name)}::${(0,_runner_protocol_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCommand */ .N)(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        }
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const text = entries.map(([name, value]) => {
        const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        // Never with a random UUID in practice; a value that held it would end the heredoc early.
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`output ${name} holds its delimiter`);
        return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
    });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text.join(''), { encoding: 'utf8' }); // one append: the same bytes as one per output
}
/** The job summary's builder (one per process: what is added to it is written by writeSummary). */
async function loadSummary() {
    return (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 6421))).summary;
}
/** Appends the built summary to the job summary; runners without one (act, old GHES) just skip it. */
async function writeSummary(summary, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await summary.write();
    else
        summary.emptyBuffer();
}


/***/ })

};
