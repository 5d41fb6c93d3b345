export const id = 279;
export const ids = [279];
export const modules = {

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


/***/ })

};
