// Reading the user's text files with the guards a gate needs: no directory, no binary, no
// file too large to be a config, and an answer instead of an exception.
import { closeSync, openSync, readSync, type Stats, statSync } from 'node:fs';

/** KV's value limit: a gateway config larger than this cannot be served from KV or a bundle. */
export const MAX_TEXT_BYTES = 25 * 1024 * 1024;

export type TextFile =
  { ok: true; text: string; bytes: number } | { ok: false; reason: FileProblem; detail: string; line?: number };

type FileProblem = 'missing' | 'directory' | 'too_large' | 'binary' | 'empty' | 'unreadable';

export function readTextFile(file: string, maxBytes = MAX_TEXT_BYTES): TextFile {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'directory', detail: 'is a directory, not a file' };
    // Opening a FIFO blocks until a writer comes, and a device never ends: neither is a config.
    if (!stat.isFile()) {
      return { ok: false, reason: 'unreadable', detail: `is ${specialKind(stat)}, not a regular file` };
    }
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', detail: 'does not exist' };
    return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? 'unknown error'})` };
  }
  if (size > maxBytes) {
    return { ok: false, reason: 'too_large', detail: `is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` };
  }
  let buffer: Buffer;
  try {
    buffer = Buffer.alloc(size);
    const fd = openSync(file, 'r');
    try {
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buffer, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      buffer = buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    };
  }
  const nul = buffer.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    const line = lineOfByte(buffer, nul);
    const detail = `is a binary file (a NUL byte on line ${line}), not UTF-8 text`;
    return { ok: false, reason: 'binary', detail, line };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { ok: false, reason: 'binary', detail: 'is not valid UTF-8 text' };
  }
  // TextDecoder already dropped a UTF-8 byte order mark.
  if (/^\s*$/.test(text)) return { ok: false, reason: 'empty', detail: 'is empty' };
  return { ok: true, text, bytes: buffer.length };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** 1-based line of a byte offset: newlines before it, plus one. */
function lineOfByte(buffer: Buffer, offset: number): number {
  let line = 1;
  for (let i = buffer.indexOf(0x0a); i !== -1 && i < offset; i = buffer.indexOf(0x0a, i + 1)) line++;
  return line;
}
