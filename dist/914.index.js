export const id = 914;
export const ids = [914];
export const modules = {

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
/* harmony export */ });
/* unused harmony exports MAX_COMMENT_PAGES, commentMarker, stickyBody, isStickyComment, pullRequestNumberOf */
/* harmony import */ var _github_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8245);

/** Bounds the search to 1000 comments; a longer thread gets a new sticky comment, not a long wait. */
const MAX_COMMENT_PAGES = 10;
const FAILURE = { doing: 'comment on the pull request', permission: 'pull-requests: write' };
async function upsertPullRequestComment(options) {
    const number = pullRequestNumberOf(options.env.GITHUB_EVENT_NAME, await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayload */ .N5)(options.env));
    if (number === undefined)
        return { done: false, reason: 'not a pull request event' };
    const token = options.token.trim();
    if (!token)
        return { done: false, reason: 'no GitHub token to comment with' };
    const repository = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryOf */ ._M)(options.env);
    if (!repository)
        return { done: false, reason: 'GITHUB_REPOSITORY is not set as owner/name' };
    const marker = commentMarker(options.key);
    const body = stickyBody(marker, options.body);
    try {
        const octokit = await (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .githubClient */ .$f)(token, options.env, options.timeoutMs ?? _github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TIMEOUT_MS */ .t1);
        let existing;
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repository,
            issue_number: number,
            per_page: 100,
        })) {
            existing = page.data.find((comment) => isStickyComment(comment.body, marker))?.id;
            if (existing !== undefined || ++pages >= MAX_COMMENT_PAGES)
                break;
        }
        if (existing !== undefined) {
            const updated = await octokit.rest.issues.updateComment({ ...repository, comment_id: existing, body });
            return { done: true, url: updated.data.html_url, action: 'updated' };
        }
        const created = await octokit.rest.issues.createComment({ ...repository, issue_number: number, body });
        return { done: true, url: created.data.html_url, action: 'created' };
    }
    catch (error) {
        return { done: false, ...(0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(error, token, FAILURE) };
    }
}
/** An HTML comment, invisible in the rendered comment; the key keeps only characters safe inside one. */
function commentMarker(key) {
    const safe = (key ?? '')
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '');
    return `<!-- gateway-deploy-gate${safe ? `:${safe}` : ''} -->`;
}
function stickyBody(marker, body) {
    return `${marker}\n${(0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateMarkdown */ .o4)(body, _github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MARKDOWN */ .BN - marker.length - 1)}`;
}
/** The marker must open the comment: a person quoting it ("> <!-- …") does not take it over. */
function isStickyComment(body, marker) {
    return !!body && body.split('\n', 1)[0].trim() === marker;
}
/** The pull request of pull_request* events, or of a comment on one (issue_comment). */
function pullRequestNumberOf(eventName, payload) {
    const pr = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'pull_request', 'number');
    if (typeof pr === 'number')
        return pr;
    const issue = (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'issue', 'number');
    return eventName === 'issue_comment' &&
        typeof issue === 'number' &&
        (0,_github_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(payload, 'issue', 'pull_request') !== undefined
        ? issue
        : undefined;
}


/***/ })

};
