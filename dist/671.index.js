export const id = 671;
export const ids = [671,279];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export MAX_TEXT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Reading the user's text files with the guards a gate needs: no directory, no binary, no
// file too large to be a config, and an answer instead of an exception.

/** KV's value limit: a gateway config larger than this cannot be served from KV or a bundle. */
const MAX_TEXT_BYTES = 25 * 1024 * 1024;
function readTextFile(file, maxBytes = MAX_TEXT_BYTES) {
    let size;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (stat.isDirectory())
            return { ok: false, reason: 'directory', detail: 'is a directory, not a file' };
        // Opening a FIFO blocks until a writer comes, and a device never ends: neither is a config.
        if (!stat.isFile()) {
            return { ok: false, reason: 'unreadable', detail: `is ${specialKind(stat)}, not a regular file` };
        }
        size = stat.size;
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, reason: 'missing', detail: 'does not exist' };
        return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? 'unknown error'})` };
    }
    if (size > maxBytes) {
        return { ok: false, reason: 'too_large', detail: `is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` };
    }
    let buffer;
    try {
        buffer = Buffer.alloc(size);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        try {
            let read = 0;
            while (read < size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            buffer = buffer.subarray(0, read);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch (error) {
        return {
            ok: false,
            reason: 'unreadable',
            detail: `cannot be read (${error.code ?? 'unknown error'})`,
        };
    }
    const nul = buffer.subarray(0, 8192).indexOf(0);
    if (nul !== -1) {
        const line = lineOfByte(buffer, nul);
        const detail = `is a binary file (a NUL byte on line ${line}), not UTF-8 text`;
        return { ok: false, reason: 'binary', detail, line };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    }
    catch {
        return { ok: false, reason: 'binary', detail: 'is not valid UTF-8 text' };
    }
    // TextDecoder already dropped a UTF-8 byte order mark.
    if (/^\s*$/.test(text))
        return { ok: false, reason: 'empty', detail: 'is empty' };
    return { ok: true, text, bytes: buffer.length };
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} B`;
}
function specialKind(stat) {
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'a special file';
}
/** 1-based line of a byte offset: newlines before it, plus one. */
function lineOfByte(buffer, offset) {
    let line = 1;
    for (let i = buffer.indexOf(0x0a); i !== -1 && i < offset; i = buffer.indexOf(0x0a, i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lr: () => (/* binding */ MAX_DEPTH),
  lz: () => (/* binding */ countMembersAtLeast),
  kU: () => (/* binding */ fromPointer),
  locatePointers: () => (/* binding */ locatePointers),
  qF: () => (/* binding */ parseJson),
  dH: () => (/* binding */ parseJsonDocument),
  B3: () => (/* binding */ rangeAt),
  jN: () => (/* binding */ scanJsonText),
  toPointer: () => (/* binding */ toPointer)
});

// UNUSED EXPORTS: findExcessiveNesting

// EXTERNAL MODULE: ./src/json/jsonc.ts
var jsonc = __webpack_require__(7197);
;// CONCATENATED MODULE: ./src/json/syntax-messages.ts
// A JSON syntax error in a person's words: what is missing, after which line's value, and the
// edit that fixes it. jsonc-parser names the error (CommaExpected, ColonExpected, …); the text
// around it says where the previous token ends and what was found instead.

/** The first syntax error of a text JSON.parse refused; undefined when jsonc-parser finds none. */
function describeSyntaxError(text) {
    const errors = [];
    jsonc/* jsonc */.M.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first)
        return undefined;
    const at = Math.min(first.offset, text.length);
    return describe(text, jsonc/* jsonc */.M.printParseErrorCode(first.error), at, Math.max(first.length, 1));
}
function describe(text, name, at, length) {
    const prev = previousToken(text, at);
    const here = { offset: at, length };
    if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && prev?.char === ',') {
        const message = `trailing comma: JSON does not allow a comma before } or ] (the comma on line ${prev.line})`;
        return { offset: prev.offset, length: 1, message, fix: `Remove the comma at the end of line ${prev.line}.` };
    }
    if (name === 'InvalidCommentToken' || text.startsWith('//', at) || text.startsWith('/*', at)) {
        const message = `comments are not allowed in JSON (line ${lineOf(text, at)})`;
        return { offset: at, length: Math.max(length, 2), message, fix: 'Remove the comment.' };
    }
    const found = foundAt(text, at);
    const line = lineOf(text, at);
    const after = prev ? afterPrevious(prev, line) : '';
    const said = SENTENCES[name]?.({ found, line, after, prev, text, at });
    if (said)
        return { ...here, ...said };
    return { ...here, message: `unexpected ${found} on line ${line} (${name})`, fix: 'Fix the JSON syntax here.' };
}
const SENTENCES = {
    CommaExpected: ({ found, line, prev, at }) => prev?.offset === at - 1 && /\d/.test(prev.char) && /^\d/.test(found)
        ? {
            message: `the number on line ${line} starts with 0: JSON numbers have no leading zeros`,
            fix: 'Remove the leading zero, or quote the value as a string.',
        }
        : {
            message: prev && prev.line < line
                ? `a comma is missing after line ${prev.line}'s value (${found} on line ${line} starts the next entry)`
                : `a comma is missing before ${found} on line ${line}`,
            fix: prev && prev.line < line ? `Add a comma at the end of line ${prev.line}.` : `Add a comma before ${found}.`,
        },
    ColonExpected: ({ found, line }) => ({
        message: `a colon (:) is missing between the property name and its value on line ${line} (found ${found})`,
        fix: 'Write the entry as "name": value.',
    }),
    PropertyNameExpected: ({ found, line, after }) => ({
        message: `expected a property name in double quotes${after}, but found ${found} on line ${line}`,
        fix: /^[A-Za-z_$][\w$-]*$/.test(found)
            ? `Put the name in double quotes: "${found}".`
            : 'Start the entry with its name in double quotes ("name": value), or remove what is there.',
    }),
    ValueExpected: ({ found, line, prev }) => ({
        message: `a value is missing${prev ? ` after the ${quoteChar(prev.char)} on line ${prev.line}` : ''}` +
            ` (found ${found} on line ${line})`,
        fix: 'Write the value (a string in double quotes, number, object, array, true, false or null).',
    }),
    CloseBraceExpected: (c) => unclosed(c, '{', '}', 'object'),
    CloseBracketExpected: (c) => unclosed(c, '[', ']', 'array'),
    EndOfFileExpected: ({ found, line, prev }) => ({
        message: `the top-level value ends${prev ? ` on line ${prev.line}` : ''}, but ${found} follows on line ${line}`,
        fix: 'Remove what follows, or put both values in one object or array.',
    }),
    InvalidSymbol: ({ found, line, prev, text, at }) => {
        const name = found.replace(/^'(.*)'$/, '$1');
        const isName = (prev?.char === '{' || prev?.char === ',') && /^\s*:/.test(text.slice(at + found.length));
        if (isName) {
            const message = `the property name ${found} on line ${line} is not in double quotes`;
            return { message, fix: `Write "${name}".` };
        }
        return {
            message: `${found} on line ${line} is not a JSON value`,
            fix: found.startsWith("'")
                ? `Use double quotes: "${name}".`
                : 'Write a string in double quotes, a number, an object, an array, true, false or null.',
        };
    },
    InvalidNumberFormat: ({ found, line }) => ({
        message: `${found} on line ${line} is not a number JSON accepts (no leading zeros, + sign, hex or trailing dot)`,
        fix: 'Write the number as JSON does, such as 10, 0.5 or 1e3, or quote it as a string.',
    }),
    UnexpectedEndOfString: ({ line }) => ({
        message: `the string that starts on line ${line} has no closing double quote (")`,
        fix: 'Close the string on the same line: a JSON string cannot span lines (write \\n for a line break).',
    }),
    UnexpectedEndOfNumber: ({ found, line }) => ({
        message: `the number ${found} on line ${line} ends without digits after its sign or decimal point`,
        fix: 'Complete the number (such as 1.0), or remove the sign or point.',
    }),
    InvalidUnicode: ({ line }) => ({
        message: `a \\u escape on line ${line} is not followed by four hex digits`,
        fix: 'Write \\u followed by four hex digits, such as \\u00e9, or the character itself.',
    }),
    InvalidEscapeCharacter: ({ found, line }) => ({
        message: `${found} on line ${line} is not a JSON escape`,
        fix: 'Use one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (a backslash itself is \\\\).',
    }),
    InvalidCharacter: ({ line }) => ({
        message: `a string on line ${line} holds a control character (a tab or line break) that JSON requires escaped`,
        fix: 'Write it as \\t or \\n, or close the string before the line ends.',
    }),
};
/** An object or array the text ends (or moves on) before closing: where it opened, where it stops. */
function unclosed(c, open, close, kind) {
    const opened = openingOf(c.text, c.at, open);
    const start = opened === undefined ? '' : ` opened on line ${lineOf(c.text, opened)}`;
    const last = c.prev ? ` after line ${c.prev.line}'s value` : '';
    return {
        message: `the ${kind}${start} is not closed: expected ${close}${last}, found ${c.found}`,
        fix: `Add ${close}${last} (or a comma there, if more entries follow).`,
    };
}
function afterPrevious(prev, line) {
    return prev.line < line ? ` after line ${prev.line}` : '';
}
const quoteChar = (char) => (char === '"' ? 'string' : `"${char}"`);
/** The found token in plain words: `"integration"` as written, `{`, a word, or the end of the file. */
function foundAt(text, at) {
    if (at >= text.length)
        return 'the end of the file';
    const rest = text.slice(at, at + 40);
    const string = /^"(?:[^"\\\n]|\\.)*"?/.exec(rest)?.[0];
    const word = /^'[^'\n]*'|^[^\s,:{}[\]"]+/.exec(rest)?.[0];
    const token = string ?? word ?? rest[0];
    return token.length > 30 ? `${token.slice(0, 27)}...` : token;
}
function previousToken(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const char = text[i];
        if (!/\s/.test(char))
            return { char, offset: i, line: lineOf(text, i) };
    }
    return undefined;
}
/** The innermost `open` bracket still unclosed at `at` (strings skipped); undefined if none. */
function openingOf(text, at, open) {
    const stack = [];
    for (let i = 0; i < at && i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
        }
        else if (c === '{' || c === '[')
            stack.push(i);
        else if (c === '}' || c === ']')
            stack.pop();
    }
    for (let k = stack.length - 1; k >= 0; k--)
        if (text[stack[k]] === open)
            return stack[k];
    return undefined;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./src/json/value-scan.ts
var value_scan = __webpack_require__(5037);
;// CONCATENATED MODULE: ./src/json/json-source.ts
// JSON text with source positions. The value comes from JSON.parse (fast, native); positions
// come from jsonc-parser, and only for the JSON pointers a finding needs, in one lazy pass, so a
// clean 10,000-route config never pays for a full syntax tree.



/** How deep a config may nest before the gate refuses it (real gateway configs need < 10). */
const MAX_DEPTH = 64;
function parseJson(text) {
    const parsed = parseJsonDocument(text);
    return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}
/**
 * `parseJson`, and what one walk over the value finds (`scanValue`, keeping the strings `keep`
 * accepts). JSON.parse takes any depth; the walk checks it, so the text is scanned for the
 * offending bracket only when there is one, or when the text is not JSON.
 */
function parseJsonDocument(text, keep) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // Too deep is said before a syntax error further on, as the nesting is the worse problem.
        const deep = findExcessiveNesting(text, MAX_DEPTH);
        if (deep !== undefined)
            return depthProblem(text, deep);
        return { ok: false, kind: 'syntax', problem: describeSyntaxProblem(text, error) };
    }
    const scan = (0,value_scan/* scanValue */.j)(value, MAX_DEPTH, keep);
    if (scan.tooDeep)
        return depthProblem(text, findExcessiveNesting(text, MAX_DEPTH) ?? 0);
    return { ok: true, value, scan };
}
function depthProblem(text, offset) {
    return {
        ok: false,
        kind: 'depth',
        problem: { range: rangeAt(text, offset, 1), message: `nests deeper than ${MAX_DEPTH} levels here` },
    };
}
/** Offset of the first bracket that opens level `max + 1`, skipping strings; undefined if none. */
function findExcessiveNesting(text, max) {
    return scanJsonText(text, max).deepAt;
}
/** One pass over JSON text, skipping strings: how deep it nests and how many members it writes. */
function scanJsonText(text, max) {
    let depth = 0;
    let members = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            for (i++; i < text.length; i++) {
                const s = text.charCodeAt(i);
                if (s === 0x5c /* \ */)
                    i++;
                else if (s === 0x22)
                    break;
            }
        }
        else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            if (++depth > max)
                return { deepAt: i, members };
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            depth--;
        }
        else if (c === 0x3a /* : */) {
            members++;
        }
    }
    return { deepAt: undefined, members };
}
/**
 * At least the object members of valid JSON text, found by native search rather than a pass
 * over every character: colons whose previous non-blank character is an unescaped quote. A
 * member's colon always follows its key's closing quote; inside a string every quote is escaped,
 * so only a string that starts with a colon (`": x"`) adds one too many.
 */
function countMembersAtLeast(text) {
    let members = 0;
    for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
        let q = i - 1;
        for (let c = text.charCodeAt(q); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(q))
            q--;
        if (text.charCodeAt(q) !== 0x22 /* " */)
            continue;
        let b = q - 1;
        while (text.charCodeAt(b) === 0x5c /* \ */)
            b--;
        if ((q - 1 - b) % 2 === 0)
            members++;
    }
    return members;
}
function describeSyntaxProblem(text, error) {
    const said = describeSyntaxError(text);
    // jsonc-parser is laxer than JSON.parse in rare corners; JSON.parse's own words then.
    if (!said)
        return { range: rangeAt(text, 0, 1), message: error instanceof Error ? error.message : 'invalid JSON' };
    return { range: rangeAt(text, said.offset, said.length), message: said.message, fix: said.fix };
}
/** Line and column (1-based, UTF-16 units) of an offset, counted only when a finding needs it. */
function rangeAt(text, offset, length) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    const column = offset - lineStart + 1;
    return { line, column, endLine: line, endColumn: column + length };
}
/** JSON Pointer (RFC 6901) of a path of keys and indexes. */
function toPointer(segments) {
    let pointer = '';
    for (const segment of segments) {
        const s = String(segment);
        // Most segments need no escape: skip the two replaces for them (pointers are built per finding and reference).
        pointer += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
    }
    return pointer;
}
function fromPointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
const STOP = Symbol('all positions found');
/**
 * Finds the source ranges of JSON pointers (the key or the value) in one pass over the text,
 * stopping as soon as every one is found. A pointer with no key (the root, an array item) falls
 * back to its value; a pointer that does not exist (a missing property) to its nearest ancestor.
 * With a duplicated key, the first occurrence is reported.
 */
function locatePointers(text, requests) {
    const root = { children: new Map(), pointer: '' };
    const wanted = new Set();
    for (const { pointer, target } of requests) {
        let node = root;
        for (const seg of fromPointer(pointer)) {
            let child = node.children.get(seg);
            if (!child) {
                child = { children: new Map(), pointer: node.pointer + toPointer([seg]) };
                node.children.set(seg, child);
            }
            node = child;
        }
        wanted.add(`${target}:${pointer}`);
    }
    const found = new Map();
    let pending = wanted.size;
    const record = (node, target, line, character, length) => {
        const key = `${target}:${node.pointer}`;
        if (found.has(key))
            return;
        found.set(key, range(line, character, length));
        if (wanted.has(key) && --pending === 0)
            throw STOP;
    };
    const stack = [];
    const enterValue = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return root;
        if (top.isArray)
            return top.node?.children.get(String(top.index++));
        return top.keyNode;
    };
    const begin = (isArray) => (_offset, length, line, character) => {
        const node = enterValue();
        if (node)
            record(node, 'value', line, character, length);
        stack.push({ node: node?.children.size ? node : undefined, isArray, index: 0, keyNode: undefined });
    };
    try {
        jsonc/* jsonc */.M.visit(text, {
            onObjectBegin: begin(false),
            onArrayBegin: begin(true),
            onObjectEnd: () => void stack.pop(),
            onArrayEnd: () => void stack.pop(),
            onObjectProperty: (property, _offset, length, line, character) => {
                const top = stack[stack.length - 1];
                if (!top)
                    return;
                top.keyNode = top.node?.children.get(property);
                if (top.keyNode)
                    record(top.keyNode, 'key', line, character, length);
            },
            onLiteralValue: (_value, _offset, length, line, character) => {
                const node = enterValue();
                if (node)
                    record(node, 'value', line, character, length);
            },
        }, { disallowComments: true, allowTrailingComma: false });
    }
    catch (error) {
        if (error !== STOP)
            throw error;
    }
    const result = new Map();
    for (const { pointer, target } of requests) {
        const segs = fromPointer(pointer);
        let hit = found.get(`${target}:${pointer}`);
        for (let n = segs.length; n >= 0 && !hit; n--) {
            const p = toPointer(segs.slice(0, n));
            hit = found.get(`key:${p}`) ?? found.get(`value:${p}`);
        }
        result.set(`${target}:${pointer}`, hit ?? range(0, 0, 1));
    }
    return result;
}
function range(line, character, length) {
    return { line: line + 1, column: character + 1, endLine: line + 1, endColumn: character + 1 + length };
}


/***/ }),

/***/ 7197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ jsonc)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
// jsonc-parser ships an ESM build (picked by the bundler) and a UMD build (picked by Node and
// jest); their namespaces differ, so resolve the API once here.

const ns = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__;
const jsonc = typeof ns.visit === 'function' ? ns : ns.default;


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ scanValue)
/* harmony export */ });
// One walk over a parsed JSON value for what several checks need from it: how deep it nests,
// how many object members it has (the duplicate-key check) and the few strings worth a closer
// look (references the gateway substitutes), each with its path. A path is copied only for a
// string kept.
const keepNone = () => false;
/** The walk; it recurses at most `maxDepth` levels (the root object or array is level 1). */
function scanValue(value, maxDepth, keep = keepNone) {
    const scan = { keys: 0, strings: [], tooDeep: false };
    const path = [];
    // A child is visited (and its key put on the path) only when it is a container or a string kept:
    // most values are neither, and cost no call.
    const visit = (node, depth) => {
        if (typeof node === 'string') {
            scan.strings.push({ path: [...path], value: node });
            return;
        }
        if (depth > maxDepth) {
            scan.tooDeep = true;
            return;
        }
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const item = node[i];
                if (typeof item === 'string' ? !keep(item) : item === null || typeof item !== 'object')
                    continue;
                path.push(i);
                visit(item, depth + 1);
                path.pop();
            }
            return;
        }
        // for-in, not Object.keys: no array per object (JSON.parse's objects inherit nothing enumerable).
        for (const key in node) {
            if (!Object.hasOwn(node, key))
                continue;
            scan.keys++;
            const child = node[key];
            if (typeof child === 'string' ? !keep(child) : child === null || typeof child !== 'object')
                continue;
            path.push(key);
            visit(child, depth + 1);
            path.pop();
        }
    };
    if (typeof value === 'string' ? keep(value) : value !== null && typeof value === 'object')
        visit(value, 1);
    return scan;
}


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ unknownEnvironment),
/* harmony export */   WI: () => (/* binding */ definedEnvironments),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   sG: () => (/* binding */ environmentTraps)
/* harmony export */ });
/* unused harmony export NON_INHERITED */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
// A wrangler config resolved for one environment, with wrangler's rules: an `[env.x]` section
// inherits `main`, the compatibility settings and a few others, but no vars and no bindings, and
// its name defaults to `<top-level name>-<x>`.

/** Keys an environment does not inherit (wrangler's "non-inheritable" keys that hold bindings or vars). */
const NON_INHERITED = [
    'vars',
    'define',
    'durable_objects',
    'kv_namespaces',
    'r2_buckets',
    'd1_databases',
    'services',
    'queues',
    'hyperdrive',
    'vectorize',
    'analytics_engine_datasets',
    'ai',
    'browser',
    'vpc_services',
    'secrets',
    'mtls_certificates',
    'send_email',
    'dispatch_namespaces',
    'workflows',
    'images',
    'version_metadata',
];
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
function definedEnvironments(raw) {
    return isObj(raw.env) ? Object.keys(raw.env) : [];
}
/** An `environment` the wrangler config does not define: what it defines, the nearest name, the fix. */
function unknownEnvironment(display, environment, defined) {
    const suggestion = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(environment, defined);
    const listed = defined.length
        ? `it defines ${defined.map((e) => `"${e}"`).join(', ')}`
        : 'it defines no environments';
    const message = `environment "${environment}" is not defined in ${display} (${listed})` +
        (suggestion ? `; did you mean "${suggestion}"?` : '');
    const fix = suggestion
        ? `Set the \`environment\` input to "${suggestion}", or add [env.${environment}] to ${display}.`
        : `Set the \`environment\` input to one of the config's environments, or add [env.${environment}] to ${display}.`;
    return { message, fix };
}
/**
 * Resolves `environment` (undefined or "" = the top level); throws nothing, the caller checks that the environment
 * exists.
 */
function resolveEnvironment(raw, environment) {
    const env = environment ? (isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : {}) : raw;
    const base = environment ? ['env', environment] : [];
    const inherited = (key) => (key in env ? env[key] : raw[key]);
    const pathOf = (key) => (environment && key in env ? [...base, key] : [key]);
    const own = (key) => env[key];
    const bindings = (key, field) => list(own(key)).map((b, i) => ({
        binding: str(b.binding) ?? '',
        resource: str(b[field]),
        path: [...base, key, i, field],
    }));
    const topName = str(raw.name);
    const name = environment ? (str(env.name) ?? (topName ? `${topName}-${environment}` : undefined)) : topName;
    const durable = isObj(own('durable_objects')) ? list(own('durable_objects').bindings) : [];
    const queues = isObj(own('queues')) ? list(own('queues').producers) : [];
    const secrets = isObj(own('secrets')) && Array.isArray(own('secrets').required)
        ? own('secrets').required
        : [];
    return {
        name,
        main: str(inherited('main')),
        compatibilityDate: inherited('compatibility_date'),
        vars: isObj(own('vars')) ? own('vars') : {},
        kv: bindings('kv_namespaces', 'id'),
        d1: bindings('d1_databases', 'database_id'),
        r2: bindings('r2_buckets', 'bucket_name'),
        hyperdrive: bindings('hyperdrive', 'id'),
        services: bindings('services', 'service'),
        queues: queues.map((q, i) => ({
            binding: str(q.binding) ?? '',
            resource: str(q.queue),
            path: [...base, 'queues', 'producers', i, 'queue'],
        })),
        durableObjects: durable.map((d, i) => ({
            binding: str(d.name) ?? '',
            resource: str(d.class_name),
            path: [...base, 'durable_objects', 'bindings', i, 'class_name'],
            script: str(d.script_name) || undefined,
        })),
        requiredSecrets: secrets.flatMap((s, i) => typeof s === 'string' ? [{ name: s, path: [...base, 'secrets', 'required', i] }] : []),
        base,
        pathOf,
        environments: definedEnvironments(raw),
        environment: environment || undefined,
    };
}
/** Vars and bindings defined at the top level but absent from the environment: wrangler does not carry them over. */
function environmentTraps(raw, environment) {
    const env = isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : {};
    const traps = [];
    for (const key of NON_INHERITED) {
        const top = raw[key];
        if (top === undefined)
            continue;
        const mine = env[key];
        if (key === 'vars' && isObj(top)) {
            for (const name of Object.keys(top)) {
                if (!isObj(mine) || !(name in mine))
                    traps.push({ what: `var ${name}`, key, path: ['vars', name] });
            }
        }
        else if (Array.isArray(top)) {
            const names = new Set(list(mine).map((b) => str(b.binding) ?? str(b.name)));
            list(top).forEach((b, i) => {
                const name = str(b.binding) ?? str(b.name);
                if (!names.has(name))
                    traps.push({ what: `${key} binding ${name ?? `#${i + 1}`}`, key, path: [key, i] });
            });
        }
        else if (mine === undefined) {
            traps.push({ what: `\`${key}\``, key, path: [key] });
        }
    }
    return traps;
}


/***/ }),

/***/ 1581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xe: () => (/* binding */ resolveWranglerConfig),
/* harmony export */   is: () => (/* binding */ parseWranglerConfig),
/* harmony export */   zV: () => (/* binding */ WRANGLER_CONFIG_NAMES)
/* harmony export */ });
/* unused harmony exports findWranglerConfig, unterminatedString */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_jsonc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7197);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3292);
// Finding and reading the Worker's wrangler config as plain data, one parser per format.




/** Wrangler's own order of preference. */
const WRANGLER_CONFIG_NAMES = ['wrangler.json', 'wrangler.jsonc', 'wrangler.toml'];
function findWranglerConfig(dir) {
    return WRANGLER_CONFIG_NAMES.map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)).find((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file));
}
/** The one place that decides which wrangler config a run reads: the input, else wrangler's own discovery. */
function resolveWranglerConfig(config) {
    return config.wranglerConfig ?? findWranglerConfig(config.workingDirectory);
}
function parseWranglerConfig(file, text) {
    return file.endsWith('.toml') ? parseTomlConfig(text) : parseJsoncConfig(text);
}
function parseTomlConfig(text) {
    try {
        return { ok: true, raw: (0,smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text) };
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_3__/* .TomlError */ .zx) {
            // smol-toml reports a string left open as the line break inside it ("control characters").
            const open = unterminatedString(text.split('\n')[error.line - 1] ?? '');
            if (open) {
                const message = `unterminated string: the ${open.quote} opened at column ${open.column} of line ${error.line}` +
                    ` is not closed on that line (a ${open.quote}…${open.quote} string cannot span lines)`;
                return { ok: false, message, line: error.line, column: open.column };
            }
            return {
                ok: false,
                message: error.message.split('\n')[0] ?? 'invalid TOML',
                line: error.line,
                column: error.column,
            };
        }
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
}
/**
 * The quote (and its 1-based column) of a one-line TOML string that a line leaves open; undefined when
 * every string on it closes (or it opens a multi-line """ / ''' string, which may).
 */
function unterminatedString(line) {
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '#')
            return undefined;
        if (c !== '"' && c !== "'")
            continue;
        if (line.startsWith(c.repeat(3), i))
            return undefined;
        const start = i;
        for (i++; i < line.length && line[i] !== c; i++)
            if (c === '"' && line[i] === '\\')
                i++;
        if (i >= line.length)
            return { quote: c, column: start + 1 };
    }
    return undefined;
}
function parseJsoncConfig(text) {
    const errors = [];
    // Wrangler reads .json and .jsonc alike: comments and trailing commas are fine.
    const raw = _json_jsonc_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonc */ .M.parse(text, errors, { allowTrailingComma: true });
    const first = errors[0];
    if (first) {
        const before = text.slice(0, first.offset);
        const line = before.split('\n').length;
        return {
            ok: false,
            message: _json_jsonc_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonc */ .M.printParseErrorCode(first.error),
            line,
            column: first.offset - before.lastIndexOf('\n'),
        };
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return { ok: false, message: 'the top level must be an object' };
    return { ok: true, raw: raw };
}


/***/ }),

/***/ 9061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadWranglerSource)
});

// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/wrangler/toml-positions.ts
// Where each key and value of a TOML document sits, by path (`["env","production","kv_namespaces",0,"id"]`).
// smol-toml gives values but no positions, so this scanner only walks the syntax far enough to
// record positions; values always come from smol-toml.
const pathKey = (path) => JSON.stringify(path);
function tomlPositions(text) {
    const scanner = new TomlScanner(text);
    scanner.scanDocument();
    return scanner.positions;
}
/** A cursor over the text that records where each path's key and value start. */
class TomlScanner {
    text;
    positions = new Map();
    arrayTableCounts = new Map();
    i = 0;
    line = 1;
    lineStart = 0;
    table = [];
    constructor(text) {
        this.text = text;
    }
    scanDocument() {
        const { text } = this;
        while (this.i < text.length) {
            this.skipSpace(true);
            if (this.i >= text.length)
                break;
            if (text[this.i] === '[')
                this.readTableHeader();
            else if (!this.readKeyValueLine())
                continue;
            this.skipRestOfLine();
        }
    }
    here() {
        return { line: this.line, column: this.i - this.lineStart + 1 };
    }
    newline() {
        this.line++;
        this.lineStart = this.i + 1;
    }
    skipRestOfLine() {
        while (this.i < this.text.length && this.text[this.i] !== '\n')
            this.i++;
    }
    skipSpace(newlines) {
        const { text } = this;
        while (this.i < text.length) {
            const c = text[this.i];
            if (c === ' ' || c === '\t' || c === '\r')
                this.i++;
            else if (c === '#')
                this.skipRestOfLine();
            else if (c === '\n' && newlines) {
                this.newline();
                this.i++;
            }
            else
                break;
        }
    }
    skipString() {
        const { text } = this;
        const quote = text[this.i];
        const triple = text.startsWith(quote.repeat(3), this.i);
        this.i += triple ? 3 : 1;
        while (this.i < text.length) {
            const c = text[this.i];
            if (c === '\\' && quote === '"')
                this.i += 2;
            else if (triple && text.startsWith(quote.repeat(3), this.i)) {
                this.i += 3;
                while (text[this.i] === quote)
                    this.i++; // up to two quotes may end the content
                return;
            }
            else if (!triple && c === quote) {
                this.i++;
                return;
            }
            else if (c === '\n') {
                if (!triple)
                    return; // unterminated: smol-toml reports it
                this.newline();
                this.i++;
            }
            else
                this.i++;
        }
    }
    /** One key segment (quoted or bare), or undefined when there is none here. */
    readKeySegment() {
        const { text } = this;
        const c = text[this.i];
        const start = this.i;
        if (c === '"' || c === "'") {
            this.skipString();
            try {
                return c === '"' ? JSON.parse(text.slice(start, this.i)) : text.slice(start + 1, this.i - 1);
            }
            catch {
                return text.slice(start + 1, this.i - 1);
            }
        }
        while (this.i < text.length && /[A-Za-z0-9_-]/.test(text[this.i]))
            this.i++;
        return this.i === start ? undefined : text.slice(start, this.i);
    }
    readKey() {
        const position = this.here();
        const keys = [];
        for (;;) {
            this.skipSpace(false);
            const segment = this.readKeySegment();
            if (segment === undefined)
                break;
            keys.push(segment);
            this.skipSpace(false);
            if (this.text[this.i] === '.')
                this.i++;
            else
                break;
        }
        return { keys, position };
    }
    readValue(path, key) {
        this.skipSpace(false);
        this.positions.set(pathKey(path), { key, value: this.here() });
        const c = this.text[this.i];
        if (c === '"' || c === "'")
            this.skipString();
        else if (c === '[')
            this.readArray(path);
        else if (c === '{')
            this.readInlineTable(path);
        else
            while (this.i < this.text.length && !/[,\]}\n#]/.test(this.text[this.i]))
                this.i++;
    }
    readArray(path) {
        const { text } = this;
        this.i++;
        for (let index = 0;; index++) {
            this.skipSpace(true);
            if (this.i >= text.length || text[this.i] === ']')
                break;
            this.readValue([...path, index]);
            this.skipSpace(true);
            if (text[this.i] === ',')
                this.i++;
        }
        this.i++;
    }
    readInlineTable(path) {
        const { text } = this;
        this.i++;
        for (;;) {
            this.skipSpace(false);
            if (this.i >= text.length || text[this.i] === '}' || text[this.i] === '\n')
                break;
            const { keys, position } = this.readKey();
            if (text[this.i] !== '=')
                break;
            this.i++;
            this.readValue([...path, ...keys], position);
            this.skipSpace(false);
            if (text[this.i] === ',')
                this.i++;
        }
        if (text[this.i] === '}')
            this.i++;
    }
    /** `[table]` or `[[array.of.tables]]`: sets the table later keys belong to. */
    readTableHeader() {
        const position = this.here();
        const array = this.text[this.i + 1] === '[';
        this.i += array ? 2 : 1;
        const { keys } = this.readKey();
        this.i += array ? 2 : 1;
        if (array) {
            const name = pathKey(keys);
            const index = (this.arrayTableCounts.get(name) ?? -1) + 1;
            this.arrayTableCounts.set(name, index);
            this.table = [...keys, index];
            if (index === 0)
                this.positions.set(pathKey(keys), { key: position, value: position });
        }
        else {
            this.table = keys;
        }
        this.positions.set(pathKey(this.table), { key: position, value: position });
        // Every key of a dotted header is a table too ([env.production.vars] defines env.production).
        this.markParentTables([], keys, position);
    }
    /** `key = value`; false (having skipped the line) when the line is not one. */
    readKeyValueLine() {
        const { keys, position } = this.readKey();
        if (keys.length === 0 || this.text[this.i] !== '=') {
            // Not a key = value line; leave it to smol-toml's error and go on at the next line.
            this.skipRestOfLine();
            return false;
        }
        this.i++;
        this.readValue([...this.table, ...keys], position);
        this.markParentTables(this.table, keys, position);
        return true;
    }
    /** The dotted key's leading segments name tables; the first place one is seen is where it is defined. */
    markParentTables(base, keys, position) {
        for (let n = 1; n < keys.length; n++) {
            const key = pathKey([...base, ...keys.slice(0, n)]);
            if (!this.positions.has(key))
                this.positions.set(key, { key: position, value: position });
        }
    }
}

// EXTERNAL MODULE: ./src/wrangler/wrangler-file.ts
var wrangler_file = __webpack_require__(1581);
;// CONCATENATED MODULE: ./src/wrangler/wrangler-source.ts



function loadWranglerSource(file, display, text) {
    const parsed = (0,wrangler_file/* parseWranglerConfig */.is)(file, text);
    if (!parsed.ok) {
        return {
            ok: false,
            message: parsed.message,
            location: { file: display, line: parsed.line ?? 1, column: parsed.column || undefined },
        };
    }
    const raw = parsed.raw;
    const has = (path) => {
        let node = raw;
        for (const segment of path) {
            if (node === null || typeof node !== 'object' || !(segment in node))
                return false;
            node = node[segment];
        }
        return true;
    };
    let toml;
    const locateToml = (path, target) => {
        toml ??= tomlPositions(text);
        for (let n = path.length; n > 0; n--) {
            const found = toml.get(pathKey(path.slice(0, n)));
            if (found) {
                const position = target === 'key' ? (found.key ?? found.value) : found.value;
                return { file: display, line: position.line, column: position.column };
            }
        }
        return { file: display, line: 1 };
    };
    const locateJson = (path, target) => {
        const pointer = (0,json_source.toPointer)(path);
        const range = (0,json_source.locatePointers)(text, [{ pointer, target }]).get(`${target}:${pointer}`);
        return range ? { file: display, line: range.line, column: range.column } : { file: display, line: 1 };
    };
    return {
        ok: true,
        source: {
            file,
            display,
            raw,
            has,
            locate: (path, target = 'key') => (file.endsWith('.toml') ? locateToml(path, target) : locateJson(path, target)),
        },
    };
}


/***/ })

};
