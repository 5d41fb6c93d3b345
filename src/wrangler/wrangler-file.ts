// Finding and reading the Worker's wrangler config as plain data, one parser per format.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { jsonc, type ParseError } from '../json/jsonc.js';
import { parse as parseToml, TomlError } from 'smol-toml';

/** Wrangler's own order of preference. */
export const WRANGLER_CONFIG_NAMES = ['wrangler.json', 'wrangler.jsonc', 'wrangler.toml'] as const;

export function findWranglerConfig(dir: string): string | undefined {
  return WRANGLER_CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

/** The one place that decides which wrangler config a run reads: the input, else wrangler's own discovery. */
export function resolveWranglerConfig(config: {
  wranglerConfig?: string;
  workingDirectory: string;
}): string | undefined {
  return config.wranglerConfig ?? findWranglerConfig(config.workingDirectory);
}

export type RawWranglerConfig = Record<string, unknown>;

export type ParsedWranglerConfig =
  { ok: true; raw: RawWranglerConfig } | { ok: false; message: string; line?: number; column?: number };

export function parseWranglerConfig(file: string, text: string): ParsedWranglerConfig {
  return file.endsWith('.toml') ? parseTomlConfig(text) : parseJsoncConfig(text);
}

function parseTomlConfig(text: string): ParsedWranglerConfig {
  try {
    return { ok: true, raw: parseToml(text) as RawWranglerConfig };
  } catch (error) {
    if (error instanceof TomlError) {
      // smol-toml reports a string left open as the line break inside it ("control characters").
      const open = unterminatedString(text.split('\n')[error.line - 1] ?? '');
      if (open) {
        const message =
          `unterminated string: the ${open.quote} opened at column ${open.column} of line ${error.line}` +
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
export function unterminatedString(line: string): { quote: '"' | "'"; column: number } | undefined {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '#') return undefined;
    if (c !== '"' && c !== "'") continue;
    if (line.startsWith(c.repeat(3), i)) return undefined;
    const start = i;
    for (i++; i < line.length && line[i] !== c; i++) if (c === '"' && line[i] === '\\') i++;
    if (i >= line.length) return { quote: c, column: start + 1 };
  }
  return undefined;
}

function parseJsoncConfig(text: string): ParsedWranglerConfig {
  const errors: ParseError[] = [];
  // Wrangler reads .json and .jsonc alike: comments and trailing commas are fine.
  const raw: unknown = jsonc.parse(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    return {
      ok: false,
      message: jsonc.printParseErrorCode(first.error),
      line,
      column: first.offset - before.lastIndexOf('\n'),
    };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, message: 'the top level must be an object' };
  return { ok: true, raw: raw as RawWranglerConfig };
}
