// The GitHub runner's workflow commands the gate writes before and while a stage runs: secret
// masks and (in main.ts) log groups. What a step reports once done is in report/runner-output.ts.
import { EOL } from 'node:os';

/** A workflow command's value: `%`, CR and LF would end or corrupt the command. */
export function escapeCommand(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * The runner masks `secret` in every log line from here on: the add-mask command, written as
 * @actions/core's setSecret writes it, so a step need not load that module before it starts.
 */
export function addMask(secret: string): void {
  process.stdout.write(`::add-mask::${escapeCommand(secret)}${EOL}`);
}
