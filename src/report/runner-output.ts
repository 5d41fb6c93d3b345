// What a step tells the GitHub runner once its work is done: annotations (workflow commands on
// stdout) and outputs (the GITHUB_OUTPUT file command), written as @actions/core writes them, and
// the job summary, built with @actions/core's summary. That module brings an HTTP client along
// (tens of milliseconds and megabytes to load), so it loads only for a summary with something in
// it: the report step's, not a stage step's, whose sections the report step writes.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type * as Core from '@actions/core';
import type { Finding } from '../findings.js';
import { escapeCommand } from '../runner-protocol.js';
import { type AnnotationProperties, emitAnnotations } from './annotations.js';

export type Summary = typeof Core.summary;

/** An annotation property's value: a `:` or `,` would end it. */
const escapeProperty = (text: string) => escapeCommand(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…::message`: the properties named as the runner reads them. */
function annotation(kind: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties): string {
  const named: [string, string | number | undefined][] = [
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
  return `::${kind}${properties ? ` ${properties}` : ''}::${escapeCommand(message)}`;
}

export function annotate(findings: readonly Finding[], pathPrefix: string): void {
  const write = (kind: 'error' | 'warning' | 'notice') => (message: string, properties: AnnotationProperties) =>
    process.stdout.write(annotation(kind, message, properties) + EOL);
  emitAnnotations({ error: write('error'), warning: write('warning'), notice: write('notice') }, findings, pathPrefix);
}

/** The step's outputs: the GITHUB_OUTPUT file command (a heredoc with a random delimiter), else `::set-output`. */
export function setOutputs(outputs: Record<string, string>, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT;
  const entries = Object.entries(outputs);
  if (!file) {
    for (const [name, value] of entries) {
      process.stdout.write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeCommand(value)}${EOL}`);
    }
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const text = entries.map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    // Never with a random UUID in practice; a value that held it would end the heredoc early.
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} holds its delimiter`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  });
  appendFileSync(file, text.join(''), { encoding: 'utf8' }); // one append: the same bytes as one per output
}

/** The job summary's builder (one per process: what is added to it is written by writeSummary). */
export async function loadSummary(): Promise<Summary> {
  return (await import('@actions/core')).summary;
}

/** Appends the built summary to the job summary; runners without one (act, old GHES) just skip it. */
export async function writeSummary(summary: Summary, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await summary.write();
  else summary.emptyBuffer();
}
