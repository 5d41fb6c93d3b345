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

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(594);
// Thin entry: all logic lives in main.ts (tested without a process).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/errors.ts
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/testing/run-command.ts
// Runs a user's command through the shell, streaming its output as it comes, and stops it (its
// whole process group) at a deadline.

const TAIL_CHARS = 8000;
function runCommand(command, opts) {
    const started = performance.now();
    return new Promise((resolve) => {
        // detached: its own process group, so a timeout also stops the test runner's workers.
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, { cwd: opts.cwd, env: opts.env, shell: '/bin/bash', detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let tail = '';
        let timedOut = false;
        const onData = (data) => {
            const text = data.toString('utf8');
            tail = (tail + text).slice(-TAIL_CHARS);
            opts.onOutput(text);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        let killer;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup('SIGTERM');
            killer = setTimeout(() => killGroup('SIGKILL'), opts.graceMs ?? 5000);
        }, opts.timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ exitCode: 127, signal: null, timedOut: false, durationMs: performance.now() - started, tail: `${tail}\n${error.message}` });
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            // Leftovers of the group (a worker that ignored SIGTERM) must not outlive the stage.
            if (timedOut)
                killGroup('SIGKILL');
            resolve({ exitCode, signal, timedOut, durationMs: performance.now() - started, tail });
        });
    });
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
        description: 'The gateway config (JSON). Default: the first of src/api-config.json, api-config.json, config/api-config.json, worker/src/api-config.json.',
        default: '',
    },
    {
        name: 'schema',
        description: "JSON Schema for the gateway config. Default: the config's own $schema when it names a local file, else the schema bundled with the gate.",
        default: '',
    },
    {
        name: 'wrangler-config',
        description: 'The Worker\'s wrangler config (wrangler.jsonc, wrangler.json or wrangler.toml). Default: the first of those in the working directory.',
        default: '',
    },
    {
        name: 'environment',
        description: 'The wrangler environment to check and deploy ([env.<name>] in the wrangler config). Default: the top level.',
        default: '',
    },
    {
        name: 'secrets',
        description: 'Secrets the action uploads before the deploy, one name per line (or comma-separated); each value comes from the environment variable of that name and is never printed. Preflight counts them as set.',
        default: '',
    },
    {
        name: 'config-drift',
        description: 'How to report a production config in KV (binding CONFIG, key api-config.json) that differs from the repo: warning or error.',
        default: 'warning',
    },
    {
        name: 'test-command',
        description: "The project's unit-test command, run in working-directory. Default: npm test, when package.json has a test script.",
        default: '',
    },
    {
        name: 'e2e-command',
        description: 'The local end-to-end test command, run with RUN_LOCAL_WORKER_E2E=true. Default: npm run test:e2e (or e2e, test:e2e:local), when package.json has that script.',
        default: '',
    },
    {
        name: 'test-timeout',
        description: 'How long each test command may run before the gate stops it and reports a hang: seconds, or 90s, 10m, 1h.',
        default: '10m',
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
    if (!(0,external_node_fs_namespaceObject.existsSync)(workingDirectory)) {
        throw new UsageError(`working-directory ${raw['working-directory']} does not exist (resolved to ${workingDirectory}).`);
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(workingDirectory).isDirectory()) {
        throw new UsageError(`working-directory ${raw['working-directory']} is a file, not a directory.`);
    }
    const github = ctx.env.GITHUB_ACTIONS === 'true';
    const runDir = external_node_path_default().resolve(ctx.cwd, ctx.runDir ?? ctx.env.GATE_RUN_DIR ?? defaultRunDir(workingDirectory, ctx.env, github));
    return {
        workingDirectory,
        config: inputPath(raw.config, workingDirectory, ctx.cwd),
        schema: inputPath(raw.schema, workingDirectory, ctx.cwd),
        wranglerConfig: inputPath(raw['wrangler-config'], workingDirectory, ctx.cwd),
        ...(raw['test-command'] ? { testCommand: raw['test-command'] } : {}),
        ...(raw['e2e-command'] ? { e2eCommand: raw['e2e-command'] } : {}),
        testTimeoutMs: durationInput('test-timeout', raw['test-timeout'] ?? '10m'),
        ...(raw.environment ? { environment: raw.environment } : {}),
        secrets: secretNames(raw.secrets),
        configDrift: choice('config-drift', raw['config-drift'] ?? 'warning', ['warning', 'error']),
        reportPath: raw.report ? external_node_path_default().resolve(ctx.cwd, raw.report) : external_node_path_default().join(runDir, 'report.json'),
        runDir,
        github,
        color: !github && ctx.isTTY && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb',
        env: ctx.env,
    };
}
function choice(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}
/** Secret names, one per line or comma-separated; a name must be a valid variable name. */
function secretNames(value) {
    const names = (value ?? '').split(/[\n,]/).map((n) => n.trim()).filter(Boolean);
    for (const name of names) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            throw new UsageError(`secrets: "${name}" is not a secret name (letters, digits and _; one name per line, the value comes from the environment variable of that name)`);
    }
    return [...new Set(names)];
}
function durationInput(name, value) {
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0)
        throw new UsageError(`${name} must be a duration such as 600, 90s, 10m or 1h; got "${value}"`);
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
    if ((0,external_node_fs_namespaceObject.existsSync)(fromWorkdir))
        return fromWorkdir;
    const fromCwd = external_node_path_default().resolve(cwd, value);
    return (0,external_node_fs_namespaceObject.existsSync)(fromCwd) ? fromCwd : fromWorkdir;
}
function defaultRunDir(workingDirectory, env, github) {
    if (github && env.RUNNER_TEMP)
        return external_node_path_default().join(env.RUNNER_TEMP, 'gateway-deploy-gate');
    // One run directory per project, so `validate` then `report` on a laptop find each other.
    const key = (0,external_node_crypto_.createHash)('sha256').update(workingDirectory).digest('hex').slice(0, 12);
    return external_node_path_default().join((0,external_node_os_namespaceObject.tmpdir)(), `gateway-deploy-gate-${key}`);
}
/** A path as findings show it: relative to the working directory, forward slashes. */
function displayPath(file, workingDirectory) {
    const rel = external_node_path_default().relative(workingDirectory, file);
    return (rel === '' ? external_node_path_default().basename(file) : rel).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/cloudflare/api.ts
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
        ...(env.CLOUDFLARE_ACCOUNT_ID?.trim() ? { accountId: env.CLOUDFLARE_ACCOUNT_ID.trim() } : {}),
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
                const header = Number(response.headers.get('retry-after'));
                retryAfterMs = Number.isFinite(header) && header > 0 ? header * 1000 : undefined;
                last = { ok: false, kind: 'unavailable', status: response.status, ...(code ? { code } : {}), message, attempts: attempt };
            }
            else {
                const kind = code === 10000 || code === 9109 || code === 1000 || response.status === 401 || response.status === 403 ? 'auth' : response.status === 404 ? 'not_found' : 'error';
                return { ok: false, kind, status: response.status, ...(code ? { code } : {}), message, attempts: attempt };
            }
        }
        catch (error) {
            const cause = error.cause;
            const reason = error.name === 'TimeoutError' ? `no answer within ${api.timeoutMs} ms` : (cause?.code ?? cause?.message ?? error.message);
            last = { ok: false, kind: 'unavailable', message: reason, attempts: attempt };
        }
        const backoff = retryAfterMs ?? Math.min(8_000, 500 * 2 ** (attempt - 1));
        if (Date.now() + backoff >= deadline)
            return last;
        await sleep(backoff);
    }
}
/** The account to check: CLOUDFLARE_ACCOUNT_ID, else the token's only account (as wrangler does). */
async function resolveAccount(api) {
    if (api.accountId)
        return { ok: true, accountId: api.accountId };
    const answer = await apiGet(api, '/accounts?per_page=50');
    if (!answer.ok)
        return { ok: false, answer };
    if (answer.result.length === 1)
        return { ok: true, accountId: answer.result[0].id };
    return { ok: false, answer: undefined, count: answer.result.length };
}
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

;// CONCATENATED MODULE: ./src/files.ts
// Reading the user's text files with the guards a gate needs: no directory, no binary, no
// file too large to be a config, and an answer instead of an exception.

/** KV's value limit: a gateway config larger than this cannot be served from KV or a bundle. */
const MAX_TEXT_BYTES = 25 * 1024 * 1024;
function readTextFile(file, maxBytes = MAX_TEXT_BYTES) {
    let size;
    try {
        const stat = (0,external_node_fs_namespaceObject.statSync)(file);
        if (stat.isDirectory())
            return { ok: false, reason: 'directory', detail: 'is a directory, not a file' };
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
        const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
        try {
            let read = 0;
            while (read < size) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, read, size - read, read);
                if (n === 0)
                    break;
                read += n;
            }
            buffer = buffer.subarray(0, read);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
    catch (error) {
        return { ok: false, reason: 'unreadable', detail: `cannot be read (${error.code ?? 'unknown error'})` };
    }
    if (buffer.subarray(0, 8192).includes(0)) {
        return { ok: false, reason: 'binary', detail: 'is a binary file (it contains NUL bytes), not UTF-8 text' };
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

;// CONCATENATED MODULE: ./src/wrangler/environments.ts
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
/** Resolves `environment` (undefined or "" = the top level); throws nothing, the caller checks that the environment exists. */
function resolveEnvironment(raw, environment) {
    const env = environment ? (isObj(raw.env) && isObj(raw.env[environment]) ? raw.env[environment] : {}) : raw;
    const base = environment ? ['env', environment] : [];
    const inherited = (key) => (key in env ? env[key] : raw[key]);
    const pathOf = (key) => (environment && key in env ? [...base, key] : [key]);
    const own = (key) => env[key];
    const bindings = (key, field) => list(own(key)).map((b, i) => ({ binding: str(b.binding) ?? '', resource: str(b[field]), path: [...base, key, i, field] }));
    const topName = str(raw.name);
    const name = environment ? (str(env.name) ?? (topName ? `${topName}-${environment}` : undefined)) : topName;
    const durable = isObj(own('durable_objects')) ? list(own('durable_objects').bindings) : [];
    const queues = isObj(own('queues')) ? list(own('queues').producers) : [];
    const secrets = isObj(own('secrets')) && Array.isArray(own('secrets').required) ? own('secrets').required : [];
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
        queues: queues.map((q, i) => ({ binding: str(q.binding) ?? '', resource: str(q.queue), path: [...base, 'queues', 'producers', i, 'queue'] })),
        durableObjects: durable.map((d, i) => ({
            binding: str(d.name) ?? '',
            resource: str(d.class_name),
            path: [...base, 'durable_objects', 'bindings', i, 'class_name'],
            ...(str(d.script_name) ? { script: str(d.script_name) } : {}),
        })),
        requiredSecrets: secrets.flatMap((s, i) => (typeof s === 'string' ? [{ name: s, path: [...base, 'secrets', 'required', i] }] : [])),
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

;// CONCATENATED MODULE: ./src/preflight/local-checks.ts

const finding = (code, severity, layer, message, fix, location) => ({
    stage: 'preflight',
    layer,
    code,
    severity,
    message,
    fix,
    ...(location ? { location } : {}),
});
function checkEnvironmentChoice(source, environment, environments) {
    if (environment && !environments.includes(environment)) {
        return [
            finding('environment_not_found', 'error', 'config', `environment "${environment}" is not defined in ${source.display}${environments.length ? ` (it defines ${environments.map((e) => `"${e}"`).join(', ')})` : ' (it defines no environments)'}`, `Set the \`environment\` input to one of the config's environments, or add [env.${environment}] to ${source.display}.`, source.locate(['env'])),
        ];
    }
    if (!environment && environments.length > 1) {
        return [
            finding('environment_not_chosen', 'warning', 'config', `${source.display} defines ${environments.length} environments (${environments.join(', ')}) and no \`environment\` was given, so the top level is checked and would be deployed`, 'Set the `environment` input (for example `production`); an empty value is not needed to mean the top level.', source.locate(['env', environments[0]])),
        ];
    }
    return [];
}
function checkLocal(input) {
    const { source, worker } = input;
    const findings = [];
    const envLabel = worker.environment ? `[env.${worker.environment}]` : 'the top level';
    // The Worker itself.
    if (!worker.main) {
        findings.push(finding('worker_main_missing', 'error', 'config', `${source.display} has no \`main\`: wrangler does not know the Worker's entry module`, 'Add `main = "src/index.js"` (the entry module, relative to the config).', source.locate(['name'])));
    }
    else if (!input.mainExists) {
        findings.push(finding('worker_main_not_found', 'error', 'config', `\`main\` names ${worker.main}, which does not exist`, 'Point `main` at the entry module, relative to the wrangler config.', source.locate(worker.pathOf('main'), 'value')));
    }
    const date = worker.compatibilityDate;
    if (date === undefined) {
        findings.push(finding('compatibility_date_missing', 'error', 'config', `${source.display} has no \`compatibility_date\``, `Add \`compatibility_date = "${input.today}"\` (or the date the Worker was last tested against).`, source.locate(['name'])));
    }
    else if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        findings.push(finding('compatibility_date_invalid', 'error', 'config', `compatibility_date ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`, 'Write the date as YYYY-MM-DD, for example "2025-11-01".', source.locate(worker.pathOf('compatibility_date'), 'value')));
    }
    else if (date > input.today) {
        findings.push(finding('compatibility_date_future', 'error', 'config', `compatibility_date ${date} is in the future (today is ${input.today}); Cloudflare refuses it at deploy`, `Use today's date (${input.today}) or an earlier one.`, source.locate(worker.pathOf('compatibility_date'), 'value')));
    }
    if (input.mainExports) {
        for (const d of worker.durableObjects) {
            if (d.script || !d.resource || input.mainExports.has(d.resource))
                continue;
            findings.push(finding('durable_object_not_exported', 'error', 'binding', `Durable Object binding ${d.binding} names class ${d.resource}, which ${worker.main} does not export`, `Export the class from the entry module (\`export class ${d.resource} …\`), or set \`script_name\` to the Worker that does.`, source.locate(d.path, 'value')));
        }
    }
    // Environment traps.
    if (worker.environment) {
        for (const trap of environmentTraps(source.raw, worker.environment)) {
            findings.push(finding('binding_not_in_environment', 'error', 'binding', `${trap.what} is defined at the top level but not in [env.${worker.environment}]; wrangler does not inherit \`${trap.key}\`, so the ${worker.environment} Worker will not have it`, `Repeat it under [env.${worker.environment}${trap.key === 'vars' ? '.vars' : ''}] (or remove it from the top level if it is not needed).`, source.locate(trap.path)));
        }
    }
    // Gateway ⇄ Worker.
    const services = new Set(worker.services.map((s) => s.binding));
    for (const b of input.serviceBindings) {
        if (services.has(b.binding))
            continue;
        findings.push(finding('service_binding_missing', 'error', 'binding', `serviceBindings "${b.alias}" uses binding ${b.binding}, which ${envLabel} of ${source.display} does not declare`, `Add [[${worker.base.length ? `env.${worker.environment}.` : ''}services]] binding = "${b.binding}", service = "<worker>" to ${source.display}.`, b.location));
    }
    const vars = worker.vars;
    const seen = new Set();
    for (const ref of input.references) {
        const key = `${ref.kind}:${ref.name}:${ref.location?.line}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (ref.kind === 'env') {
            if (ref.name in vars || input.declaredSecrets.has(ref.name))
                continue;
            findings.push(finding('env_reference_unresolved', 'error', 'binding', `${ref.raw} is neither a var in ${envLabel} of ${source.display} nor a declared secret; at runtime it silently becomes ""`, `Add ${ref.name} under [${worker.base.length ? `env.${worker.environment}.` : ''}vars] in ${source.display}, or declare it as a secret (secrets.required, .dev.vars.example or the \`secrets\` input).`, ref.location));
        }
        else {
            if (input.declaredSecrets.has(ref.name))
                continue;
            findings.push(finding('secret_not_declared', 'error', 'binding', `${ref.raw} names a secret that is declared nowhere; at runtime it silently becomes ""`, `Declare ${ref.name}: list it in \`secrets.required\` of ${source.display}, in .dev.vars.example, or in the action's \`secrets\` input (and set it with \`wrangler secret put ${ref.name}\`).`, ref.location));
        }
    }
    const strict = vars.SAG_STRICT_CONFIG;
    if (strict === true || strict === 'true') {
        findings.push(finding('strict_config_enabled', 'error', 'config', `SAG_STRICT_CONFIG is "true" in ${envLabel}: on Workers the gateway then answers every request with 500`, 'Remove SAG_STRICT_CONFIG from the deployed vars (use it only in local development).', source.locate([...worker.base, 'vars', 'SAG_STRICT_CONFIG'])));
    }
    return findings;
}
/** Class names exported by a module's text (`export class X`, `export { X }`, `export { Y as X }`). */
function exportedNames(moduleText) {
    const names = new Set();
    for (const m of moduleText.matchAll(/export\s+(?:default\s+)?class\s+([A-Za-z_$][\w$]*)/g))
        names.add(m[1]);
    for (const m of moduleText.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of m[1].split(',')) {
            const name = part.trim().split(/\s+as\s+/).pop()?.trim();
            if (name)
                names.add(name);
        }
    }
    return names;
}
/** Names defined in a dotenv file (`.dev.vars`): `NAME=value` lines. */
function dotenvNames(text) {
    return text
        .split('\n')
        .map((line) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
        .filter((name) => name !== undefined);
}

;// CONCATENATED MODULE: ./src/gateway/route-diff.ts
// What differs between two gateway configs, route by route ("METHOD /path"), for config drift.
function routes(config) {
    const out = new Map();
    const paths = config?.paths;
    if (!Array.isArray(paths))
        return out;
    for (const route of paths) {
        if (!route || typeof route !== 'object')
            continue;
        const key = `${String(route.method ?? 'ANY').toUpperCase()} ${String(route.path ?? '?')}`;
        if (!out.has(key))
            out.set(key, JSON.stringify(route));
    }
    return out;
}
/** Routes of `served` relative to `repo`: added (only served), removed (only in the repo), changed. */
function diffRoutes(repo, served) {
    const a = routes(repo);
    const b = routes(served);
    return {
        added: [...b.keys()].filter((k) => !a.has(k)),
        removed: [...a.keys()].filter((k) => !b.has(k)),
        changed: [...a.keys()].filter((k) => b.has(k) && a.get(k) !== b.get(k)),
    };
}
function describeDiff(diff, limit = 5) {
    const part = (sign, list) => (list.length ? `${sign}${list.length} (${list.slice(0, limit).join(', ')}${list.length > limit ? ', …' : ''})` : '');
    const parts = [part('+', diff.added), part('-', diff.removed), part('~', diff.changed)].filter(Boolean);
    return parts.length ? `routes ${parts.join('; ')}` : 'same routes; other settings differ';
}

;// CONCATENATED MODULE: ./src/preflight/remote-checks.ts
// Preflight checks against the account: every binding's resource exists, every required secret
// is set (or will be uploaded), and the config production serves from KV is the repo's.



/** The KV binding and key the gateway reads its config from before falling back to the bundled file. */
const CONFIG_KV_BINDING = 'CONFIG';
const CONFIG_KV_KEY = 'api-config.json';
async function checkRemote(input) {
    const { api, source, worker } = input;
    const A = `/accounts/${encodeURIComponent(input.accountId)}`;
    const findings = [];
    const denied = new Map();
    const unavailable = [];
    let checked = 0;
    const settle = (answer, path, location) => {
        if (answer.ok)
            return true;
        if (answer.kind === 'auth') {
            const permission = permissionFor(path);
            if (!denied.has(permission))
                denied.set(permission, location);
        }
        else if (answer.kind === 'unavailable') {
            unavailable.push(`${path}: ${answer.message} after ${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}`);
        }
        return false;
    };
    const lookups = [
        ...worker.kv.map((b) => ({ what: 'KV namespace', binding: b, path: `${A}/storage/kv/namespaces/${encodeURIComponent(b.resource ?? '')}` })),
        ...worker.d1.map((b) => ({ what: 'D1 database', binding: b, path: `${A}/d1/database/${encodeURIComponent(b.resource ?? '')}` })),
        ...worker.r2.map((b) => ({ what: 'R2 bucket', binding: b, path: `${A}/r2/buckets/${encodeURIComponent(b.resource ?? '')}` })),
        ...worker.hyperdrive.map((b) => ({ what: 'Hyperdrive config', binding: b, path: `${A}/hyperdrive/configs/${encodeURIComponent(b.resource ?? '')}` })),
        ...worker.services.map((b) => ({ what: 'Worker', binding: b, path: `${A}/workers/services/${encodeURIComponent(b.resource ?? '')}` })),
        ...worker.queues.map((b) => ({
            what: 'Queue',
            binding: b,
            path: `${A}/queues?per_page=1000`,
            find: (result) => Array.isArray(result) && result.some((q) => q.queue_name === b.resource),
        })),
    ].filter((l) => l.binding.resource);
    const scriptPath = `${A}/workers/scripts/${encodeURIComponent(worker.name ?? '')}`;
    const [lookupAnswers, secretsAnswer] = await Promise.all([
        Promise.all(lookups.map((l) => apiGet(api, l.path))),
        worker.name ? apiGet(api, `${scriptPath}/secrets`) : Promise.resolve(undefined),
    ]);
    const missingBindings = new Set();
    lookups.forEach((lookup, i) => {
        const answer = lookupAnswers[i];
        const location = source.locate(lookup.binding.path, 'value');
        checked++;
        const missing = answer.ok ? (lookup.find ? !lookup.find(answer.result) : false) : answer.kind === 'not_found';
        if (missing) {
            missingBindings.add(lookup.binding.binding);
            findings.push(finding('binding_resource_missing', 'error', 'binding', `${lookup.what} "${lookup.binding.resource}" (binding ${lookup.binding.binding}) does not exist in account ${input.accountId}`, `Create it (or use the id of the one in this account): the deploy would fail, or the Worker would run without it.`, location));
        }
        else if (!answer.ok)
            settle(answer, lookup.path, location);
    });
    // Secrets: set on the Worker of this environment, or uploaded by the action.
    let workerExists;
    let setSecrets = new Set();
    if (secretsAnswer) {
        checked++;
        if (secretsAnswer.ok) {
            workerExists = true;
            setSecrets = new Set(secretsAnswer.result.map((s) => s.name));
        }
        else if (secretsAnswer.kind === 'not_found') {
            workerExists = false;
        }
        else
            settle(secretsAnswer, `${scriptPath}/secrets`);
    }
    if (workerExists !== undefined) {
        const reported = new Set();
        for (const secret of input.requiredSecrets) {
            if (setSecrets.has(secret.name) || input.uploadedSecrets.has(secret.name) || reported.has(secret.name))
                continue;
            reported.add(secret.name);
            findings.push(finding('secret_not_set', 'error', 'binding', workerExists
                ? `secret ${secret.name} is not set on Worker ${worker.name} and the action does not upload it; the gateway would read "" for it`
                : `Worker ${worker.name} does not exist yet, so secret ${secret.name} is not set, and the action does not upload it`, `Run \`wrangler secret put ${secret.name}${worker.environment ? ` --env ${worker.environment}` : ''}\`, or add ${secret.name} to the action's \`secrets\` input (its value from an environment variable of that name).`, secret.location));
        }
    }
    // Config drift: the config production reads from KV, if the Worker has one there.
    const configKv = worker.kv.find((b) => b.binding === CONFIG_KV_BINDING && b.resource);
    if (configKv && input.gatewayConfig && !missingBindings.has(CONFIG_KV_BINDING)) {
        const path = `${A}/storage/kv/namespaces/${encodeURIComponent(configKv.resource)}/values/${CONFIG_KV_KEY}`;
        const answer = await apiGet(api, path, { raw: true });
        checked++;
        const location = source.locate(configKv.path, 'value');
        if (answer.ok && answer.raw) {
            findings.push(...driftFindings(new TextDecoder().decode(answer.raw), input, location));
        }
        else if (!answer.ok && answer.kind !== 'not_found')
            settle(answer, path, location);
    }
    if (denied.size > 0 && (await tokenInvalid(api))) {
        findings.push(finding('api_token_invalid', 'error', 'binding', 'Cloudflare does not accept CLOUDFLARE_API_TOKEN (Invalid API Token): nothing in the account could be checked', 'Create a new API token (Workers Scripts, KV, D1, R2, Queues, Hyperdrive: Read) and store it as the CLOUDFLARE_API_TOKEN secret.'));
    }
    else if (denied.size > 0) {
        const permissions = [...denied.keys()];
        findings.push(finding('api_token_permission', 'error', 'binding', `the Cloudflare API token was refused (authentication error) for what preflight reads; it lacks ${permissions.map((p) => `"${p}"`).join(', ')} on account ${input.accountId}`, `Give the token ${permissions.join(', ')} (account-level) in the Cloudflare dashboard, or use a token that has them.`, [...denied.values()].find((l) => l !== undefined)));
    }
    if (unavailable.length > 0) {
        findings.push(finding('cloudflare_api_unavailable', 'error', 'binding', `the Cloudflare API did not answer ${unavailable.length} check${unavailable.length === 1 ? '' : 's'} within ${Math.round(api.budgetMs / 1000)} s of retries (${unavailable.slice(0, 3).join('; ')})`, 'Re-run the job; if it persists, check https://www.cloudflarestatus.com and the CLOUDFLARE_API_BASE_URL setting.'));
    }
    return { findings, checked, workerExists };
}
/** A token that Cloudflare does not know at all, as opposed to one that lacks a permission. */
async function tokenInvalid(api) {
    const answer = await apiGet(api, '/user/tokens/verify');
    return !answer.ok && answer.kind === 'auth' && answer.code === 1000;
}
function driftFindings(servedText, input, location) {
    const repo = input.gatewayConfig;
    let served;
    try {
        served = JSON.parse(servedText);
    }
    catch {
        return [
            finding('config_drift', input.driftSeverity, 'binding', `KV ${CONFIG_KV_BINDING}/${CONFIG_KV_KEY} holds text that is not JSON; production serves it instead of ${repo.display}, and the gateway fails to load it`, `Upload the repo's config: \`wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote\`.`, location),
        ];
    }
    if (JSON.stringify(served) === JSON.stringify(repo.value))
        return [];
    const diff = diffRoutes(repo.value, served);
    return [
        finding('config_drift', input.driftSeverity, 'binding', `production serves the config in KV ${CONFIG_KV_BINDING}/${CONFIG_KV_KEY}, which differs from ${repo.display}: ${describeDiff(diff)} (KV relative to the repo)`, `Upload the repo's config to KV (\`wrangler kv key put ${CONFIG_KV_KEY} --path ${repo.display} --binding ${CONFIG_KV_BINDING} --remote\`), or bring ${repo.display} in line with it.`, location),
    ];
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/wrangler/project-wrangler.ts
// The project's own wrangler reads the config the way the deploy will: `unstable_readConfig`
// validates it and resolves the environment. Loaded from the project's node_modules, never bundled.



async function readWithProjectWrangler(workingDirectory, configFile, environment) {
    let entry;
    let version;
    try {
        const require = (0,external_node_module_namespaceObject.createRequire)(external_node_path_default().join(workingDirectory, 'package.json'));
        entry = require.resolve('wrangler');
        version = String(require('wrangler/package.json').version ?? 'unknown');
    }
    catch {
        return { kind: 'unavailable', reason: 'wrangler is not installed in the project' };
    }
    let wrangler;
    try {
        wrangler = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(entry).href));
    }
    catch (error) {
        return { kind: 'unavailable', reason: `the project's wrangler could not be loaded (${error.message.split('\n')[0]})` };
    }
    if (typeof wrangler.unstable_readConfig !== 'function')
        return { kind: 'unavailable', reason: `wrangler ${version} has no unstable_readConfig` };
    try {
        const config = wrangler.unstable_readConfig({ config: configFile, ...(environment ? { env: environment } : {}) }, { hideWarnings: true });
        return { kind: 'read', config, version };
    }
    catch (error) {
        const e = error;
        return {
            kind: 'rejected',
            message: (e.text ?? e.message).trim(),
            ...(e.location?.line ? { line: e.location.line } : {}),
            ...(e.location?.column !== undefined ? { column: e.location.column + 1 } : {}),
            version,
        };
    }
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/json/jsonc.ts
// jsonc-parser ships an ESM build (picked by the bundler) and a UMD build (picked by Node and
// jest); their namespaces differ, so resolve the API once here.

const ns = main;
const jsonc = typeof ns.visit === 'function' ? ns : ns.default;

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
    return WRANGLER_CONFIG_NAMES.map((name) => external_node_path_default().join(dir, name)).find((file) => (0,external_node_fs_namespaceObject.existsSync)(file));
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
            return { ok: false, message: error.message.split('\n')[0] ?? 'invalid TOML', line: error.line, column: error.column };
        }
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
}
function parseJsoncConfig(text) {
    const errors = [];
    // Wrangler reads .json and .jsonc alike: comments and trailing commas are fine.
    const raw = jsonc.parse(text, errors, { allowTrailingComma: true });
    const first = errors[0];
    if (first) {
        const before = text.slice(0, first.offset);
        const line = before.split('\n').length;
        return { ok: false, message: jsonc.printParseErrorCode(first.error), line, column: first.offset - before.lastIndexOf('\n') };
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return { ok: false, message: 'the top level must be an object' };
    return { ok: true, raw: raw };
}

;// CONCATENATED MODULE: ./src/json/json-source.ts
// JSON text with source positions. The value comes from JSON.parse (fast, native); positions
// come from jsonc-parser, and only for the JSON pointers a finding needs, in one lazy pass, so a
// clean 10,000-route config never pays for a full syntax tree.

/** How deep a config may nest before the gate refuses it (real gateway configs need < 10). */
const MAX_DEPTH = 64;
function parseJson(text) {
    const deep = findExcessiveNesting(text, MAX_DEPTH);
    if (deep !== undefined) {
        return {
            ok: false,
            kind: 'depth',
            problem: {
                range: rangeAt(text, deep, 1),
                message: `nests deeper than ${MAX_DEPTH} levels here`,
            },
        };
    }
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        return { ok: false, kind: 'syntax', problem: describeSyntaxError(text, error) };
    }
}
/** Offset of the first bracket that opens level `max + 1`, skipping strings; undefined if none. */
function findExcessiveNesting(text, max) {
    let depth = 0;
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
                return i;
        }
        else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            depth--;
        }
    }
    return undefined;
}
const EXPECTED = {
    InvalidSymbol: 'a JSON value (string, number, object, array, true, false or null)',
    InvalidNumberFormat: 'a number in JSON format',
    PropertyNameExpected: 'a property name in double quotes',
    ValueExpected: 'a value',
    ColonExpected: 'a colon (:) after the property name',
    CommaExpected: 'a comma (,) between entries',
    CloseBraceExpected: 'a closing brace (})',
    CloseBracketExpected: 'a closing bracket (])',
    EndOfFileExpected: 'the end of the file after the top-level value',
    InvalidCommentToken: 'no comments (JSON does not allow them)',
    UnexpectedEndOfComment: 'the end of the comment (JSON does not allow comments)',
    UnexpectedEndOfString: 'a closing double quote (")',
    UnexpectedEndOfNumber: 'digits after the sign or decimal point',
    InvalidUnicode: 'four hex digits after \\u',
    InvalidEscapeCharacter: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
    InvalidCharacter: 'no control characters inside a string (escape them)',
};
function describeSyntaxError(text, error) {
    const errors = [];
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) {
        // jsonc-parser is laxer than JSON.parse in rare corners; JSON.parse's own words then.
        return { range: rangeAt(text, 0, 1), message: error instanceof Error ? error.message : 'invalid JSON' };
    }
    const name = jsonc.printParseErrorCode(first.error);
    const at = Math.min(first.offset, text.length);
    const trailingComma = (name === 'PropertyNameExpected' || name === 'ValueExpected') && previousToken(text, at) === ',';
    if (trailingComma) {
        const comma = text.lastIndexOf(',', at);
        return { range: rangeAt(text, comma, 1), message: 'trailing comma: JSON does not allow a comma before } or ]; remove it' };
    }
    if (name === 'InvalidCommentToken' || text.startsWith('//', at) || text.startsWith('/*', at)) {
        return { range: rangeAt(text, at, Math.max(first.length, 2)), message: 'comments are not allowed in JSON; remove the comment' };
    }
    const found = at >= text.length ? 'the end of the file' : `${JSON.stringify(text.slice(at, at + Math.max(1, Math.min(first.length, 20))))}`;
    return {
        range: rangeAt(text, at, Math.max(first.length, 1)),
        message: `expected ${EXPECTED[name] ?? name} but found ${found}`,
    };
}
function previousToken(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const ch = text[i];
        if (!/\s/.test(ch))
            return ch;
    }
    return undefined;
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
    return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
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
        jsonc.visit(text, {
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

;// CONCATENATED MODULE: ./src/wrangler/toml-positions.ts
// Where each key and value of a TOML document sits, by path (`["env","production","kv_namespaces",0,"id"]`).
// smol-toml gives values but no positions, so this scanner only walks the syntax far enough to
// record positions; values always come from smol-toml.
const pathKey = (path) => JSON.stringify(path);
function tomlPositions(text) {
    const positions = new Map();
    const arrayTableCounts = new Map();
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let table = [];
    const here = () => ({ line, column: i - lineStart + 1 });
    const newline = () => {
        line++;
        lineStart = i + 1;
    };
    const skipSpace = (newlines) => {
        while (i < text.length) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\r')
                i++;
            else if (c === '#')
                while (i < text.length && text[i] !== '\n')
                    i++;
            else if (c === '\n' && newlines) {
                newline();
                i++;
            }
            else
                break;
        }
    };
    const skipString = () => {
        const quote = text[i];
        const triple = text.startsWith(quote.repeat(3), i);
        i += triple ? 3 : 1;
        while (i < text.length) {
            const c = text[i];
            if (c === '\\' && quote === '"')
                i += 2;
            else if (triple && text.startsWith(quote.repeat(3), i)) {
                i += 3;
                while (text[i] === quote)
                    i++; // up to two quotes may end the content
                return;
            }
            else if (!triple && c === quote) {
                i++;
                return;
            }
            else if (c === '\n') {
                if (!triple)
                    return; // unterminated: smol-toml reports it
                newline();
                i++;
            }
            else
                i++;
        }
    };
    const readKey = () => {
        const position = here();
        const keys = [];
        for (;;) {
            skipSpace(false);
            const c = text[i];
            if (c === '"' || c === "'") {
                const start = i;
                skipString();
                try {
                    keys.push(c === '"' ? JSON.parse(text.slice(start, i)) : text.slice(start + 1, i - 1));
                }
                catch {
                    keys.push(text.slice(start + 1, i - 1));
                }
            }
            else {
                const start = i;
                while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]))
                    i++;
                if (i === start)
                    break;
                keys.push(text.slice(start, i));
            }
            skipSpace(false);
            if (text[i] === '.')
                i++;
            else
                break;
        }
        return { keys, position };
    };
    const readValue = (path, key) => {
        skipSpace(false);
        positions.set(pathKey(path), { ...(key ? { key } : {}), value: here() });
        const c = text[i];
        if (c === '"' || c === "'")
            skipString();
        else if (c === '[') {
            i++;
            for (let index = 0;; index++) {
                skipSpace(true);
                if (i >= text.length || text[i] === ']')
                    break;
                readValue([...path, index]);
                skipSpace(true);
                if (text[i] === ',')
                    i++;
            }
            i++;
        }
        else if (c === '{') {
            i++;
            for (;;) {
                skipSpace(false);
                if (i >= text.length || text[i] === '}' || text[i] === '\n')
                    break;
                const { keys, position } = readKey();
                if (text[i] !== '=')
                    break;
                i++;
                readValue([...path, ...keys], position);
                skipSpace(false);
                if (text[i] === ',')
                    i++;
            }
            if (text[i] === '}')
                i++;
        }
        else {
            while (i < text.length && !/[,\]}\n#]/.test(text[i]))
                i++;
        }
    };
    while (i < text.length) {
        skipSpace(true);
        if (i >= text.length)
            break;
        if (text[i] === '[') {
            const position = here();
            const array = text[i + 1] === '[';
            i += array ? 2 : 1;
            const { keys } = readKey();
            i += array ? 2 : 1;
            if (array) {
                const name = pathKey(keys);
                const index = (arrayTableCounts.get(name) ?? -1) + 1;
                arrayTableCounts.set(name, index);
                table = [...keys, index];
                if (index === 0)
                    positions.set(pathKey(keys), { key: position, value: position });
            }
            else {
                table = keys;
            }
            positions.set(pathKey(table), { key: position, value: position });
            // Every key of a dotted header is a table too ([env.production.vars] defines env.production).
            for (let n = 1; n < keys.length; n++)
                if (!positions.has(pathKey(keys.slice(0, n))))
                    positions.set(pathKey(keys.slice(0, n)), { key: position, value: position });
        }
        else {
            const { keys, position } = readKey();
            if (keys.length === 0 || text[i] !== '=') {
                // Not a key = value line; leave it to smol-toml's error and go on at the next line.
                while (i < text.length && text[i] !== '\n')
                    i++;
                continue;
            }
            i++;
            readValue([...table, ...keys], position);
            for (let n = 1; n < keys.length; n++)
                if (!positions.has(pathKey([...table, ...keys.slice(0, n)])))
                    positions.set(pathKey([...table, ...keys.slice(0, n)]), { key: position, value: position });
        }
        while (i < text.length && text[i] !== '\n')
            i++;
    }
    return positions;
}

;// CONCATENATED MODULE: ./src/wrangler/wrangler-source.ts



function loadWranglerSource(file, display, text) {
    const parsed = parseWranglerConfig(file, text);
    if (!parsed.ok) {
        return { ok: false, message: parsed.message, location: { file: display, line: parsed.line ?? 1, ...(parsed.column ? { column: parsed.column } : {}) } };
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
        const pointer = toPointer(path);
        const range = locatePointers(text, [{ pointer, target }]).get(`${target}:${pointer}`);
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

;// CONCATENATED MODULE: ./src/text.ts
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

;// CONCATENATED MODULE: ./src/gateway/config-issue.ts
/** Human path of a pointer into a gateway config: "paths[3].integration (route GET /users/{id})". */
function describePointer(config, pointer) {
    const segs = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
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
    const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath + '/');
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
    // A generic "no allowed shape" adds nothing where a branch (reached through $ref) already said what is wrong.
    return issues.filter((i) => i.code !== 'schema_violation' || !issues.some((o) => o !== i && o.pointer === i.pointer));
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
    const seg = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
    return seg === '' ? 'the config' : /^\d+$/.test(seg) ? `item ${seg}` : `\`${seg}\``;
}
function issueFromAjvError(error, data, all) {
    const pointer = error.instancePath;
    const where = describePointer(data, pointer);
    const name = lastName(pointer);
    const value = valueAt(data, pointer);
    const params = error.params;
    const base = { severity: 'error', pointer, target: 'value' };
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                ...base,
                code: 'missing_property',
                message: `${where} is missing the required property \`${missing}\``,
                fix: `Add "${missing}" to ${where}.`,
            };
        }
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = closest(extra, allowed);
            return {
                ...base,
                code: 'unknown_property',
                pointer: `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
                target: 'key',
                message: `${where} has an unknown property \`${extra}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
                fix: suggestion ? `Rename "${extra}" to "${suggestion}".` : `Remove "${extra}"; allowed here: ${listOf(allowed)}.`,
            };
        }
        case 'enum': {
            const allowed = params.allowedValues ?? [];
            const suggestion = typeof value === 'string' ? closest(value, allowed.filter((v) => typeof v === 'string')) : undefined;
            const headHint = value === 'HEAD' && name === '`method`' ? ' (the gateway does not route HEAD; use GET or ANY)' : '';
            return {
                ...base,
                code: 'invalid_value',
                message: `${name} must be one of ${listOf(allowed)}; got ${quote(value)}${headHint}`,
                fix: suggestion ? `Use "${suggestion}".` : `Use one of ${listOf(allowed)} in ${where}.`,
            };
        }
        case 'const':
            return {
                ...base,
                code: 'invalid_value',
                message: `${name} must be ${quote(params.allowedValue)}; got ${quote(value)}`,
                fix: `Set ${where} to ${quote(params.allowedValue)}.`,
            };
        case 'type': {
            const wanted = String(params.type).split(',').map(article).join(' or ');
            return {
                ...base,
                code: 'wrong_type',
                message: `${name} must be ${wanted}; got ${typeName(value)}${typeof value === 'string' || typeof value === 'number' ? ` (${quote(value)})` : ''}`,
                fix: `Change ${where} to ${wanted}.`,
            };
        }
        case 'pattern': {
            const startsWithSlash = params.pattern === '^/';
            return {
                ...base,
                code: 'invalid_format',
                message: startsWithSlash ? `${name} must start with /; got ${quote(value)}` : `${name} must match ${String(params.pattern)}; got ${quote(value)}`,
                fix: startsWithSlash && typeof value === 'string' ? `Use "/${value}".` : `Fix ${where}.`,
            };
        }
        case 'format':
            return { ...base, code: 'invalid_format', message: `${name} must be a valid ${String(params.format)}; got ${quote(value)}`, fix: `Fix ${where}.` };
        case 'minLength':
            return Number(params.limit) <= 1
                ? { ...base, code: 'empty_value', message: `${name} must not be empty`, fix: `Give ${where} a value.` }
                : { ...base, code: 'invalid_value', message: `${name} must be at least ${String(params.limit)} characters; got ${quote(value)}` };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return { ...base, code: 'invalid_value', message: `${name} ${error.message ?? 'is out of range'}; got ${quote(value)}`, fix: `Fix ${where}.` };
        case 'uniqueItems':
            return {
                ...base,
                code: 'duplicate_item',
                pointer: `${pointer}/${String(params.i)}`,
                message: `${name} lists ${quote(value?.[Number(params.i)])} twice (items ${String(params.j)} and ${String(params.i)})`,
                fix: `Remove the repeated item from ${where}.`,
            };
        case 'anyOf':
        case 'oneOf': {
            const branches = all.filter((e) => e.schemaPath.startsWith(error.schemaPath + '/'));
            const requiredOnly = branches.length > 0 && branches.every((e) => e.keyword === 'required');
            if (requiredOnly) {
                const names = branches.map((e) => `\`${String(e.params.missingProperty)}\``);
                return { ...base, code: 'missing_property', message: `${where} needs one of ${names.join(' or ')}`, fix: `Add ${names.join(' or ')} to ${where}.` };
            }
            return { ...base, code: 'schema_violation', message: `${where} does not match any of the allowed shapes`, fix: `Compare ${where} with the schema.` };
        }
        default:
            return { ...base, code: 'schema_violation', message: `${where} ${error.message ?? `fails ${error.keyword}`}`, fix: `Fix ${where} (schema keyword ${error.keyword}).` };
    }
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





/** The config's own local `$schema` first, then the `schema` input, then the bundled schema. */
function chooseSchema(config, configFile, schemaInput, exists) {
    const issues = [];
    const own = config?.$schema;
    if (typeof own === 'string' && own !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(own)) {
        const file = external_node_path_default().resolve(external_node_path_default().dirname(configFile), own);
        if (exists(file))
            return { choice: { kind: 'file', file, origin: '$schema' }, issues };
        issues.push({
            code: 'schema_not_found',
            severity: 'warning',
            pointer: '/$schema',
            target: 'value',
            message: `$schema names ${JSON.stringify(own)}, which does not exist next to the config; validated against ${schemaInput ? 'the schema input' : 'the bundled schema'} instead`,
            fix: 'Fix the $schema path (relative to the config file) or remove it.',
        });
    }
    if (schemaInput)
        return { choice: { kind: 'file', file: schemaInput, origin: 'schema input' }, issues };
    return { choice: { kind: 'bundled' }, issues };
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
        throw new StageError({ stage: 'validate', layer: 'config', code, severity: 'error', message, fix, ...(location ? { location } : {}) });
    };
    const read = readTextFile(file);
    if (!read.ok) {
        return fail(read.reason === 'missing' ? 'schema_not_found' : 'schema_unreadable', `schema ${display} ${read.detail}`, 'Point the `schema` input (or the config\'s $schema) at a JSON Schema file.');
    }
    const parsed = parseJson(read.text);
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
    interop(await Promise.all(/* import() */[__nccwpck_require__.e(457), __nccwpck_require__.e(815)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2815, 23)))(ajv);
    if (ajv.validateSchema(schema) !== true) {
        const issues = issuesFromAjvErrors(ajv.errors ?? [], schema);
        const located = locatePointers(read.text, issues.map((i) => ({ pointer: i.pointer, target: i.target })));
        throw new StageError(issues.map((issue) => ({
            stage: 'validate',
            layer: 'config',
            code: 'schema_invalid',
            severity: 'error',
            message: `schema ${display} is not a valid JSON Schema: ${issue.message}`,
            fix: 'Fix the schema so it validates against its meta-schema.',
            location: { file: display, ...rangeOf(located.get(`${issue.target}:${issue.pointer}`)) },
        })));
    }
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        return fail('schema_invalid', `schema ${display} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`, 'Fix the schema ($ref targets must exist inside it).');
    }
}
function rangeOf(range) {
    return { line: Math.max(1, range.line), column: Math.max(1, range.column), endLine: Math.max(1, range.endLine), endColumn: Math.max(1, range.endColumn) };
}

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
    return pattern.replace(/^[a-z]+:\/\//i, '').split('/')[0].split(':')[0].toLowerCase();
}
function pointsAtGateway(hostname, gateway) {
    const host = hostname.toLowerCase();
    if (gateway.workerNames.some((name) => host === `${name}.workers.dev` || (host.startsWith(`${name}.`) && host.endsWith('.workers.dev') && host.split('.').length === 4))) {
        return true;
    }
    return gateway.hosts.some((h) => (h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h));
}

;// CONCATENATED MODULE: ./src/gateway/route-matching.ts
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
    for (let i = 0; i < Math.max(config.length, request.length); i++) {
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
const newNode = () => ({ literal: new Map(), terminal: [], wildcard: [] });
/** The routes of one config, indexed by segment so a lookup touches only plausible candidates. */
class RouteTable {
    root = newNode();
    routes;
    segments = new Map();
    /** Segment count of the longest route path. */
    longest = 0;
    /** Methods named by routes other than ANY. */
    methods = new Set();
    constructor(routes) {
        this.routes = routes;
        for (const route of routes) {
            const segs = route.path.split('/');
            this.segments.set(route, segs);
            this.longest = Math.max(this.longest, segs.length);
            if (route.method !== 'ANY')
                this.methods.add(route.method);
            let node = this.root;
            let stopped = false;
            for (let i = 1; i < segs.length; i++) {
                const seg = segs[i];
                if (isWildcard(seg)) {
                    node.wildcard.push(route);
                    stopped = true;
                    break;
                }
                if (isParam(seg))
                    node = node.param ??= newNode();
                else {
                    let next = node.literal.get(seg);
                    if (!next)
                        node.literal.set(seg, (next = newNode()));
                    node = next;
                }
            }
            if (!stopped)
                node.terminal.push(route);
        }
    }
    segmentsOf(route) {
        return this.segments.get(route) ?? route.path.split('/');
    }
    /** Every route matching the request, best first; the first is the one the gateway runs. */
    candidates(method, path) {
        return this.candidatesFor(method, path.split('/'));
    }
    candidatesFor(method, request) {
        // Each route sits in exactly one node, and the walk reaches a node at most once: no duplicates.
        const out = [];
        const consider = (route) => {
            if (route.method !== method && route.method !== 'ANY')
                return;
            const match = matchSegments(this.segmentsOf(route), request);
            if (match)
                out.push({ route, match });
        };
        const walk = (node, i) => {
            for (const r of node.wildcard)
                consider(r);
            if (i === request.length) {
                for (const r of node.terminal)
                    consider(r);
                return;
            }
            const next = node.literal.get(request[i]);
            if (next)
                walk(next, i + 1);
            if (node.param)
                walk(node.param, i + 1);
        };
        walk(this.root, 1);
        return out.length > 1 ? out.sort((a, b) => compare(a, b, method)) : out;
    }
    choose(method, path) {
        return this.candidates(method, path)[0];
    }
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
    const w = segs.indexOf(WILDCARD);
    const fill = (s) => (isParam(s) ? SAMPLE : s);
    const paths = [];
    if (w === -1)
        paths.push(segs.map(fill));
    else if (w < segs.length - 1)
        paths.push(segs.map((s, i) => (i === w ? SAMPLE : fill(s))));
    else {
        const prefix = segs.slice(0, w).map(fill);
        for (const extra of [0, 1, 2, Math.max(3, table.longest - w + 1)]) {
            const p = prefix.concat(Array.from({ length: extra }, () => SAMPLE));
            paths.push(p.length > 1 ? p : ['', '']); // the bare root is "/"
        }
    }
    if (route.method !== 'ANY')
        return paths.map((segments) => ({ method: route.method, segments }));
    const unnamed = SAMPLE_METHODS.find((m) => !table.methods.has(m) && !(opts.cors && m === 'OPTIONS'));
    const methods = [...table.methods, ...(unnamed ? [unnamed] : [])];
    return methods.flatMap((method) => paths.map((segments) => ({ method, segments })));
}
/** Routes that no request can reach, each with the route that takes its requests instead. */
function findShadowedRoutes(table, opts) {
    const out = [];
    for (const route of table.routes) {
        if (opts.skip?.has(route))
            continue;
        const samples = sampleRequests(route, table, opts);
        let first;
        let reachable = false;
        for (const sample of samples) {
            // With CORS on, an OPTIONS request only reaches routing when an OPTIONS route matches it.
            const candidates = table.candidatesFor(sample.method, sample.segments);
            if (opts.cors && sample.method === 'OPTIONS' && !candidates.some((c) => c.route.method === 'OPTIONS'))
                continue;
            const winner = candidates[0];
            if (!winner)
                continue;
            if (winner.route === route) {
                reachable = true;
                break;
            }
            const mine = candidates.find((c) => c.route === route);
            if (mine && !first) {
                first = { route, winner: winner.route, reason: whyWins(winner, mine, sample.method), sample: { method: sample.method, path: sample.segments.join('/') } };
            }
        }
        if (!reachable && first)
            out.push(first);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gateway/semantic-checks.ts
// What the schema cannot say: cross-references between parts of the config, routes the
// gateway's matching can never choose, URLs and references that fail only at runtime.





const semantic_checks_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
const semantic_checks_str = (v) => (typeof v === 'string' ? v : undefined);
const ptr = (...segs) => toPointer(segs);
const REFERENCE = /^\$(env|secrets?)\.(.*)$/s;
const REFERENCE_INSIDE = /\$(?:env|secrets?)\.[A-Za-z_]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The mapping templates the gateway resolves per request (anything else is dropped). */
const MAPPING_TEMPLATE = /\$(request\.header|request\.jwt|config|request\.query)\.([a-zA-Z0-9-_.]+)/;
const AUTH0_INTEGRATIONS = new Set(['auth0_callback', 'auth0_userinfo', 'auth0_callback_redirect', 'auth0_refresh']);
const SUPABASE_INTEGRATIONS = new Set(['supabase_passwordless_auth', 'supabase_passwordless_verify', 'supabase_passwordless_auth_alt']);
function checkSemantics(config, ctx) {
    const issues = [];
    const references = collectReferences(config, issues);
    if (!semantic_checks_isObj(config))
        return { issues, references, routeCount: 0 };
    const servers = aliases(config, 'servers', issues);
    const services = aliases(config, 'services', issues);
    const bindings = new Map([...aliases(config, 'serviceBindings', issues), ...aliases(config, 'servicesBindings', issues)]);
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
    const authorizer = semantic_checks_isObj(config.authorizer) ? semantic_checks_str(config.authorizer.type) : undefined;
    const globalVariables = semantic_checks_isObj(config.variables) ? config.variables : {};
    const routes = [];
    arr(config.paths).forEach((route, i) => {
        if (!semantic_checks_isObj(route))
            return;
        checkRoute(route, i, { servers, services, bindings, authorizer, globalVariables, issues });
        const method = semantic_checks_str(route.method);
        const routePath = semantic_checks_str(route.path);
        if (method && routePath?.startsWith('/'))
            routes.push({ index: i, method, path: routePath });
    });
    checkRouteTable(routes, semantic_checks_isObj(config.cors), issues);
    return { issues, references, routeCount: arr(config.paths).length };
}
/** Every string that the Worker will replace, and the near-misses it will not. */
function collectReferences(config, issues) {
    const out = [];
    const pointerOf = (item) => {
        const segs = [];
        for (let i = item; i?.parent; i = i.parent)
            segs.push(i.key);
        return toPointer(segs.reverse());
    };
    const stack = [{ value: config, key: '', parent: undefined }];
    while (stack.length > 0) {
        const item = stack.pop();
        const value = item.value;
        if (typeof value === 'string') {
            if (!value.includes('$'))
                continue;
            const m = REFERENCE.exec(value);
            if (m) {
                const name = m[2];
                if (NAME.test(name)) {
                    out.push({ kind: m[1] === 'env' ? 'env' : 'secret', name, raw: value, pointer: pointerOf(item) });
                }
                else {
                    issues.push({
                        code: 'invalid_reference',
                        severity: 'error',
                        pointer: pointerOf(item),
                        target: 'value',
                        message: `${quote(value)} does not name a valid Worker ${m[1] === 'env' ? 'variable' : 'secret'}; it will resolve to ""`,
                        fix: `Use $${m[1]}.NAME with NAME made of letters, digits and _ (no spaces or dots).`,
                    });
                }
            }
            else if (REFERENCE_INSIDE.test(value)) {
                issues.push({
                    code: 'reference_not_resolved',
                    severity: 'warning',
                    pointer: pointerOf(item),
                    target: 'value',
                    message: `${quote(value)} contains a reference, but the gateway only replaces values that start with $env./$secret./$secrets.; this stays literal text`,
                    fix: 'Make the reference the whole value, or build the string in the Worker.',
                });
            }
        }
        else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push({ value: value[i], key: i, parent: item });
        }
        else if (semantic_checks_isObj(value)) {
            const keys = Object.keys(value);
            for (let k = keys.length - 1; k >= 0; k--)
                stack.push({ value: value[keys[k]], key: keys[k], parent: item });
        }
    }
    return out;
}
/** Alias → index of its entry; a repeated alias is an error (the gateway silently takes the first). */
function aliases(config, key, issues) {
    const seen = new Map();
    arr(config[key]).forEach((entry, i) => {
        const alias = semantic_checks_isObj(entry) ? semantic_checks_str(entry.alias) : undefined;
        if (alias === undefined)
            return;
        if (seen.has(alias)) {
            issues.push({
                code: 'duplicate_alias',
                severity: 'error',
                pointer: ptr(key, i, 'alias'),
                target: 'value',
                message: `${key}[${i}] repeats the alias ${quote(alias)} of ${key}[${seen.get(alias)}]; the gateway always uses the first`,
                fix: `Give ${key}[${i}] its own alias, or remove it.`,
            });
        }
        else
            seen.set(alias, i);
    });
    return seen;
}
const PRIVATE_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;
function checkServers(config, issues, ctx) {
    arr(config.servers).forEach((server, i) => {
        const url = semantic_checks_isObj(server) ? semantic_checks_str(server.url) : undefined;
        if (url === undefined || url === '' || REFERENCE.test(url))
            return; // references are checked by preflight
        const pointer = ptr('servers', i, 'url');
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            issues.push({ code: 'invalid_server_url', severity: 'error', pointer, target: 'value', message: `servers[${i}].url ${quote(url)} is not an absolute URL`, fix: 'Use a full URL such as "https://api.example.com".' });
            return;
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            issues.push({ code: 'invalid_server_url', severity: 'error', pointer, target: 'value', message: `servers[${i}].url uses ${parsed.protocol}; the gateway can only proxy to http(s)`, fix: 'Use an https:// URL.' });
            return;
        }
        if (ctx.gatewayHosts && pointsAtGateway(parsed.hostname, ctx.gatewayHosts)) {
            issues.push({
                code: 'server_points_to_gateway',
                severity: 'error',
                pointer,
                target: 'value',
                message: `servers[${i}].url ${quote(url)} points at this gateway itself: every proxied request would loop (Cloudflare error 1019/1042)`,
                fix: 'Point the server at the real upstream, or use a service binding to call another Worker.',
            });
            return;
        }
        if (PRIVATE_HOST.test(parsed.hostname)) {
            issues.push({
                code: 'private_server_url',
                severity: 'warning',
                pointer,
                target: 'value',
                message: `servers[${i}].url ${quote(url)} is a local or private address the Cloudflare edge cannot reach`,
                fix: 'Use the upstream\'s public URL here, and an $env.X reference if it differs per environment.',
            });
        }
        else if (parsed.protocol === 'http:') {
            issues.push({
                code: 'insecure_server_url',
                severity: 'warning',
                pointer,
                target: 'value',
                message: `servers[${i}].url ${quote(url)} is plain http: requests and tokens cross the internet unencrypted`,
                fix: `Use "https://${url.slice('http://'.length)}".`,
            });
        }
    });
}
function checkServiceEntrypoints(config, issues, ctx) {
    arr(config.services).forEach((service, i) => {
        const entrypoint = semantic_checks_isObj(service) ? semantic_checks_str(service.entrypoint) : undefined;
        if (!entrypoint || REFERENCE.test(entrypoint))
            return;
        // The gateway imports `${entrypoint}.js`; a bundler also resolves that to a .ts source.
        const base = external_node_path_default().resolve(ctx.configDir, entrypoint);
        const tried = [`${base}.js`, `${base}.ts`];
        if (tried.some(ctx.fileExists))
            return;
        const hint = /\.[cm]?[jt]s$/.test(entrypoint) ? ` (the gateway appends .js itself, so ${quote(entrypoint)} loads ${quote(entrypoint + '.js')})` : '';
        issues.push({
            code: 'missing_service_entrypoint',
            severity: 'error',
            pointer: ptr('services', i, 'entrypoint'),
            target: 'value',
            message: `services[${i}].entrypoint ${quote(entrypoint)} has no module: neither ${external_node_path_default().basename(tried[0])} nor ${external_node_path_default().basename(tried[1])} exists next to the config${hint}`,
            fix: `Create ${external_node_path_default().relative(ctx.configDir, tried[0]) || tried[0]} or fix the entrypoint path (relative to the config file, without extension).`,
        });
    });
}
function checkRoute(route, i, ctx) {
    const { issues } = ctx;
    const label = `route ${semantic_checks_str(route.method) ?? '?'} ${semantic_checks_str(route.path) ?? '?'}`;
    const unknownAlias = (code, pointer, alias, kind, known, fix) => {
        const suggestion = closest(alias, known.keys());
        issues.push({
            code,
            severity: 'error',
            pointer,
            target: 'value',
            message: `${label} uses ${kind} ${quote(alias)}, which is not defined${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}: the gateway answers 404 "No match found." for it`,
            fix: suggestion ? `Use "${suggestion}", or ${fix}` : `${fix[0].toUpperCase()}${fix.slice(1)}${known.size ? ` Defined: ${[...known.keys()].join(', ')}.` : ''}`,
        });
    };
    const routePath = semantic_checks_str(route.path);
    if (routePath !== undefined)
        checkPathSyntax(routePath, i, label, issues);
    if (route.auth === true && !ctx.authorizer) {
        issues.push({
            code: 'auth_without_authorizer',
            severity: 'error',
            pointer: ptr('paths', i, 'auth'),
            target: 'value',
            message: `${label} has "auth": true but the config has no \`authorizer\`: the route is served without any authentication`,
            fix: 'Add an `authorizer` (jwt, auth0 or supabase) to the config, or remove "auth": true.',
        });
    }
    const integration = semantic_checks_isObj(route.integration) ? route.integration : undefined;
    const type = integration ? semantic_checks_str(integration.type) : undefined;
    if (integration && (type === 'http_proxy' || type === 'http')) {
        const server = semantic_checks_str(integration.server);
        if (server !== undefined && !ctx.servers.has(server)) {
            unknownAlias('unknown_server', ptr('paths', i, 'integration', 'server'), server, 'server', ctx.servers, `add a server with "alias": "${server}" to \`servers\`.`);
        }
        if (type === 'http') {
            issues.push({ code: 'deprecated_integration_type', severity: 'notice', pointer: ptr('paths', i, 'integration', 'type'), target: 'value', message: `${label}: integration type "http" is the old name of "http_proxy"`, fix: 'Use "type": "http_proxy".' });
        }
    }
    else if (integration && type === 'service') {
        const binding = semantic_checks_str(integration.binding);
        if (binding !== undefined && !ctx.services.has(binding)) {
            unknownAlias('unknown_service', ptr('paths', i, 'integration', 'binding'), binding, 'service', ctx.services, `add a service with "alias": "${binding}" to \`services\`.`);
        }
    }
    else if (integration && type === 'service_binding') {
        const binding = semantic_checks_str(integration.binding);
        if (binding !== undefined && !ctx.bindings.has(binding)) {
            unknownAlias('unknown_service_binding', ptr('paths', i, 'integration', 'binding'), binding, 'service binding', ctx.bindings, `add {"alias": "${binding}", "binding": "…"} to \`serviceBindings\`.`);
        }
    }
    else if (type && (AUTH0_INTEGRATIONS.has(type) || SUPABASE_INTEGRATIONS.has(type))) {
        const needs = AUTH0_INTEGRATIONS.has(type) ? 'auth0' : 'supabase';
        if (ctx.authorizer !== needs) {
            issues.push({
                code: 'authorizer_mismatch',
                severity: 'error',
                pointer: ptr('paths', i, 'integration', 'type'),
                target: 'value',
                message: `${label} uses the ${type} integration, which needs an ${needs} authorizer; the config's authorizer is ${ctx.authorizer ? quote(ctx.authorizer) : 'missing'}`,
                fix: `Configure "authorizer": {"type": "${needs}", …}, or remove this route.`,
            });
        }
    }
    const preProcess = semantic_checks_isObj(route.pre_process) ? semantic_checks_str(route.pre_process.binding) : undefined;
    if (preProcess !== undefined && !ctx.bindings.has(preProcess)) {
        unknownAlias('unknown_service_binding', ptr('paths', i, 'pre_process', 'binding'), preProcess, 'pre_process binding', ctx.bindings, `add {"alias": "${preProcess}", "binding": "…"} to \`serviceBindings\`.`);
    }
    if (integration && 'response' in route) {
        issues.push({
            code: 'response_ignored',
            severity: 'warning',
            pointer: ptr('paths', i, 'response'),
            target: 'key',
            message: `${label} has both an integration and a static \`response\`; the response is never sent`,
            fix: 'Remove "response", or remove the integration to serve the static response.',
        });
    }
    checkMapping(route, i, label, ctx);
}
function checkPathSyntax(routePath, i, label, issues) {
    // Most paths are plain: nothing to say about them.
    if (!/[{}]|\/\/|.\/$/.test(routePath))
        return;
    const pointer = ptr('paths', i, 'path');
    const segs = routePath.split('/');
    const w = segs.indexOf(WILDCARD);
    if (w !== -1 && w !== segs.length - 1) {
        issues.push({
            code: 'wildcard_not_last',
            severity: 'error',
            pointer,
            target: 'value',
            message: `${label}: {.+} must be the last segment; the gateway ignores everything after it (${quote(segs.slice(w + 1).join('/'))} is never compared)`,
            fix: `Use "${segs.slice(0, w + 1).join('/')}", or replace {.+} with a {param}.`,
        });
    }
    for (const seg of segs) {
        if (isWildcard(seg))
            continue;
        if (isParam(seg) && /^\{[A-Za-z_][\w-]*\}$/.test(seg))
            continue;
        if (/^\{(proxy\+|.*[*+].*)\}$/.test(seg)) {
            issues.push({ code: 'not_a_wildcard', severity: 'error', pointer, target: 'value', message: `${label}: ${seg} is not a wildcard here; it matches exactly one segment (the greedy wildcard is {.+})`, fix: `Replace ${seg} with {.+}.` });
        }
        else if (seg.includes('{') || seg.includes('}')) {
            issues.push({ code: 'partial_path_parameter', severity: 'warning', pointer, target: 'value', message: `${label}: segment ${quote(seg)} is matched literally; a parameter must be a whole segment like {id}`, fix: 'Make the parameter a whole segment.' });
        }
    }
    if (routePath.length > 1 && routePath.endsWith('/')) {
        issues.push({
            code: 'trailing_slash',
            severity: 'warning',
            pointer,
            target: 'value',
            message: `${label} ends with /: it matches ${quote(routePath)} but not ${quote(routePath.slice(0, -1))}`,
            fix: `Use "${routePath.replace(/\/+$/, '')}" unless clients really send the trailing slash.`,
        });
    }
    if (/\/\/./.test(routePath) || routePath === '//') {
        issues.push({ code: 'empty_path_segment', severity: 'warning', pointer, target: 'value', message: `${label} has an empty segment (//), which only matches requests with the same double slash`, fix: 'Remove the extra slash.' });
    }
}
function checkMapping(route, i, label, ctx) {
    if (!semantic_checks_isObj(route.mapping))
        return;
    const routeVariables = semantic_checks_isObj(route.variables) ? route.variables : {};
    for (const part of ['headers', 'query']) {
        const entries = route.mapping[part];
        if (!semantic_checks_isObj(entries))
            continue;
        for (const [key, value] of Object.entries(entries)) {
            if (typeof value !== 'string')
                continue;
            const pointer = ptr('paths', i, 'mapping', part, key);
            const m = MAPPING_TEMPLATE.exec(value);
            if (!m) {
                ctx.issues.push({
                    code: 'mapping_value_ignored',
                    severity: 'warning',
                    pointer,
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} = ${quote(value)} is not a $request.header/$request.jwt/$request.query/$config template, so the gateway never sets it`,
                    fix: `Put the value in \`variables\` and map "$config.NAME".`,
                });
                continue;
            }
            const name = m[2];
            if (m[1] === 'config' && !(name in routeVariables) && !(name in ctx.globalVariables)) {
                const suggestion = closest(name, [...Object.keys(routeVariables), ...Object.keys(ctx.globalVariables)]);
                ctx.issues.push({
                    code: 'unknown_config_variable',
                    severity: 'error',
                    pointer,
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} uses $config.${name}, but neither the route's nor the global \`variables\` define ${quote(name)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}`,
                    fix: suggestion ? `Use "$config.${suggestion}".` : `Add "${name}" to the route's \`variables\` or the global \`variables\`.`,
                });
            }
            else if (m[1] === 'request.jwt' && route.auth !== true) {
                ctx.issues.push({
                    code: 'jwt_mapping_without_auth',
                    severity: 'warning',
                    pointer,
                    target: 'value',
                    message: `${label}: mapping.${part}.${key} reads the JWT claim ${quote(name)}, but the route has no "auth": true, so there is no token and it is never set`,
                    fix: 'Add "auth": true to the route, or map something else.',
                });
            }
        }
    }
}
function checkRouteTable(routes, cors, issues) {
    const firstOf = new Map();
    const duplicates = new Set();
    for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const first = firstOf.get(key);
        if (first) {
            duplicates.add(route);
            issues.push({
                code: 'duplicate_route',
                severity: 'error',
                pointer: ptr('paths', route.index, 'path'),
                target: 'value',
                message: `route ${key} (paths[${route.index}]) repeats paths[${first.index}]; the gateway always runs the first, so this one is dead`,
                fix: `Remove paths[${route.index}] or merge it into paths[${first.index}].`,
                related: ptr('paths', first.index, 'path'),
            });
        }
        else
            firstOf.set(key, route);
    }
    for (const s of findShadowedRoutes(new RouteTable(routes), { cors, skip: duplicates })) {
        issues.push({
            code: 'shadowed_route',
            severity: 'error',
            pointer: ptr('paths', s.route.index, 'path'),
            target: 'value',
            message: `route ${s.route.method} ${s.route.path} (paths[${s.route.index}]) can never be chosen: ${s.winner.method} ${s.winner.path} (paths[${s.winner.index}]) takes every request it matches, e.g. ${s.sample.method} ${s.sample.path}, because ${s.reason}`,
            fix: `Remove paths[${s.route.index}], or make its path distinct from paths[${s.winner.index}].`,
            related: ptr('paths', s.winner.index, 'path'),
        });
    }
}

;// CONCATENATED MODULE: ./src/stages/validate.ts
// Stage 1: the gateway's JSON config against its schema, plus what a schema cannot express.











/** Where gateway projects keep the config, most common first. */
const CONFIG_CANDIDATES = ['src/api-config.json', 'api-config.json', 'config/api-config.json', 'worker/src/api-config.json'];
const validate_finding = (code, severity, message, fix, location) => ({
    stage: 'validate',
    layer: 'config',
    code,
    severity,
    message,
    fix,
    ...(location ? { location } : {}),
});
function locateConfig(config) {
    if (config.config)
        return config.config;
    const found = CONFIG_CANDIDATES.map((c) => external_node_path_default().join(config.workingDirectory, c)).find((f) => (0,external_node_fs_namespaceObject.existsSync)(f));
    if (found)
        return found;
    throw new StageError(validate_finding('config_not_found', 'error', `no gateway config found in ${config.workingDirectory} (looked for ${CONFIG_CANDIDATES.join(', ')})`, 'Set the `config` input to the gateway config file, relative to `working-directory`.'));
}
async function runValidate(config) {
    const file = locateConfig(config);
    const display = displayPath(file, config.workingDirectory);
    const whole = (line = 1) => ({ file: display, line });
    const read = readTextFile(file);
    if (!read.ok) {
        if (read.reason === 'missing' || read.reason === 'directory' || read.reason === 'unreadable') {
            throw new StageError(validate_finding(`config_${read.reason === 'missing' ? 'not_found' : read.reason === 'directory' ? 'is_directory' : 'unreadable'}`, 'error', `config ${display} ${read.detail}`, 'Set the `config` input to the gateway config file (a JSON file), relative to `working-directory`.'));
        }
        const fixes = {
            too_large: 'A gateway config is kilobytes; split generated routes or check that the right file is named.',
            binary: 'Point the `config` input at the JSON config, saved as UTF-8.',
            empty: 'Write the gateway config (at least {"paths": []}) or point `config` at the right file.',
        };
        return { findings: [validate_finding(`config_${read.reason === 'too_large' ? 'too_large' : read.reason === 'binary' ? 'not_text' : 'empty'}`, 'error', `config ${display} ${read.detail}`, fixes[read.reason], whole())] };
    }
    const { findings, data, routeCount } = await validateConfigText(config, file, display, read.text);
    return { findings, ...(data ? { data } : {}), note: data ? `${formatBytes(read.bytes)}, ${routeCount} routes` : undefined };
}
/**
 * Everything validate checks, on a config's text. Preflight runs it on a config held in a
 * wrangler var (SAG_API_CONFIG_JSON), so both are judged by the same code.
 */
async function validateConfigText(config, file, display, text) {
    const parsed = parseJson(text);
    if (!parsed.ok) {
        const location = { file: display, ...parsed.problem.range };
        const only = parsed.kind === 'depth'
            ? validate_finding('config_too_deep', 'error', `config ${display} ${parsed.problem.message}; the gate reads at most 64 levels`, 'A gateway config needs far fewer levels: flatten the value that nests this deep.', location)
            : validate_finding('json_syntax', 'error', `config ${display} is not valid JSON: ${parsed.problem.message}`, 'Fix the JSON syntax at this position.', location);
        return { findings: [only], routeCount: 0, serviceBindings: [] };
    }
    const value = parsed.value;
    const { choice, issues: schemaIssues } = chooseSchema(value, file, config.schema, external_node_fs_namespaceObject.existsSync);
    const validator = choice.kind === 'bundled' ? await bundledValidator() : await compileSchemaFile(choice.file, displayPath(choice.file, config.workingDirectory));
    const issues = [...schemaIssues];
    if (!validator(value))
        issues.push(...issuesFromAjvErrors(validator.errors ?? [], value));
    const hosts = readGatewayHosts(config);
    const semantics = checkSemantics(value, {
        configDir: external_node_path_default().dirname(file),
        fileExists: (f) => (0,external_node_fs_namespaceObject.existsSync)(f),
        ...(hosts.hosts ? { gatewayHosts: hosts.hosts } : {}),
    });
    issues.push(...semantics.issues);
    // One pass over the text for every position the findings and references need.
    const bindings = serviceBindingEntries(value);
    const requests = [
        ...issues.flatMap((i) => [{ pointer: i.pointer, target: i.target }, ...(i.related ? [{ pointer: i.related, target: 'value' }] : [])]),
        ...semantics.references.map((r) => ({ pointer: r.pointer, target: 'value' })),
        ...bindings.map((b) => ({ pointer: b.pointer, target: 'value' })),
    ];
    const located = requests.length > 0 ? locatePointers(text, requests) : new Map();
    const at = (pointer, target) => ({ file: display, ...located.get(`${target}:${pointer}`) });
    const findings = issues.map((issue) => {
        const location = at(issue.pointer, issue.target);
        const related = issue.related ? at(issue.related, 'value') : undefined;
        return validate_finding(issue.code, issue.severity, related ? `${issue.message} (see line ${related.line})` : issue.message, issue.fix ?? '', location);
    });
    if (hosts.finding)
        findings.push(hosts.finding);
    const data = {
        configFile: display,
        schema: choice.kind === 'bundled' ? 'the bundled schema' : `${displayPath(choice.file, config.workingDirectory)} (${choice.origin})`,
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
                out.push({ alias: typeof e.alias === 'string' ? e.alias : e.binding, binding: e.binding, pointer: `/${key}/${i}/binding` });
        });
    }
    return out;
}
/** The gateway's own hosts, for the self-reference check; a broken wrangler config is preflight's to report. */
function readGatewayHosts(config) {
    const file = config.wranglerConfig ?? findWranglerConfig(config.workingDirectory);
    if (!file)
        return {};
    const display = displayPath(file, config.workingDirectory);
    const read = readTextFile(file, 1024 * 1024);
    const parsed = read.ok ? parseWranglerConfig(file, read.text) : undefined;
    if (!parsed?.ok) {
        const why = !read.ok ? read.detail : parsed && !parsed.ok ? `cannot be parsed (${parsed.message})` : 'cannot be read';
        return {
            finding: validate_finding('wrangler_config_unreadable', 'notice', `wrangler config ${display} ${why}; skipped the check for server URLs that point back at the gateway`, 'Preflight reports the wrangler config itself.', parsed && !parsed.ok && parsed.line ? { file: display, line: parsed.line } : undefined),
        };
    }
    return { hosts: gatewayHostsOf(parsed.raw) };
}

;// CONCATENATED MODULE: ./src/stages/preflight.ts
// Stage 2: the Worker before it deploys. Its wrangler config for the chosen environment, read
// with positions (and by the project's own wrangler, as the deploy will read it), and every
// binding, secret and config source the gateway needs: declared locally, and present in the
// account when a Cloudflare API token is available.













async function runPreflight(config) {
    const file = config.wranglerConfig ?? findWranglerConfig(config.workingDirectory);
    if (!file || !(0,external_node_fs_namespaceObject.existsSync)(file)) {
        throw new StageError(finding('wrangler_config_not_found', 'error', 'config', config.wranglerConfig ? `wrangler config ${displayPath(config.wranglerConfig, config.workingDirectory)} does not exist` : `no wrangler config in ${config.workingDirectory} (looked for wrangler.json, wrangler.jsonc, wrangler.toml)`, 'Set the `wrangler-config` input to the Worker\'s wrangler.toml / wrangler.jsonc, relative to `working-directory`.'));
    }
    const display = displayPath(file, config.workingDirectory);
    const read = readTextFile(file, 1024 * 1024);
    if (!read.ok) {
        return { findings: [finding('wrangler_config_unreadable', 'error', 'config', `wrangler config ${display} ${read.detail}`, 'Point `wrangler-config` at the Worker\'s wrangler config, saved as UTF-8 text.', { file: display, line: 1 })] };
    }
    const loaded = loadWranglerSource(file, display, read.text);
    if (!loaded.ok) {
        return { findings: [finding('wrangler_config_syntax', 'error', 'config', `${display} cannot be parsed: ${loaded.message}`, 'Fix the syntax at this position (wrangler would refuse the file too).', loaded.location)] };
    }
    const source = loaded.source;
    const environments = definedEnvironments(source.raw);
    const findings = checkEnvironmentChoice(source, config.environment, environments);
    if (findings.some((f) => f.code === 'environment_not_found'))
        return { findings };
    // The project's wrangler loads in the background (about a second) while the local checks run.
    const reading = readWithProjectWrangler(config.workingDirectory, file, config.environment);
    const worker = resolveEnvironment(source.raw, config.environment);
    const gateway = await analyzeGateway(config, source, worker.vars, findings);
    const declaredSecrets = declaredSecretNames(config, external_node_path_default().dirname(file), worker.requiredSecrets.map((s) => s.name));
    const main = worker.main ? external_node_path_default().resolve(external_node_path_default().dirname(file), worker.main) : undefined;
    const mainExists = main !== undefined && (0,external_node_fs_namespaceObject.existsSync)(main);
    findings.push(...checkLocal({
        source,
        worker,
        environment: config.environment,
        today: new Date().toISOString().slice(0, 10),
        mainExists,
        mainExports: mainExists && worker.durableObjects.length > 0 ? exportedNames((0,external_node_fs_namespaceObject.readFileSync)(main, 'utf8')) : undefined,
        references: gateway?.data?.references ?? [],
        serviceBindings: gateway?.serviceBindings ?? [],
        declaredSecrets,
    }));
    for (const name of config.secrets) {
        if (!config.env[name]) {
            findings.push(finding('secret_value_missing', 'error', 'binding', `the \`secrets\` input names ${name}, but the environment variable ${name} is empty or unset, so there is nothing to upload`, `Pass it to the step: \`env: { ${name}: \${{ secrets.${name} }} }\`.`));
        }
    }
    const wrangler = await reading;
    let reader = "the gate's own reading of wrangler's rules";
    if (wrangler.kind === 'rejected') {
        findings.push(finding('wrangler_config_invalid', 'error', 'config', `wrangler ${wrangler.version} rejects ${display}${config.environment ? ` for environment ${config.environment}` : ''}: ${wrangler.message}`, 'Fix what wrangler names; the deploy would fail the same way.', { file: display, line: wrangler.line ?? 1, ...(wrangler.column ? { column: wrangler.column } : {}) }));
    }
    else if (wrangler.kind === 'read') {
        reader = `the project's wrangler ${wrangler.version}`;
        // Wrangler is the authority on the deployed name (environment naming rules included).
        if (wrangler.config.name)
            worker.name = wrangler.config.name;
    }
    else {
        reader = `${reader} (${wrangler.reason})`;
    }
    // The secrets the deployed gateway reads, with where each is needed.
    const requiredSecrets = [
        // Undeclared names are already local findings; the account is asked about the declared ones.
        ...(gateway?.data?.references ?? []).filter((r) => declaredSecrets.has(r.name) && (r.kind === 'secret' || !(r.name in worker.vars))).map((r) => ({ name: r.name, ...(r.location ? { location: r.location } : {}) })),
        ...worker.requiredSecrets.map((s) => ({ name: s.name, location: source.locate(s.path, 'value') })),
    ];
    const bindings = worker.kv.length + worker.d1.length + worker.r2.length + worker.queues.length + worker.hyperdrive.length + worker.services.length + worker.durableObjects.length;
    const data = {
        wranglerConfig: display,
        environment: config.environment ?? null,
        workerName: worker.name ?? null,
        bindings,
        reader,
        remote: { skipped: '' },
    };
    const api = apiSettingsFromEnv(config.env);
    if (!api) {
        data.remote = { skipped: 'no CLOUDFLARE_API_TOKEN' };
        findings.push(finding('remote_checks_skipped', 'notice', 'binding', 'no CLOUDFLARE_API_TOKEN (a pull request from a fork gets none): the account was not checked for bindings, secrets and config drift; the local checks still gate', 'Provide CLOUDFLARE_API_TOKEN (and CLOUDFLARE_ACCOUNT_ID) to the step to check the account too.'));
    }
    else {
        const account = await resolveAccount(api);
        if (!account.ok) {
            data.remote = { skipped: 'no account' };
            const why = account.answer && !account.answer.ok ? `${account.answer.message}${account.answer.code ? ` [code: ${account.answer.code}]` : ''}` : `the token sees ${account.count} accounts`;
            findings.push(finding(account.answer && !account.answer.ok && account.answer.kind === 'auth' ? 'api_token_permission' : 'cloudflare_account_unknown', 'error', 'binding', `could not tell which Cloudflare account to check: ${why}`, 'Set CLOUDFLARE_ACCOUNT_ID for the step (and check that CLOUDFLARE_API_TOKEN is valid).'));
        }
        else {
            const remote = await checkRemote({
                api,
                accountId: account.accountId,
                source,
                worker,
                requiredSecrets,
                uploadedSecrets: new Set(config.secrets),
                gatewayConfig: gateway?.value !== undefined ? { value: gateway.value, display: gateway.display } : undefined,
                driftSeverity: config.configDrift,
            });
            findings.push(...remote.findings);
            data.remote = { account: account.accountId, checks: remote.checked, workerExists: remote.workerExists ?? null };
        }
    }
    const remoteNote = 'skipped' in data.remote ? 'account not checked' : `${data.remote.checks} account checks`;
    return { findings, data, note: `${worker.name ?? 'unnamed Worker'}${config.environment ? ` (env ${config.environment})` : ''}, ${bindings} bindings, ${remoteNote}` };
}
/**
 * The gateway config's references and service bindings, through validate's code. A config held
 * in the SAG_API_CONFIG_JSON var replaces the file at runtime, so it is validated and used instead.
 */
async function analyzeGateway(config, source, vars, findings) {
    const inline = vars.SAG_API_CONFIG_JSON;
    if (typeof inline === 'string') {
        const varPath = source.locate([...(config.environment ? ['env', config.environment] : []), 'vars', 'SAG_API_CONFIG_JSON']);
        const analysis = await validateConfigText(config, source.file, `${source.display} (SAG_API_CONFIG_JSON)`, inline);
        findings.push(finding('config_overridden_by_var', 'warning', 'binding', `SAG_API_CONFIG_JSON in ${source.display} replaces the gateway config file at runtime: production serves this var, not the file`, 'Remove the var to serve the config file, or keep the two in step.', varPath), ...analysis.findings.map((f) => ({ ...f, stage: 'preflight', message: `SAG_API_CONFIG_JSON: ${f.message}${f.location ? ` (line ${f.location.line} of the var's JSON)` : ''}`, location: varPath })));
        return { ...analysis, display: `${source.display} (SAG_API_CONFIG_JSON)` };
    }
    let file;
    try {
        file = locateConfig(config);
    }
    catch {
        findings.push(finding('gateway_config_not_found', 'notice', 'binding', 'no gateway config found, so its references were not checked against the Worker', 'Set the `config` input (validate reports this too).'));
        return undefined;
    }
    const read = readTextFile(file);
    if (!read.ok)
        return undefined; // validate reports it
    const display = displayPath(file, config.workingDirectory);
    return { ...(await validateConfigText(config, file, display, read.text)), display };
}
function declaredSecretNames(config, configDir, required) {
    const declared = new Map();
    for (const name of required)
        declared.set(name, 'secrets.required');
    for (const file of ['.dev.vars.example', '.dev.vars']) {
        const full = external_node_path_default().join(configDir, file);
        if (!(0,external_node_fs_namespaceObject.existsSync)(full))
            continue;
        for (const name of dotenvNames((0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8')))
            if (!declared.has(name))
                declared.set(name, file);
    }
    for (const name of config.secrets)
        if (!declared.has(name))
            declared.set(name, 'the secrets input');
    return declared;
}

;// CONCATENATED MODULE: ./src/testing/project.ts
// What a project declares about its tests: the commands to run, and which runner they use, so
// the gate can ask that runner for machine-readable results.


/** npm init's placeholder: "no test specified" is no test. */
const PLACEHOLDER = /no test specified/;
const E2E_SCRIPTS = ['test:e2e', 'e2e', 'test:e2e:local'];
function readScripts(projectDir) {
    try {
        const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(projectDir, 'package.json'), 'utf8'));
        return Object.fromEntries(Object.entries(pkg.scripts ?? {}).filter((e) => typeof e[1] === 'string'));
    }
    catch {
        return {};
    }
}
function detectRunner(text) {
    if (/\bvitest\b/.test(text))
        return 'vitest';
    if (/\bjest\b/.test(text))
        return 'jest';
    return 'unknown';
}
/** `npm test` / `npm run x` name a script; anything else is the command itself. */
function scriptOf(command) {
    const m = /^npm\s+(?:run(?:-script)?\s+(\S+)|(test|t))\s*$/.exec(command.trim());
    return m ? (m[1] ?? 'test') : undefined;
}
function describeCommand(command, scripts) {
    const script = scriptOf(command);
    const body = script ? (scripts[script] ?? '') : command;
    return { command, runner: detectRunner(body), ...(script ? { script } : {}) };
}
function defaultUnitCommand(scripts) {
    return scripts.test && !PLACEHOLDER.test(scripts.test) ? 'npm test' : undefined;
}
function defaultE2eCommand(scripts) {
    const name = E2E_SCRIPTS.find((s) => scripts[s]);
    return name ? `npm run ${name}` : undefined;
}
/**
 * The command with the runner's JSON reporter added, unless the user's script already picks a
 * reporter. npm scripts get the flags after `--`.
 */
function withJsonReporter(cmd, scripts, outputFile) {
    const body = cmd.script ? (scripts[cmd.script] ?? '') : cmd.command;
    if (cmd.runner === 'unknown' || /--json\b|--reporter\b|--outputFile\b/.test(body))
        return { command: cmd.command };
    const quoted = JSON.stringify(outputFile);
    const flags = cmd.runner === 'jest'
        ? `--json --outputFile=${quoted} --testLocationInResults`
        : `--reporter=default --reporter=json --outputFile.json=${quoted}`;
    return { command: cmd.script ? `${cmd.command} -- ${flags}` : `${cmd.command} ${flags}`, resultsFile: outputFile };
}

;// CONCATENATED MODULE: ./src/testing/stack-location.ts
// Where a failing test should be annotated: the line of the test file that failed, read from the
// failure's stack; for a failure with no frame in the test file, the deepest frame in the project.



// "    at fn (/abs/file.ts:12:5)", "    at /abs/file.ts:12:5", "    at file:///abs/file.ts:12:5"
const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?\s*$/;
function stackFrames(text) {
    const frames = [];
    for (const raw of text.split('\n')) {
        const m = FRAME.exec(stripAnsi(raw));
        if (!m)
            continue;
        const file = m[1].startsWith('file://') ? (0,external_node_url_.fileURLToPath)(m[1]) : m[1];
        frames.push({ file, line: Number(m[2]), column: Number(m[3]) });
    }
    return frames;
}
const inProject = (file, projectDir) => {
    const rel = external_node_path_default().relative(projectDir, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !rel.split((external_node_path_default()).sep).includes('node_modules');
};
/** The frame in the test file, else the deepest frame inside the project (outside node_modules). */
function failurePoint(stack, projectDir, testFile) {
    const frames = stackFrames(stack);
    const inTest = testFile ? frames.find((f) => external_node_path_default().resolve(f.file) === external_node_path_default().resolve(testFile)) : undefined;
    return inTest ?? frames.find((f) => inProject(f.file, projectDir));
}

;// CONCATENATED MODULE: ./src/testing/test-results.ts
// The machine-readable results of jest (--json) and vitest (--reporter=json): the same shape,
// one entry per test file with its assertions.


const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);
function parseTestResults(json, projectDir) {
    const files = (json?.testResults ?? []).filter((f) => typeof f?.name === 'string');
    const suites = [];
    const failures = [];
    for (const file of files) {
        const assertions = file.assertionResults ?? [];
        const suite = {
            file: file.name,
            passed: assertions.filter((a) => a.status === 'passed').length,
            failed: assertions.filter((a) => a.status === 'failed').length,
            skipped: assertions.filter((a) => SKIPPED.has(a.status ?? '')).length,
            durationMs: file.endTime && file.startTime ? Math.max(0, file.endTime - file.startTime) : assertions.reduce((t, a) => t + (a.duration ?? 0), 0),
        };
        for (const a of assertions.filter((x) => x.status === 'failed')) {
            const stack = (a.failureMessages ?? []).join('\n');
            const located = a.location?.line ? { file: file.name, line: a.location.line, column: a.location.column ?? 1 } : undefined;
            failures.push({
                file: file.name,
                title: a.fullName ?? [...(a.ancestorTitles ?? []), a.title ?? ''].join(' > '),
                message: assertionMessage(stack),
                // The assertion's own line (from the stack) beats the line where the test starts.
                point: failurePoint(stack, projectDir, file.name) ?? located,
            });
        }
        // A file that failed to load has no assertions, only a message (a syntax error, a failing import).
        if (assertions.length === 0 && file.status === 'failed' && file.message) {
            suite.failed = 1;
            failures.push({ file: file.name, title: 'test file failed to run', message: assertionMessage(file.message), point: failurePoint(file.message, projectDir, file.name) });
        }
        suites.push(suite);
    }
    const totals = suites.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), { passed: 0, failed: 0, skipped: 0 });
    return { suites, failures, totals };
}
/** The message part of a failure: everything before the first stack frame, without colours. */
function assertionMessage(text) {
    const plain = stripAnsi(text);
    const lines = plain.split('\n');
    const firstFrame = lines.findIndex((l) => /^\s*at /.test(l));
    const head = (firstFrame === -1 ? lines : lines.slice(0, firstFrame)).join('\n').trim();
    return head.length > 2000 ? `${head.slice(0, 2000)}…` : head || 'the test failed';
}

;// CONCATENATED MODULE: ./src/testing/wrangler-check.ts
// Before local E2E tests: is there a wrangler in the project that exports unstable_dev, and is
// the Node that runs the tests new enough for it? One clear finding instead of a wall of output.



/** The wrangler package Node would load from the project: the nearest node_modules/wrangler up the tree. */
function findWranglerPackage(projectDir) {
    for (let dir = external_node_path_default().resolve(projectDir);; dir = external_node_path_default().dirname(dir)) {
        const candidate = external_node_path_default().join(dir, 'node_modules', 'wrangler', 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return external_node_path_default().dirname(candidate);
        if (external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/** Does `actual` (v22.1.0) satisfy a ">=X.Y.Z" engines range? Other range forms are not judged. */
function satisfiesMinimum(actual, range) {
    const min = />=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
    const have = /v?(\d+)\.(\d+)\.(\d+)/.exec(actual);
    if (!min || !have)
        return true;
    const a = have.slice(1, 4).map(Number);
    const b = [min[1], min[2] ?? '0', min[3] ?? '0'].map(Number);
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] > b[i];
    return true;
}
function checkWranglerForE2e(projectDir, env) {
    const dir = findWranglerPackage(projectDir);
    if (!dir) {
        return {
            ok: false,
            code: 'e2e_wrangler_missing',
            message: 'the local E2E tests need wrangler (unstable_dev starts the Worker in workerd), but it is not installed in the project',
            fix: 'npm install --save-dev wrangler, and install dependencies before the gate runs.',
        };
    }
    const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(dir, 'package.json'), 'utf8'));
    const version = pkg.version ?? 'unknown';
    const declared = [pkg.types, pkg.main].filter((f) => typeof f === 'string').map((f) => external_node_path_default().join(dir, f));
    const exportsDev = declared.some((file) => (0,external_node_fs_namespaceObject.existsSync)(file) && (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8').includes('unstable_dev'));
    if (!exportsDev) {
        return {
            ok: false,
            code: 'e2e_unstable_dev_missing',
            message: `wrangler ${version} in the project does not export unstable_dev, which the local E2E tests start the Worker with`,
            fix: 'Pin a wrangler that has unstable_dev (wrangler 3 and 4 do), or move the tests to unstable_startWorker.',
        };
    }
    // npm scripts run with the project's node_modules/.bin first on PATH: ask that node.
    const PATH = [external_node_path_default().join(projectDir, 'node_modules', '.bin'), external_node_path_default().join(dir, '..', '.bin'), env.PATH ?? ''].join((external_node_path_default()).delimiter);
    const node = (0,external_node_child_process_namespaceObject.spawnSync)('node', ['--version'], { env: { ...env, PATH }, encoding: 'utf8', timeout: 10_000 });
    const nodeVersion = (node.stdout ?? '').trim() || 'unknown';
    const range = pkg.engines?.node;
    if (range && !satisfiesMinimum(nodeVersion, range)) {
        return {
            ok: false,
            code: 'e2e_node_too_old',
            message: `wrangler ${version} needs Node ${range}, but the tests would run on Node ${nodeVersion}`,
            fix: `Set up a newer Node before the gate (actions/setup-node with node-version: 22 or 24).`,
        };
    }
    return { ok: true, version, nodeVersion };
}

;// CONCATENATED MODULE: ./src/findings.ts
// The finding model shared by every stage, shaped like the contract's report schema.
const STAGE_NAMES = ['validate', 'preflight', 'test', 'deploy', 'smoke', 'rollback', 'report'];
const LAYERS = ['config', 'binding', 'test', 'deploy', 'edge', 'routing', 'auth', 'upstream', 'gateway', 'probe'];
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

;// CONCATENATED MODULE: ./src/report/terminal.ts

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1 };
function styler(color) {
    return (style, text) => (color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text);
}
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', notice: 'cyan' };
function formatFinding(finding, color) {
    const paint = styler(color);
    const where = formatLocation(finding.location);
    const head = `${where ? paint('bold', where) + '  ' : ''}${paint(SEVERITY_STYLE[finding.severity], finding.severity)}  ${finding.message}  ${paint('dim', `[${finding.layer}/${finding.code}]`)}`;
    return finding.fix ? `${head}\n    ${paint('dim', 'fix:')} ${finding.fix}` : head;
}
function formatStageResult(result, color, findings = result.findings) {
    const paint = styler(color);
    const counts = countBySeverity(result.findings);
    const mark = { passed: paint('green', '✔'), failed: paint('red', '✖'), error: paint('red', '✖'), skipped: paint('dim', '○') }[result.status];
    const tally = ['error', 'warning', 'notice']
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
        .join(', ');
    const lines = [`${mark} ${result.name} ${result.status} in ${formatDuration(result.durationMs)}${tally ? ` — ${tally}` : ''}${result.note ? paint('dim', ` (${result.note})`) : ''}`];
    for (const finding of sortFindings(findings))
        lines.push('  ' + formatFinding(finding, color).replace(/\n/g, '\n  '));
    return lines.join('\n');
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/stages/test.ts
// Stage: the project's own unit tests, then its local E2E tests, with each failing test turned
// into a finding on the line that failed.









const test_finding = (code, message, fix, extra = {}) => ({
    stage: 'test',
    layer: 'test',
    code,
    severity: 'error',
    message,
    fix,
    ...extra,
});
async function runTests(config, log) {
    const dir = config.workingDirectory;
    const scripts = readScripts(dir);
    const plan = [];
    const unit = config.testCommand ?? defaultUnitCommand(scripts);
    const e2e = config.e2eCommand ?? defaultE2eCommand(scripts);
    if (unit)
        plan.push({ kind: 'unit', command: unit });
    if (e2e)
        plan.push({ kind: 'e2e', command: e2e });
    if (plan.length === 0) {
        return {
            status: 'skipped',
            note: 'no test command',
            findings: [
                {
                    ...test_finding('no_tests', 'the project declares no tests: package.json has no test or test:e2e script, and no test-command was given', 'Add a "test" script to package.json, or set the test-command input.'),
                    severity: 'warning',
                },
            ],
        };
    }
    const findings = [];
    const runs = [];
    for (const step of plan) {
        const described = describeCommand(step.command, scripts);
        if (step.kind === 'e2e') {
            const check = checkWranglerForE2e(dir, config.env);
            if (!check.ok) {
                findings.push(test_finding(check.code, check.message, check.fix, scriptLocation(dir, described.script)));
                continue;
            }
        }
        const resultsFile = external_node_path_default().join(config.runDir, `test-${step.kind}-results.json`);
        (0,external_node_fs_namespaceObject.mkdirSync)(config.runDir, { recursive: true }); // jest does not create the results' directory
        (0,external_node_fs_namespaceObject.rmSync)(resultsFile, { force: true });
        const { command, resultsFile: expected } = withJsonReporter(described, scripts, resultsFile);
        const env = { ...config.env, CI: 'true', ...(step.kind === 'e2e' ? { RUN_LOCAL_WORKER_E2E: 'true' } : {}) };
        const label = step.kind === 'unit' ? 'unit tests' : 'local E2E tests';
        const run = await log.group(`${label}: ${step.command}`, () => runCommand(command, { cwd: dir, env, timeoutMs: config.testTimeoutMs, onOutput: (chunk) => log.write(chunk) }));
        const results = expected && (0,external_node_fs_namespaceObject.existsSync)(expected) ? readResults(expected, dir) : undefined;
        runs.push({
            kind: step.kind,
            command: step.command,
            exitCode: run.exitCode,
            timedOut: run.timedOut,
            durationMs: run.durationMs,
            ...(results
                ? { totals: results.totals, suites: results.suites.map((s) => ({ ...s, file: displayPath(s.file, dir) })) }
                : {}),
        });
        if (run.timedOut) {
            findings.push(test_finding('test_timeout', `the ${label} (${step.command}) did not finish within ${formatDuration(config.testTimeoutMs)}; the gate stopped them`, 'A test is hanging (an unclosed server or worker, a missing await); find it in the log above, or raise test-timeout.', { evidence: { command: step.command, outputTail: run.tail.slice(-2000) } }));
            continue;
        }
        for (const failure of results?.failures ?? []) {
            const point = failure.point;
            findings.push(test_finding('test_failed', `${step.kind === 'e2e' ? 'E2E test' : 'test'} "${failure.title}" failed: ${failure.message}`, `Fix the code under test or the test at this line (${step.command}).`, {
                ...(point ? { location: { file: displayPath(point.file, dir), line: point.line, column: point.column } } : { location: { file: displayPath(failure.file, dir), line: 1 } }),
                evidence: { kind: step.kind, command: step.command, test: failure.title },
            }));
        }
        if (run.exitCode !== 0 && (results?.failures.length ?? 0) === 0) {
            findings.push(test_finding('test_command_failed', `the ${label} (${step.command}) exited with status ${run.exitCode ?? run.signal}${results ? '' : ' and left no machine-readable results'}`, 'Read the log above; run the same command locally.', {
                evidence: { command: step.command, exitCode: run.exitCode, outputTail: run.tail.slice(-2000) },
                ...scriptLocation(dir, described.script),
            }));
        }
    }
    const total = runs.reduce((t, r) => t + (r.totals ? r.totals.passed + r.totals.failed : 0), 0);
    return { findings, data: { runs }, note: `${runs.length} command${runs.length === 1 ? '' : 's'}, ${total} tests` };
}
function readResults(file, dir) {
    try {
        return parseTestResults(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8')), dir);
    }
    catch {
        return undefined;
    }
}
/** The script's line in package.json, where a person changes the command. */
function scriptLocation(dir, script) {
    const file = external_node_path_default().join(dir, 'package.json');
    if (!script || !(0,external_node_fs_namespaceObject.existsSync)(file))
        return {};
    const pointer = toPointer(['scripts', script]);
    const range = locatePointers((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'), [{ pointer, target: 'key' }]).get(`key:${pointer}`);
    return range ? { location: { file: 'package.json', line: range.line, column: range.column } } : {};
}

;// CONCATENATED MODULE: ./src/stages/index.ts



/** Every step writes the cumulative report and says where it is. */
const COMMON_INPUTS = ['working-directory', 'report'];
const CHECK_STAGES = [
    {
        name: 'validate',
        summary: 'the gateway config: JSON syntax, the schema, and cross-references, routes and URLs',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'wrangler-config'],
        run: runValidate,
    },
    {
        name: 'preflight',
        summary: 'the Worker before it deploys: its wrangler config for the environment, and every binding, secret and config source the gateway needs (in the account, when CLOUDFLARE_API_TOKEN is set)',
        inputs: [...COMMON_INPUTS, 'config', 'schema', 'wrangler-config', 'environment', 'secrets', 'config-drift'],
        run: runPreflight,
    },
    {
        name: 'test',
        summary: "the project's unit tests, then its local E2E tests (RUN_LOCAL_WORKER_E2E=true, the Worker in workerd)",
        inputs: [...COMMON_INPUTS, 'test-command', 'e2e-command', 'test-timeout'],
        run: runTests,
    },
];
const REPORT_STAGE = {
    name: 'report',
    summary: 'the verdict of every stage that ran: job summary, outputs, JSON report',
    inputs: COMMON_INPUTS,
};
/** Every step writes these outputs; action.yml exposes the report step's. */
const OUTPUTS = {
    result: 'passed, failed or error: the gate verdict over the stages that ran',
    'report-path': 'absolute path of the JSON report',
};
/** Stages of the full product that later versions add, refused with a clear message meanwhile. */
const PLANNED_STAGES = ['deploy', 'smoke'];
/**
 * The contract's inputs of those stages. The CLI accepts them (a script written for the whole
 * gate keeps working) and says they are ignored; action.yml does not declare them yet.
 */
const PLANNED_INPUTS = [
    'deploy',
    'rollback',
    'url',
    'smoke',
    'auth-token',
    'github-token',
];

;// CONCATENATED MODULE: ./src/cli.ts
// Command line: `node dist/index.js <stage> [--input-name value ...]`; flags are the action's inputs.




function parseCommandLine(argv) {
    const options = {
        help: { type: 'boolean', short: 'h' },
        'run-dir': { type: 'string' },
    };
    for (const input of INPUTS)
        options[input.name] = { type: 'string' };
    for (const name of PLANNED_INPUTS)
        options[name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
        throw new UsageError(`${message}. Run with --help for the flags.`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new UsageError(`expected one stage, got ${positionals.join(' ')}`);
    const flags = {};
    for (const input of INPUTS) {
        const v = values[input.name];
        if (typeof v === 'string')
            flags[input.name] = v;
    }
    const stage = positionals[0];
    const help = values.help === true;
    if (!help && stage !== undefined)
        checkStage(stage);
    const ignored = PLANNED_INPUTS.filter((name) => values[name] !== undefined).map((name) => `--${name}`);
    return { stage, flags, ignored, help, ...(typeof values['run-dir'] === 'string' ? { runDir: values['run-dir'] } : {}) };
}
const STAGE_CHOICES = [...CHECK_STAGES.map((s) => s.name), REPORT_STAGE.name, 'run'];
function checkStage(stage) {
    if (STAGE_CHOICES.includes(stage))
        return;
    if (PLANNED_STAGES.includes(stage)) {
        throw new UsageError(`the ${stage} stage is not part of this version of the gate yet; available: ${STAGE_CHOICES.join(', ')}`);
    }
    throw new UsageError(`unknown stage "${stage}"; expected one of ${STAGE_CHOICES.join(', ')}`);
}
function usage() {
    const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4;
    const lines = [
        'Gateway deploy gate: validate, preflight, test, deploy and smoke-test an API gateway on Cloudflare Workers.',
        '',
        'Usage: node dist/index.js <stage> [flags]',
        '',
        'Stages:',
        ...CHECK_STAGES.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
        `  ${REPORT_STAGE.name.padEnd(width)}${REPORT_STAGE.summary}`,
        `  ${'run'.padEnd(width)}every stage above in order, then report`,
        '',
        'Flags (each is the action input of the same name; INPUT_<NAME> variables work too):',
        ...INPUTS.map((i) => `  --${i.name.padEnd(width - 2)}${i.description}${i.default ? ` Default: ${i.default}.` : ''}`),
        `  --${'run-dir'.padEnd(width - 2)}Where stages hand results to the next (also GATE_RUN_DIR). Default: $RUNNER_TEMP/gateway-deploy-gate, or a per-project temp directory.`,
        `  --${'help'.padEnd(width - 2)}This text.`,
        '',
        'Exit status: 0 the gate passed, 1 it failed (an error finding), 2 it could not run.',
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
function planAnnotations(findings, limits = ANNOTATION_LIMITS) {
    const used = { error: 0, warning: 0, notice: 0 };
    const annotated = [];
    const overflow = [];
    for (const finding of sortFindings(findings)) {
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
function emitAnnotations(sink, findings) {
    for (const finding of findings) {
        const { message, properties } = annotationOf(finding);
        sink[finding.severity](message, properties);
    }
}

;// CONCATENATED MODULE: ./src/run-state.ts
// The run directory: each stage's result, so the next step of the composite action (a separate
// process) and the report step see everything that ran before them.



class RunState {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    fileOf(stage) {
        return external_node_path_default().join(this.dir, 'stages', `${stage}.json`);
    }
    /** Results recorded so far, in pipeline order; unreadable leftovers are ignored. */
    load() {
        let files;
        try {
            files = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(this.dir, 'stages'));
        }
        catch {
            return [];
        }
        const results = [];
        for (const stage of STAGE_NAMES) {
            if (!files.includes(`${stage}.json`))
                continue;
            try {
                results.push(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(this.fileOf(stage), 'utf8')));
            }
            catch {
                // A half-written file from a killed step: that stage did not finish.
            }
        }
        return results;
    }
    /**
     * Records a stage's result. Results of the stages after it are dropped: they belong to an
     * earlier run of the pipeline.
     */
    save(result) {
        const later = STAGE_NAMES.slice(STAGE_NAMES.indexOf(result.name) + 1);
        for (const stage of later)
            (0,external_node_fs_namespaceObject.rmSync)(this.fileOf(stage), { force: true });
        writeFileAtomic(this.fileOf(result.name), JSON.stringify(result));
    }
}
function writeFileAtomic(file, content) {
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_namespaceObject.writeFileSync)(tmp, content);
    (0,external_node_fs_namespaceObject.renameSync)(tmp, file);
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
    const validate = results.find((r) => r.name === 'validate');
    return {
        version: 1,
        result: gateResult(results),
        stages: results.map((r) => ({
            name: r.name,
            status: r.status,
            durationMs: Math.round(r.durationMs * 10) / 10,
            ...(r.note ? { note: r.note } : {}),
        })),
        findings: sortFindings(results.flatMap((r) => r.findings)),
        ...(validate?.data ? { config: validate.data } : {}),
    };
}
function writeReport(file, report) {
    writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** Keeps the summary far below GitHub's 1 MiB per step; the JSON report has everything. */
const MAX_ROWS = 200;
const ICON = { passed: '✅', failed: '❌', error: '⛔', skipped: '⏭️' };
const SEVERITY_ICON = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function code(text) {
    return `<code>${escapeHtml(text)}</code>`;
}
function addStageSection(summary, result, overflow) {
    summary.addHeading(`${ICON[result.status]} ${result.name} ${result.status} · ${formatDuration(result.durationMs)}`, 3);
    const describe = STAGE_DESCRIPTIONS[result.name];
    if (describe)
        summary.addRaw(describe(result), true);
    if (result.note)
        summary.addRaw(`<p>${escapeHtml(result.note)}</p>`, true);
    addFindingsTable(summary, result.findings);
    if (overflow.length > 0) {
        summary.addRaw(`<p><strong>${overflow.length} finding${overflow.length === 1 ? '' : 's'} not shown as annotations</strong> (GitHub shows at most 10 errors, 10 warnings and 10 notices per step): ` +
            overflow.map((f) => `${code(formatLocation(f.location) || f.code)} ${escapeHtml(f.code)}`).join(', ') +
            '</p>', true);
    }
    return summary;
}
function addFindingsTable(summary, findings) {
    if (findings.length === 0)
        return summary;
    const sorted = sortFindings(findings);
    summary.addTable([
        [
            { data: 'Severity', header: true },
            { data: 'Where', header: true },
            { data: 'Finding', header: true },
            { data: 'Fix', header: true },
        ],
        ...sorted.slice(0, MAX_ROWS).map((f) => [
            SEVERITY_ICON[f.severity],
            f.location ? code(formatLocation(f.location)) : '',
            `${escapeHtml(f.message)} <sub>${escapeHtml(`${f.layer}/${f.code}`)}</sub>`,
            escapeHtml(f.fix ?? ''),
        ]),
    ]);
    if (sorted.length > MAX_ROWS)
        summary.addRaw(`<p>…and ${sorted.length - MAX_ROWS} more in the JSON report.</p>`, true);
    return summary;
}
function addVerdict(summary, report, reportPath) {
    const icon = report.result === 'passed' ? '✅' : report.result === 'failed' ? '❌' : '⛔';
    summary.addHeading(`${icon} Gateway deploy gate ${report.result}`, 2);
    summary.addTable([
        [
            { data: 'Stage', header: true },
            { data: 'Result', header: true },
            { data: 'Time', header: true },
            { data: 'Errors', header: true },
            { data: 'Warnings', header: true },
            { data: 'Notices', header: true },
        ],
        ...report.stages.map((s) => {
            const counts = countBySeverity(report.findings.filter((f) => f.stage === s.name));
            return [s.name, `${ICON[s.status] ?? ''} ${s.status}`, formatDuration(s.durationMs), String(counts.error), String(counts.warning), String(counts.notice)];
        }),
    ]);
    summary.addRaw(`<p>JSON report: ${code(reportPath)}</p>`, true);
    return summary;
}
const STAGE_DESCRIPTIONS = {
    test: (result) => {
        const runs = (result.data ?? {}).runs ?? [];
        return runs
            .map((run) => {
            const t = run.totals;
            const head = `<p><strong>${run.kind === 'e2e' ? 'Local E2E tests' : 'Unit tests'}</strong> ${code(run.command)}: ${run.timedOut ? 'stopped at the timeout' : t ? `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped` : `exit status ${run.exitCode}`} in ${formatDuration(run.durationMs)}</p>`;
            const rows = (run.suites ?? [])
                .slice(0, MAX_ROWS)
                .map((s) => `<tr><td>${code(s.file)}</td><td>${s.passed}</td><td>${s.failed}</td><td>${s.skipped}</td><td>${formatDuration(s.durationMs)}</td></tr>`)
                .join('');
            return rows ? `${head}<table><tr><th>Suite</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Time</th></tr>${rows}</table>` : head;
        })
            .join('\n');
    },
    preflight: (result) => {
        const data = (result.data ?? {});
        if (!data.wranglerConfig)
            return '';
        const remote = data.remote && 'account' in data.remote ? `${data.remote.checks} checks in account ${code(data.remote.account)}` : `account not checked (${escapeHtml(data.remote?.skipped ?? 'no token')})`;
        return `<p>Worker ${code(data.workerName ?? '?')}${data.environment ? ` (environment ${code(data.environment)})` : ''} from ${code(data.wranglerConfig)}, read by ${escapeHtml(data.reader ?? '')}: ${data.bindings ?? 0} binding${data.bindings === 1 ? '' : 's'}; ${remote}.</p>`;
    },
    validate: (result) => {
        const data = (result.data ?? {});
        if (!data.configFile)
            return '';
        let text = `<p>Checked ${code(data.configFile)} (${data.routeCount ?? 0} route${data.routeCount === 1 ? '' : 's'}) against ${data.schema ? escapeHtml(data.schema) : 'the schema'}.</p>`;
        const refs = data.references ?? [];
        if (refs.length > 0) {
            const rows = refs
                .slice(0, MAX_ROWS)
                .map((r) => `<tr><td>${escapeHtml(r.kind)}</td><td>${code(r.name)}</td><td>${r.location ? code(`${r.location.file}:${r.location.line}`) : ''}</td></tr>`)
                .join('');
            text += `<details><summary>${refs.length} Worker variable/secret reference${refs.length === 1 ? '' : 's'} (preflight checks they exist)</summary><table><tr><th>Kind</th><th>Name</th><th>Where</th></tr>${rows}</table></details>`;
        }
        return text;
    },
};

;// CONCATENATED MODULE: ./src/runner-protocol.ts

async function loadCore() {
    return __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
}
function annotate(core, findings) {
    emitAnnotations({
        error: (m, p) => core.error(m, p),
        warning: (m, p) => core.warning(m, p),
        notice: (m, p) => core.notice(m, p),
    }, findings);
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
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
});
async function run(argv = process.argv.slice(2), env = process.env, io = defaultIo()) {
    const code = await runGate(argv, env, io);
    process.exitCode = code;
    return code;
}
async function runGate(argv, env, io) {
    let gate;
    let stage;
    try {
        const cmd = parseCommandLine(argv);
        if (cmd.help || cmd.stage === undefined) {
            (cmd.help ? io.stdout : io.stderr)(usage());
            return cmd.help ? 0 : 2;
        }
        stage = cmd.stage;
        if (cmd.ignored.length > 0) {
            io.stderr(`gateway-deploy-gate: ignoring ${cmd.ignored.join(', ')}: the stages that read them (${PLANNED_STAGES.join(', ')}) are not part of this version yet`);
        }
        gate = buildGateConfig(readRawInputs(cmd.flags, env), { cwd: io.cwd, env, isTTY: io.isTTY, ...(cmd.runDir ? { runDir: cmd.runDir } : {}) });
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`gateway-deploy-gate: ${error.message}`);
            if (env.GITHUB_ACTIONS === 'true')
                io.stdout(`::error title=gateway-deploy-gate::${escapeCommand(error.message)}`);
            return 2;
        }
        throw error;
    }
    try {
        const core = gate.github ? await loadCore() : undefined;
        const state = new RunState(gate.runDir);
        if (stage === 'report')
            return await publishReport(gate, state, io, core);
        const stages = stage === 'run' ? CHECK_STAGES : CHECK_STAGES.filter((s) => s.name === stage);
        const ran = [];
        for (const definition of stages) {
            const result = await executeStage(definition, gate, io);
            state.save(result);
            ran.push(result);
            if (stage !== 'run')
                return await publishStage(result, gate, state, io, core);
            io.stdout(formatStageResult(result, gate.color));
            if (result.status === 'failed' || result.status === 'error')
                break; // nothing downstream of a failed stage is worth running
        }
        return await publishReport(gate, state, io, core, ran);
    }
    catch (error) {
        // Only a defect of the gate itself gets here: still a report, still no stack trace.
        io.stderr(`gateway-deploy-gate: internal error: ${errorMessage(error)}`);
        if (env.RUNNER_DEBUG === '1' || env.GATE_DEBUG)
            io.stderr(String(error?.stack ?? ''));
        return 2;
    }
}
async function executeStage(definition, gate, io) {
    const env = gate.env;
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    try {
        const outcome = await definition.run(gate, stageLog(gate, io));
        return {
            name: definition.name,
            status: outcome.status ?? statusFromFindings(outcome.findings),
            durationMs: elapsed(),
            findings: outcome.findings,
            ...(outcome.note ? { note: outcome.note } : {}),
            ...(outcome.data ? { data: outcome.data } : {}),
        };
    }
    catch (error) {
        const findings = error instanceof StageError
            ? error.findings
            : [
                {
                    stage: definition.name,
                    layer: 'config',
                    code: 'internal_error',
                    severity: 'error',
                    message: `the ${definition.name} stage crashed: ${errorMessage(error)}`,
                    fix: 'This is a defect of the gate: rerun with GATE_DEBUG=1 for the stack trace and report it with the JSON report.',
                    ...(env.GATE_DEBUG ? { evidence: { stack: String(error?.stack ?? '') } } : {}),
                },
            ];
        return { name: definition.name, status: 'error', durationMs: elapsed(), findings, note: 'the stage could not run' };
    }
}
async function publishStage(result, gate, state, io, core) {
    const report = buildReport(state.load());
    writeReport(gate.reportPath, report);
    if (core) {
        const plan = planAnnotations(result.findings);
        annotate(core, plan.annotated);
        io.stdout(formatStageResult(result, false, plan.overflow));
        addStageSection(core.summary, result, plan.overflow);
        setOutputs(core, { result: report.result, 'report-path': gate.reportPath });
        await writeSummary(core, gate.env);
        return exitCode(result.status);
    }
    io.stdout(formatStageResult(result, gate.color));
    io.stdout(`report: ${gate.reportPath}`);
    return exitCode(result.status);
}
async function publishReport(gate, state, io, core, ranNow) {
    const results = state.load();
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
    if (core) {
        if (ranNow) {
            // `run` is one step: its annotation budget covers every stage.
            const plan = planAnnotations(ranNow.flatMap((r) => r.findings));
            annotate(core, plan.annotated);
            for (const r of ranNow)
                addStageSection(core.summary, r, plan.overflow.filter((f) => f.stage === r.name));
        }
        addVerdict(core.summary, report, gate.reportPath);
        setOutputs(core, { result: report.result, 'report-path': gate.reportPath });
        await writeSummary(core, gate.env);
    }
    else if (!ranNow) {
        for (const r of results)
            io.stdout(formatStageResult(r, gate.color));
    }
    io.stdout(`gate ${report.result} · report: ${gate.reportPath}`);
    return exitCode(gateResult(results));
}
function stageLog(gate, io) {
    return {
        write: (text) => process.stdout.write(text),
        group: async (title, body) => {
            // Actions folds a ::group:: in the log; a terminal gets a header line.
            io.stdout(gate.github ? `::group::${escapeCommand(title)}` : `── ${title}`);
            try {
                return await body();
            }
            finally {
                if (gate.github)
                    io.stdout('::endgroup::');
            }
        },
    };
}
function escapeCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 3024:
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
