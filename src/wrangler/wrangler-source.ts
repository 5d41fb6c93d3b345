// The wrangler config as text, data and positions: findings about it point at the line to change.
import type { Location } from '../findings.js';
import { locatePointers, toPointer } from '../json/json-source.js';
import { pathKey, tomlPositions, type PathPosition } from './toml-positions.js';
import { parseWranglerConfig, type RawWranglerConfig } from './wrangler-file.js';

export type ConfigPath = readonly (string | number)[];

export interface WranglerSource {
  file: string;
  display: string;
  raw: RawWranglerConfig;
  /** The key (or, with `value`, the value) at `path`; a missing path falls back to its nearest ancestor. */
  locate(path: ConfigPath, target?: 'key' | 'value'): Location;
  has(path: ConfigPath): boolean;
}

export type WranglerSourceResult =
  { ok: true; source: WranglerSource } | { ok: false; message: string; location: Location };

export function loadWranglerSource(file: string, display: string, text: string): WranglerSourceResult {
  const parsed = parseWranglerConfig(file, text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: parsed.message,
      location: { file: display, line: parsed.line ?? 1, column: parsed.column || undefined },
    };
  }
  const raw = parsed.raw;
  const has = (path: ConfigPath): boolean => {
    let node: unknown = raw;
    for (const segment of path) {
      if (node === null || typeof node !== 'object' || !(segment in (node as object))) return false;
      node = (node as Record<string | number, unknown>)[segment];
    }
    return true;
  };

  let toml: Map<string, PathPosition> | undefined;
  const locateToml = (path: ConfigPath, target: 'key' | 'value'): Location => {
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
  const locateJson = (path: ConfigPath, target: 'key' | 'value'): Location => {
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
