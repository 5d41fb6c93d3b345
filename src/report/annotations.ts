// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; the gate picks
// the most important ones and says what it left out, instead of letting GitHub drop them silently.
import path from 'node:path';
import type { Finding, Severity } from '../findings.js';
import { sortFindings } from '../findings.js';

export const ANNOTATION_LIMITS: Record<Severity, number> = { error: 10, warning: 10, notice: 10 };

export interface AnnotationPlan {
  annotated: Finding[];
  /** Findings over the limit: listed in the summary and the log instead. */
  overflow: Finding[];
}

export function planAnnotations(findings: readonly Finding[], limits = ANNOTATION_LIMITS): AnnotationPlan {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotated: Finding[] = [];
  const overflow: Finding[] = [];
  for (const finding of sortFindings(findings)) {
    if (used[finding.severity] < limits[finding.severity]) {
      used[finding.severity]++;
      annotated.push(finding);
    } else overflow.push(finding);
  }
  return { annotated, overflow };
}

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotationOf(finding: Finding): { message: string; properties: AnnotationProperties } {
  const loc = finding.location;
  const properties: AnnotationProperties = { title: `${finding.stage}: ${finding.code} (${finding.layer})` };
  if (loc) {
    properties.file = loc.file;
    properties.startLine = loc.line;
    properties.endLine = loc.endLine ?? loc.line;
    // GitHub only honours columns on single-line annotations.
    if (loc.column && properties.endLine === loc.line) {
      properties.startColumn = loc.column;
      if (loc.endColumn) properties.endColumn = loc.endColumn;
    }
  }
  return { message: finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message, properties };
}

/**
 * GitHub places an annotation by its path from the repository root, while a finding's file is
 * relative to the working directory: `pathPrefix` (see pathPrefixOf) joins the two.
 */
export function emitAnnotations(sink: AnnotationSink, findings: readonly Finding[], pathPrefix = ''): void {
  for (const finding of findings) {
    const { message, properties } = annotationOf(finding);
    if (properties.file !== undefined) properties.file = repoPath(properties.file, pathPrefix);
    sink[finding.severity](message, properties);
  }
}

/** A working-directory path as a repository path: `api/gateway.json` under prefix `services`. */
export function repoPath(file: string, pathPrefix: string): string {
  const prefix = pathPrefix.replace(/\\/g, '/');
  const joined = path.posix.normalize(path.posix.join(prefix === '' ? '.' : prefix, file.replace(/\\/g, '/')));
  return joined.replace(/^(\.\/)+/, '');
}

/** The prefix for repoPath: the working directory relative to GITHUB_WORKSPACE; '' outside it. */
export function pathPrefixOf(workspace: string | undefined, workingDirectory: string): string {
  if (!workspace) return '';
  const relative = path
    .relative(path.resolve(workspace), path.resolve(workspace, workingDirectory))
    .split(path.sep)
    .join('/');
  return relative.startsWith('..') || path.isAbsolute(relative) ? '' : relative;
}
