// The GitHub runner's protocol (annotations, job summary, outputs, secret masking), loaded only
// inside Actions: @actions/core costs tens of milliseconds to import, a laptop run never needs it.
import type * as Core from '@actions/core';
import type { Finding } from './findings.js';
import { emitAnnotations } from './report/annotations.js';

export type CoreModule = typeof Core;

/** A workflow command's value: `%`, CR and LF would end or corrupt the command. */
export function escapeCommand(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export async function loadCore(): Promise<CoreModule> {
  return import('@actions/core');
}

export function annotate(core: CoreModule, findings: readonly Finding[], pathPrefix: string): void {
  emitAnnotations(
    {
      error: (m, p) => core.error(m, p),
      warning: (m, p) => core.warning(m, p),
      notice: (m, p) => core.notice(m, p),
    },
    findings,
    pathPrefix,
  );
}

export function setOutputs(core: CoreModule, outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** Appends the built summary to the job summary; runners without one (act, old GHES) just skip it. */
export async function writeSummary(core: CoreModule, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.write();
  else core.summary.emptyBuffer();
}
