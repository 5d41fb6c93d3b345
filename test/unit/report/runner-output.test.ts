// The gate writes masks, annotations and outputs as workflow commands itself, so that a step need
// not load @actions/core (and its HTTP client) before its first command. What it writes must be
// exactly what @actions/core writes for the same values, escaping included.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { annotate, setOutputs } from '../../../src/report/runner-output.js';
import { emitAnnotations } from '../../../src/report/annotations.js';
import { addMask } from '../../../src/runner-protocol.js';
import { findingFactory } from '../../../src/findings.js';

const TRICKY = 'line 1\nline 2\r 100% done: a,b::c';

function stdoutOf(write: () => void): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    write();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => {
  delete process.env.GITHUB_OUTPUT;
});

test("a mask is @actions/core's setSecret, byte for byte", () => {
  expect(stdoutOf(() => addMask(TRICKY))).toBe(stdoutOf(() => core.setSecret(TRICKY)));
});

test("annotations are @actions/core's, properties and message escaped the same way", () => {
  const at = findingFactory('smoke', 'upstream');
  const findings = [
    at('connection_refused', 'error', TRICKY, 'fix: it, now', {
      location: { file: 'dir,with:odd/wrangler.toml', line: 9, column: 16 },
    }),
    at('response_changed', 'warning', 'no location: 50%', 'look'),
    at('fixed_by_change', 'notice', 'a notice', 'none', { location: { file: 'src/api-config.json', line: 3 } }),
  ];
  const ours = stdoutOf(() => annotate(findings, 'gateway'));
  const sink = { error: core.error, warning: core.warning, notice: core.notice };
  const theirs = stdoutOf(() => emitAnnotations(sink, findings, 'gateway'));
  expect(ours.split('\n').filter(Boolean)).toHaveLength(3);
  expect(ours).toBe(theirs);
});

test("outputs are @actions/core's file command, the delimiter aside, in one append", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gate-outputs-'));
  try {
    const file = path.join(dir, 'github_output');
    const outputs = { result: 'failed', summary: TRICKY };
    writeFileSync(file, '');
    setOutputs(outputs, { GITHUB_OUTPUT: file });
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    const theirs = readFileSync(file, 'utf8');
    const same = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    expect(same(ours)).toBe(same(theirs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
