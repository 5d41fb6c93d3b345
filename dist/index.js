#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony exports NO_ROUTE, isError, percentile, twoProportionZ, allErrorsOnCandidateChance */
// The canary's decision on real traffic (issue 23): the candidate against the baseline over the
// same window (Kayenta's rule: never against the long-running production's history), per version
// and per route. Pure: events in, numbers and a verdict out; the step runner does the I/O.
//
// The rules, with their numbers (docs/deploy.md compares them with Flagger, Argo and Kayenta):
// - error rate: a one-sided two-proportion z-test, z >= 2.33 (99 % one-sided), and the candidate's
//   rate above the baseline's by at least 1 percentage point, and at least 5 candidate errors (below
//   that the normal approximation the z-test rests on does not hold: one stray error at n = 50 gives z ~ 3);
// - a route that errors on the candidate and never on the baseline: at least 3 candidate errors, and
//   the chance that every error of that route lands on the candidate when both versions are equally
//   healthy (the exact hypergeometric probability: Fisher's test with no baseline error) at most 1 %;
// - latency: the candidate's P99 above 2x the baseline's and above it by 200 ms; `auto` judges it
//   only when each side has 500 timed requests (a P99 of fewer is a handful of outliers);
// - below `minRequests` requests on either side (default 50: Kayenta's minimum data points per
//   metric) the real-traffic verdict is inconclusive: it fails nothing.
const RULES = {
    zThreshold: 2.33,
    rateFloor: 0.01,
    minCandidateErrors: 5,
    routeMinErrors: 3,
    routeMaxChance: 0.01,
    latencyFactor: 2,
    latencyFloorMs: 200,
    latencyAutoSamples: 500,
    defaultMinRequests: 50,
    samplesKept: 5,
};
/** Which route a request without a logged route counts under. */
const NO_ROUTE = '(no route logged)';
/** An error: a 5xx answer, or an invocation that did not end `ok` (exception, limits, canceled). */
function isError(event) {
    return event.outcome !== 'ok' || (event.status !== undefined && event.status >= 500);
}
/** Counts accumulated over one window, per version, event by event (no event list is kept). */
class Tally {
    candidateId;
    baselineId;
    sides = new Map();
    /** Events of neither version (another deployment still propagating): counted, not judged. */
    other = 0;
    constructor(candidateId, baselineId) {
        this.candidateId = candidateId;
        this.baselineId = baselineId;
        for (const id of [candidateId, baselineId])
            this.sides.set(id, { numbers: emptyNumbers(id), times: [] });
    }
    add(event) {
        const side = this.sides.get(event.version);
        if (!side) {
            this.other++;
            return;
        }
        const n = side.numbers;
        const failed = isError(event);
        n.requests++;
        const route = (n.routes[event.route ?? NO_ROUTE] ??= { requests: 0, errors: 0 });
        route.requests++;
        if (failed) {
            n.errors++;
            route.errors++;
            if (n.samples.length < RULES.samplesKept)
                n.samples.push(sampleOf(event));
        }
        if (event.wallTimeMs !== undefined && Number.isFinite(event.wallTimeMs))
            side.times.push(event.wallTimeMs);
    }
    numbers(version) {
        const side = this.sides.get(version);
        const n = side.numbers;
        const routes = Object.fromEntries(Object.entries(n.routes).map(([k, v]) => [k, { ...v }]));
        const result = {
            ...n,
            routes,
            samples: [...n.samples],
            errorRate: n.requests ? n.errors / n.requests : 0,
            timed: side.times.length,
        };
        const p99 = percentile(side.times, 0.99);
        if (p99 !== undefined)
            result.p99Ms = p99;
        return result;
    }
    get candidate() {
        return this.numbers(this.candidateId);
    }
    get baseline() {
        return this.numbers(this.baselineId);
    }
}
function emptyNumbers(versionId) {
    return { versionId, requests: 0, errors: 0, errorRate: 0, timed: 0, routes: {}, samples: [] };
}
function sampleOf(event) {
    const sample = { method: event.method, path: event.path, outcome: event.outcome };
    if (event.status !== undefined)
        sample.status = event.status;
    if (event.exception)
        sample.exception = event.exception.slice(0, 200);
    return sample;
}
/** Nearest-rank percentile; undefined without values. */
function percentile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
/** One-sided two-proportion z statistic (pooled): how far the candidate's rate is above the baseline's. */
function twoProportionZ(xc, nc, xb, nb) {
    if (nc === 0 || nb === 0)
        return 0;
    const pooled = (xc + xb) / (nc + nb);
    if (pooled === 0 || pooled === 1)
        return 0;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nb));
    return (xc / nc - xb / nb) / se;
}
/**
 * The chance, were both versions equally healthy, that all `k` errors of `nc + nb` requests fall on
 * the candidate's `nc`: C(nc, k) / C(nc + nb, k) (Fisher's exact test when the baseline has none).
 */
function allErrorsOnCandidateChance(k, nc, nb) {
    if (k > nc)
        return 0;
    let p = 1;
    for (let i = 0; i < k; i++)
        p *= (nc - i) / (nc + nb - i);
    return p;
}
const pct = (rate) => `${(rate * 100).toFixed(rate > 0 && rate < 0.001 ? 2 : 1)} %`;
/** The real-traffic verdict of one window. */
function judge(candidate, baseline, options) {
    const notes = [];
    const thin = [candidate, baseline].filter((v) => v.requests < options.minRequests);
    if (thin.length > 0) {
        const counts = `${candidate.requests} candidate and ${baseline.requests} baseline requests`;
        return { verdict: 'inconclusive', reason: `${counts}, below ${options.minRequests} each`, notes };
    }
    const reasons = [];
    const rate = errorRateReason(candidate, baseline);
    if (rate)
        reasons.push(rate);
    reasons.push(...routeReasons(candidate, baseline));
    const latency = latencyReason(candidate, baseline, options, notes);
    if (latency)
        reasons.push(latency);
    return reasons.length ? { verdict: 'fail', reasons, notes } : { verdict: 'pass', notes };
}
function errorRateReason(c, b) {
    const z = twoProportionZ(c.errors, c.requests, b.errors, b.requests);
    const worse = c.errorRate > b.errorRate + RULES.rateFloor;
    if (!(z >= RULES.zThreshold && worse && c.errors >= RULES.minCandidateErrors))
        return undefined;
    const text = `error rate ${pct(c.errorRate)} (${c.errors}/${c.requests}) on the candidate against ` +
        `${pct(b.errorRate)} (${b.errors}/${b.requests}) on the baseline: z = ${z.toFixed(2)} >= ${RULES.zThreshold}`;
    return { rule: 'error-rate', text };
}
function routeReasons(c, b) {
    const reasons = [];
    for (const [route, numbers] of Object.entries(c.routes)) {
        // Requests the gateway logged no route for are the error-rate rule's: no line to name.
        if (route === NO_ROUTE)
            continue;
        const base = b.routes[route] ?? { requests: 0, errors: 0 };
        if (numbers.errors < RULES.routeMinErrors || base.errors > 0)
            continue;
        const chance = allErrorsOnCandidateChance(numbers.errors, numbers.requests, base.requests);
        if (chance > RULES.routeMaxChance)
            continue;
        const text = `${route} fails ${numbers.errors} of ${numbers.requests} requests on the candidate and none of ` +
            `${base.requests} on the baseline (chance if both were healthy: ${chance < 0.0001 ? '< 0.01' : (chance * 100).toFixed(2)} %)`;
        reasons.push({ rule: 'route-errors', route, text });
    }
    return reasons;
}
function latencyReason(c, b, options, notes) {
    if (options.latency === 'off')
        return undefined;
    const needed = options.latency === 'on' ? options.minRequests : RULES.latencyAutoSamples;
    if (c.p99Ms === undefined || b.p99Ms === undefined || c.timed < needed || b.timed < needed) {
        notes.push(`latency not judged: ${c.timed} and ${b.timed} timed requests, below ${needed} each`);
        return undefined;
    }
    const slower = c.p99Ms > RULES.latencyFactor * b.p99Ms && c.p99Ms > b.p99Ms + RULES.latencyFloorMs;
    if (!slower)
        return undefined;
    const text = `P99 latency ${Math.round(c.p99Ms)} ms on the candidate against ${Math.round(b.p99Ms)} ms on the baseline ` +
        `(over ${RULES.latencyFactor}x and ${RULES.latencyFloorMs} ms slower; ${c.timed} and ${b.timed} timed requests)`;
    return { rule: 'latency', text };
}


/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ accountConflict),
/* harmony export */   HA: () => (/* binding */ chooseAccount),
/* harmony export */   Qh: () => (/* binding */ ACCOUNT_FIX),
/* harmony export */   kK: () => (/* binding */ accountOrigin),
/* harmony export */   u1: () => (/* binding */ resolveAccount)
/* harmony export */ });
/* unused harmony exports configuredAccount, accountVariable */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9251);

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** The config's `account_id` for `environment`, where it is written (wrangler's `inheritable`). */
function configuredAccount(raw, environment) {
    const env = environment && isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : undefined;
    const own = nonEmpty(env?.account_id);
    if (own)
        return { id: own, path: ['env', environment, 'account_id'] };
    const top = nonEmpty(raw.account_id);
    return top ? { id: top, path: ['account_id'] } : undefined;
}
/** CLOUDFLARE_ACCOUNT_ID, else (only when that is unset) the deprecated CF_ACCOUNT_ID, as wrangler reads them. */
function accountVariable(env) {
    const name = 'CLOUDFLARE_ACCOUNT_ID' in env ? 'CLOUDFLARE_ACCOUNT_ID' : 'CF_ACCOUNT_ID';
    const id = nonEmpty(env[name]);
    return id ? { name, id } : undefined;
}
/** Which account wrangler will use, before asking the API anything. */
function chooseAccount(source, environment, env) {
    const configured = source ? configuredAccount(source.raw, environment) : undefined;
    const variable = accountVariable(env);
    if (configured) {
        const account = {
            id: configured.id,
            origin: { kind: 'config', path: configured.path, file: source.display },
        };
        return variable && variable.id !== configured.id ? { account, overridden: variable } : { account };
    }
    return variable ? { account: { id: variable.id, origin: { kind: 'variable', name: variable.name } } } : {};
}
/** Where the account comes from, in words: "`account_id` of env.production in wrangler.jsonc". */
function accountOrigin(origin) {
    if (origin.kind === 'variable')
        return origin.name;
    if (origin.kind === 'token')
        return "the token's only account";
    const env = origin.path.length > 1 ? ` of env.${String(origin.path[1])}` : '';
    return `\`account_id\`${env} in ${origin.file}`;
}
/** The one notice for a variable the config overrides: both accounts, and which one deploys. */
function accountConflict(choice, stage, locate) {
    const { account, overridden } = choice;
    if (!account || !overridden || account.origin.kind !== 'config')
        return undefined;
    const where = accountOrigin(account.origin);
    const location = locate?.(account.origin.path);
    return {
        stage,
        layer: 'binding',
        code: 'account_id_overrides_variable',
        category: 'client',
        severity: 'notice',
        message: `${overridden.name} names account ${overridden.id}, but ${where} names ${account.id}: wrangler deploys to ` +
            `${account.id} (the config wins), so the gate checks, deploys and rolls back on ${account.id}`,
        fix: `Remove ${overridden.name} from the step, or set it to ${account.id}, so both say the same account.`,
        ...(location ? { location } : {}),
    };
}
/** The chosen account, else the token's only one (GET /accounts, as wrangler asks when nothing names one). */
async function resolveAccount(api, choice) {
    if (choice.account)
        return { ok: true, account: choice.account };
    const answer = await (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiGet */ .Vg)(api, '/accounts?per_page=50');
    if (!answer.ok)
        return { ok: false, answer };
    const only = answer.result.length === 1 ? answer.result[0].id : undefined;
    if (only)
        return { ok: true, account: { id: only, origin: { kind: 'token' } } };
    return { ok: false, answer: undefined, count: answer.result.length };
}
/** What to do when no account could be chosen. */
const ACCOUNT_FIX = 'Set `account_id` in the wrangler config (or CLOUDFLARE_ACCOUNT_ID for the step), and check that' +
    ' CLOUDFLARE_API_TOKEN is valid.';


/***/ }),

/***/ 9251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ tokenIsValid),
/* harmony export */   Bu: () => (/* binding */ apiSettingsFromEnv),
/* harmony export */   Qt: () => (/* binding */ mainVersion),
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   Vg: () => (/* binding */ apiGet),
/* harmony export */   Wj: () => (/* binding */ workersSubdomain),
/* harmony export */   lr: () => (/* binding */ API_TROUBLE_FIX),
/* harmony export */   ot: () => (/* binding */ workerSubdomainState),
/* harmony export */   q0: () => (/* binding */ activeDeployment),
/* harmony export */   uJ: () => (/* binding */ describeUnavailable)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_BASE, retryAfterDelay */
// The few Cloudflare API reads the preflight makes, over the same endpoints wrangler uses and
// honouring CLOUDFLARE_API_BASE_URL. Rate limits, 5xx and timeouts are retried with backoff
// inside one time budget; everything else is answered as it is.
const DEFAULT_API_BASE = 'https://api.cloudflare.com/client/v4';
function apiSettingsFromEnv(env) {
    const token = env.CLOUDFLARE_API_TOKEN?.trim();
    if (!token)
        return undefined;
    return {
        baseUrl: (env.CLOUDFLARE_API_BASE_URL || env.CF_API_BASE_URL || DEFAULT_API_BASE).replace(/\/+$/, ''),
        token,
        timeoutMs: 10_000,
        budgetMs: 30_000,
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** GETs `path` (below the base URL); `raw` returns the body bytes (KV values are not enveloped). */
async function apiGet(api, path, options = {}) {
    const deadline = Date.now() + api.budgetMs;
    let last = { ok: false, kind: 'unavailable', message: 'no attempt made', attempts: 0 };
    for (let attempt = 1;; attempt++) {
        let retryAfterMs;
        try {
            const response = await fetch(`${api.baseUrl}${path}`, {
                headers: { authorization: `Bearer ${api.token}`, accept: 'application/json' },
                signal: AbortSignal.timeout(Math.max(1, Math.min(api.timeoutMs, deadline - Date.now()))),
            });
            const bytes = new Uint8Array(await response.arrayBuffer());
            if (options.raw && response.ok)
                return { ok: true, result: undefined, raw: bytes };
            let body;
            try {
                body = JSON.parse(new TextDecoder().decode(bytes));
            }
            catch {
                body = undefined;
            }
            if (response.ok && body?.success !== false)
                return { ok: true, result: body?.result };
            const error = body?.errors?.[0];
            const code = error?.code;
            const message = error?.message ?? `HTTP ${response.status}`;
            if (response.status === 429 || response.status >= 500) {
                retryAfterMs = retryAfterDelay(response.headers.get('retry-after'), Date.now());
                last = { ok: false, kind: 'unavailable', status: response.status, code, message, attempts: attempt };
            }
            else {
                const kind = code === 10000 || code === 9109 || code === 1000 || response.status === 401 || response.status === 403
                    ? 'auth'
                    : response.status === 404
                        ? 'not_found'
                        : 'error';
                return { ok: false, kind, status: response.status, code: code || undefined, message, attempts: attempt };
            }
        }
        catch (error) {
            const cause = error.cause;
            const reason = error.name === 'TimeoutError'
                ? `no answer within ${api.timeoutMs} ms`
                : (cause?.code ?? cause?.message ?? error.message);
            last = { ok: false, kind: 'unavailable', message: reason, attempts: attempt };
        }
        const backoff = retryAfterMs ?? Math.min(8_000, 500 * 2 ** (attempt - 1));
        // Never sleep past the budget: a wait it cannot afford ends the call, and says so.
        if (Date.now() + backoff >= deadline) {
            return retryAfterMs === undefined || last.ok ? last : { ...last, retryAfterS: Math.ceil(retryAfterMs / 1000) };
        }
        await sleep(backoff);
    }
}
/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or past. */
function retryAfterDelay(header, now) {
    if (header === null || header.trim() === '')
        return undefined;
    const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
    return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
/** A call the platform did not answer in time, in words: what it said, how often the gate asked, why it stopped. */
function describeUnavailable(answer, budgetMs) {
    const tries = `${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}`;
    const budget = `${Math.round(budgetMs / 1000)} s`;
    if (answer.retryAfterS === undefined)
        return `${answer.message} after ${tries} within ${budget}`;
    const wait = `Cloudflare asked to wait ${answer.retryAfterS} s (Retry-After)`;
    return `${answer.message}: ${wait}, longer than the gate's ${budget} budget; it stopped after ${tries}`;
}
/** What to do about the platform's trouble. */
const API_TROUBLE_FIX = 'Re-run the job; if it persists, check https://www.cloudflarestatus.com and the CLOUDFLARE_API_BASE_URL setting.';
/** The permission group an endpoint needs, named as in the dashboard's token editor. */
function permissionFor(path) {
    if (path.includes('/storage/kv/'))
        return 'Workers KV Storage: Read';
    if (path.includes('/d1/'))
        return 'D1: Read';
    if (path.includes('/r2/'))
        return 'Workers R2 Storage: Read';
    if (path.includes('/queues'))
        return 'Queues: Read';
    if (path.includes('/hyperdrive/'))
        return 'Hyperdrive: Read';
    if (path.includes('/workers/'))
        return 'Workers Scripts: Read';
    return 'Account Settings: Read';
}
/**
 * The Worker's active deployment (newest first, as wrangler reads them); `exists: false` for a Worker not created
 * yet.
 */
async function activeDeployment(api, accountId, script) {
    const answer = await apiGet(api, `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/deployments`);
    if (!answer.ok)
        return answer.kind === 'not_found' ? { ok: true, exists: false } : { ok: false, answer };
    const deployment = answer.result?.deployments?.[0];
    return { ok: true, exists: true, deployment };
}
/** The version that carries most of a deployment's traffic. */
function mainVersion(deployment) {
    return [...(deployment?.versions ?? [])].sort((a, b) => b.percentage - a.percentage)[0]?.version_id;
}
/** The account's workers.dev subdomain, for a Worker's URL when wrangler does not print one. */
async function workersSubdomain(api, accountId) {
    const answer = await apiGet(api, `/accounts/${accountId}/workers/subdomain`);
    return answer.ok ? answer.result?.subdomain : undefined;
}
/** Whether a Worker answers on workers.dev and at preview URLs (undefined when the API did not say). */
async function workerSubdomainState(api, accountId, script) {
    const path = `/accounts/${accountId}/workers/scripts/${encodeURIComponent(script)}/subdomain`;
    const answer = await apiGet(api, path);
    if (!answer.ok || typeof answer.result?.enabled !== 'boolean')
        return undefined;
    return { enabled: answer.result.enabled, previewsEnabled: answer.result.previews_enabled === true };
}
/** Cloudflare answers 10000 both to a bad token and to a missing permission; the verify endpoint tells which. */
async function tokenIsValid(api) {
    const answer = await apiGet(api, '/user/tokens/verify');
    return answer.ok && (answer.result?.status ?? 'active') === 'active';
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ asResult),
/* harmony export */   B: () => (/* binding */ resultOf)
/* harmony export */ });
// TypeScript cannot relate a generic name to the union member it selects (microsoft/TypeScript#30581):
// these two assertions, each behind a check of `name`, are the only place stage results are asserted.
/** A generic stage's record as the union. */
function asResult(record) {
    return record;
}
/** The result of the stage `name` among `results`, typed by its name. */
function resultOf(results, name) {
    return results.find((r) => r.name === name);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zu: () => (/* binding */ StageError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Bad usage: a flag, an input or a path the gate cannot work with. Exit status 2, no stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}
/**
 * A stage could not run at all (a missing config, an invalid schema). Carries the finding that
 * explains it, so the report still says what happened; exit status 2.
 */
class StageError extends Error {
    name = 'StageError';
    findings;
    constructor(findings) {
        const list = Array.isArray(findings) ? findings : [findings];
        super(list[0]?.message ?? 'stage could not run');
        this.findings = list;
    }
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export MAX_TEXT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
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

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   _2: () => (/* binding */ findingFactory),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   y1: () => (/* binding */ STAGE_NAMES)
/* harmony export */ });
/* unused harmony exports LAYERS, compareFindings */
// The finding model shared by every stage, shaped like the contract's report schema.
const STAGE_NAMES = ['validate', 'preflight', 'test', 'deploy', 'smoke', 'rollback', 'report'];
const LAYERS = [
    'config',
    'binding',
    'test',
    'deploy',
    'edge',
    'routing',
    'auth',
    'upstream',
    'gateway',
    'probe',
];
/**
 * The platform's failures, by code: an edge still serving the old version, Cloudflare's own 11xx
 * errors (other than 1101/1102, the Worker's), the API rate-limiting, failing (5xx), unreachable
 * or not answering, a wrangler that hung or wrote no output, a rollback the API does not reflect.
 */
const PLATFORM_CODES = new RegExp('^(stale_version|edge_error_(\\d+|unknown)|cloudflare_rate_limited|cloudflare_api_(unreachable|unavailable|error)' +
    '|wrangler_timeout|wrangler_output_missing|rollback_not_effective)$');
/** Cloudflare API error codes that are the platform's: rate limited (971), internal server error (10002). */
const PLATFORM_API_CODES = new Set([971, 10002]);
/**
 * Who must act on a finding that is not an upstream failure (those take RFC 9209's sorting).
 * `apiCode` is the Cloudflare API's error code behind it, when there is one (wrangler prints it).
 */
function ownerOf(code, apiCode) {
    const platform = PLATFORM_CODES.test(code) || (apiCode !== undefined && PLATFORM_API_CODES.has(apiCode));
    return platform ? 'internal' : 'client';
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Most important first: severity, then request-order layer, then position in the file. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
        (a.location?.file ?? '\uffff').localeCompare(b.location?.file ?? '\uffff') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function formatLocation(location) {
    if (!location)
        return '';
    return `${location.file}:${location.line}${location.column ? `:${location.column}` : ''}`;
}
/**
 * The one finding builder: a stage's findings share its stage and usual layer. Stages that act on
 * the platform (`owned`) also say who must act, from the code; extras left undefined stay absent.
 */
function findingFactory(stage, layer, options = {}) {
    return (code, severity, message, fix, extras = {}) => {
        const built = { stage, layer, code, severity, message, fix };
        if (options.owned)
            built.category = ownerOf(code);
        for (const [key, value] of Object.entries(extras))
            if (value !== undefined)
                Object.assign(built, { [key]: value });
        return built;
    };
}


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   j4: () => (/* binding */ pathShape),
/* harmony export */   mx: () => (/* binding */ apiSurface)
/* harmony export */ });
/* harmony import */ var _route_matching_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1427);
// The gateway's API as a client sees it: each route's method and path, whether it needs a token,
// where it goes (the integration's resolved target), its static answer and its mappings. Read
// from a config after the gateway's own substitution, so a URL held in a var counts as the URL.

const record = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const text = (value) => (typeof value === 'string' ? value : undefined);
const list = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/** JSON with object keys sorted, so two equal values written in another order compare equal. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const obj = record(value);
    if (obj) {
        const keys = Object.keys(obj).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function pathShape(path) {
    return path
        .split('/')
        .map((segment) => ((0,_route_matching_js__WEBPACK_IMPORTED_MODULE_0__/* .isParam */ .Um)(segment) && segment !== _route_matching_js__WEBPACK_IMPORTED_MODULE_0__/* .WILDCARD */ .bs ? '{}' : segment))
        .join('/');
}
/** Alias → what it stands for, for `servers` (the URL) and `services` / `serviceBindings` (the binding). */
function aliases(config) {
    const out = new Map();
    const add = (key, describe) => {
        const entries = config[key];
        if (!Array.isArray(entries))
            return;
        for (const entry of entries) {
            const e = record(entry);
            const alias = text(e?.alias);
            const what = e ? describe(e) : undefined;
            if (alias && what && !out.has(`${key}:${alias}`))
                out.set(`${key}:${alias}`, what);
        }
    };
    add('servers', (e) => (e.url === undefined ? undefined : String(e.url)));
    add('services', (e) => text(e.entrypoint));
    add('serviceBindings', (e) => text(e.binding));
    add('servicesBindings', (e) => text(e.binding));
    return out;
}
function targetOf(route, known) {
    const integration = record(route.integration);
    if (!integration)
        return route.response !== undefined ? 'a static response' : 'nothing';
    const type = text(integration.type) ?? '?';
    const server = text(integration.server);
    const binding = text(integration.binding);
    const fn = text(integration.function);
    if (server !== undefined)
        return `${type} → ${known.get(`servers:${server}`) ?? `server "${server}"`}`;
    if (binding !== undefined) {
        const resolved = known.get(`services:${binding}`) ??
            known.get(`serviceBindings:${binding}`) ??
            known.get(`servicesBindings:${binding}`) ??
            binding;
        return `${type} → ${resolved}${fn ? `.${fn}` : ''}`;
    }
    return type;
}
function corsOf(value) {
    const cors = record(value);
    if (!cors)
        return undefined;
    return {
        origins: list(cors.allow_origins),
        methods: list(cors.allow_methods).map((m) => m.toUpperCase()),
        headers: list(cors.allow_headers).map((h) => h.toLowerCase()),
        credentials: cors.allow_credentials === true,
    };
}
/** The API of a (substituted) gateway config; what is not a route object is skipped. */
function apiSurface(config) {
    const root = record(config) ?? {};
    const known = aliases(root);
    const routes = [];
    const paths = Array.isArray(root.paths) ? root.paths : [];
    paths.forEach((item, index) => {
        const route = record(item);
        const path = text(route?.path);
        if (!route || path === undefined)
            return;
        const method = (text(route.method) ?? 'ANY').toUpperCase();
        routes.push({
            name: `${method} ${path}`,
            method,
            path,
            shape: pathShape(path),
            pointer: `/paths/${index}`,
            auth: route.auth === true,
            authWritten: Object.hasOwn(route, 'auth'),
            target: targetOf(route, known),
            response: route.response === undefined ? undefined : canonicalJson(route.response),
            mapping: route.mapping === undefined ? undefined : canonicalJson(route.mapping),
        });
    });
    const authorizer = root.authorizer === undefined ? undefined : canonicalJson(root.authorizer);
    return { routes, authorizer, cors: corsOf(root.cors) };
}


/***/ }),

/***/ 5647:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gk: () => (/* binding */ finding),
  p0: () => (/* binding */ locateConfig),
  Ik: () => (/* binding */ validateConfigText)
});

// UNUSED EXPORTS: CONFIG_CANDIDATES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/files.ts
var files = __nccwpck_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __nccwpck_require__(3383);
// EXTERNAL MODULE: ./src/json/jsonc.ts
var jsonc = __nccwpck_require__(7197);
// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __nccwpck_require__(1279);
// EXTERNAL MODULE: ./src/json/value-scan.ts
var value_scan = __nccwpck_require__(5037);
;// CONCATENATED MODULE: ./src/json/duplicate-keys.ts
// A key written twice in one object: JSON.parse (and so the gateway) keeps the last and drops the
// first without a word. A cheap count decides whether to look (members in the text against keys
// in the parsed value); only a config that has duplicates pays for the positions.



/**
 * Every key that repeats an earlier key of the same object, in the order written. `keys`: the
 * keys in the value, when the caller has counted them (validate does, in the walk it makes anyway).
 */
function findDuplicateKeys(text, value, keys) {
    const inValue = keys ?? (0,value_scan/* scanValue */.j)(value, json_source/* MAX_DEPTH */.lr).keys;
    // The text writes at least as many members as the value keeps; the same number means no duplicate.
    // The native count settles nearly every config; the exact pass over the text, the rest.
    if ((0,json_source/* countMembersAtLeast */.lz)(text) === inValue || (0,json_source/* scanJsonText */.jN)(text, Infinity).members === inValue)
        return [];
    const found = [];
    const objects = [];
    jsonc/* jsonc */.M.visit(text, {
        onObjectBegin: () => void objects.push(new Map()),
        onObjectEnd: () => void objects.pop(),
        onObjectProperty: (key, offset, length) => {
            const seen = objects[objects.length - 1];
            const first = seen?.get(key);
            if (first !== undefined)
                found.push({ key, range: (0,json_source/* rangeAt */.B3)(text, offset, length), firstLine: (0,json_source/* rangeAt */.B3)(text, first, 1).line });
            else
                seen?.set(key, offset);
        },
    });
    return found;
}

;// CONCATENATED MODULE: ./src/gateway/schema-cycles.ts
// A schema whose $ref leads back to itself without descending into the data ({"$ref": "#"}, or
// two definitions that only refer to each other) makes every validator recurse until the stack
// overflows. Found before validating, so it is a finding on the $ref, not a crash.

// Keywords that apply a subschema to the same value (they do not descend into the data).
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_MANY = ['allOf', 'anyOf', 'oneOf'];
function at(schema, pointer) {
    let node = schema;
    for (const key of (0,json_source/* fromPointer */.kU)(pointer)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
/** Subschemas applied to the same value, with the pointer of the keyword that leads there. */
function inPlaceEdges(schema, pointer) {
    const node = at(schema, pointer);
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return [];
    const obj = node;
    const edges = [];
    const ref = obj.$ref;
    if (typeof ref === 'string' && (ref === '#' || ref.startsWith('#/'))) {
        edges.push({ target: decodeURIComponent(ref.slice(1)), via: `${pointer}/$ref` });
    }
    for (const key of IN_PLACE_ONE)
        if (key in obj)
            edges.push({ target: `${pointer}/${key}`, via: `${pointer}/${key}` });
    for (const key of IN_PLACE_MANY) {
        const list = obj[key];
        if (Array.isArray(list))
            list.forEach((_, i) => edges.push({ target: (0,json_source.toPointer)([...(0,json_source/* fromPointer */.kU)(pointer), key, i]), via: `${pointer}/${key}` }));
    }
    return edges;
}
/** Every local `$ref` target in the schema: where a cycle can start. */
function refTargets(node, out) {
    if (node === null || typeof node !== 'object')
        return out;
    for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && (value === '#' || value.startsWith('#/')))
            out.add(decodeURIComponent(value.slice(1)));
        else
            refTargets(value, out);
    }
    return out;
}
/** The pointer of a `$ref` that closes a cycle applied to one value, or undefined. */
function findRefCycle(schema) {
    const done = new Set();
    const visit = (pointer, stack) => {
        if (done.has(pointer))
            return undefined;
        stack.add(pointer);
        for (const edge of inPlaceEdges(schema, pointer)) {
            if (stack.has(edge.target))
                return edge.via;
            const found = visit(edge.target, stack);
            if (found)
                return found;
        }
        stack.delete(pointer);
        done.add(pointer);
        return undefined;
    };
    for (const start of ['', ...refTargets(schema, new Set())]) {
        const found = visit(start, new Set());
        if (found)
            return found;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/gateway/config-issue.ts
/** Human path of a pointer into a gateway config: "paths[3].integration (route GET /users/{id})". */
function describePointer(config, pointer) {
    const segs = pointer === ''
        ? []
        : pointer
            .slice(1)
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (segs.length === 0)
        return 'the config';
    let text = '';
    for (const seg of segs)
        text += /^\d+$/.test(seg) ? `[${seg}]` : text === '' ? seg : `.${seg}`;
    const route = routeLabel(config, segs);
    return route ? `${text} (${route})` : text;
}
function routeLabel(config, segs) {
    if (segs[0] !== 'paths' || segs[1] === undefined)
        return undefined;
    const route = config?.paths?.[Number(segs[1])];
    if (!route || typeof route !== 'object')
        return undefined;
    const method = typeof route.method === 'string' ? route.method : '?';
    const path = typeof route.path === 'string' ? route.path : '?';
    return `route ${method} ${path}`;
}

;// CONCATENATED MODULE: ./src/gateway/schema-messages.ts


function issuesFromAjvErrors(errors, data) {
    // anyOf/oneOf report every branch's failure before their own; one combined message reads better.
    const combinators = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .map((e) => e.schemaPath + '/');
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        if (error.keyword === 'if')
            continue; // the failing "then" branch says what is wrong
        if (combinators.some((prefix) => error.schemaPath.startsWith(prefix)))
            continue;
        const issue = issueFromAjvError(error, data, errors);
        const key = `${issue.pointer}|${issue.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    // A generic "no allowed shape" adds nothing where a branch (reached through $ref) already said
    // what is wrong.
    const saidElsewhere = (i) => issues.some((o) => o !== i && o.pointer === i.pointer);
    return issues.filter((i) => i.code !== 'schema_violation' || !saidElsewhere(i));
}
function valueAt(data, pointer) {
    let node = data;
    for (const seg of pointer === '' ? [] : pointer.slice(1).split('/')) {
        const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
function lastName(pointer) {
    const seg = pointer
        .slice(pointer.lastIndexOf('/') + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
    return seg === '' ? 'the config' : /^\d+$/.test(seg) ? `item ${seg}` : `\`${seg}\``;
}
function issueFromAjvError(error, data, all) {
    const pointer = error.instancePath;
    const c = {
        error,
        all,
        pointer,
        where: describePointer(data, pointer),
        name: lastName(pointer),
        value: valueAt(data, pointer),
        params: error.params,
        base: { severity: 'error', pointer, target: 'value' },
    };
    switch (error.keyword) {
        case 'required':
            return missingPropertyIssue(c);
        case 'additionalProperties':
            return unknownPropertyIssue(c);
        case 'enum':
            return notAllowedValueIssue(c);
        case 'const':
            return notTheConstantIssue(c);
        case 'type':
            return wrongTypeIssue(c);
        case 'pattern':
            return patternIssue(c);
        case 'format':
            return formatIssue(c);
        case 'minLength':
            return tooShortIssue(c);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return outOfRangeIssue(c);
        case 'uniqueItems':
            return duplicateItemIssue(c);
        case 'anyOf':
        case 'oneOf':
            return noBranchMatchesIssue(c);
        default:
            return otherSchemaIssue(c);
    }
}
function missingPropertyIssue({ base, params, where }) {
    const missing = String(params.missingProperty);
    return {
        ...base,
        code: 'missing_property',
        message: `${where} is missing the required property \`${missing}\``,
        fix: `Add "${missing}" to ${where}.`,
    };
}
function unknownPropertyIssue({ base, params, where, pointer, error }) {
    const extra = String(params.additionalProperty);
    const allowed = Object.keys(error.parentSchema?.properties ?? {});
    const suggestion = (0,src_text/* closest */.kp)(extra, allowed);
    return {
        ...base,
        code: 'unknown_property',
        pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        target: 'key',
        message: `${where} has an unknown property \`${extra}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''),
        fix: suggestion ? `Rename "${extra}" to "${suggestion}".` : `Remove "${extra}"; allowed here: ${(0,src_text/* listOf */.c3)(allowed)}.`,
    };
}
function notAllowedValueIssue({ base, params, where, name, value }) {
    const allowed = params.allowedValues ?? [];
    const suggestion = typeof value === 'string'
        ? (0,src_text/* closest */.kp)(value, allowed.filter((v) => typeof v === 'string'))
        : undefined;
    const headHint = value === 'HEAD' && name === '`method`' ? ' (the gateway does not route HEAD; use GET or ANY)' : '';
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be one of ${(0,src_text/* listOf */.c3)(allowed)}; got ${(0,src_text/* quote */.hD)(value)}${headHint}`,
        fix: suggestion ? `Use "${suggestion}".` : `Use one of ${(0,src_text/* listOf */.c3)(allowed)} in ${where}.`,
    };
}
function notTheConstantIssue({ base, params, where, name, value }) {
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} must be ${(0,src_text/* quote */.hD)(params.allowedValue)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Set ${where} to ${(0,src_text/* quote */.hD)(params.allowedValue)}.`,
    };
}
function wrongTypeIssue({ base, params, where, name, value }) {
    const wanted = String(params.type).split(',').map(article).join(' or ');
    const shown = typeof value === 'string' || typeof value === 'number' ? ` (${(0,src_text/* quote */.hD)(value)})` : '';
    return {
        ...base,
        code: 'wrong_type',
        message: `${name} must be ${wanted}; got ${(0,src_text/* typeName */.go)(value)}${shown}`,
        fix: `Change ${where} to ${wanted}.`,
    };
}
function patternIssue({ base, params, where, name, value }) {
    const startsWithSlash = params.pattern === '^/';
    return {
        ...base,
        code: 'invalid_format',
        message: startsWithSlash
            ? `${name} must start with /; got ${(0,src_text/* quote */.hD)(value)}`
            : `${name} must match ${String(params.pattern)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: startsWithSlash && typeof value === 'string' ? `Use "/${value}".` : `Fix ${where}.`,
    };
}
function formatIssue({ base, params, where, name, value }) {
    return {
        ...base,
        code: 'invalid_format',
        message: `${name} must be a valid ${String(params.format)}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Fix ${where}.`,
    };
}
function tooShortIssue({ base, params, where, name, value }) {
    return Number(params.limit) <= 1
        ? { ...base, code: 'empty_value', message: `${name} must not be empty`, fix: `Give ${where} a value.` }
        : {
            ...base,
            code: 'invalid_value',
            message: `${name} must be at least ${String(params.limit)} characters; got ${(0,src_text/* quote */.hD)(value)}`,
        };
}
function outOfRangeIssue({ base, error, where, name, value }) {
    return {
        ...base,
        code: 'invalid_value',
        message: `${name} ${error.message ?? 'is out of range'}; got ${(0,src_text/* quote */.hD)(value)}`,
        fix: `Fix ${where}.`,
    };
}
function duplicateItemIssue({ base, params, where, name, value, pointer }) {
    const repeated = (0,src_text/* quote */.hD)(value?.[Number(params.i)]);
    return {
        ...base,
        code: 'duplicate_item',
        pointer: `${pointer}/${String(params.i)}`,
        message: `${name} lists ${repeated} twice (items ${String(params.j)} and ${String(params.i)})`,
        fix: `Remove the repeated item from ${where}.`,
    };
}
/** anyOf/oneOf: when every branch only lacks a property, name the choices; else a generic shape mismatch. */
function noBranchMatchesIssue({ base, error, all, where }) {
    const branches = all.filter((e) => e.schemaPath.startsWith(error.schemaPath + '/'));
    const requiredOnly = branches.length > 0 && branches.every((e) => e.keyword === 'required');
    if (requiredOnly) {
        const names = branches.map((e) => `\`${String(e.params.missingProperty)}\``);
        return {
            ...base,
            code: 'missing_property',
            message: `${where} needs one of ${names.join(' or ')}`,
            fix: `Add ${names.join(' or ')} to ${where}.`,
        };
    }
    return {
        ...base,
        code: 'schema_violation',
        message: `${where} does not match any of the allowed shapes`,
        fix: `Compare ${where} with the schema.`,
    };
}
function otherSchemaIssue({ base, error, where }) {
    return {
        ...base,
        code: 'schema_violation',
        message: `${where} ${error.message ?? `fails ${error.keyword}`}`,
        fix: `Fix ${where} (schema keyword ${error.keyword}).`,
    };
}
function article(type) {
    if (type === 'null')
        return 'null';
    if (type === 'object' || type === 'array' || type === 'integer')
        return `an ${type}`;
    return `a ${type}`;
}

;// CONCATENATED MODULE: ./src/gateway/schema-source.ts
// Which JSON Schema the config is checked against, and compiling a user's schema with ajv.






/**
 * The `schema` input first (the user asked for it), then the config's own local `$schema`, then the
 * bundled schema. A `$schema` that names no file is a warning either way: the editor hint is broken.
 */
function chooseSchema(config, configFile, schemaInput, exists) {
    const issues = [];
    const own = config?.$schema;
    let ownFile;
    if (typeof own === 'string' && own !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(own)) {
        const file = external_node_path_default().resolve(external_node_path_default().dirname(configFile), own);
        if (exists(file))
            ownFile = file;
        else {
            issues.push({
                code: 'schema_not_found',
                severity: 'warning',
                pointer: '/$schema',
                target: 'value',
                message: `$schema names ${JSON.stringify(own)}, which does not exist next to the config; validated against` +
                    ` ${schemaInput ? 'the schema input' : 'the bundled schema'} instead`,
                fix: 'Fix the $schema path (relative to the config file) or remove it.',
            });
        }
    }
    if (schemaInput)
        return { choice: { kind: 'file', file: schemaInput, origin: 'schema input' }, issues };
    if (ownFile)
        return { choice: { kind: 'file', file: ownFile, origin: '$schema' }, issues };
    return { choice: { kind: 'bundled' }, issues };
}
/**
 * The validator for a choice. A broken schema input stops the stage (exit 2: the gate cannot do
 * what it was asked); a broken `$schema` of the config's own is a warning on the schema's line,
 * and the config is validated against the bundled schema instead, so every other check still runs.
 * (On Workers the gateway cannot compile a schema at runtime, so a broken one breaks no deploy.)
 */
async function loadValidator(choice, display) {
    if (choice.kind === 'bundled')
        return { validator: await bundledValidator(), choice, findings: [] };
    if (choice.origin === 'schema input')
        return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
    try {
        return { validator: await compileSchemaFile(choice.file, display), choice, findings: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* StageError */.Zu))
            throw error;
        const findings = error.findings.map((f) => ({
            ...f,
            severity: 'warning',
            message: `${f.message}; the config's $schema names it, so the config was validated against the bundled schema` +
                ` instead`,
        }));
        return { validator: await bundledValidator(), choice: { kind: 'bundled' }, findings };
    }
}
/** The bundled schema, compiled at build time (scripts/generate-validator.mjs). */
async function bundledValidator() {
    const mod = await __nccwpck_require__.e(/* import() */ 620).then(__nccwpck_require__.bind(__nccwpck_require__, 3620));
    return mod.default;
}
// ajv ships CommonJS with `exports.default`; Node and bundlers disagree on which one `default` is.
function interop(mod) {
    const d = mod.default ?? mod;
    return (d.default ?? d);
}
async function ajvFor(schema) {
    const meta = String(schema?.$schema ?? '');
    if (/draft-0[67]|draft-04/.test(meta))
        return interop(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23)));
    if (/2019-09/.test(meta))
        return interop(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(878)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 878, 23)));
    return interop(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 23)));
}
/** Loads and compiles a user's schema; anything wrong with it stops the stage (exit 2). */
async function compileSchemaFile(file, display) {
    const fail = (code, message, fix, location) => {
        throw new errors/* StageError */.Zu({
            stage: 'validate',
            layer: 'config',
            code,
            severity: 'error',
            message,
            fix,
            location,
        });
    };
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok) {
        const code = read.reason === 'missing' ? 'schema_not_found' : 'schema_unreadable';
        const fix = "Point the `schema` input (or the config's $schema) at a JSON Schema file.";
        const where = read.reason === 'missing' ? undefined : { file: display, line: read.line ?? 1 };
        return fail(code, `schema ${display} ${read.detail}`, fix, where);
    }
    const parsed = (0,json_source/* parseJson */.qF)(read.text);
    if (!parsed.ok) {
        return fail('schema_invalid', `schema ${display} is not valid JSON: ${parsed.problem.message}`, 'Fix the JSON syntax of the schema.', { file: display, ...rangeOf(parsed.problem.range) });
    }
    const schema = parsed.value;
    if (/draft-04/.test(String(schema?.$schema ?? ''))) {
        return fail('schema_unsupported', `schema ${display} is JSON Schema draft-04, which ajv 8 does not support`, 'Use draft-07 or 2020-12 ($schema).');
    }
    const Ajv = await ajvFor(schema);
    // strict:false: user schemas often carry editor keywords and custom formats; they are not our errors.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, logger: false, validateFormats: true });
    interop(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(196)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23)))(ajv);
    if (ajv.validateSchema(schema) !== true) {
        const issues = issuesFromAjvErrors(ajv.errors ?? [], schema);
        const located = (0,json_source.locatePointers)(read.text, issues.map((i) => ({ pointer: i.pointer, target: i.target })));
        throw new errors/* StageError */.Zu(issues.map((issue) => ({
            stage: 'validate',
            layer: 'config',
            code: 'schema_invalid',
            severity: 'error',
            message: `schema ${display} is not a valid JSON Schema: ${issue.message}`,
            fix: schemaFix(issue.pointer),
            location: { file: display, ...rangeOf(located.get(`${issue.target}:${issue.pointer}`)) },
        })));
    }
    const cycle = findRefCycle(schema);
    if (cycle !== undefined) {
        const range = (0,json_source.locatePointers)(read.text, [{ pointer: cycle, target: 'key' }]).get(`key:${cycle}`);
        const message = `schema ${display}: the $ref at ${cycle} leads back to a schema it is part of ` +
            'without looking into the data, so validating would never end';
        const fix = 'Point the $ref at a definition that checks something, or remove it.';
        return fail('schema_invalid', message, fix, range ? { file: display, ...rangeOf(range) } : undefined);
    }
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        return fail('schema_invalid', `schema ${display} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`, 'Fix the schema ($ref targets must exist inside it).');
    }
}
/** Keywords that, written inside `properties`, declare a property of that name instead. */
const MISPLACED = /\/properties\/(required|type|properties|items|additionalProperties|enum|const)$/;
/** The fix for a schema that fails its meta-schema; a keyword nested inside `properties` is the usual slip. */
function schemaFix(pointer) {
    const keyword = MISPLACED.exec(pointer)?.[1];
    if (!keyword)
        return 'Fix the schema so it validates against its meta-schema.';
    return (`Move \`${keyword}\` out of \`properties\` to sit beside it: inside \`properties\` it declares a property` +
        ` named "${keyword}", whose value must be a schema.`);
}
function rangeOf(range) {
    return {
        line: Math.max(1, range.line),
        column: Math.max(1, range.column),
        endLine: Math.max(1, range.endLine),
        endColumn: Math.max(1, range.endColumn),
    };
}

// EXTERNAL MODULE: ./src/gateway/substitution.ts
var substitution = __nccwpck_require__(7325);
;// CONCATENATED MODULE: ./src/wrangler/gateway-hosts.ts
function gatewayHostsOf(raw) {
    const workerNames = [];
    const hosts = [];
    const topName = typeof raw.name === 'string' ? raw.name : undefined;
    const collect = (section, name) => {
        if (name)
            workerNames.push(name.toLowerCase());
        const routes = [section.route, ...(Array.isArray(section.routes) ? section.routes : [])];
        for (const route of routes) {
            const pattern = typeof route === 'string' ? route : route?.pattern;
            if (typeof pattern === 'string')
                hosts.push(hostOfPattern(pattern));
        }
    };
    collect(raw, topName);
    const envs = raw.env && typeof raw.env === 'object' ? raw.env : {};
    for (const [envName, section] of Object.entries(envs)) {
        if (!section || typeof section !== 'object')
            continue;
        const s = section;
        collect(s, typeof s.name === 'string' ? s.name : topName ? `${topName}-${envName}` : undefined);
    }
    return { workerNames: [...new Set(workerNames)], hosts: [...new Set(hosts.filter(Boolean))] };
}
function hostOfPattern(pattern) {
    return pattern
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .split(':')[0]
        .toLowerCase();
}
function pointsAtGateway(hostname, gateway) {
    const host = hostname.toLowerCase();
    if (gateway.workerNames.some((name) => host === `${name}.workers.dev` ||
        (host.startsWith(`${name}.`) && host.endsWith('.workers.dev') && host.split('.').length === 4))) {
        return true;
    }
    return gateway.hosts.some((h) => h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h);
}

;// CONCATENATED MODULE: ./src/gateway/server-urls.ts

const PRIVATE_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;
/** RFC 6761/6762 names the public DNS never delegates: the edge cannot resolve them. */
const NEVER_RESOLVES = /(?:^|\.)(invalid|localhost|test|example|local)\.?$/i;
/** RFC 2606 documentation domains: they resolve, to IANA's example page, not to an API. */
const DOCUMENTATION = /(?:^|\.)example\.(?:com|net|org)\.?$/i;
/** The one problem of `url`, most certain first; undefined when the edge can use it. */
function serverUrlProblem(url, gatewayHosts) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        const fix = 'a full URL with scheme and host, like "https://<upstream host>/v1"';
        return problem('invalid_server_url', 'error', 'is not an absolute URL', `Use ${fix}.`, fix);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        const says = `uses ${parsed.protocol}; the gateway can only proxy to http(s)`;
        return problem('invalid_server_url', 'error', says, 'Use an https:// URL.', 'an https:// URL');
    }
    if (gatewayHosts && pointsAtGateway(parsed.hostname, gatewayHosts)) {
        return problem('server_points_to_gateway', 'error', 'points at this gateway itself: every proxied request would loop (Cloudflare error 1019/1042)', 'Point the server at the real upstream, or use a service binding to call another Worker.', "the real upstream's URL (a service binding calls another Worker)");
    }
    return hostProblem(url, parsed);
}
function hostProblem(url, parsed) {
    const host = parsed.hostname;
    const tld = host === 'localhost' ? undefined : NEVER_RESOLVES.exec(host)?.[1]?.toLowerCase();
    if (tld) {
        return problem('unresolvable_server_host', 'error', `is under .${tld}, a special-use name (RFC ${tld === 'local' ? '6762' : '6761'})` +
            ' that public DNS never resolves: every proxied request fails on the edge', "Use the upstream's public hostname, and an $env.X reference if it differs per environment.", "the upstream's public URL");
    }
    if (PRIVATE_HOST.test(host)) {
        return problem('private_server_url', 'warning', 'is a local or private address the Cloudflare edge cannot reach', "Use the upstream's public URL here, and an $env.X reference if it differs per environment.", "the upstream's public URL (a local address answers only under wrangler dev)");
    }
    if (parsed.protocol === 'http:') {
        const https = `"https://${url.slice('http://'.length)}"`;
        const says = 'is plain http: requests and tokens cross the internet unencrypted';
        return problem('insecure_server_url', 'warning', says, `Use ${https}.`, https);
    }
    if (DOCUMENTATION.test(host)) {
        return problem('placeholder_server_url', 'warning', "is on a documentation domain (RFC 2606): it resolves to IANA's example page, not to an API;" +
            ' a placeholder left in the config?', "Use the real upstream's URL (an $env.X reference if it differs per environment).", "the real upstream's URL");
    }
    return undefined;
}
function problem(code, severity, predicate, literalFix, valueFix) {
    return { code, severity, predicate, literalFix, valueFix };
}
/** The finding's words for a URL a var gives a server: on the var's line, naming the server and reference. */
function varUrlMessage(source, found) {
    const server = `server ${source.alias === undefined ? `servers[${source.index}]` : JSON.stringify(source.alias)}`;
    const what = `${source.name} = ${JSON.stringify(source.value)} in ${source.table}` +
        ` (the url of ${server}: ${source.raw} at ${source.rawAt})`;
    const elsewhere = source.otherEnvironments.length > 0
        ? `, or deploy an environment that sets it (\`environment\` input: ${source.otherEnvironments.join(', ')})`
        : '';
    return {
        message: `${what} ${found.predicate}`,
        fix: `Set ${source.name} in ${source.table} to ${found.valueFix}${elsewhere}.`,
    };
}

// EXTERNAL MODULE: ./src/gateway/route-matching.ts
var route_matching = __nccwpck_require__(1427);
;// CONCATENATED MODULE: ./src/gateway/semantic-checks.ts
// What the schema cannot say: cross-references between parts of the config, routes the
// gateway's matching can never choose, URLs and references that fail only at runtime.







const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
const ptr = (...segs) => (0,json_source.toPointer)(segs);
const REFERENCE = /^\$(env|secrets?)\.(.*)$/s;
const REFERENCE_INSIDE = /\$(?:env|secrets?)\.[A-Za-z_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The mapping templates the gateway resolves per request (anything else is dropped). */
const MAPPING_TEMPLATE = /\$(request\.header|request\.jwt|config|request\.query)\.([a-zA-Z0-9-_.]+)/;
const AUTH0_INTEGRATIONS = new Set(['auth0_callback', 'auth0_userinfo', 'auth0_callback_redirect', 'auth0_refresh']);
const SUPABASE_INTEGRATIONS = new Set([
    'supabase_passwordless_auth',
    'supabase_passwordless_verify',
    'supabase_passwordless_auth_alt',
]);
function checkSemantics(config, ctx) {
    const issues = [];
    const strings = ctx.strings ?? (0,value_scan/* scanValue */.j)(config, json_source/* MAX_DEPTH */.lr, substitution/* mayHoldReference */._m).strings;
    const references = collectReferences(strings, issues);
    if (!isObj(config))
        return { issues, references, routeCount: 0 };
    const servers = aliases(config, 'servers', issues);
    const services = aliases(config, 'services', issues);
    const bindings = new Map([
        ...aliases(config, 'serviceBindings', issues),
        ...aliases(config, 'servicesBindings', issues),
    ]);
    if ('servicesBindings' in config) {
        issues.push({
            code: 'deprecated_property',
            severity: 'notice',
            pointer: ptr('servicesBindings'),
            target: 'key',
            message: '`servicesBindings` is the old spelling of `serviceBindings` (still read and merged)',
            fix: 'Rename "servicesBindings" to "serviceBindings".',
        });
    }
    checkServers(config, issues, ctx);
    checkServiceEntrypoints(config, issues, ctx);
    const authorizer = isObj(config.authorizer) ? str(config.authorizer.type) : undefined;
    const globalVariables = isObj(config.variables) ? config.variables : {};
    const routes = [];
    arr(config.paths).forEach((route, i) => {
        if (!isObj(route))
            return;
        checkRoute(route, i, { servers, services, bindings, authorizer, globalVariables, issues });
        const method = str(route.method);
        const routePath = str(route.path);
        if (method && routePath?.startsWith('/'))
            routes.push({ index: i, method, path: routePath });
    });
    checkRouteTable(routes, isObj(config.cors), issues);
    return { issues, references, routeCount: arr(config.paths).length };
}
/** Every string that the Worker will replace, and the near-misses it will not. */
function collectReferences(strings, issues) {
    const out = [];
    for (const { path, value } of strings) {
        const m = REFERENCE.exec(value);
        if (m) {
            const name = m[2];
            if (NAME.test(name)) {
                out.push({ kind: m[1] === 'env' ? 'env' : 'secret', name, raw: value, pointer: (0,json_source.toPointer)(path) });
            }
            else {
                issues.push({
                    code: 'invalid_reference',
                    severity: 'error',
                    pointer: (0,json_source.toPointer)(path),
                    target: 'value',
                    message: `${(0,src_text/* quote */.hD)(value)} does not name a valid Worker ${m[1] === 'env' ? 'variable' : 'secret'}; it will` +
                        ` resolve to ""`,
                    fix: `Use $${m[1]}.NAME with NAME made of letters, digits and _ (no spaces or dots).`,
                });
            }
        }
        else if (REFERENCE_INSIDE.test(value)) {
            issues.push({
                code: 'reference_not_resolved',
                severity: 'warning',
                pointer: (0,json_source.toPointer)(path),
                target: 'value',
                message: `${(0,src_text/* quote */.hD)(value)} contains a reference, but the gateway only replaces values that start with` +
                    ` $env./$secret./$secrets.; this stays literal text`,
                fix: 'Make the reference the whole value, or build the string in the Worker.',
            });
        }
    }
    return out;
}
/** Alias → index of its entry; a repeated alias is an error (the gateway silently takes the first). */
function aliases(config, key, issues) {
    const seen = new Map();
    arr(config[key]).forEach((entry, i) => {
        const alias = isObj(entry) ? str(entry.alias) : undefined;
        if (alias === undefined)
            return;
        if (seen.has(alias)) {
            issues.push({
                code: 'duplicate_alias',
                severity: 'error',
                pointer: ptr(key, i, 'alias'),
                target: 'value',
                message: `${key}[${i}] repeats the alias ${(0,src_text/* quote */.hD)(alias)} of ${key}[${seen.get(alias)}]; the gateway always uses` +
                    ` the first`,
                fix: `Give ${key}[${i}] its own alias, or remove it.`,
            });
        }
        else
            seen.set(alias, i);
    });
    return seen;
}
function checkServers(config, issues, ctx) {
    arr(config.servers).forEach((server, i) => {
        const url = isObj(server) ? str(server.url) : undefined;
        // A reference is judged on the value its var gives it (config-analysis), where that is known.
        if (url === undefined || url === '' || REFERENCE.test(url))
            return;
        const found = serverUrlProblem(url, ctx.gatewayHosts);
        if (!found)
            return;
        issues.push({
            code: found.code,
            severity: found.severity,
            pointer: ptr('servers', i, 'url'),
            target: 'value',
            message: `servers[${i}].url ${(0,src_text/* quote */.hD)(url)} ${found.predicate}`,
            fix: found.literalFix,
        });
    });
}
function checkServiceEntrypoints(config, issues, ctx) {
    arr(config.services).forEach((service, i) => {
        const entrypoint = isObj(service) ? str(service.entrypoint) : undefined;
        if (!entrypoint || REFERENCE.test(entrypoint))
            return;
        // The gateway imports `${entrypoint}.js` at runtime: a module of exactly that name must be deployed.
        const base = external_node_path_default().resolve(ctx.configDir, entrypoint);
        const tried = [`${base}.js`, `${base}.ts`];
        if (ctx.fileExists(tried[0]))
            return;
        if (ctx.fileExists(tried[1])) {
            issues.push(typescriptOnly(entrypoint, i, external_node_path_default().relative(ctx.configDir, tried[1]), ctx.wranglerBuild));
            return;
        }
        const hint = /\.[cm]?[jt]s$/.test(entrypoint)
            ? ` (the gateway appends .js itself, so ${(0,src_text/* quote */.hD)(entrypoint)} loads ${(0,src_text/* quote */.hD)(entrypoint + '.js')})`
            : '';
        issues.push({
            code: 'missing_service_entrypoint',
            severity: 'error',
            pointer: ptr('services', i, 'entrypoint'),
            target: 'value',
            message: `services[${i}].entrypoint ${(0,src_text/* quote */.hD)(entrypoint)} has no module: neither ${external_node_path_default().basename(tried[0])} nor` +
                ` ${external_node_path_default().basename(tried[1])} exists next to the config${hint}`,
            fix: `Create ${external_node_path_default().relative(ctx.configDir, tried[0]) || tried[0]} or fix the entrypoint path (relative to` +
                ` the config file, without extension).`,
        });
    });
}
/**
 * Only `<entrypoint>.ts` exists. The import is computed at runtime, so wrangler's bundler cannot
 * follow it, and additional modules are uploaded as they are: no .ts becomes a module named .js
 * unless a [build] command emits one (which the gate cannot see, hence a warning then).
 */
function typescriptOnly(entrypoint, i, ts, build) {
    const js = `${entrypoint}.js`;
    const why = build === 'none'
        ? `wrangler never makes it ${external_node_path_default().basename(js)}: it cannot bundle a computed import, uploads additional modules` +
            ' as they are, and the wrangler config has no [build] command'
        : `it is found only if ${build === 'command' ? 'the [build] command' : 'a build step'} emits` +
            ` ${external_node_path_default().basename(js)}` +
            ' and the deploy uploads it (find_additional_modules with a rule for it)';
    return {
        code: 'service_entrypoint_not_js',
        severity: build === 'none' ? 'error' : 'warning',
        pointer: ptr('services', i, 'entrypoint'),
        target: 'value',
        message: `services[${i}].entrypoint ${(0,src_text/* quote */.hD)(entrypoint)} exists only as ${ts},` +
            ` but the gateway imports ${(0,src_text/* quote */.hD)(js)} at runtime; ${why}`,
        fix: `Write the service as ${ts.replace(/\.ts$/, '.js')} (or compile it there in a [build] command), and upload it:` +
            ' find_additional_modules = true with an ESModule rule covering it.',
    };
}
function checkRoute(route, i, ctx) {
    const label = `route ${str(route.method) ?? '?'} ${str(route.path) ?? '?'}`;
    const routePath = str(route.path);
    if (routePath !== undefined)
        checkPathSyntax(routePath, i, label, ctx.issues);
    checkAuthHasAuthorizer(route, i, label, ctx);
    const integration = isObj(route.integration) ? route.integration : undefined;
    if (integration)
        checkIntegration(route, integration, i, label, ctx);
    checkPreProcessBinding(route, i, label, ctx);
    if (integration && 'response' in route)
        ctx.issues.push(responseIgnored(i, label));
    checkMapping(route, i, label, ctx);
}
/** A route refers to a server, service or binding by alias; an undefined alias makes the gateway answer 404. */
function unknownAlias(label, code, pointer, alias, kind, known, fix) {
    const suggestion = (0,src_text/* closest */.kp)(alias, known.keys());
    const didYouMean = suggestion ? `; did you mean ${(0,src_text/* quote */.hD)(suggestion)}?` : '';
    const defined = known.size ? ` Defined: ${[...known.keys()].join(', ')}.` : '';
    return {
        code,
        severity: 'error',
        pointer,
        target: 'value',
        message: `${label} uses ${kind} ${(0,src_text/* quote */.hD)(alias)}, which is not defined${didYouMean}:` +
            ' the gateway answers 404 "No match found." for it',
        fix: suggestion ? `Use "${suggestion}", or ${fix}` : `${fix[0].toUpperCase()}${fix.slice(1)}${defined}`,
    };
}
function checkAuthHasAuthorizer(route, i, label, ctx) {
    if (route.auth !== true || ctx.authorizer)
        return;
    ctx.issues.push({
        code: 'auth_without_authorizer',
        severity: 'error',
        pointer: ptr('paths', i, 'auth'),
        target: 'value',
        message: `${label} has "auth": true but the config has no \`authorizer\`:` +
            ' the route is served without any authentication',
        fix: 'Add an `authorizer` (jwt, auth0 or supabase) to the config, or remove "auth": true.',
    });
}
/** Each integration type names its target differently; each must name one the config defines. */
function checkIntegration(route, integration, i, label, ctx) {
    const type = str(integration.type);
    if (type === 'http_proxy' || type === 'http')
        checkProxyIntegration(route, integration, type, i, label, ctx);
    else if (type === 'service') {
        const binding = str(integration.binding);
        if (binding !== undefined && !ctx.services.has(binding)) {
            ctx.issues.push(unknownAlias(label, 'unknown_service', ptr('paths', i, 'integration', 'binding'), binding, 'service', ctx.services, `add a service with "alias": "${binding}" to \`services\`.`));
        }
    }
    else if (type === 'service_binding') {
        const binding = str(integration.binding);
        if (binding !== undefined && !ctx.bindings.has(binding)) {
            ctx.issues.push(unknownAlias(label, 'unknown_service_binding', ptr('paths', i, 'integration', 'binding'), binding, 'service binding', ctx.bindings, `add {"alias": "${binding}", "binding": "…"} to \`serviceBindings\`.`));
        }
    }
    else
        checkAuthorizerIntegration(type, i, label, ctx);
}
function checkProxyIntegration(route, integration, type, i, label, ctx) {
    const server = str(integration.server);
    if (server !== undefined && !ctx.servers.has(server)) {
        ctx.issues.push(unknownAlias(label, 'unknown_server', ptr('paths', i, 'integration', 'server'), server, 'server', ctx.servers, `add a server with "alias": "${server}" to \`servers\`.`));
    }
    if (str(route.path) === `/${route_matching/* WILDCARD */.bs}`)
        ctx.issues.push(catchAllProxy(route, i, label, server));
    if (type === 'http') {
        ctx.issues.push({
            code: 'deprecated_integration_type',
            severity: 'notice',
            pointer: ptr('paths', i, 'integration', 'type'),
            target: 'value',
            message: `${label}: integration type "http" is the old name of "http_proxy"`,
            fix: 'Use "type": "http_proxy".',
        });
    }
}
/** The auth0/supabase integrations work only with the authorizer of the same kind. */
function checkAuthorizerIntegration(type, i, label, ctx) {
    if (!type || !(AUTH0_INTEGRATIONS.has(type) || SUPABASE_INTEGRATIONS.has(type)))
        return;
    const needs = AUTH0_INTEGRATIONS.has(type) ? 'auth0' : 'supabase';
    if (ctx.authorizer === needs)
        return;
    ctx.issues.push({
        code: 'authorizer_mismatch',
        severity: 'error',
        pointer: ptr('paths', i, 'integration', 'type'),
        target: 'value',
        message: `${label} uses the ${type} integration, which needs an ${needs} authorizer;` +
            ` the config's authorizer is ${ctx.authorizer ? (0,src_text/* quote */.hD)(ctx.authorizer) : 'missing'}`,
        fix: `Configure "authorizer": {"type": "${needs}", …}, or remove this route.`,
    });
}
function checkPreProcessBinding(route, i, label, ctx) {
    const preProcess = isObj(route.pre_process) ? str(route.pre_process.binding) : undefined;
    if (preProcess === undefined || ctx.bindings.has(preProcess))
        return;
    ctx.issues.push(unknownAlias(label, 'unknown_service_binding', ptr('paths', i, 'pre_process', 'binding'), preProcess, 'pre_process binding', ctx.bindings, `add {"alias": "${preProcess}", "binding": "…"} to \`serviceBindings\`.`));
}
function responseIgnored(i, label) {
    return {
        code: 'response_ignored',
        severity: 'warning',
        pointer: ptr('paths', i, 'response'),
        target: 'key',
        message: `${label} has both an integration and a static \`response\`; the response is never sent`,
        fix: 'Remove "response", or remove the integration to serve the static response.',
    };
}
/** `/{.+}` proxied: every path no other route matches goes upstream instead of the gateway's 404. */
function catchAllProxy(route, i, label, server) {
    const method = str(route.method);
    const requests = method === 'ANY' || method === undefined ? 'every request' : `every ${method} request`;
    const target = server ? `server ${(0,src_text/* quote */.hD)(server)}` : 'its server';
    return {
        code: 'catch_all_proxy',
        severity: 'warning',
        pointer: ptr('paths', i, 'path'),
        target: 'value',
        message: `${label} sends ${requests} that no other route matches to ${target}:` +
            ' the gateway never answers 404 "No match found.", so every typo and scanner probe reaches the backend',
        fix: 'List the paths the backend serves, or proxy a prefix (such as "/api/{.+}"),' +
            " so unknown paths get the gateway's 404.",
    };
}
function checkPathSyntax(routePath, i, label, issues) {
    // Most paths are plain: nothing to say about them.
    if (!/[{}]|\/\/|.\/$/.test(routePath))
        return;
    const pointer = ptr('paths', i, 'path');
    const segs = routePath.split('/');
    const w = segs.indexOf(route_matching/* WILDCARD */.bs);
    if (w !== -1 && w !== segs.length - 1) {
        issues.push({
            code: 'wildcard_not_last',
            severity: 'error',
            pointer,
            target: 'value',
            message: `${label}: {.+} must be the last segment; the gateway ignores everything after it` +
                ` (${(0,src_text/* quote */.hD)(segs.slice(w + 1).join('/'))} is never compared)`,
            fix: `Use "${segs.slice(0, w + 1).join('/')}", or replace {.+} with a {param}.`,
        });
    }
    for (const seg of segs) {
        if ((0,route_matching/* isWildcard */.z2)(seg))
            continue;
        if ((0,route_matching/* isParam */.Um)(seg) && /^\{[A-Za-z_][\w-]*\}$/.test(seg))
            continue;
        if (/^\{(proxy\+|.*[*+].*)\}$/.test(seg)) {
            issues.push({
                code: 'not_a_wildcard',
                severity: 'error',
                pointer,
                target: 'value',
                message: `${label}: ${seg} is not a wildcard here;` + ' it matches exactly one segment (the greedy wildcard is {.+})',
                fix: `Replace ${seg} with {.+}.`,
            });
        }
        else if (seg.includes('{') || seg.includes('}')) {
            issues.push({
                code: 'partial_path_parameter',
                severity: 'warning',
                pointer,
                target: 'value',
                message: `${label}: segment ${(0,src_text/* quote */.hD)(seg)} is matched literally; a parameter must be a whole segment like {id}`,
                fix: 'Make the parameter a whole segment.',
            });
        }
    }
    if (routePath.length > 1 && routePath.endsWith('/')) {
        issues.push({
            code: 'trailing_slash',
            severity: 'warning',
            pointer,
            target: 'value',
            message: `${label} ends with /: it matches ${(0,src_text/* quote */.hD)(routePath)} but not ${(0,src_text/* quote */.hD)(routePath.slice(0, -1))}`,
            fix: `Use "${routePath.replace(/\/+$/, '')}" unless clients really send the trailing slash.`,
        });
    }
    if (/\/\/./.test(routePath) || routePath === '//') {
        issues.push({
            code: 'empty_path_segment',
            severity: 'warning',
            pointer,
            target: 'value',
            message: `${label} has an empty segment (//), which only matches requests with the same double slash`,
            fix: 'Remove the extra slash.',
        });
    }
}
function checkMapping(route, i, label, ctx) {
    if (!isObj(route.mapping))
        return;
    const routeVariables = isObj(route.variables) ? route.variables : {};
    for (const part of ['headers', 'query']) {
        const entries = route.mapping[part];
        if (!isObj(entries))
            continue;
        for (const [key, value] of Object.entries(entries)) {
            if (typeof value !== 'string')
                continue;
            const m = MAPPING_TEMPLATE.exec(value);
            if (!m) {
                ctx.issues.push({
                    code: 'mapping_value_ignored',
                    severity: 'warning',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} = ${(0,src_text/* quote */.hD)(value)} is not a` +
                        ` $request.header/$request.jwt/$request.query/$config template, so the gateway never sets it`,
                    fix: `Put the value in \`variables\` and map "$config.NAME".`,
                });
                continue;
            }
            const name = m[2];
            if (m[1] === 'config' && !(name in routeVariables) && !(name in ctx.globalVariables)) {
                const suggestion = (0,src_text/* closest */.kp)(name, [...Object.keys(routeVariables), ...Object.keys(ctx.globalVariables)]);
                ctx.issues.push({
                    code: 'unknown_config_variable',
                    severity: 'error',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} uses $config.${name}, but neither the route's nor the global` +
                        ` \`variables\` define ${(0,src_text/* quote */.hD)(name)}${suggestion ? `; did you mean ${(0,src_text/* quote */.hD)(suggestion)}?` : ''}`,
                    fix: suggestion
                        ? `Use "$config.${suggestion}".`
                        : `Add "${name}" to the route's \`variables\` or the global \`variables\`.`,
                });
            }
            else if (m[1] === 'request.jwt' && route.auth !== true) {
                ctx.issues.push({
                    code: 'jwt_mapping_without_auth',
                    severity: 'warning',
                    pointer: ptr('paths', i, 'mapping', part, key),
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} reads the JWT claim ${(0,src_text/* quote */.hD)(name)}, but the route has no "auth":` +
                        ` true, so there is no token and it is never set`,
                    fix: 'Add "auth": true to the route, or map something else.',
                });
            }
        }
    }
}
function checkRouteTable(routes, cors, issues) {
    // Method, then path: the path strings are looked up as they are, no key string built per route.
    const firstOf = new Map();
    const duplicates = new Set();
    for (const route of routes) {
        let byPath = firstOf.get(route.method);
        if (!byPath)
            firstOf.set(route.method, (byPath = new Map()));
        const first = byPath.get(route.path);
        if (first) {
            duplicates.add(route);
            issues.push({
                code: 'duplicate_route',
                severity: 'error',
                pointer: ptr('paths', route.index, 'path'),
                target: 'value',
                message: `route ${route.method} ${route.path} (paths[${route.index}]) repeats paths[${first.index}]; the gateway` +
                    ` always runs the first, so this one is dead`,
                fix: `Remove paths[${route.index}] or merge it into paths[${first.index}].`,
                related: ptr('paths', first.index, 'path'),
            });
        }
        else
            byPath.set(route.path, route);
    }
    for (const s of (0,route_matching/* findShadowedRoutes */.$b)(new route_matching/* RouteTable */.gW(routes), { cors, skip: duplicates })) {
        issues.push({
            code: 'shadowed_route',
            severity: 'error',
            pointer: ptr('paths', s.route.index, 'path'),
            target: 'value',
            message: `route ${s.route.method} ${s.route.path} (paths[${s.route.index}]) can never be chosen:` +
                ` ${s.winner.method} ${s.winner.path} (paths[${s.winner.index}]) takes every request it matches, e.g.` +
                ` ${s.sample.method} ${s.sample.path}, because ${s.reason}`,
            fix: `Remove paths[${s.route.index}], or make its path distinct from paths[${s.winner.index}].`,
            related: ptr('paths', s.winner.index, 'path'),
        });
    }
}

// EXTERNAL MODULE: ./src/wrangler/wrangler-file.ts + 9 modules
var wrangler_file = __nccwpck_require__(9674);
// EXTERNAL MODULE: ./src/wrangler/wrangler-source.ts + 1 modules
var wrangler_source = __nccwpck_require__(9061);
// EXTERNAL MODULE: ./src/wrangler/environments.ts
var environments = __nccwpck_require__(630);
;// CONCATENATED MODULE: ./src/gateway/config-analysis.ts
// The gateway config judged as the gateway will see it: JSON syntax, its schema (after the
// gateway's own substitution of references), and what a schema cannot express. The validate
// stage runs it on the config file, preflight on a config held in a wrangler var, smoke finds
// the file with `locateConfig`.

















/** Where gateway projects keep the config, most common first. */
const CONFIG_CANDIDATES = [
    'src/api-config.json',
    'api-config.json',
    'config/api-config.json',
    'worker/src/api-config.json',
];
const finding = (0,findings/* findingFactory */._2)('validate', 'config');
function locateConfig(config) {
    if (config.config)
        return config.config;
    const found = CONFIG_CANDIDATES.map((c) => external_node_path_default().join(config.workingDirectory, c)).find((f) => (0,external_node_fs_.existsSync)(f));
    if (found)
        return found;
    throw new errors/* StageError */.Zu(finding('config_not_found', 'error', `no gateway config found in ${config.workingDirectory} (looked for ${CONFIG_CANDIDATES.join(', ')})`, 'Set the `config` input to the gateway config file, relative to `working-directory`.'));
}
/**
 * Everything validate checks, on a config's text. Preflight runs it on a config held in a
 * wrangler var (SAG_API_CONFIG_JSON), so both are judged by the same code.
 */
async function validateConfigText(config, file, display, text) {
    // One walk over the value (in the parse) serves the substitution, the reference checks and the
    // duplicate keys.
    const parsed = (0,json_source/* parseJsonDocument */.dH)(text, substitution/* mayHoldReference */._m);
    if (!parsed.ok)
        return unparsableConfig(parsed, display);
    const { value, scan } = parsed;
    const schema = await checkSchema(config, file, value, scan.strings);
    const { wrangler, seen, choice } = schema;
    const issues = [...schema.issues];
    const semantics = checkSemantics(value, {
        configDir: external_node_path_default().dirname(file),
        fileExists: (f) => (0,external_node_fs_.existsSync)(f),
        gatewayHosts: wrangler.hosts,
        wranglerBuild: wrangler.build,
        strings: scan.strings,
    });
    issues.push(...semantics.issues);
    const varUrls = varServerUrls(value, seen, issues);
    // One pass over the text for every position the findings and references need.
    const bindings = serviceBindingEntries(value);
    const at = locateAll(text, display, [
        ...varUrls.map((v) => ({ pointer: v.pointer, target: 'value' })),
        ...issues.flatMap((i) => [
            { pointer: i.pointer, target: i.target },
            ...(i.related ? [{ pointer: i.related, target: 'value' }] : []),
        ]),
        ...semantics.references.map((r) => ({ pointer: r.pointer, target: 'value' })),
        ...bindings.map((b) => ({ pointer: b.pointer, target: 'value' })),
    ]);
    const findings = issues.map((issue) => issueFinding(issue, at));
    findings.push(...schema.findings);
    if (wrangler.finding)
        findings.push(wrangler.finding);
    findings.push(...varUrlFindings(varUrls, wrangler, (pointer) => at(pointer, 'value')));
    findings.push(...duplicateKeyFindings(text, value, scan.keys, display));
    const data = {
        configFile: display,
        schema: choice.kind === 'bundled'
            ? 'the bundled schema'
            : `${(0,inputs/* displayPath */.Gt)(choice.file, config.workingDirectory)} (${choice.origin})`,
        routeCount: semantics.routeCount,
        references: semantics.references.map((r) => ({ ...r, location: at(r.pointer, 'value') })),
    };
    return {
        findings,
        data,
        value,
        routeCount: semantics.routeCount,
        serviceBindings: bindings.map((b) => ({ alias: b.alias, binding: b.binding, location: at(b.pointer, 'value') })),
    };
}
/** Text that is not JSON (or nests too deep) gets one finding and nothing else. */
function unparsableConfig(parsed, display) {
    const location = { file: display, ...parsed.problem.range };
    const only = parsed.kind === 'depth'
        ? finding('config_too_deep', 'error', `config ${display} ${parsed.problem.message}; the gate reads at most 64 levels`, 'A gateway config needs far fewer levels: flatten the value that nests this deep.', { location })
        : finding('json_syntax', 'error', `config ${display} is not valid JSON: ${parsed.problem.message}`, parsed.problem.fix ?? 'Fix the JSON syntax at this position.', { location });
    return { findings: [only], routeCount: 0, serviceBindings: [] };
}
/** The schema check, run on the value as the gateway will see it (after substituting references). */
async function checkSchema(config, file, value, strings) {
    const chosen = chooseSchema(value, file, config.schema, external_node_fs_.existsSync);
    const schemaDisplay = chosen.choice.kind === 'file' ? (0,inputs/* displayPath */.Gt)(chosen.choice.file, config.workingDirectory) : '';
    const { validator, choice, findings } = await loadValidator(chosen.choice, schemaDisplay);
    const wrangler = readWranglerFacts(config);
    // The gateway validates after substituting references: judge what it will see.
    const seen = (0,substitution/* substitute */.V2)(value, wrangler.vars, strings);
    const issues = [...chosen.issues];
    if (!validates(validator, seen.value, choice)) {
        const errors = (0,substitution/* dropDeferredChecks */.Q4)(validator.errors ?? [], seen.unknown);
        const found = issuesFromAjvErrors(errors, seen.value);
        issues.push(...found.map((issue) => withSubstitution(issue, seen, wrangler.varsOrigin)));
    }
    return { issues, findings, choice, wrangler, seen };
}
/** Locates every requested pointer in one pass over the text. */
function locateAll(text, display, requests) {
    const located = requests.length > 0 ? (0,json_source.locatePointers)(text, requests) : new Map();
    return (pointer, target) => ({ file: display, ...located.get(`${target}:${pointer}`) });
}
function issueFinding(issue, at) {
    const location = at(issue.pointer, issue.target);
    const related = issue.related ? at(issue.related, 'value') : undefined;
    return finding(issue.code, issue.severity, related ? `${issue.message} (see line ${related.line})` : issue.message, issue.fix ?? '', { location });
}
function duplicateKeyFindings(text, value, keys, display) {
    return findDuplicateKeys(text, value, keys).map((dup) => {
        const message = `"${dup.key}" appears twice in one object (first on line ${dup.firstLine}): ` +
            'JSON.parse, and so the gateway, keeps this one and silently drops the first';
        const fix = `Merge the two "${dup.key}" entries into one, or rename one of them.`;
        return finding('duplicate_key', 'error', message, fix, { location: { file: display, ...dup.range } });
    });
}
/** `serviceBindings` (and the old `servicesBindings`) entries that name a binding. */
function serviceBindingEntries(value) {
    if (value === null || typeof value !== 'object')
        return [];
    const out = [];
    for (const key of ['serviceBindings', 'servicesBindings']) {
        const entries = value[key];
        if (!Array.isArray(entries))
            continue;
        entries.forEach((entry, i) => {
            const e = entry;
            if (e && typeof e.binding === 'string')
                out.push({
                    alias: typeof e.alias === 'string' ? e.alias : e.binding,
                    binding: e.binding,
                    pointer: `/${key}/${i}/binding`,
                });
        });
    }
    return out;
}
/** `[build] command` of the chosen environment (inheritable: the environment's own wins). */
function buildCommandOf(raw, env) {
    const build = (node) => node?.build;
    const own = env ? build(raw.env?.[env]) : undefined;
    return (own ?? build(raw))?.command;
}
/** A schema issue on a substituted value says which var gave it that value. */
function withSubstitution(issue, seen, origin) {
    const from = seen.known.get(issue.pointer);
    if (!from)
        return issue;
    const where = `the var ${from.name} in ${origin}`;
    const message = `${issue.message} (the gateway replaces ${from.raw} with ${where}, then validates it)`;
    return { ...issue, message, fix: `Fix the value of ${where}.` };
}
/**
 * The gateway's own hosts (for the self-reference check) and the vars of the chosen environment
 * (for the schema check after substitution); a broken wrangler config is preflight's to report.
 */
function readWranglerFacts(config) {
    const file = (0,wrangler_file/* resolveWranglerConfig */.Xe)(config);
    if (!file)
        return {};
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const read = (0,files/* readTextFile */.Gu)(file, 1024 * 1024);
    const loaded = read.ok ? (0,wrangler_source/* loadWranglerSource */.Y)(file, display, read.text) : undefined;
    if (!loaded?.ok) {
        const why = !read.ok
            ? read.detail
            : loaded && !loaded.ok
                ? `cannot be parsed (${loaded.message})`
                : 'cannot be read';
        return {
            finding: finding('wrangler_config_unreadable', 'notice', `wrangler config ${display} ${why}; skipped the checks that need its vars and hosts` +
                ' (server URLs given by $env.X, and those pointing back at the gateway)', 'Preflight reports the wrangler config itself.', { location: loaded && !loaded.ok ? loaded.location : undefined }),
        };
    }
    const { source } = loaded;
    const env = config.environment;
    const build = buildCommandOf(source.raw, env) ? 'command' : 'none';
    const facts = { hosts: gatewayHostsOf(source.raw), build, source, environment: env };
    const defined = (0,environments/* definedEnvironments */.WI)(source.raw);
    if (env !== undefined && !defined.includes(env)) {
        // Nothing to substitute with: the deploy itself would fail (wrangler refuses an unknown --env).
        const { message, fix } = (0,environments/* unknownEnvironment */.Iu)(display, env, defined);
        facts.finding = finding('environment_not_found', 'error', message, fix, { location: source.locate(['env']) });
        return facts;
    }
    facts.vars = (0,environments/* resolveEnvironment */.g9)(source.raw, env).vars;
    facts.varsOrigin = `${env ? `[env.${env}.vars]` : '[vars]'} of ${display}`;
    return facts;
}
/** Server URLs written as a reference whose var the gate knows (a secret or an unset var: nothing to judge). */
function varServerUrls(value, seen, issues) {
    const servers = value?.servers;
    if (!Array.isArray(servers))
        return [];
    const out = [];
    servers.forEach((server, index) => {
        const pointer = `/servers/${index}/url`;
        const from = seen.known.get(pointer);
        // A schema issue on the substituted value already says what is wrong with it.
        if (!from || typeof from.value !== 'string' || from.value === '')
            return;
        if (issues.some((i) => i.pointer === pointer))
            return;
        const alias = server.alias;
        out.push({ index, pointer, alias: typeof alias === 'string' ? alias : undefined, ...from, value: from.value });
    });
    return out;
}
/** The URL checks on the value each var gives a server, reported on the var's line in the wrangler config. */
function varUrlFindings(urls, wrangler, locate) {
    const { source, varsOrigin, environment } = wrangler;
    if (!source || !varsOrigin)
        return [];
    const base = environment ? ['env', environment] : [];
    return urls.flatMap((url) => {
        const found = serverUrlProblem(url.value, wrangler.hosts);
        if (!found)
            return [];
        const written = locate(url.pointer);
        // With no environment chosen, the environments whose own value of the var passes are a way out.
        const passes = (e) => {
            const v = (0,environments/* resolveEnvironment */.g9)(source.raw, e).vars[url.name];
            return typeof v === 'string' && v !== '' && !serverUrlProblem(v, wrangler.hosts);
        };
        const otherEnvironments = environment ? [] : (0,environments/* definedEnvironments */.WI)(source.raw).filter(passes);
        const { message, fix } = varUrlMessage({ ...url, table: varsOrigin, rawAt: `${written.file}:${written.line}`, otherEnvironments }, found);
        const location = source.locate([...base, 'vars', url.name], 'value');
        return [finding(found.code, found.severity, message, fix, { location })];
    });
}
/** A schema whose recursion never ends (one findRefCycle cannot see) is the schema's fault, not a crash. */
function validates(validator, value, choice) {
    try {
        return validator(value);
    }
    catch (error) {
        if (!(error instanceof RangeError) || choice.kind !== 'file')
            throw error;
        const message = `schema ${choice.file} recurses without end on this config (${error.message})`;
        const fix = 'Remove the $ref cycle that never looks into the data.';
        throw new errors/* StageError */.Zu(finding('schema_invalid', 'error', message, fix));
    }
}


/***/ }),

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ varsIn),
/* harmony export */   q: () => (/* binding */ projectVars)
/* harmony export */ });
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9148);
/* harmony import */ var _wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(630);
/* harmony import */ var _wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9674);



/** The vars in a wrangler config's text for `environment`; undefined when unknown. */
function varsIn(file, text, environment) {
    const parsed = (0,_wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWranglerConfig */ .is)(file, text);
    if (!parsed.ok)
        return undefined;
    if (environment !== undefined && !(0,_wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .definedEnvironments */ .WI)(parsed.raw).includes(environment))
        return undefined;
    return (0,_wrangler_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEnvironment */ .g9)(parsed.raw, environment).vars;
}
/** The project's wrangler config and its vars for the chosen environment (both absent when unknown). */
function projectVars(config) {
    const file = (0,_wrangler_wrangler_file_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveWranglerConfig */ .Xe)(config);
    if (!file)
        return {};
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(file, 1024 * 1024);
    return { file, vars: read.ok ? varsIn(file, read.text, config.environment) : undefined };
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ findShadowedRoutes),
/* harmony export */   Um: () => (/* binding */ isParam),
/* harmony export */   bs: () => (/* binding */ WILDCARD),
/* harmony export */   gW: () => (/* binding */ RouteTable),
/* harmony export */   z2: () => (/* binding */ isWildcard)
/* harmony export */ });
/* unused harmony exports matchSegments, whyWins, sampleRequests */
// The gateway's route matching, as its docs describe it, so the gate can tell which route a
// request reaches, and which routes no request can ever reach.
//
// Candidates: routes whose method equals the request's or is ANY, with as many segments as the
// request, unless the last segment is the greedy wildcard {.+} (which also matches the bare
// prefix). Priority: exact paths, then more matched segments, then non-wildcard, then the exact
// method over ANY; ties go to the route that comes first in the config.
const WILDCARD = '{.+}';
const isParam = (segment) => segment.startsWith('{') && segment.endsWith('}');
const isWildcard = (segment) => segment === WILDCARD;
function matchSegments(config, request) {
    const tailWildcard = isWildcard(config[config.length - 1] ?? '');
    if (!tailWildcard && request.length !== config.length)
        return undefined;
    if (tailWildcard && request.length < config.length - 1)
        return undefined;
    let matchedCount = 0;
    let isExact = true;
    let wildcard = false;
    const length = Math.max(config.length, request.length);
    for (let i = 0; i < length; i++) {
        const c = config[i];
        const r = request[i];
        if (c !== undefined && isWildcard(c)) {
            // Whatever follows a wildcard is never compared. Like the gateway, this leaves isExact
            // set: a wildcard match as long as the request counts as exact (and beats {param}).
            wildcard = true;
            matchedCount = Math.min(config.length, request.length);
            break;
        }
        if (c === undefined || r === undefined) {
            isExact = false;
            break;
        }
        if (isParam(c)) {
            isExact = false;
            matchedCount++;
        }
        else if (c === r) {
            matchedCount++;
        }
        else {
            return undefined;
        }
    }
    if (matchedCount === 0)
        return undefined;
    return {
        matchedCount,
        isExact: isExact && matchedCount === config.length && matchedCount === request.length,
        isWildcard: wildcard,
    };
}
function compare(a, b, method) {
    if (a.match.isExact !== b.match.isExact)
        return a.match.isExact ? -1 : 1;
    if (a.match.matchedCount !== b.match.matchedCount)
        return b.match.matchedCount - a.match.matchedCount;
    if (a.match.isWildcard !== b.match.isWildcard)
        return a.match.isWildcard ? 1 : -1;
    if (a.route.method !== b.route.method) {
        if (a.route.method === method)
            return -1;
        if (b.route.method === method)
            return 1;
    }
    return a.route.index - b.route.index;
}
/** Why `winner` beats `loser` for a request, in the gateway's own order of rules. */
function whyWins(winner, loser, method) {
    if (winner.match.isExact !== loser.match.isExact) {
        return winner.match.isWildcard
            ? 'the gateway counts a {.+} match of the same length as exact, and exact beats a {param} route'
            : 'an exact path beats a parameterised one';
    }
    if (winner.match.matchedCount !== loser.match.matchedCount)
        return 'it matches more path segments';
    if (winner.match.isWildcard !== loser.match.isWildcard)
        return 'a route without {.+} beats a wildcard route';
    if (winner.route.method !== loser.route.method && winner.route.method === method)
        return 'its exact method beats ANY';
    return 'it matches the same requests and comes first in the config';
}
/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
class RouteTable {
    // Nodes are created bare and filled on demand: a 10,000-route config makes about as many nodes.
    root = {};
    routes;
    /** The routes in order, each with its segments. */
    entries;
    /** Segment count of the longest route path. */
    longest = 0;
    /** Methods named by routes other than ANY. */
    methods = new Set();
    constructor(routes) {
        this.routes = routes;
        this.entries = routes.map((route) => ({ route, segments: route.path.split('/') }));
        for (const entry of this.entries) {
            const { route, segments: segs } = entry;
            if (segs.length > this.longest)
                this.longest = segs.length;
            if (route.method !== 'ANY')
                this.methods.add(route.method);
            let node = this.root;
            let stopped = false;
            for (let i = 1; i < segs.length; i++) {
                const seg = segs[i];
                if (isWildcard(seg)) {
                    (node.wildcard ??= []).push(entry);
                    stopped = true;
                    break;
                }
                if (isParam(seg))
                    node = node.param ??= {};
                else {
                    const literal = (node.literal ??= new Map());
                    let next = literal.get(seg);
                    if (!next)
                        literal.set(seg, (next = {}));
                    node = next;
                }
            }
            if (!stopped)
                (node.terminal ??= []).push(entry);
        }
    }
    segmentsOf(route) {
        return route.path.split('/');
    }
    /** Every route matching the request, best first; the first is the one the gateway runs. */
    candidates(method, path) {
        return this.candidatesFor(method, path.split('/'));
    }
    candidatesFor(method, request) {
        // Each route sits in exactly one node, and the walk reaches a node at most once: no duplicates.
        const out = [];
        collect(this.root, 1, method, request, out);
        return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
    }
    choose(method, path) {
        return this.winnerFor(method, path.split('/'));
    }
    /** The first of `candidatesFor`, without building and sorting the list. */
    winnerFor(method, request) {
        let best;
        visit(this.root, 1, request, (entries) => {
            for (let k = 0; k < entries.length; k++) {
                const { route, segments } = entries[k];
                if (route.method !== method && route.method !== 'ANY')
                    continue;
                const match = matchSegments(segments, request);
                if (!match)
                    continue;
                const candidate = { route, match };
                if (!best || compare(candidate, best, method) < 0)
                    best = candidate;
            }
        });
        return best;
    }
}
function consider(entries, method, request, out) {
    for (let k = 0; k < entries.length; k++) {
        const { route, segments } = entries[k];
        if (route.method !== method && route.method !== 'ANY')
            continue;
        const match = matchSegments(segments, request);
        if (match)
            out.push({ route, match });
    }
}
function collect(node, i, method, request, out) {
    visit(node, i, request, (entries) => consider(entries, method, request, out));
}
/** Calls `found` with each list of routes in a node the request can reach (each node at most once). */
function visit(node, i, request, found) {
    if (node.wildcard)
        found(node.wildcard);
    if (i === request.length) {
        if (node.terminal)
            found(node.terminal);
        return;
    }
    const next = node.literal?.get(request[i]);
    if (next)
        visit(next, i + 1, request, found);
    if (node.param)
        visit(node.param, i + 1, request, found);
}
const SAMPLE = 'gate-sample';
const SAMPLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
/**
 * Sample requests that reach `route` if anything does: parameters get a value no literal route
 * has, and a trailing wildcard is tried bare, with one or two extra segments, and longer than
 * any route in the table.
 */
function sampleRequests(route, table, opts) {
    const segs = table.segmentsOf(route);
    const paths = Array.from({ length: sampleCount(segs) }, (_, k) => [...samplePath(segs, k, table.longest)]);
    const methods = route.method === 'ANY' ? sampleMethods(table, opts) : [route.method];
    return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}
/** How many request paths `samplePath` has for a route's segments. */
function sampleCount(segs) {
    const w = segs.indexOf(WILDCARD);
    return w !== -1 && w === segs.length - 1 ? 4 : 1;
}
/** The `k`th request path (as segments) that `sampleRequests` tries for a route's segments. */
function samplePath(segs, k, longest) {
    const w = segs.indexOf(WILDCARD);
    const fill = (s) => (isParam(s) ? SAMPLE : s);
    if (w === -1)
        return segs.some(isParam) ? segs.map(fill) : segs;
    if (w < segs.length - 1)
        return segs.map((s, i) => (i === w ? SAMPLE : fill(s)));
    const extra = [0, 1, 2, Math.max(3, longest - w + 1)][k];
    const p = segs.slice(0, w).map(fill);
    for (let n = 0; n < extra; n++)
        p.push(SAMPLE);
    return p.length > 1 ? p : ['', '']; // the bare root is "/"
}
/** The methods an ANY route is tried with: every method routes name, and one they do not. */
function sampleMethods(table, opts) {
    const unnamed = SAMPLE_METHODS.find((m) => !table.methods.has(m) && !(opts.cors && m === 'OPTIONS'));
    return [...table.methods, ...(unnamed ? [unnamed] : [])];
}
/** Routes that no request can reach, each with the route that takes its requests instead. */
function findShadowedRoutes(table, opts) {
    const out = [];
    const anyMethods = sampleMethods(table, opts); // the same for every ANY route: computed once
    for (const entry of table.entries) {
        if (opts.skip?.has(entry.route))
            continue;
        const shadowing = shadowingOf(table, entry, entry.route.method === 'ANY' ? anyMethods : [entry.route.method], opts);
        if (shadowing)
            out.push(shadowing);
    }
    return out;
}
/** The first route that takes a sample request of `route`, unless some sample reaches `route` itself. */
function shadowingOf(table, { route, segments: segs }, methods, opts) {
    let first;
    // Built on first use: most routes are reached by their first sample.
    const paths = [];
    const count = sampleCount(segs);
    for (const method of methods) {
        for (let k = 0; k < count; k++) {
            const segments = (paths[k] ??= samplePath(segs, k, table.longest));
            // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
            const preflight = opts.cors && method === 'OPTIONS';
            const candidates = preflight ? table.candidatesFor(method, segments) : undefined;
            if (candidates && !candidates.some((c) => c.route.method === 'OPTIONS'))
                continue;
            // Most samples reach their route: the winner alone decides that, without the sorted list.
            const winner = candidates ? candidates[0] : table.winnerFor(method, segments);
            if (!winner)
                continue;
            if (winner.route === route)
                return undefined;
            const mine = (candidates ?? table.candidatesFor(method, segments)).find((c) => c.route === route);
            if (mine && !first) {
                first = {
                    route,
                    winner: winner.route,
                    reason: whyWins(winner, mine, method),
                    sample: { method, path: segments.join('/') },
                };
            }
        }
    }
    return first;
}


/***/ }),

/***/ 7325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ dropDeferredChecks),
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   _m: () => (/* binding */ mayHoldReference)
/* harmony export */ });
/* unused harmony exports referenceIn, withReplaced */
/* harmony import */ var _json_json_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1279);
/* harmony import */ var _json_value_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5037);


/** The gateway's prefixes, in the order it tests them ("$secrets." before "$secret."). */
const PREFIXES = [
    ['$env.', 'env'],
    ['$secrets.', 'secret'],
    ['$secret.', 'secret'],
];
/** `{kind, name}` when the gateway replaces this string, by its own whole-value prefix rule. */
function referenceIn(text) {
    const match = PREFIXES.find(([prefix]) => text.startsWith(prefix));
    return match ? { kind: match[1], name: text.slice(match[0].length) } : undefined;
}
/** Whether a string may hold a reference or a near miss (`https://$env.HOST`): the strings worth a look. */
function mayHoldReference(text) {
    return text.includes('$') && /\$(?:env|secrets?)\./.test(text);
}
/**
 * A copy of `config` with every reference whose var is known replaced, as the Worker would.
 * `strings`: the config's strings that may hold a reference (`mayHoldReference`), when the caller
 * has already walked the config for them. Only the objects and arrays on the way to a replaced
 * value are copied; with nothing replaced, `value` is `config` itself (neither is ever modified).
 */
function substitute(config, vars, strings = (0,_json_value_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .scanValue */ .j)(config, _json_json_source_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr, mayHoldReference).strings) {
    const known = new Map();
    const unknown = new Set();
    const replacements = [];
    for (const { path, value: text } of strings) {
        const ref = referenceIn(text);
        if (!ref)
            continue;
        const pointer = (0,_json_json_source_js__WEBPACK_IMPORTED_MODULE_0__.toPointer)(path);
        // One `env` holds vars and secrets: a var answers `$secret(s).X` too (a secret cannot share its name).
        if (vars && Object.hasOwn(vars, ref.name)) {
            known.set(pointer, { raw: text, name: ref.name, value: vars[ref.name] });
            replacements.push({ path, value: vars[ref.name] });
        }
        else
            unknown.add(pointer);
    }
    return { value: withReplaced(config, replacements), known, unknown };
}
/** `root` with the value at each path replaced, copying only the containers on those paths. */
function withReplaced(root, replacements) {
    const copies = new Map();
    const copyOf = (node) => {
        let copy = copies.get(node);
        if (!copy) {
            copy = (Array.isArray(node) ? [...node] : { ...node });
            copies.set(node, copy);
        }
        return copy;
    };
    // A key such as "__proto__" must stay an own property, as JSON.parse made it.
    const set = (target, key, value) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
    let result = root;
    for (const { path, value } of replacements) {
        if (path.length === 0) {
            result = value;
            continue;
        }
        let original = root;
        let copy = copyOf(original);
        result = copy;
        for (const key of path.slice(0, -1)) {
            const child = original[key];
            const childCopy = copyOf(child);
            set(copy, key, childCopy);
            original = child;
            copy = childCopy;
        }
        set(copy, path[path.length - 1], value);
    }
    return result;
}
const DEFERRED = new Set(['format', 'pattern']);
/**
 * Drops the errors the gateway's own order makes moot: a format or pattern on a reference it
 * replaces before validating, whose value the gate cannot know; and an anyOf/oneOf that such a
 * value could still satisfy (one branch failed only on those).
 */
function dropDeferredChecks(errors, unknown) {
    const deferred = (e) => DEFERRED.has(e.keyword) && unknown.has(e.instancePath);
    const dropped = new Set(errors.filter(deferred));
    for (const combinator of errors) {
        const isCombinator = combinator.keyword === 'anyOf' || combinator.keyword === 'oneOf';
        if (!isCombinator || !unknown.has(combinator.instancePath))
            continue;
        const branches = branchErrors(errors, combinator.schemaPath);
        if ([...branches.values()].some((list) => list.every(deferred))) {
            for (const e of [combinator, ...[...branches.values()].flat()])
                dropped.add(e);
        }
    }
    return errors.filter((e) => !dropped.has(e));
}
/** The errors under each branch (`<schemaPath>/<index>/…`) of a combinator. */
function branchErrors(errors, schemaPath) {
    const branches = new Map();
    for (const e of errors) {
        if (!e.schemaPath.startsWith(`${schemaPath}/`))
            continue;
        const index = e.schemaPath.slice(schemaPath.length + 1).split('/')[0];
        branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    return branches;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4398);
// Thin entry: all logic lives in main.ts (tested without a process).

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3383:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ INPUTS),
  KZ: () => (/* binding */ buildGateConfig),
  Gt: () => (/* binding */ displayPath),
  yI: () => (/* binding */ readRawInputs),
  Kr: () => (/* binding */ withoutInputVariables)
});

// UNUSED EXPORTS: INPUT_NAMES, inputEnvAlias, inputEnvName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/run-directory.ts
var run_directory = __nccwpck_require__(6832);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: ./src/resolve.ts
var resolve = __nccwpck_require__(1259);
// EXTERNAL MODULE: ./src/canary/analysis.ts
var analysis = __nccwpck_require__(1780);
;// CONCATENATED MODULE: ./src/canary/plan.ts
// The canary's inputs, checked: `canary-steps` (percentages, increasing, 1..100, the last 100),
// `canary-interval` (a duration), `canary-min-requests`, `canary-latency`. Pure.


const DEFAULT_INTERVAL = '60s';
function parseCanaryPlan(inputs) {
    const interval = (0,src_text/* parseDuration */.E9)(inputs.interval ?? DEFAULT_INTERVAL);
    if (interval === undefined || interval < 1000)
        return fail(`canary-interval must be a duration of at least 1s such as 30s or 2m; got "${inputs.interval}"`);
    const min = inputs.minRequests ?? String(analysis/* RULES */.y0.defaultMinRequests);
    if (!/^\d+$/.test(min) || Number(min) < 1)
        return fail(`canary-min-requests must be a whole number of requests, at least 1; got "${min}"`);
    const latency = inputs.latency ?? 'auto';
    if (latency !== 'auto' && latency !== 'on' && latency !== 'off')
        return fail(`canary-latency must be one of auto, on, off; got "${latency}"`);
    if (inputs.steps === undefined)
        return { ok: true, plan: undefined };
    const steps = parseSteps(inputs.steps);
    if (typeof steps === 'string')
        return fail(steps);
    return { ok: true, plan: { steps, intervalMs: interval, minRequests: Number(min), latency } };
}
function fail(message) {
    return { ok: false, message };
}
/** The percentages, or what is wrong with them. */
function parseSteps(text) {
    const parts = text.split(',').map((p) => p.trim().replace(/%$/, ''));
    const example = 'e.g. 10,50,100';
    const steps = [];
    for (const part of parts) {
        if (!/^\d+$/.test(part) || Number(part) < 1 || Number(part) > 100)
            return `canary-steps: "${part}" is not a percentage from 1 to 100 (${example}); got "${text}"`;
        const value = Number(part);
        if (steps.length > 0 && value <= steps.at(-1))
            return `canary-steps must increase: ${value} comes after ${steps.at(-1)} (${example}); got "${text}"`;
        steps.push(value);
    }
    if (steps.at(-1) !== 100)
        return `canary-steps must end at 100 (the new version serving everyone) (${example}); got "${text}"`;
    return steps;
}

;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs, one list for action.yml, the CLI flags and `--help`, and the single
// validated config object every stage receives.







const INPUTS = [
    {
        name: 'working-directory',
        description: 'The gateway project directory. The other file inputs are relative to it.',
        default: '.',
    },
    {
        name: 'config',
        description: 'The gateway config (JSON). Default: the first of src/api-config.json, api-config.json, ' +
            'config/api-config.json, worker/src/api-config.json.',
        default: '',
    },
    {
        name: 'schema',
        description: "JSON Schema for the gateway config; given, it wins over the config's own $schema. Default: the config's " +
            'own $schema when it names a local file, else the schema bundled with the gate.',
        default: '',
    },
    {
        name: 'wrangler-config',
        description: "The Worker's wrangler config (wrangler.json, wrangler.jsonc or wrangler.toml). Default: the first of " +
            'those in the working directory.',
        default: '',
    },
    {
        name: 'environment',
        description: 'The wrangler environment to check and deploy ([env.<name>] in the wrangler config). Default: the top level.',
        default: '',
    },
    {
        name: 'secrets',
        description: 'Secrets the action uploads with the deployed version, one name per line (or comma-separated); each ' +
            'value comes from the environment variable of that name and is never printed (every step redacts it). ' +
            'Preflight counts them as set.',
        default: '',
    },
    {
        name: 'config-drift',
        description: 'How to report a production config in KV (binding CONFIG, key api-config.json) that differs from the ' +
            'repo: warning or error.',
        default: 'warning',
    },
    {
        name: 'test-command',
        description: "The project's unit-test command, run in working-directory. Default: npm test, when package.json has a " +
            'test script.',
        default: '',
    },
    {
        name: 'e2e-command',
        description: 'The local end-to-end test command, run with RUN_LOCAL_WORKER_E2E=true. Default: npm run test:e2e (or ' +
            'e2e, test:e2e:local), when package.json has that script.',
        default: '',
    },
    {
        name: 'test-timeout',
        description: 'How long each test command may run before the gate stops it and reports a hang: seconds, or 90s, 10m, 1h.',
        default: '10m',
    },
    {
        name: 'deploy',
        description: 'How to deploy: direct (wrangler deploy, then smoke-test), gradual (wrangler versions upload, smoke-test ' +
            'that version at 0% through a version override, then deploy it to 100%), preview (wrangler versions ' +
            'upload --preview-alias: smoke-test the version at its own preview URL; the deployment is never changed) ' +
            'or none.',
        default: 'none',
    },
    {
        name: 'preview-alias',
        description: "With deploy: preview, the version's preview alias (a DNS label: " +
            '<alias>-<worker>.<subdomain>.workers.dev). Default: pr-<number> on a pull request, else the branch name ' +
            'made a valid label.',
        default: '',
    },
    {
        name: 'rollback',
        description: 'After a failed smoke test of a direct deploy, restore the previously active version (wrangler ' +
            'rollback): true or false.',
        default: 'true',
    },
    {
        name: 'url',
        description: 'The deployment to smoke-test (https://…). Default: the URL wrangler reports for the deploy; with deploy ' +
            'none and no url, smoke is skipped.',
        default: '',
    },
    {
        name: 'baseline-url',
        description: 'Production, for a differential smoke test: every probe goes to url and here, and each route gets a ' +
            'verdict (regression, already failing in production, fixed, unchanged). Default: the live deployment: ' +
            'production for a preview, the version with the traffic for gradual, and for direct the answers of the ' +
            'live version, probed before the deploy changed anything (a first deploy gets a plain smoke test).',
        default: '',
    },
    {
        name: 'base-ref',
        description: 'The commit, branch or tag whose gateway config the change is compared with (the API changes). Default: ' +
            "the pull request's base commit; none outside a pull request.",
        default: '',
    },
    {
        name: 'api-changes',
        description: 'How removed routes and methods count: standard (a warning) or strict (an error). Auth removed from a ' +
            'route is always an error; accept a reviewed change in api-changes-accepted.txt beside the config.',
        default: 'standard',
    },
    {
        name: 'fail-on',
        description: 'In a differential smoke test, what fails the gate: regression (what the change breaks) or preexisting ' +
            '(also what production already fails).',
        default: 'regression',
    },
    {
        name: 'resolve',
        description: "Connect to other addresses than DNS says, like curl's --resolve: HOST:PORT=ADDRESS:PORT, one per line " +
            '(HOST may start with *. for a wildcard), e.g. *.example.workers.dev:443=127.0.0.1:8443 to test a ' +
            'hostname before DNS points at it. TLS still checks the certificate for HOST.',
        default: '',
    },
    {
        name: 'canary-steps',
        description: 'With deploy: gradual, the canary: percentages of traffic the new version gets in turn, comma-separated' +
            ' and increasing, the last 100 (e.g. 10,50,100). At each step the new version is compared with the' +
            ' previous one on real traffic and on the synthetic probes; a worse one is rolled back at once (the' +
            ' previous version at 100%). Default: none (the version goes from 0% to 100% once the smoke test passes).',
        default: '',
    },
    {
        name: 'canary-interval',
        description: 'How long each canary step is observed before the next: 30s, 2m, 1h.',
        default: '60s',
    },
    {
        name: 'canary-min-requests',
        description: 'Real requests each version must serve in a canary step before its numbers decide (Kayenta asks 50 data' +
            ' points); below that the real-traffic verdict is inconclusive, the step waits one more interval, then' +
            ' the synthetic probes decide.',
        default: '50',
    },
    {
        name: 'canary-latency',
        description: "The canary's latency rule (the new version's P99 over 2x the previous one's and 200 ms slower fails the" +
            ' step): auto (judged from 500 timed requests per version, where a P99 is not noise), on (from' +
            ' canary-min-requests) or off.',
        default: 'auto',
    },
    {
        name: 'smoke',
        description: 'A smoke spec file (YAML or JSON) that adds or overrides probes; see the README for its schema. Default: ' +
            'probes derived from the gateway config only.',
        default: '',
    },
    {
        name: 'auth-token',
        description: 'A bearer token the gateway accepts, for the success probes of "auth": true routes. Never printed. ' +
            'Default: those routes are probed without a token only (expecting 401).',
        default: '',
    },
    {
        name: 'github-token',
        description: 'A token with checks: write (pull-requests: write for pr-comment, deployments: write for GitHub ' +
            'Deployments): the report step then publishes a check run with every annotation, and each deploy becomes ' +
            'a GitHub deployment with its status. Without one (or from a fork), annotations are workflow commands.',
        default: '',
    },
    {
        name: 'pr-comment',
        description: 'With github-token on a pull request: keep one gate comment on the pull request, updated in place: true ' +
            'or false.',
        default: 'false',
    },
    {
        name: 'report',
        description: 'Where to write the JSON report (relative to the current directory). Default: report.json in the run directory.',
        default: '',
    },
];
const INPUT_NAMES = INPUTS.map((i) => i.name);
/** The variable the runner sets for an input, as @actions/core reads it: INPUT_WORKING-DIRECTORY. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The portable spelling action.yml passes to composite steps (a shell-safe name): INPUT_WORKING_DIRECTORY. */
function inputEnvAlias(name) {
    return inputEnvName(name).replace(/-/g, '_');
}
/**
 * The environment less the runner's INPUT_* variables, for the project's own commands: those hold
 * the gate's tokens (every step gets them, to redact them), which the project's tests have no use for.
 */
function withoutInputVariables(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}
/** Flags win over the runner's INPUT_* variables; blank values count as unset. */
function readRawInputs(flags, env) {
    const raw = {};
    for (const name of INPUT_NAMES) {
        const value = (flags[name] ?? env[inputEnvName(name)] ?? env[inputEnvAlias(name)] ?? '').trim();
        if (value !== '')
            raw[name] = value;
    }
    return raw;
}
function buildGateConfig(raw, ctx) {
    const workingDirectory = external_node_path_default().resolve(ctx.cwd, raw['working-directory'] ?? '.');
    if (!(0,external_node_fs_.existsSync)(workingDirectory)) {
        throw new errors/* UsageError */.eb(`working-directory ${raw['working-directory']} does not exist (resolved to ${workingDirectory}).`);
    }
    if (!(0,external_node_fs_.statSync)(workingDirectory).isDirectory()) {
        throw new errors/* UsageError */.eb(`working-directory ${raw['working-directory']} is a file, not a directory.`);
    }
    const github = ctx.env.GITHUB_ACTIONS === 'true';
    const explicitRunDir = ctx.runDir ?? ctx.env.GATE_RUN_DIR;
    const wranglerConfig = inputPath(raw['wrangler-config'], workingDirectory, ctx.cwd);
    const chosen = explicitRunDir
        ? { dir: external_node_path_default().resolve(ctx.cwd, explicitRunDir) }
        : (0,run_directory/* chooseRunDir */.s$)({
            workingDirectory,
            wranglerConfig,
            environment: raw.environment || undefined,
            env: ctx.env,
            github,
            fresh: ctx.freshRun === true,
        });
    return {
        workingDirectory,
        config: inputPath(raw.config, workingDirectory, ctx.cwd),
        schema: inputPath(raw.schema, workingDirectory, ctx.cwd),
        wranglerConfig,
        testCommand: raw['test-command'] || undefined,
        e2eCommand: raw['e2e-command'] || undefined,
        testTimeoutMs: durationInput('test-timeout', raw['test-timeout'] ?? '10m'),
        environment: raw.environment || undefined,
        secrets: secretNames(raw.secrets),
        configDrift: choice('config-drift', raw['config-drift'] ?? 'warning', ['warning', 'error']),
        deploy: choice('deploy', raw.deploy ?? 'none', ['direct', 'gradual', 'preview', 'none']),
        previewAlias: raw['preview-alias'],
        resolve: (0,resolve/* parseResolveRules */.tV)(raw.resolve),
        rollback: booleanInput('rollback', raw.rollback ?? 'true'),
        url: raw.url ? urlInput('url', raw.url) : undefined,
        baselineUrl: raw['baseline-url'] ? urlInput('baseline-url', raw['baseline-url']) : undefined,
        baseRef: raw['base-ref'] || undefined,
        apiChanges: choice('api-changes', raw['api-changes'] ?? 'standard', ['standard', 'strict']),
        failOn: choice('fail-on', raw['fail-on'] ?? 'regression', ['regression', 'preexisting']),
        canary: canaryInputs(raw),
        smoke: raw.smoke ? inputPath(raw.smoke, workingDirectory, ctx.cwd) : undefined,
        authToken: raw['auth-token'] || undefined,
        githubToken: raw['github-token'] || undefined,
        prComment: booleanInput('pr-comment', raw['pr-comment'] ?? 'false'),
        reportPath: raw.report ? external_node_path_default().resolve(ctx.cwd, raw.report) : external_node_path_default().join(chosen.dir, 'report.json'),
        runDir: chosen.dir,
        ...(chosen.note ? { runDirNote: chosen.note } : {}),
        summaryFile: ctx.summaryFile ? external_node_path_default().resolve(ctx.cwd, ctx.summaryFile) : undefined,
        github,
        color: !github && ctx.isTTY && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb',
        env: ctx.env,
    };
}
function choice(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}
/** YAML's spellings of a boolean, as the runner's getBooleanInput accepts them. */
function booleanInput(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* UsageError */.eb(`${name} must be true or false; got "${value}"`);
}
function urlInput(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* UsageError */.eb(`${name} must be an absolute http(s) URL such as https://gateway.example.workers.dev; got "${value}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* UsageError */.eb(`${name} must be http or https; got ${url.protocol}`);
    return url.href.replace(/\/+$/, '');
}
/** Secret names, one per line or comma-separated; a name must be a valid variable name. */
function secretNames(value) {
    const names = (value ?? '')
        .split(/[\n,]/)
        .map((n) => n.trim())
        .filter(Boolean);
    for (const name of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new errors/* UsageError */.eb(`secrets: "${name}" is not a secret name (letters, digits and _; one name per line, the value comes` +
                ` from the environment variable of that name)`);
    }
    return [...new Set(names)];
}
/** The canary inputs matter only with `canary-steps`; each one is still checked when given. */
function canaryInputs(raw) {
    const parsed = parseCanaryPlan({
        steps: raw['canary-steps'],
        interval: raw['canary-interval'],
        minRequests: raw['canary-min-requests'],
        latency: raw['canary-latency'],
    });
    if (!parsed.ok)
        throw new errors/* UsageError */.eb(parsed.message);
    const deploy = raw.deploy ?? 'none';
    if (parsed.plan && (deploy === 'direct' || deploy === 'preview'))
        throw new errors/* UsageError */.eb(`canary-steps needs deploy: gradual (a canary splits traffic between two versions); deploy is ${deploy}`);
    return parsed.plan;
}
function durationInput(name, value) {
    const ms = (0,src_text/* parseDuration */.E9)(value);
    if (ms === undefined || ms <= 0)
        throw new errors/* UsageError */.eb(`${name} must be a duration such as 600, 90s, 10m or 1h; got "${value}"`);
    return ms;
}
/**
 * File inputs are relative to the working directory, as in a workflow; a path that only exists
 * relative to the current directory (typed on a laptop) is accepted too.
 */
function inputPath(value, workingDirectory, cwd) {
    if (value === undefined)
        return undefined;
    const fromWorkdir = external_node_path_default().resolve(workingDirectory, value);
    if ((0,external_node_fs_.existsSync)(fromWorkdir))
        return fromWorkdir;
    const fromCwd = external_node_path_default().resolve(cwd, value);
    return (0,external_node_fs_.existsSync)(fromCwd) ? fromCwd : fromWorkdir;
}
/** A path as findings show it: relative to the working directory, forward slashes. */
function displayPath(file, workingDirectory) {
    const rel = external_node_path_default().relative(workingDirectory, file);
    return (rel === '' ? external_node_path_default().basename(file) : rel).split((external_node_path_default()).sep).join('/');
}


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var jsonc = __nccwpck_require__(7197);
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
var value_scan = __nccwpck_require__(5037);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ jsonc)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
// jsonc-parser ships an ESM build (picked by the bundler) and a UMD build (picked by Node and
// jest); their namespaces differ, so resolve the API once here.

const ns = jsonc_parser__WEBPACK_IMPORTED_MODULE_0__;
const jsonc = typeof ns.visit === 'function' ? ns : ns.default;


/***/ }),

/***/ 5037:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    const walk = (node, depth) => {
        if (typeof node === 'string') {
            if (keep(node))
                scan.strings.push({ path: [...path], value: node });
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        if (depth > maxDepth) {
            scan.tooDeep = true;
            return;
        }
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                path.push(i);
                walk(node[i], depth + 1);
                path.pop();
            }
            return;
        }
        // for-in, not Object.keys: no array per object (JSON.parse's objects inherit nothing enumerable).
        for (const key in node) {
            if (!Object.hasOwn(node, key))
                continue;
            scan.keys++;
            path.push(key);
            walk(node[key], depth + 1);
            path.pop();
        }
    };
    walk(value, 1);
    return scan;
}


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/contract.ts
var contract = __nccwpck_require__(3665);
// EXTERNAL MODULE: ./src/cloudflare/api.ts
var cloudflare_api = __nccwpck_require__(9251);
// EXTERNAL MODULE: ./src/wrangler/worker-target.ts
var worker_target = __nccwpck_require__(1946);
// EXTERNAL MODULE: ./src/cloudflare/account.ts
var account = __nccwpck_require__(248);
// EXTERNAL MODULE: ./src/processes.ts
var processes = __nccwpck_require__(7454);
;// CONCATENATED MODULE: ./src/cancellation.ts
// A cancelled run (the runner sends SIGINT, then SIGTERM 7.5 s later; a terminal sends SIGINT):
// stop every process the gate started, then still record what is known, above all which version
// serves when a deploy was in flight. Everything here is bounded so the report is written in time.




/** How long stopped processes get to exit before SIGKILL. */
const PROCESS_GRACE_MS = 2_000;
/** How long a stage gets, after its processes are stopped, to return what it knows. */
const STAGE_GRACE_MS = 3_000;
/** How long the look at the API after a cancelled deploy may take. */
const SERVING_LOOKUP_MS = 2_500;
function watchForCancel() {
    let reason;
    let resolve;
    const requested = new Promise((r) => (resolve = r));
    const onSignal = (signal) => {
        // A second signal changes nothing: the first is already stopping everything and writing the report.
        if (reason)
            return;
        reason = signal;
        void (0,processes/* stopAll */.um)(signal, PROCESS_GRACE_MS);
        resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        get reason() {
            return reason;
        },
        requested,
        dispose() {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
const LAYER_OF = {
    validate: 'config',
    preflight: 'binding',
    test: 'test',
    deploy: 'deploy',
    smoke: 'probe',
    rollback: 'deploy',
    report: 'config',
};
/** Stages during which production may have changed: the report must say what serves now. */
const CHANGES_PRODUCTION = new Set(['deploy', 'smoke', 'rollback']);
/** The one finding of a cancelled stage: what was stopped and, for a deploy, which version serves. */
function cancelledFinding(stage, signal, checkpoint, serving) {
    const base = `the run was cancelled (${signal}) during the ${stage} stage;` + ' every process the gate had started was stopped';
    let state = '';
    if (serving?.versionId) {
        const which = serving.versionId === checkpoint?.previousVersionId
            ? 'the version that served before this run: production is unchanged'
            : serving.versionId === checkpoint?.versionId
                ? 'the version this run deployed'
                : 'not the one that served before this run: the interrupted deploy went through';
        state =
            `. Cloudflare shows version ${serving.versionId} of ${checkpoint?.workerName ?? 'the Worker'} serving,` +
                ` ${which}`;
    }
    else if (serving?.unknown) {
        state = `. Which version serves could not be read (${serving.unknown}): check \`wrangler deployments status\``;
    }
    return {
        stage,
        layer: LAYER_OF[stage],
        code: 'cancelled',
        category: 'client',
        severity: 'error',
        message: base + state,
        fix: CHANGES_PRODUCTION.has(stage)
            ? 'Rerun the workflow: the next deploy starts from whatever version serves now.'
            : 'Rerun the workflow when ready.',
        evidence: { signal, servingVersionId: serving?.versionId || undefined, ...checkpoint },
    };
}
/** The version the API shows serving the Worker, read once, within a bound. */
async function servingVersion(config, checkpoint) {
    const api = (0,cloudflare_api/* apiSettingsFromEnv */.Bu)(config.env);
    if (!api)
        return { unknown: 'no CLOUDFLARE_API_TOKEN' };
    if (!checkpoint?.workerName)
        return { unknown: 'the Worker name was not known yet' };
    const name = checkpoint.workerName;
    const lookup = (async () => {
        const accountId = checkpoint.accountId ?? (await deployAccount(config, api));
        if (!accountId)
            return { unknown: 'the account could not be resolved' };
        const active = await (0,cloudflare_api/* activeDeployment */.q0)(api, accountId, name);
        if (!active.ok)
            return { unknown: active.answer.ok ? 'unexpected answer' : active.answer.message };
        const versionId = (0,cloudflare_api/* mainVersion */.Qt)(active.deployment);
        return versionId ? { versionId } : { unknown: 'the Worker has no deployment' };
    })();
    const timeout = new Promise((r) => setTimeout(() => r({ unknown: 'the API did not answer in time' }), SERVING_LOOKUP_MS).unref());
    return Promise.race([lookup, timeout]);
}
/** The account the deploy acts on, when the checkpoint was written before it was known. */
async function deployAccount(config, api) {
    let target;
    try {
        target = (0,worker_target/* readWorkerTarget */.c)(config, 'deploy');
    }
    catch {
        target = undefined; // wrangler would not deploy either; the variable or the token still name one
    }
    const resolved = await (0,account/* resolveAccount */.u1)(api, (0,account/* chooseAccount */.HA)(target?.source, config.environment, config.env));
    return resolved.ok ? resolved.account.id : undefined;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __nccwpck_require__(3383);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/stages/index.ts
/**
 * Every step writes the cumulative report and says where it is; with a github-token, steps leave
 * their annotations to the report step's check run. The working directory, wrangler config and
 * environment name the gateway: its run directory, check run and summary heading (matrix jobs).
 * Every step redacts every secret from what it writes (a test that prints one, an upstream that
 * echoes one): so each gets the tokens and the `secrets` names, whose values stay in its own
 * environment and never pass through the run directory.
 */
const COMMON_INPUTS = [
    'working-directory',
    'wrangler-config',
    'environment',
    'report',
    'github-token',
    'auth-token',
    'secrets',
];
/**
 * The canary (issue 23): deploy checks them before uploading; smoke runs the steps once the version
 * passed at 0%. `deploy` rides along: a canary only splits a gradual deploy.
 */
const CANARY_INPUTS = [
    'canary-steps',
    'canary-interval',
    'canary-min-requests',
    'canary-latency',
];
/** A stage's `run` and `load`: its module is imported once, on the first of them. */
function lazy(load) {
    let loaded;
    const module = () => (loaded ??= load());
    return {
        load: module,
        run: async (config, log, context) => (await module())(config, log, context),
    };
}
// Each stage's code is loaded when it runs: `validate` alone need not compile wrangler, undici,
// a JavaScript parser and the smoke's HTTP client at every start.
const PIPELINE_STAGES = [
    {
        name: 'validate',
        summary: 'the gateway config: JSON syntax, the schema, and cross-references, routes and URLs',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'base-ref', 'api-changes'],
        ...lazy(async () => (await __nccwpck_require__.e(/* import() */ 875).then(__nccwpck_require__.bind(__nccwpck_require__, 2875))).runValidate),
    },
    {
        name: 'preflight',
        summary: 'the Worker before it deploys: its wrangler config for the environment, and every binding, secret and ' +
            'config source the gateway needs (in the account, when CLOUDFLARE_API_TOKEN is set)',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'config-drift'],
        ...lazy(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(790), __nccwpck_require__.e(580)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5580))).runPreflight),
    },
    {
        name: 'test',
        summary: "the project's unit tests, then its local E2E tests (RUN_LOCAL_WORKER_E2E=true, the Worker in workerd)",
        inputs: [...COMMON_INPUTS, 'test-command', 'e2e-command', 'test-timeout'],
        ...lazy(async () => (await __nccwpck_require__.e(/* import() */ 496).then(__nccwpck_require__.bind(__nccwpck_require__, 496))).runTests),
    },
    {
        name: 'deploy',
        summary: "the Worker, with the project's wrangler: direct (wrangler deploy), gradual (a version at 0%, promoted " +
            'by smoke) or preview (a version at its preview alias, never deployed); the `secrets` ride with the ' +
            'upload (--secrets-file: a file only the runner user can read, removed when the command ends; wrangler ' +
            'before 4.74: versions secret bulk on stdin, first)',
        // A direct deploy first sends the smoke test's probes to the live version: the plan's inputs too.
        inputs: [...COMMON_INPUTS, 'deploy', 'preview-alias', 'config', 'url', 'resolve', 'smoke', ...CANARY_INPUTS],
        ...lazy(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(790), __nccwpck_require__.e(419), __nccwpck_require__.e(438)]).then(__nccwpck_require__.bind(__nccwpck_require__, 438))).runDeploy),
    },
    {
        name: 'smoke',
        summary: 'the live gateway: every route probed concurrently, the deploy marker checked, each failure told apart ' +
            "by layer (edge, routing, auth, upstream, gateway) with the Worker's logs",
        inputs: [...COMMON_INPUTS, 'config', 'url', 'resolve', 'baseline-url', 'fail-on', 'smoke', ...CANARY_INPUTS],
        ...lazy(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815), __nccwpck_require__.e(790), __nccwpck_require__.e(419), __nccwpck_require__.e(288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8288))).runSmoke),
    },
    {
        name: 'rollback',
        summary: 'after a failed smoke test: the previous version restored (direct), or the untested version taken out of ' +
            'the deployment (gradual)',
        inputs: [...COMMON_INPUTS, 'rollback'],
        ...lazy(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(790), __nccwpck_require__.e(911)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2911))).runRollback),
        afterFailure: true,
    },
];
const REPORT_STAGE = {
    name: 'report',
    summary: 'the verdict of every stage that ran: job summary, outputs, JSON report (and a check run / PR comment with ' +
        'github-token)',
    inputs: [...COMMON_INPUTS, 'pr-comment'],
};
/** Every step writes these outputs; action.yml exposes the report step's. */
const OUTPUTS = {
    result: 'passed, failed or error: the gate verdict over the stages that ran',
    'report-path': 'absolute path of the JSON report',
    'deployment-url': "the URL the deploy serves (direct: wrangler's first target; gradual: the Worker's workers.dev URL), else " +
        'the URL smoke probed; empty when neither ran',
    'version-id': 'the Worker version the deploy uploaded (empty without a deploy)',
    'preview-url': 'deploy: preview: the URL of the preview alias, https://<alias>-<worker>.<subdomain>.workers.dev (else empty)',
};

;// CONCATENATED MODULE: ./src/cli.ts
// Command line: `node dist/index.js <stage> [--input-name value ...]`; flags are the action's inputs.





function parseCommandLine(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        'run-dir': { type: 'string' },
        summary: { type: 'string' },
    };
    for (const input of inputs/* INPUTS */.mc)
        options[input.name] = { type: 'string' };
    const valueless = flagWithoutValue(argv);
    if (valueless)
        throw new src_errors/* UsageError */.eb(valueless.message);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
        throw new src_errors/* UsageError */.eb(unknownFlagMessage(message ?? '', Object.keys(options)) ?? `${message}. Run with --help for the flags.`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new src_errors/* UsageError */.eb(`expected one stage, got ${positionals.join(' ')}`);
    const flags = {};
    for (const input of inputs/* INPUTS */.mc) {
        const v = values[input.name];
        if (typeof v === 'string')
            flags[input.name] = v;
    }
    const stage = positionals[0];
    const help = values.help === true;
    if (!help && stage !== undefined)
        checkStage(stage);
    return {
        stage,
        flags,
        help,
        runDir: typeof values['run-dir'] === 'string' ? values['run-dir'] : undefined,
        summary: typeof values.summary === 'string' ? values.summary : undefined,
    };
}
/** parseArgs' "Unknown option '--working-dir'" with the flag it most likely means; undefined for other errors. */
function unknownFlagMessage(parseError, flags) {
    const typed = /Unknown option '(-{1,2})([^'=]+)/.exec(parseError);
    if (!typed)
        return undefined;
    const flag = `${typed[1]}${typed[2]}`;
    const suggestion = typed[1] === '--' ? (0,src_text/* nearest */.pA)(typed[2], flags) : undefined;
    const hint = suggestion ? `; did you mean --${suggestion}?` : '.';
    return `unknown flag ${flag}${hint} Run with --help for the flags.`;
}
const STAGE_CHOICES = [...PIPELINE_STAGES.map((s) => s.name), REPORT_STAGE.name, 'run', 'openapi'];
/** The flags that take a value: every input, and the run directory and summary paths. */
const VALUE_FLAGS = new Set([...inputs/* INPUTS */.mc.map((i) => i.name), 'run-dir', 'summary']);
/**
 * A flag that takes a value but got none: last on the line, followed by another flag, or empty
 * (`--config=`). Node's parser would take the next flag as the value, or call it "ambiguous".
 */
function flagWithoutValue(argv) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--')
            break;
        const inline = /^--([^=]+)=(.*)$/s.exec(arg);
        const flag = inline ? inline[1] : arg.startsWith('--') ? arg.slice(2) : undefined;
        if (flag === undefined || !VALUE_FLAGS.has(flag))
            continue;
        const value = inline ? inline[2] : argv[i + 1];
        const next = value !== undefined && /^--[^=]+/.exec(value)?.[0]?.slice(2);
        const why = value === undefined
            ? 'it is the last argument'
            : !inline && next && (VALUE_FLAGS.has(next.split('=')[0]) || next === 'help')
                ? `it is followed by --${next.split('=')[0]}`
                : value.trim() === ''
                    ? 'the value is empty'
                    : undefined;
        if (why)
            return { flag, index: i, message: `--${flag} needs a value, and got none (${why}).` };
        if (!inline)
            i++;
    }
    return undefined;
}
function checkStage(stage) {
    if (STAGE_CHOICES.includes(stage))
        return;
    throw new src_errors/* UsageError */.eb(`unknown stage "${stage}"; expected one of ${STAGE_CHOICES.join(', ')}`);
}
/** " Default: 10m." as --help shows it; "." is the directory the command runs in. */
function defaultText(value) {
    if (!value)
        return '';
    return ` Default: ${value === '.' ? 'the current directory' : value}.`;
}
function usage() {
    const width = Math.max(...inputs/* INPUTS */.mc.map((i) => i.name.length)) + 4;
    const lines = [
        'Gateway deploy gate: validate, preflight, test, deploy and smoke-test an API gateway on Cloudflare Workers.',
        '',
        'Usage: node dist/index.js <stage> [flags]',
        '',
        'Stages:',
        ...PIPELINE_STAGES.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
        `  ${REPORT_STAGE.name.padEnd(width)}${REPORT_STAGE.summary}`,
        `  ${'run'.padEnd(width)}every stage above in order (rollback only after a failed smoke test), then report`,
        `  ${'openapi'.padEnd(width)}print the gateway's routes as an OpenAPI 3.1 document on stdout` +
            ` (--working-directory, --config, --environment)`,
        '',
        'Flags (each is the action input of the same name; INPUT_<NAME> variables work too):',
        ...inputs/* INPUTS */.mc.map((i) => `  --${i.name.padEnd(width - 2)}${i.description}${defaultText(i.default)}`),
        `  --${'run-dir'.padEnd(width - 2)}Where stages hand results to the next (also GATE_RUN_DIR). Default in` +
            ` Actions: one per workflow run, attempt, job and working directory under $RUNNER_TEMP/gateway-deploy-gate;` +
            ` elsewhere 'run' starts a new one per project and a stage command joins the project's latest.`,
        `  --${'summary'.padEnd(width - 2)}Outside GitHub Actions: also write the job summary (Markdown with HTML` +
            ` tables and a Mermaid diagram) to this file.`,
        `  --${'help'.padEnd(width - 2)}This text.`,
        '',
        'Exit status: 0 the gate passed, 1 it failed (an error finding), 2 it could not run.',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/files.ts
var files = __nccwpck_require__(9148);
// EXTERNAL MODULE: ./src/gateway/config-analysis.ts + 8 modules
var config_analysis = __nccwpck_require__(5647);
// EXTERNAL MODULE: ./src/gateway/environment-vars.ts
var environment_vars = __nccwpck_require__(4490);
// EXTERNAL MODULE: ./src/gateway/api-surface.ts
var api_surface = __nccwpck_require__(7616);
// EXTERNAL MODULE: ./src/gateway/route-matching.ts
var route_matching = __nccwpck_require__(1427);
;// CONCATENATED MODULE: ./src/gateway/openapi.ts
// The gateway's routes as an OpenAPI 3.1 document, for docs, client generators and contract
// testers. The gateway's own forms become OpenAPI's where one exists; where none does, a
// documented `x-gateway-*` extension keeps the meaning:
// - `ANY` is every method (`x-gateway-method: ANY` on each operation it stands for);
// - the `{.+}` wildcard (one or more segments) is a path parameter `rest` marked
//   `x-gateway-wildcard: true`, and the path item keeps the gateway's path in `x-gateway-path`.


const METHODS = ['get', 'put', 'post', 'delete', 'options', 'patch'];
const WILDCARD_NAME = 'rest';
const record = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
const openapi_text = (value) => (typeof value === 'string' ? value : undefined);
/** The OpenAPI path template and its parameters for a gateway path. */
function template(path) {
    const params = [];
    const segments = path.split('/').map((segment) => {
        if (segment === route_matching/* WILDCARD */.bs) {
            params.push({
                name: WILDCARD_NAME,
                in: 'path',
                required: true,
                description: "The rest of the path: one or more segments (the gateway's `{.+}` wildcard).",
                schema: { type: 'string' },
                'x-gateway-wildcard': true,
            });
            return `{${WILDCARD_NAME}}`;
        }
        if ((0,route_matching/* isParam */.Um)(segment)) {
            const name = segment.slice(1, -1);
            params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
        }
        return segment;
    });
    return { path: segments.join('/'), params };
}
/** The security scheme the authorizer stands for; undefined without one. */
function securityScheme(authorizer) {
    const type = openapi_text(authorizer?.type);
    if (type === 'auth0' && openapi_text(authorizer?.domain)) {
        const domain = openapi_text(authorizer.domain)
            .replace(/^https?:\/\//, '')
            .replace(/\/$/, '');
        return { type: 'openIdConnect', openIdConnectUrl: `https://${domain}/.well-known/openid-configuration` };
    }
    if (type === 'jwt' || type === 'supabase' || type === 'auth0') {
        return { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `The gateway's ${type} authorizer.` };
    }
    return undefined;
}
function operationId(method, path, taken) {
    const base = `${method}_${path
        .replace(/\{\.\+\}/g, 'rest')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_|_$/g, '') || 'root'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++)
        id = `${base}_${n}`;
    taken.add(id);
    return id;
}
function operation(route, secured, id) {
    const responses = {};
    if (route.response !== undefined) {
        responses['200'] = {
            description: 'The static response the gateway answers.',
            content: { 'application/json': { example: route.response } },
        };
    }
    else {
        const type = openapi_text(record(route.integration)?.type) ?? 'integration';
        responses.default = { description: `The ${type} integration's response.` };
    }
    if (secured)
        responses['401'] = { description: 'No token, or a token the authorizer refuses.' };
    const op = { operationId: id, responses };
    if (secured)
        op.security = [{ gateway: [] }];
    if (openapi_text(route.method)?.toUpperCase() === 'ANY')
        op['x-gateway-method'] = 'ANY';
    return op;
}
/** An OpenAPI 3.1 document of a (substituted) gateway config's routes. */
function openApiDocument(config) {
    const root = record(config) ?? {};
    const scheme = securityScheme(record(root.authorizer));
    const paths = {};
    const taken = new Set();
    const seen = new Set();
    const routes = Array.isArray(root.paths) ? root.paths : [];
    for (const item of routes) {
        const route = record(item);
        const gatewayPath = openapi_text(route?.path);
        if (!route || !gatewayPath?.startsWith('/'))
            continue;
        const { path, params } = template(gatewayPath);
        const declared = (openapi_text(route.method) ?? 'ANY').toLowerCase();
        const methods = declared === 'any' ? METHODS : METHODS.filter((m) => m === declared);
        // The same path under other parameter names is the same OpenAPI path: the first route keeps it.
        const shape = path.replace(/\{[^}]*\}/g, '{}');
        const key = Object.keys(paths).find((p) => p.replace(/\{[^}]*\}/g, '{}') === shape) ?? path;
        const pathItem = (paths[key] ??= {
            ...(gatewayPath.includes(route_matching/* WILDCARD */.bs) ? { 'x-gateway-path': gatewayPath } : {}),
            ...(params.length ? { parameters: params } : {}),
        });
        for (const method of methods) {
            if (seen.has(`${method} ${shape}`))
                continue;
            seen.add(`${method} ${shape}`);
            const secured = route.auth === true && scheme !== undefined;
            pathItem[method] = operation(route, secured, operationId(method, gatewayPath, taken));
        }
    }
    const info = { title: openapi_text(root.title) ?? 'API gateway', version: canonicalVersion(root) };
    if (openapi_text(root.description))
        info.description = root.description;
    const doc = { openapi: '3.1.0', info, paths };
    if (scheme)
        doc.components = { securitySchemes: { gateway: scheme } };
    return doc;
}
/** OpenAPI needs a version; the config has none, so a short digest of the routes stands in. */
function canonicalVersion(root) {
    let hash = 0;
    for (const ch of (0,api_surface/* canonicalJson */.dj)(root.paths ?? []))
        hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
    return `routes-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

// EXTERNAL MODULE: ./src/gateway/substitution.ts
var substitution = __nccwpck_require__(7325);
;// CONCATENATED MODULE: ./src/gateway/openapi-command.ts
// `openapi`: the gateway's routes as an OpenAPI 3.1 document on stdout, and nothing else there:
// what the gate has to say (a config it cannot read, an error in it) goes to stderr.







const said = (f) => `${f.location ? `${f.location.file}:${f.location.line}: ` : ''}${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`;
/** Prints the document; 0 when printed, 1 when the config has an error (said on stderr). */
async function printOpenApi(config, io) {
    let file;
    try {
        file = (0,config_analysis/* locateConfig */.p0)(config);
    }
    catch (error) {
        if (!(error instanceof src_errors/* StageError */.Zu))
            throw error;
        for (const f of error.findings)
            io.stderr(`gateway-deploy-gate: ${said(f)}`);
        return 1;
    }
    const display = (0,inputs/* displayPath */.Gt)(file, config.workingDirectory);
    const read = (0,files/* readTextFile */.Gu)(file);
    if (!read.ok) {
        io.stderr(`gateway-deploy-gate: config ${display} ${read.detail}`);
        return 1;
    }
    const analysis = await (0,config_analysis/* validateConfigText */.Ik)(config, file, display, read.text);
    const errors = analysis.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0 || analysis.value === undefined) {
        for (const f of errors)
            io.stderr(`gateway-deploy-gate: ${said(f)}`);
        io.stderr(`gateway-deploy-gate: no OpenAPI document: fix the config first (\`validate\` says the same)`);
        return 1;
    }
    const seen = (0,substitution/* substitute */.V2)(analysis.value, (0,environment_vars/* projectVars */.q)(config).vars).value;
    io.stdout(JSON.stringify(openApiDocument(seen), null, 2));
    return 0;
}

// EXTERNAL MODULE: ./src/resolve.ts
var resolve = __nccwpck_require__(1259);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/run-state.ts
// The run directory: each stage's result, so the next step of the composite action (a separate
// process) and the report step see everything that ran before them.




/**
 * The format of a stage file. Each step of the composite action may be a different gate bundle
 * (a job that pins `@v1` while the run directory survives): a gate that changes what a stage
 * records incompatibly raises this, and refuses files of another format instead of misreading them.
 */
const RUN_FORMAT = 1;
class RunState {
    dir;
    redactor;
    /** `redactor`: results written by another step (or an older gate) are redacted as they are read. */
    constructor(dir, redactor) {
        this.dir = dir;
        this.redactor = redactor;
    }
    fileOf(stage) {
        return external_node_path_default().join(this.dir, 'stages', `${stage}.json`);
    }
    /**
     * Results recorded so far, in pipeline order; a half-written leftover is ignored, a file of
     * another gate version is a StageError saying so.
     */
    load() {
        let files;
        try {
            files = (0,external_node_fs_.readdirSync)(external_node_path_default().join(this.dir, 'stages'));
        }
        catch {
            return [];
        }
        const results = [];
        for (const stage of src_findings/* STAGE_NAMES */.y1) {
            if (!files.includes(`${stage}.json`))
                continue;
            let value;
            try {
                value = JSON.parse((0,external_node_fs_.readFileSync)(this.fileOf(stage), 'utf8'));
            }
            catch {
                continue; // A half-written file from a killed step: that stage did not finish.
            }
            const problem = stageFileProblem(value, stage);
            if (problem !== undefined)
                throw new src_errors/* StageError */.Zu(incompatible(stage, this.fileOf(stage), problem));
            if (isStageResult(value, stage))
                results.push(this.redactor ? this.redactor.deep(value) : value);
        }
        return results;
    }
    /**
     * Redacts, in place, the files tools wrote in the run directory (a test runner's results, which
     * hold its output): the stage files are written redacted, these come from the project's commands.
     */
    redactToolFiles() {
        if (!this.redactor?.active)
            return;
        for (const file of filesUnder(this.dir, external_node_path_default().join(this.dir, 'stages'))) {
            let text;
            try {
                if ((0,external_node_fs_.statSync)(file).size > MAX_REDACTED_FILE)
                    continue;
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch {
                continue; // gone meanwhile, or not a file
            }
            const redacted = this.redactor.text(text);
            if (redacted !== text)
                writeFileAtomic(file, redacted);
        }
    }
    /**
     * Records a stage's result. Results of the stages after it are dropped: they belong to an
     * earlier run of the pipeline.
     */
    save(result) {
        const later = src_findings/* STAGE_NAMES */.y1.slice(src_findings/* STAGE_NAMES */.y1.indexOf(result.name) + 1);
        for (const stage of later)
            (0,external_node_fs_.rmSync)(this.fileOf(stage), { force: true });
        writeFileAtomic(this.fileOf(result.name), JSON.stringify({ format: RUN_FORMAT, ...result }));
    }
}
/** Larger files are not read back (a results file is far smaller); tools write none so big. */
const MAX_REDACTED_FILE = 64 * 1024 * 1024;
/** Every file under `dir`, except those under `skip`. */
function filesUnder(dir, skip) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries.flatMap((entry) => {
        const file = external_node_path_default().join(dir, entry.name);
        if (file === skip)
            return [];
        if (entry.isDirectory())
            return filesUnder(file, skip);
        return entry.isFile() ? [file] : [];
    });
}
const STATUSES = ['passed', 'failed', 'skipped', 'error'];
/** What makes `value` not a stage file this gate can read, or undefined when it is one. */
function stageFileProblem(value, stage) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return 'it is not a JSON object';
    const file = value;
    if (file.format !== RUN_FORMAT) {
        const format = file.format === undefined ? 'no format' : `format ${JSON.stringify(file.format)}`;
        return `it was written by another version of the gate (${format}; this gate reads format ${RUN_FORMAT})`;
    }
    if (file.name !== stage)
        return `it records the stage ${JSON.stringify(file.name)}, not ${stage}`;
    if (!STATUSES.includes(file.status))
        return `its status ${JSON.stringify(file.status)} is not one of ${STATUSES.join(', ')}`;
    if (typeof file.durationMs !== 'number')
        return 'it has no durationMs';
    if (!Array.isArray(file.findings) || !file.findings.every(isFindingLike))
        return 'its findings are not findings';
    if (file.note !== undefined && typeof file.note !== 'string')
        return 'its note is not text';
    if (file.data !== undefined && (file.data === null || typeof file.data !== 'object'))
        return 'its data is not an object';
    return undefined;
}
function isFindingLike(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const f = value;
    return ['stage', 'layer', 'code', 'severity', 'message'].every((key) => typeof f[key] === 'string');
}
/** The checked file as what it is (the check above is the proof). */
function isStageResult(value, stage) {
    return stageFileProblem(value, stage) === undefined;
}
function incompatible(stage, file, problem) {
    return {
        stage,
        layer: 'config',
        code: 'run_state_incompatible',
        category: 'client',
        severity: 'error',
        message: `cannot read the ${stage} step's result ${file}: ${problem}`,
        fix: 'Run every step of the gate with one version of it (the same `uses:` ref, one bundle), ' +
            'or start again with an empty run directory (`--run-dir`, or the `run` command).',
    };
}
function writeFileAtomic(file, content) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, content);
    (0,external_node_fs_.renameSync)(tmp, file);
}

;// CONCATENATED MODULE: ./src/stage-result.ts
function statusFromFindings(findings) {
    return findings.some((f) => f.severity === 'error') ? 'failed' : 'passed';
}
function gateResult(results) {
    if (results.some((r) => r.status === 'error'))
        return 'error';
    if (results.some((r) => r.status === 'failed' || r.findings.some((f) => f.severity === 'error')))
        return 'failed';
    return 'passed';
}
/** The contract's exit status: 0 passed, 1 failed, 2 could not run. */
function exitCode(result) {
    if (result === 'error')
        return 2;
    if (result === 'failed')
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./src/report/report-document.ts





function buildReport(results) {
    const smoke = (0,contract/* resultOf */.B)(results, 'smoke')?.data;
    const deploy = (0,contract/* resultOf */.B)(results, 'deploy')?.data;
    return {
        version: 1,
        result: gateResult(results),
        stages: results.map((r) => ({
            name: r.name,
            status: r.status,
            durationMs: (0,src_text/* roundDuration */.xj)(r.durationMs),
            note: r.note || undefined,
        })),
        findings: (0,src_findings/* sortFindings */.Tc)(results.flatMap((r) => r.findings)),
        config: (0,contract/* resultOf */.B)(results, 'validate')?.data,
        apiChanges: (0,contract/* resultOf */.B)(results, 'validate')?.data?.apiChanges,
        deployment: deploy?.workerName || smoke?.url ? deploymentOf(deploy, smoke, (0,contract/* resultOf */.B)(results, 'rollback')?.data) : undefined,
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
        durationMs: (0,src_text/* roundDuration */.xj)(p.durationMs),
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
    writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
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

// EXTERNAL MODULE: ./src/report/canary-section.ts
var canary_section = __nccwpck_require__(8322);
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
    return (`<p><strong>${(0,src_text/* counted */.hS)(overflow.length, 'finding')} not shown as annotations</strong> (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ` +
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
        return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
        .join('');
    const more = findings.length > MAX_ROWS ? `<p>…and ${findings.length - MAX_ROWS} more in the JSON report.</p>` : '';
    return `<table><tr><th>Severity</th><th>Where</th><th>Finding</th><th>Fix</th></tr>${rows}</table>${more}`;
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
        `Worker ${code(data.workerName)}${data.environment ? ` (environment ${code(data.environment)})` : ''}, ${escapeHtml(data.mode ?? '')} deploy with wrangler ${escapeHtml(data.wrangler ?? '')}`,
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
    return `Rolled back: ${code(data.removedVersionId ?? '?')} no longer serves; ${code(data.activeVersionId ?? '?')} does (checked with the API).`;
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
        return `${run.kind === 'e2e' ? 'local E2E tests' : 'unit tests'} ${code(run.command)}: ${what} in ${(0,src_text/* formatDuration */.a3)(run.durationMs)}`;
    })
        .join('; ');
    const detail = runs
        .map((run) => {
        // A failing run lists its failing suites first; a passing stage's tables stay folded.
        const suites = [...(run.suites ?? [])].sort((a, b) => b.failed - a.failed).slice(0, MAX_ROWS);
        const rows = suites
            .map((s) => `<tr><td>${code(s.file)}</td><td>${s.passed}</td><td>${s.failed}</td><td>${s.skipped}</td><td>${(0,src_text/* formatDuration */.a3)(s.durationMs)}</td></tr>`)
            .join('');
        if (!rows)
            return '';
        const table = `<table><tr><th>Suite</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Time</th></tr>${rows}</table>`;
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
    return `Worker ${code(data.workerName ?? '?')}${data.environment ? ` (environment ${code(data.environment)})` : ''} from ${code(data.wranglerConfig)}, read by ${escapeHtml(data.reader ?? '')}: ${(0,src_text/* counted */.hS)(data.bindings ?? 0, 'binding')}; ${remote}.`;
}
function validateFacts(result) {
    const data = result.data;
    if (!data?.configFile)
        return { line: '', detail: '' };
    const line = `Checked ${code(data.configFile)} (${(0,src_text/* counted */.hS)(data.routeCount ?? 0, 'route')}) against ${data.schema ? escapeHtml(data.schema) : 'the schema'}.`;
    const refs = data.references ?? [];
    if (refs.length === 0)
        return { line, detail: '' };
    const rows = refs
        .slice(0, MAX_ROWS)
        .map((r) => `<tr><td>${escapeHtml(r.kind)}</td><td>${code(r.name)}</td><td>${r.location ? code(`${r.location.file}:${r.location.line}`) : ''}</td></tr>`)
        .join('');
    const detail = `<p>${refs.length} Worker variable/secret reference${refs.length === 1 ? '' : 's'} (preflight checks they exist):</p><table><tr><th>Kind</th><th>Name</th><th>Where</th></tr>${rows}</table>`;
    return { line, detail };
}

// EXTERNAL MODULE: ./src/runner-protocol.ts
var runner_protocol = __nccwpck_require__(1086);
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
    const { publishCheckRun } = await __nccwpck_require__.e(/* import() */ 437).then(__nccwpck_require__.bind(__nccwpck_require__, 4437));
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
        say(`::warning title=gateway-deploy-gate::${(0,runner_protocol/* escapeCommand */.Nf)(warning)}`);
        notes.push(`No check run: ${check.reason}. The annotations are on this step instead.`);
    }
    if (gate.prComment) {
        const { upsertPullRequestComment } = await __nccwpck_require__.e(/* import() */ 914).then(__nccwpck_require__.bind(__nccwpck_require__, 1914));
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
    const { finishGitHubDeployment } = await __nccwpck_require__.e(/* import() */ 345).then(__nccwpck_require__.bind(__nccwpck_require__, 6345));
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

;// CONCATENATED MODULE: ./src/output-paths.ts
// Where the gate writes (--report, --run-dir, --summary): checked before anything runs, so a path
// under a file or naming a directory is a usage error on that flag, never an "internal error".


const FLAG = {
    report: '--report (input report)',
    'run-dir': '--run-dir (GATE_RUN_DIR)',
    summary: '--summary',
};
function kindOf(file) {
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}
/** The first existing ancestor that is not a directory, which makes `file` impossible to create. */
function blockingAncestor(file) {
    for (let dir = external_node_path_default().dirname(file); dir !== external_node_path_default().dirname(dir); dir = external_node_path_default().dirname(dir)) {
        const kind = kindOf(dir);
        if (kind === 'directory')
            return undefined;
        if (kind !== 'missing')
            return dir;
    }
    return undefined;
}
/** What is wrong with one output path, or undefined when the gate can create or replace it. */
function outputProblem(kind, file) {
    const flag = FLAG[kind];
    const blocked = blockingAncestor(file);
    if (blocked) {
        const fix = `choose a path outside it, or remove the file ${blocked}`;
        return {
            kind,
            path: file,
            message: `${flag} ${file} cannot be created: ${blocked} is a file, not a directory; ${fix}`,
        };
    }
    const own = kindOf(file);
    if (kind === 'run-dir' && own !== 'directory' && own !== 'missing') {
        return {
            kind,
            path: file,
            message: `${flag} ${file} is a file, not a directory; name a directory (it is created if missing)`,
        };
    }
    if (kind !== 'run-dir' && own === 'directory') {
        const example = external_node_path_default().join(file, kind === 'report' ? 'report.json' : 'summary.md');
        return { kind, path: file, message: `${flag} ${file} is a directory; name a file in it, such as ${example}` };
    }
    if (kind !== 'run-dir' && own === 'other') {
        return {
            kind,
            path: file,
            message: `${flag} ${file} is not a regular file (a FIFO, socket or device); name a regular file`,
        };
    }
    return undefined;
}
/** A write that failed anyway (permissions, a full disk): the same words, with the system's code. */
function writeProblem(kind, file, error) {
    const code = error?.code ?? 'unknown error';
    const fix = code === 'EACCES' || code === 'EPERM' ? 'choose a path you may write to' : 'choose another path';
    return { kind, path: file, message: `${FLAG[kind]} ${file} cannot be written (${code}); ${fix}` };
}
/** Every output path of a run that cannot be written, checked before a stage runs. */
function outputProblems(paths) {
    const checks = [
        ['report', paths.reportPath],
        ['run-dir', paths.runDir],
        ['summary', paths.summaryFile],
    ];
    return checks.flatMap(([kind, file]) => file ? [outputProblem(kind, file)].filter((p) => p !== undefined) : []);
}

;// CONCATENATED MODULE: ./src/redaction.ts
// Secret values never reach anything the gate writes. The runner masks registered secrets in its
// log, but the report, the run directory, the summary, annotations, the check run and the PR
// comment are the gate's own: a backend that echoes the Authorization header in its error body
// must not put the token there, raw or encoded.
const REDACTED = '***';
/** Values shorter than this are not redacted in the raw: they would blank ordinary words. */
const MIN_RAW = 3;
/** Encoded forms shorter than this are not redacted: too likely to occur by chance. */
const MIN_ENCODED = 6;
/** A truncated text (ending in "…") that ends with this much of a secret still hides that part. */
const MIN_TRUNCATED = 6;
/**
 * The base64 characters that depend only on `bytes`, whatever precedes or follows them, for each of
 * the three alignments the secret can have inside a longer encoded text.
 */
function base64Cores(bytes) {
    const cores = [];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        // Character i holds bits 6i..6i+5; keep those that lie wholly within the secret's bits.
        const first = Math.ceil((8 * offset) / 6);
        const last = Math.floor((8 * (offset + bytes.length) - 6) / 6);
        if (last >= first)
            cores.push(encoded.slice(first, last + 1));
    }
    return cores;
}
/** The forms a secret value takes in text: raw, JSON-escaped, URL-encoded, base64 and base64url. */
function secretVariants(value) {
    const variants = new Set();
    if (value.length >= MIN_RAW)
        variants.add(value);
    const encoded = [JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
    encoded.push(encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()));
    encoded.push(encodeURIComponent(value).replace(/%20/g, '+'));
    for (const core of base64Cores(Buffer.from(value, 'utf8'))) {
        encoded.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    for (const form of encoded)
        if (form.length >= MIN_ENCODED || form === value)
            variants.add(form);
    return [...variants].filter((v) => v.length >= MIN_RAW);
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
class Redactor {
    variants;
    pattern;
    constructor(values) {
        const all = new Set();
        for (const value of values)
            if (value)
                for (const v of secretVariants(value))
                    all.add(v);
        // Longest first, so a value's encoded form is replaced whole rather than a shorter value inside it.
        this.variants = [...all].sort((a, b) => b.length - a.length);
        this.pattern = this.variants.length ? new RegExp(this.variants.map(escapeRegExp).join('|'), 'g') : undefined;
    }
    get active() {
        return this.pattern !== undefined;
    }
    text(value) {
        if (!this.pattern)
            return value;
        const replaced = value.replace(this.pattern, REDACTED);
        return replaced.endsWith('…') ? this.truncatedTail(replaced) : replaced;
    }
    /** A copy of a JSON-like value with every string (and key) redacted. */
    deep(value) {
        if (!this.pattern)
            return value;
        return this.walk(value);
    }
    walk(value) {
        if (typeof value === 'string')
            return this.text(value);
        if (Array.isArray(value))
            return value.map((v) => this.walk(v));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.walk(v)]));
        }
        return value;
    }
    /** A text cut short ("…") may end in the first part of a secret: hide that part too. */
    truncatedTail(text) {
        const body = text.slice(0, -1);
        for (const variant of this.variants) {
            for (let n = variant.length - 1; n >= MIN_TRUNCATED; n--) {
                if (body.endsWith(variant.slice(0, n)))
                    return `${body.slice(0, -n)}${REDACTED}…`;
            }
        }
        return text;
    }
}
/**
 * A writer for streamed output (a child process's chunks) that redacts whole lines: a secret split
 * across two chunks is still found. The rest is flushed at the end.
 */
function redactingStream(redactor, write) {
    let pending = '';
    return {
        write(chunk) {
            if (!redactor.active)
                return write(chunk);
            pending += chunk;
            const end = pending.lastIndexOf('\n');
            if (end < 0)
                return;
            write(redactor.text(pending.slice(0, end + 1)));
            pending = pending.slice(end + 1);
        },
        flush() {
            if (pending)
                write(redactor.text(pending));
            pending = '';
        },
    };
}

// EXTERNAL MODULE: ./src/run-directory.ts
var run_directory = __nccwpck_require__(6832);
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

;// CONCATENATED MODULE: ./src/usage-record.ts
// An invocation that cannot run (a bad flag or input, an output path it cannot write) still leaves
// its record: a report with `result: error` and the usage finding, and the stage's result in the
// run directory, so the report step's verdict is `error` and not "passed".









/**
 * Where this invocation's record goes, read as leniently as possible from the same flags and
 * variables a working run uses: the command line itself may be what is wrong.
 */
function recordTarget(argv, env, cwd) {
    const options = Object.fromEntries([...inputs/* INPUTS */.mc.map((i) => i.name), 'run-dir', 'summary'].map((n) => [n, { type: 'string' }]));
    // A flag given no value must not swallow the next one (`--config --run-dir x`): it is left out here.
    const valueless = flagWithoutValue(argv);
    const args = valueless ? argv.filter((_, i) => i !== valueless.index) : [...argv];
    const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: false });
    const flags = Object.fromEntries(Object.entries(values).filter((e) => typeof e[1] === 'string'));
    const named = positionals[0];
    const stage = src_findings/* STAGE_NAMES */.y1.includes(named ?? '') ? named : 'report';
    const raw = (0,inputs/* readRawInputs */.yI)(flags, env);
    const runDirFlag = flags['run-dir'];
    const target = { stage };
    try {
        // Only the inputs that say where to write: any other input may be the bad one.
        const where = { 'working-directory': raw['working-directory'], report: raw.report };
        const gate = (0,inputs/* buildGateConfig */.KZ)(where, { cwd, env, isTTY: false, runDir: runDirFlag });
        return { stage, reportPath: gate.reportPath, runDir: gate.runDir };
    }
    catch {
        // A working directory that does not exist: only explicit paths are known.
        const runDir = runDirFlag ?? env.GATE_RUN_DIR;
        if (runDir)
            target.runDir = external_node_path_default().resolve(cwd, runDir);
        if (raw.report)
            target.reportPath = external_node_path_default().resolve(cwd, raw.report);
        else if (target.runDir)
            target.reportPath = external_node_path_default().join(target.runDir, 'report.json');
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
    if (target.runDir && !isBroken('run-dir') && !outputProblem('run-dir', target.runDir) && target.stage !== 'report') {
        try {
            new RunState(target.runDir).save(result);
        }
        catch (error) {
            problems.push(writeProblem('run-dir', target.runDir, error));
        }
    }
    if (target.reportPath && !isBroken('report') && !outputProblem('report', target.reportPath)) {
        try {
            writeReport(target.reportPath, buildReport([result]));
        }
        catch (error) {
            problems.push(writeProblem('report', target.reportPath, error));
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
            say.stdout(`::error title=gateway-deploy-gate::${(0,runner_protocol/* escapeCommand */.Nf)(line)}`);
    }
    if (target.reportPath && !problems.some((p) => p.kind === 'report'))
        say.stdout(`report: ${target.reportPath}`);
    return 2;
}

;// CONCATENATED MODULE: ./src/main.ts
// The gate's entry: parse the command line (or the runner's inputs), run the stages, publish
// the results. Every failure ends as a message and an exit status, never a stack trace.
























// A closed pipe (`gate validate | head`) must not cost the report, the summary or the exit status.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
const defaultIo = () => ({
    stdout: (t) => process.stdout.write(t + '\n'),
    stderr: (t) => process.stderr.write(t + '\n'),
    write: (t) => process.stdout.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
});
async function run(argv = process.argv.slice(2), env = process.env, io = defaultIo()) {
    const cancel = watchForCancel();
    let code = 2;
    try {
        code = await runGate(argv, env, io, cancel);
        return code;
    }
    finally {
        cancel.dispose();
        // A cancelled run ends once its report is written: API requests still retrying must not keep it alive.
        if (cancel.reason)
            process.exit(code);
    }
}
async function runGate(argv, env, io, cancel) {
    let gate;
    let stage;
    try {
        const cmd = parseCommandLine(argv);
        if (cmd.help || cmd.stage === undefined) {
            (cmd.help ? io.stdout : io.stderr)(usage());
            return cmd.help ? 0 : 2;
        }
        stage = cmd.stage;
        gate = (0,inputs/* buildGateConfig */.KZ)((0,inputs/* readRawInputs */.yI)(cmd.flags, env), {
            cwd: io.cwd,
            env,
            isTTY: io.isTTY,
            freshRun: stage === 'run',
            runDir: cmd.runDir || undefined,
            summaryFile: cmd.summary || undefined,
        });
        // An output path the gate cannot write is the user's to fix, and is said before anything runs.
        const broken = outputProblems(gate);
        const said = broken.map((p) => p.message).join('\n');
        if (broken.length > 0)
            return reportUsageError(said, broken, { argv, env, cwd: io.cwd }, io);
    }
    catch (error) {
        if (error instanceof src_errors/* UsageError */.eb)
            return reportUsageError(error.message, [], { argv, env, cwd: io.cwd }, io);
        throw error;
    }
    if (stage === 'openapi')
        return await printOpenApi(gate, io);
    if (gate.runDirNote)
        io.stderr(`gateway-deploy-gate: ${gate.runDirNote}`);
    // While a `run` goes on, a stage command started beside it keeps out of its run directory.
    const unmark = stage === 'run' ? (0,run_directory/* markRunInProgress */.L9)(gate.runDir) : undefined;
    try {
        const core = gate.github ? await (0,runner_protocol/* loadCore */.Cp)() : undefined;
        if (core)
            maskSecrets(core, gate);
        const redactor = new Redactor(secretValues(gate));
        // Every line the gate prints (a GitHub API error, a deployment note) is redacted too.
        io = redactedIo(io, redactor);
        await (0,resolve/* installResolver */.oi)(gate.resolve);
        const state = new RunState(gate.runDir, redactor);
        if (stage === 'report')
            return await publishReport(gate, state, io, core);
        const stages = stage === 'run' ? PIPELINE_STAGES : PIPELINE_STAGES.filter((s) => s.name === stage);
        const context = { previous: (name) => (0,contract/* resultOf */.B)(state.load(), name) };
        const ran = [];
        let stopped = false;
        for (const definition of stages) {
            if (stage === 'run') {
                // Nothing downstream of a failed stage is worth running, except the rollback of a failed smoke test.
                if (definition.afterFailure ? !(stopped && ran.at(-1)?.name === 'smoke') : stopped)
                    continue;
                if (!stopped)
                    io.stdout(`▶ ${definition.name}`);
            }
            const result = await withGitHubDeployment(await executeStage(definition, gate, io, context, redactor, cancel), gate, io);
            state.redactToolFiles();
            state.save(result);
            ran.push(result);
            if (stage !== 'run')
                return await publishStage(result, gate, state, io, core);
            io.stdout(formatStageResult(result, gate.color));
            if (cancel.reason)
                break;
            if (result.status === 'failed' || result.status === 'error')
                stopped = true;
        }
        return await publishReport(gate, state, io, core, ran);
    }
    catch (error) {
        // A run directory this gate cannot read (another version's): the finding says which file and why.
        if (error instanceof src_errors/* StageError */.Zu) {
            for (const f of error.findings)
                io.stderr(`gateway-deploy-gate: ${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`);
            return 2;
        }
        // Only a defect of the gate itself gets here: still a report, still no stack trace.
        io.stderr(`gateway-deploy-gate: internal error: ${new Redactor(secretValues(gate)).text((0,src_errors/* errorMessage */.gJ)(error))}`);
        if (env.RUNNER_DEBUG === '1' || env.GATE_DEBUG)
            io.stderr(String(error?.stack ?? ''));
        return 2;
    }
    finally {
        unmark?.();
    }
}
async function executeStage(definition, gate, io, context, redactor, cancel) {
    const result = await runStageSafely(definition, gate, io, context, redactor, cancel);
    // Whatever a stage saw (an upstream echoing a token, a tool printing a value), nothing it
    // records holds a secret: the run directory, the report and every publication derive from this.
    return redactor.deep(result);
}
async function runStageSafely(definition, gate, io, context, redactor, cancel) {
    // A failure to load surfaces again from run(), as the stage's crash.
    await definition.load?.().catch(() => undefined);
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const log = stageLog(gate, io, redactor);
    let checkpoint;
    const running = definition.run(gate, log, { ...context, checkpoint: (data) => (checkpoint = data) });
    running.catch(() => undefined); // a stage abandoned after a cancel may still reject later
    // After a cancel the stage gets a short grace to return what it knows; then it is abandoned.
    const abandoned = cancel.requested.then(() => new Promise((r) => setTimeout(() => r(undefined), STAGE_GRACE_MS)));
    let outcome;
    let failure;
    try {
        outcome = await Promise.race([running, abandoned]);
    }
    catch (error) {
        failure = error;
    }
    finally {
        log.flush();
    }
    if (cancel.reason) {
        const known = checkpoint ?? context.previous('deploy')?.data;
        const result = await cancelledResult(definition.name, gate, cancel.reason, known, elapsed());
        return outcome ? withReturnedRecord(result, outcome) : result;
    }
    if (!outcome)
        return crashedResult(definition.name, failure, gate.env, elapsed());
    return (0,contract/* asResult */.A)({
        name: definition.name,
        status: outcome.status ?? statusFromFindings(outcome.findings),
        durationMs: elapsed(),
        findings: outcome.findings,
        note: outcome.note || undefined,
        data: outcome.data,
    });
}
/** With a github-token in Actions, a deploy's result carries the GitHub deployment it created. */
async function withGitHubDeployment(result, gate, io) {
    if (result.name !== 'deploy' || !gate.github || !gate.githubToken)
        return result;
    // Loaded on use, like the check run: a laptop run never talks to GitHub.
    const { recordGitHubDeployment } = await __nccwpck_require__.e(/* import() */ 345).then(__nccwpck_require__.bind(__nccwpck_require__, 6345));
    return recordGitHubDeployment(gate, result, io.stdout);
}
function crashedResult(name, error, env, durationMs) {
    const findings = error instanceof src_errors/* StageError */.Zu
        ? error.findings
        : [
            {
                stage: name,
                layer: 'config',
                code: 'internal_error',
                severity: 'error',
                message: `the ${name} stage crashed: ${(0,src_errors/* errorMessage */.gJ)(error)}`,
                fix: 'This is a defect of the gate: rerun with GATE_DEBUG=1 for the stack trace and report it with the' +
                    ' JSON report.',
                evidence: env.GATE_DEBUG ? { stack: String(error?.stack ?? '') } : undefined,
            },
        ];
    return { name, status: 'error', durationMs, findings, note: 'the stage could not run' };
}
/** A cancelled stage: what was stopped and, where production may have changed, what serves now. */
async function cancelledResult(name, gate, signal, known, durationMs) {
    const serving = CHANGES_PRODUCTION.has(name) ? await servingVersion(gate, known) : undefined;
    return {
        name,
        status: 'error',
        durationMs,
        findings: [cancelledFinding(name, signal, known, serving)],
        note: `cancelled (${signal})`,
    };
}
/**
 * A stage that returned within its grace after a cancel: its data (a canary's steps, which version
 * it left serving) is kept, and so are the findings that say where the cancel left traffic. Its
 * other findings may be artefacts of the processes the cancel stopped, so they are left out.
 */
const SAID_OF_THE_CANCEL = new Set(['canary_aborted', 'canary_rollback_failed']);
function withReturnedRecord(result, outcome) {
    const said = outcome.findings.filter((f) => SAID_OF_THE_CANCEL.has(f.code));
    return { ...result, findings: [...result.findings, ...said], data: outcome.data };
}
async function publishStage(result, gate, state, io, core) {
    const report = buildReport(state.load());
    writeReport(gate.reportPath, report);
    if (core) {
        // With a github-token the report step publishes every annotation in one check run.
        const plan = gate.githubToken ? { annotated: [], overflow: [] } : (0,annotations/* planAnnotations */.mc)(result.findings);
        (0,runner_protocol/* annotate */.fz)(core, plan.annotated, (0,annotations/* pathPrefixOf */.TM)(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
        io.stdout(formatStageResult(result, false, plan.overflow));
        // In the action, the report step writes every section after the verdict (summaryByReport).
        if (!summaryByReport(gate.env))
            addStageSection(core.summary, result, plan.overflow);
        (0,runner_protocol/* setOutputs */.n0)(core, { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) });
        await (0,runner_protocol/* writeSummary */.Sy)(core, gate.env);
        return exitCode(result.status);
    }
    io.stdout(formatStageResult(result, gate.color));
    io.stdout(`report: ${gate.reportPath}`);
    return exitCode(result.status);
}
async function publishReport(gate, state, io, core, ranNow) {
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
    const report = buildReport(results);
    writeReport(gate.reportPath, report);
    const gateway = gatewayIdentity({
        workingDirectory: gate.workingDirectory,
        wranglerConfig: gate.wranglerConfig,
        environment: gate.environment,
        workspace: gate.env.GITHUB_WORKSPACE || process.cwd(),
        results,
    });
    const label = gatewayLabel(gateway);
    if (core) {
        const published = gate.githubToken ? await publishToGitHub(gate, report, results, io.stdout, gateway) : undefined;
        // The stage steps of the action leave their sections to this step, so the verdict opens the summary.
        const sections = ranNow ?? (summaryByReport(gate.env) ? results : []);
        let overflow = (r) => (gate.githubToken ? [] : (0,annotations/* planAnnotations */.mc)(r.findings).overflow);
        if (ranNow || (published && !published.checkRun)) {
            // `run` is one step: its annotation budget covers every stage. So does the fallback of a
            // check run that could not be written (a fork's token), for the findings of every step.
            const findings = ranNow ? ranNow.flatMap((r) => r.findings) : report.findings;
            const plan = published?.checkRun ? { annotated: [], overflow: [] } : (0,annotations/* planAnnotations */.mc)(findings);
            (0,runner_protocol/* annotate */.fz)(core, plan.annotated, (0,annotations/* pathPrefixOf */.TM)(gate.env.GITHUB_WORKSPACE, gate.workingDirectory));
            overflow = (r) => plan.overflow.filter((f) => f.stage === r.name);
        }
        addSummary(core.summary, report, results, summaryOptions(gate, label), sections, overflow);
        if (published?.note)
            core.summary.addRaw(`<p>${published.note}</p>`, true);
        (0,runner_protocol/* setOutputs */.n0)(core, { result: report.result, 'report-path': gate.reportPath, ...deploymentOutputs(report) });
        await (0,runner_protocol/* writeSummary */.Sy)(core, gate.env);
    }
    else {
        if (!ranNow)
            for (const r of results)
                io.stdout(formatStageResult(r, gate.color));
        if (gate.summaryFile)
            await writeSummaryFile(gate.summaryFile, results, report, gate.reportPath, label);
    }
    io.stdout(`gate ${report.result} · report: ${gate.reportPath}`);
    return exitCode(gateResult(results));
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
    const { summary } = await (0,runner_protocol/* loadCore */.Cp)();
    summary.emptyBuffer();
    addSummary(summary, report, results, { gateway, reportLink: { path: reportPath } }, results, () => []);
    writeFileAtomic(file, summary.stringify());
    summary.emptyBuffer();
}
function redactedIo(io, redactor) {
    if (!redactor.active)
        return io;
    return { ...io, stdout: (t) => io.stdout(redactor.text(t)), stderr: (t) => io.stderr(redactor.text(t)) };
}
/** Every value the gate knows to be secret: each step has them all (action.yml passes every step the inputs). */
function secretValues(gate) {
    return [gate.authToken, gate.githubToken, gate.env.CLOUDFLARE_API_TOKEN, ...gate.secrets.map((n) => gate.env[n])];
}
/** The runner masks these in every log line from here on; the gate redacts what it writes itself. */
function maskSecrets(core, gate) {
    for (const value of secretValues(gate))
        if (value)
            core.setSecret(value);
}
function deploymentOutputs(report) {
    const deployment = report.deployment;
    return {
        'deployment-url': deployment?.url ?? '',
        'version-id': deployment?.versionId ?? '',
        'preview-url': deployment?.preview?.url ?? '',
    };
}
function stageLog(gate, io, redactor) {
    // Tool output is streamed in chunks: redacted line by line, so a value split across chunks is caught.
    const output = redactingStream(redactor, io.write);
    return {
        write: (text) => output.write(text),
        flush: () => output.flush(),
        group: async (title, body) => {
            // Actions folds a ::group:: in the log; a terminal gets a header line.
            io.stdout(gate.github ? `::group::${(0,runner_protocol/* escapeCommand */.Nf)(redactor.text(title))}` : `── ${redactor.text(title)}`);
            try {
                return await body();
            }
            finally {
                output.flush();
                if (gate.github)
                    io.stdout('::endgroup::');
            }
        },
    };
}


/***/ }),

/***/ 7454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   j8: () => (/* binding */ spawnGroup),
/* harmony export */   qf: () => (/* binding */ cancellationReason),
/* harmony export */   um: () => (/* binding */ stopAll)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Every process the gate starts (test commands, wrangler, wrangler tail) runs in a process group of
// its own and is known here, so a cancelled run (SIGINT/SIGTERM from the runner or a terminal) can
// stop all of them, with everything they started, within a bounded time.

const running = new Set();
let refusal;
/** Raised instead of starting a process once the run is being cancelled. */
class CancelledError extends Error {
    name = 'CancelledError';
}
/** Why the run is being cancelled (the signal), or undefined. */
function cancellationReason() {
    return refusal;
}
/** `spawn` in a new process group, tracked until it closes. */
function spawnGroup(command, args, options) {
    if (refusal)
        throw new CancelledError(`not started: the run is being cancelled (${refusal})`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { ...options, detached: true });
    running.add(child);
    const forget = () => running.delete(child);
    child.once('close', forget);
    child.once('error', forget);
    return child;
}
/** Signals the child's whole group (its own children too); a group already gone is no error. */
function signalGroup(child, signal) {
    try {
        if (child.pid)
            process.kill(-child.pid, signal);
    }
    catch {
        try {
            child.kill(signal);
        }
        catch {
            // gone
        }
    }
}
/**
 * Refuses new processes, sends SIGTERM to every group, and SIGKILL to those still there after
 * `graceMs`. Resolves once all are gone (or were killed).
 */
async function stopAll(reason, graceMs) {
    refusal ??= reason;
    const children = [...running];
    for (const child of children)
        signalGroup(child, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (running.size > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    for (const child of running)
        signalGroup(child, 'SIGKILL');
}
// Whatever way the gate ends, no group it started outlives it.
process.once('exit', () => {
    for (const child of running)
        signalGroup(child, 'SIGKILL');
});


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ emitAnnotations),
/* harmony export */   TM: () => (/* binding */ pathPrefixOf),
/* harmony export */   lW: () => (/* binding */ annotationOf),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   qN: () => (/* binding */ repoPath)
/* harmony export */ });
/* unused harmony export ANNOTATION_LIMITS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1001);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ canaryHeadline),
/* harmony export */   MB: () => (/* binding */ canaryMarkdown),
/* harmony export */   nQ: () => (/* binding */ stepStatusLine)
/* harmony export */ });
/* unused harmony exports rateText, canaryChart */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);

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
            `${interval} per step, at least ${data.minRequests} requests per version; real traffic read by ${cell(data.events)}.`,
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

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oi: () => (/* binding */ installResolver),
/* harmony export */   tV: () => (/* binding */ parseResolveRules)
/* harmony export */ });
/* unused harmony export ruleFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// The `resolve` input: connect to another address than DNS gives for some hosts, like curl's
// `--resolve`/`--connect-to` (a custom domain before its DNS cutover, a workers.dev name served on
// loopback). URLs, Host headers and TLS names stay the real ones; only where the socket goes changes.

const RULE = /^(\*\.)?([A-Za-z0-9.-]+):(\d{1,5})=([^=\s]+):(\d{1,5})$/;
/** `HOST:PORT=ADDRESS:PORT`, one per line or comma-separated; a clear usage error otherwise. */
function parseResolveRules(value) {
    const entries = (value ?? '')
        .split(/[\n,]/)
        .map((e) => e.trim())
        .filter(Boolean);
    return entries.map((entry) => {
        const match = RULE.exec(entry);
        const port = Number(match?.[3]);
        const targetPort = Number(match?.[5]);
        if (!match || !validPort(port) || !validPort(targetPort)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`resolve: "${entry}" is not HOST:PORT=ADDRESS:PORT (e.g. *.example.workers.dev:443=127.0.0.1:8443)`);
        }
        const address = match[4].replace(/^\[(.*)\]$/, '$1');
        return { host: `${match[1] ?? ''}${match[2].toLowerCase()}`, port, address, targetPort };
    });
}
function validPort(port) {
    return Number.isInteger(port) && port > 0 && port < 65536;
}
/** The rule for a connection to `host:port`, if any (the first that matches). */
function ruleFor(rules, host, port) {
    const name = host.toLowerCase();
    return rules.find((r) => r.port === port && (r.host.startsWith('*.') ? name.endsWith(r.host.slice(1)) : name === r.host));
}
/** Every fetch of this process connects by the rules; TLS still verifies the URL's own host name. */
async function installResolver(rules) {
    if (rules.length === 0)
        return;
    // undici is loaded only for the rules: a run without them does not pay for compiling it.
    const { Agent, buildConnector, setGlobalDispatcher } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    const connect = buildConnector({});
    const agent = new Agent({
        connect: (options, callback) => {
            const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
            const rule = ruleFor(rules, options.hostname, port);
            if (!rule)
                return connect(options, callback);
            const servername = options.servername || options.hostname;
            return connect({ ...options, hostname: rule.address, port: String(rule.targetPort), servername }, callback);
        },
    });
    setGlobalDispatcher(agent);
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ markRunInProgress),
/* harmony export */   s$: () => (/* binding */ chooseRunDir)
/* harmony export */ });
/* unused harmony exports defaultRunDir, RUN_MARKER */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// Where a run's stages hand their results on. Two runs must never share one: a second terminal, or
// two jobs on one self-hosted runner, would delete each other's results.




/** Run directories kept per project on a laptop; older ones are removed when a run starts. */
const KEEP_LOCAL_RUNS = 10;
const keyOf = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12);
/**
 * In Actions: one directory per workflow run, attempt, job and gateway (working directory, wrangler
 * config, environment), so matrix jobs and several gateways in one job never collide (matrix jobs
 * share GITHUB_JOB, and their matrix values are not in the environment), while the composite
 * action's steps (separate processes, given the same inputs) find each other. On a laptop: one per
 * `run`; a stage command joins the project's latest run.
 */
function defaultRunDir(request) {
    return chooseRunDir(request).dir;
}
/** The run directory, and why a stage command starts its own instead of joining (a `run` still going there). */
function chooseRunDir(request) {
    const { env, workingDirectory } = request;
    const project = keyOf(workingDirectory);
    if (request.github && env.RUNNER_TEMP) {
        const job = [env.GITHUB_RUN_ID ?? 'run', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? 'job'].join('-');
        const gateway = keyOf([workingDirectory, request.wranglerConfig ?? '', request.environment ?? ''].join('\n'));
        return { dir: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP, 'gateway-deploy-gate', `${job.replace(/[^\w.-]/g, '_')}-${gateway}`) };
    }
    const projectDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(request.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `gateway-deploy-gate-${project}`);
    const runs = localRuns(projectDir);
    const latest = runs.length ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(projectDir, runs.at(-1)) : undefined;
    // A stage command joins the latest run, unless that `run` is still going: its results are not to be mixed in.
    const running = latest && !request.fresh ? (request.runningIn ?? runningIn)(latest) : undefined;
    if (latest && !request.fresh && running === undefined)
        return { dir: latest };
    const stamp = (request.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    // The run still going is the latest, so it is never among those removed.
    for (const old of runs.slice(0, Math.max(0, runs.length - (KEEP_LOCAL_RUNS - 1)))) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(projectDir, old), { recursive: true, force: true });
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(projectDir, `${stamp}-${process.pid}`);
    const note = running === undefined
        ? undefined
        : `a \`run\` (process ${running}) is still in progress in ${latest}: this stage starts its own run` +
            ` directory, ${dir}`;
    return note ? { dir, note } : { dir };
}
/** The marker a `run` leaves in its directory while it runs: its process id. */
const RUN_MARKER = 'run-in-progress';
/** Marks `dir` as the directory of a `run` going on; the returned function removes the mark. */
function markRunInProgress(dir) {
    const marker = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, RUN_MARKER);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(marker, String(process.pid));
    }
    catch {
        return () => undefined; // an unwritable run directory is reported where its results are written
    }
    return () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(marker, { force: true });
}
/** The `run` still going in `dir`: its marker names a live process (a killed run leaves a dead one). */
function runningIn(dir) {
    let pid;
    try {
        pid = Number((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, RUN_MARKER), 'utf8').trim());
    }
    catch {
        return undefined;
    }
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid)
        return undefined;
    try {
        process.kill(pid, 0);
        return pid;
    }
    catch (error) {
        // EPERM: it lives, under another user.
        return error.code === 'EPERM' ? pid : undefined;
    }
}
/** The project's local runs, oldest first (their names start with an ISO time). */
function localRuns(projectDir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(projectDir, { withFileTypes: true })
            .filter((e) => e.isDirectory() && /^\d{4}-\d\d-\d\dT/.test(e.name))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 1086:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ loadCore),
/* harmony export */   Nf: () => (/* binding */ escapeCommand),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(856);

/** A workflow command's value: `%`, CR and LF would end or corrupt the command. */
function escapeCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
async function loadCore() {
    return Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
}
function annotate(core, findings, pathPrefix) {
    (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .emitAnnotations */ .KI)({
        error: (m, p) => core.error(m, p),
        warning: (m, p) => core.warning(m, p),
        notice: (m, p) => core.notice(m, p),
    }, findings, pathPrefix);
}
function setOutputs(core, outputs) {
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}
/** Appends the built summary to the job summary; runners without one (act, old GHES) just skip it. */
async function writeSummary(core, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await core.summary.write();
    else
        core.summary.emptyBuffer();
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   hS: () => (/* binding */ counted),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   xj: () => (/* binding */ roundDuration)
/* harmony export */ });
/* unused harmony export editDistance */
// Small wording helpers shared by messages.
/** The closest candidate within a typo's distance, for "did you mean" hints. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = word.length < 6 ? 1 : Math.floor(word.length / 3);
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance && d <= limit) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * The candidate a mistyped or shortened name most likely means: the only one it begins (an
 * abbreviation such as "working-dir"), else the closest within a typo's distance.
 */
function nearest(word, candidates) {
    const lower = word.toLowerCase();
    const extending = candidates.filter((c) => c.toLowerCase().startsWith(lower) && c.length > word.length);
    if (lower.length >= 3 && extending.length === 1)
        return extending[0];
    return closest(word, candidates);
}
/** Edit distance where swapping two neighbours counts as one edit ("GTE" is one from "GET"). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
function quote(value) {
    const s = JSON.stringify(value);
    if (s === undefined)
        return String(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function listOf(values) {
    return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
// eslint-disable-next-line no-control-regex -- ANSI escapes are exactly what is stripped
const ANSI = /\u001b\[[0-9;]*m/g;
/** Tool output carries colour codes even without a TTY (wrangler, vitest); read it without them. */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** `1 route`, `3 routes`: a count with its noun (regular plurals only). */
function counted(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** "90s", "10m", "1h", "1m30s" or plain seconds; undefined when it is not a duration. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
        total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2]];
        consumed = re.lastIndex;
    }
    return consumed === t.length && consumed > 0 ? total : undefined;
}
/** "850 ms", "4.3 s". */
/** To a tenth of a millisecond, as the JSON report keeps durations; formatDuration rounds from there. */
function roundDuration(ms) {
    return Math.round(ms * 10) / 10;
}
/**
 * "8 ms" or "2.8 s". It rounds the report's value (roundDuration), so a duration read from the
 * report and the same one read from the stage's result never print differently (8.46 and 8.5).
 */
function formatDuration(ms) {
    const rounded = roundDuration(ms);
    return rounded < 999.5 ? `${Math.round(rounded)} ms` : `${(Math.round(rounded / 100) / 10).toFixed(1)} s`;
}


/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ unknownEnvironment),
/* harmony export */   WI: () => (/* binding */ definedEnvironments),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   sG: () => (/* binding */ environmentTraps)
/* harmony export */ });
/* unused harmony export NON_INHERITED */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);
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

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readWorkerTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3383);
/* harmony import */ var _environments_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(630);
/* harmony import */ var _wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9674);
/* harmony import */ var _wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9061);
// The Worker a stage acts on: the wrangler config with positions, resolved for the environment.
// Deploy, smoke and rollback each run as their own step, so each reads it again (milliseconds).







function readWorkerTarget(config, stage) {
    const file = (0,_wrangler_file_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWranglerConfig */ .Xe)(config);
    const fail = (message, line) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StageError */ .Zu({
            stage,
            layer: 'config',
            code: 'wrangler_config_unusable',
            severity: 'error',
            message,
            fix: "Point `wrangler-config` at the Worker's wrangler config (preflight reports what is wrong with it).",
            location: file && line ? { file: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory), line } : undefined,
        });
    };
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return fail(`no wrangler config in ${config.workingDirectory}: the ${stage} stage needs the Worker's name and environment`);
    const display = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(file, config.workingDirectory);
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(file, 1024 * 1024);
    if (!read.ok)
        return fail(`wrangler config ${display} ${read.detail}`);
    const loaded = (0,_wrangler_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadWranglerSource */ .Y)(file, display, read.text);
    if (!loaded.ok)
        return fail(`${display} cannot be parsed: ${loaded.message}`, loaded.location.line);
    return { source: loaded.source, worker: (0,_environments_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveEnvironment */ .g9)(loaded.source.raw, config.environment) };
}


/***/ }),

/***/ 9674:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zV: () => (/* binding */ WRANGLER_CONFIG_NAMES),
  is: () => (/* binding */ parseWranglerConfig),
  Xe: () => (/* binding */ resolveWranglerConfig)
});

// UNUSED EXPORTS: findWranglerConfig, unterminatedString

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/json/jsonc.ts
var jsonc = __nccwpck_require__(7197);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/wrangler/wrangler-file.ts
// Finding and reading the Worker's wrangler config as plain data, one parser per format.




/** Wrangler's own order of preference. */
const WRANGLER_CONFIG_NAMES = ['wrangler.json', 'wrangler.jsonc', 'wrangler.toml'];
function findWranglerConfig(dir) {
    return WRANGLER_CONFIG_NAMES.map((name) => external_node_path_default().join(dir, name)).find((file) => (0,external_node_fs_.existsSync)(file));
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
        return { ok: true, raw: parse(text) };
    }
    catch (error) {
        if (error instanceof TomlError) {
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
    const raw = jsonc/* jsonc */.M.parse(text, errors, { allowTrailingComma: true });
    const first = errors[0];
    if (first) {
        const before = text.slice(0, first.offset);
        const line = before.split('\n').length;
        return {
            ok: false,
            message: jsonc/* jsonc */.M.printParseErrorCode(first.error),
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadWranglerSource)
});

// EXTERNAL MODULE: ./src/json/json-source.ts + 1 modules
var json_source = __nccwpck_require__(1279);
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

// EXTERNAL MODULE: ./src/wrangler/wrangler-file.ts + 9 modules
var wrangler_file = __nccwpck_require__(9674);
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
