// Wrangler rejects a config with a message, not a position ("Expected "observability.head_sampling_rate"
// to be of type number but got "all"."): the key it names, found in the file, is the line to change.
import type { Location } from '../findings.js';
import type { ConfigPath, WranglerSource } from './wrangler-source.js';

const NAMED_FIELD = /(?:Expected|field|property) "([A-Za-z_][\w.-]*)"/;

/** Where the field wrangler's message names is written, or undefined when it names none the file has. */
export function rejectionLocation(message: string, source: WranglerSource, environment?: string): Location | undefined {
  const field = NAMED_FIELD.exec(message)?.[1];
  if (!field) return undefined;
  const keys = field.split('.');
  const candidates: ConfigPath[] = [...(environment ? [['env', environment, ...keys]] : []), keys];
  const found = candidates.find((path) => source.has(path));
  return found ? source.locate(found, 'value') : undefined;
}
