// Where each key and value of a TOML document sits, by path (`["env","production","kv_namespaces",0,"id"]`).
// smol-toml gives values but no positions, so this scanner only walks the syntax far enough to
// record positions; values always come from smol-toml.

export interface TextPosition {
  /** 1-based. */
  line: number;
  column: number;
}

export interface PathPosition {
  key?: TextPosition;
  value: TextPosition;
}

export type PathKey = string;
export const pathKey = (path: readonly (string | number)[]): PathKey => JSON.stringify(path);

export function tomlPositions(text: string): Map<PathKey, PathPosition> {
  const positions = new Map<PathKey, PathPosition>();
  const arrayTableCounts = new Map<string, number>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let table: (string | number)[] = [];

  const here = (): TextPosition => ({ line, column: i - lineStart + 1 });
  const newline = (): void => {
    line++;
    lineStart = i + 1;
  };
  const skipSpace = (newlines: boolean): void => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
      else if (c === '\n' && newlines) {
        newline();
        i++;
      } else break;
    }
  };
  const skipString = (): void => {
    const quote = text[i]!;
    const triple = text.startsWith(quote.repeat(3), i);
    i += triple ? 3 : 1;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\' && quote === '"') i += 2;
      else if (triple && text.startsWith(quote.repeat(3), i)) {
        i += 3;
        while (text[i] === quote) i++; // up to two quotes may end the content
        return;
      } else if (!triple && c === quote) {
        i++;
        return;
      } else if (c === '\n') {
        if (!triple) return; // unterminated: smol-toml reports it
        newline();
        i++;
      } else i++;
    }
  };
  const readKey = (): { keys: string[]; position: TextPosition } => {
    const position = here();
    const keys: string[] = [];
    for (;;) {
      skipSpace(false);
      const c = text[i];
      if (c === '"' || c === "'") {
        const start = i;
        skipString();
        try {
          keys.push(c === '"' ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1));
        } catch {
          keys.push(text.slice(start + 1, i - 1));
        }
      } else {
        const start = i;
        while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]!)) i++;
        if (i === start) break;
        keys.push(text.slice(start, i));
      }
      skipSpace(false);
      if (text[i] === '.') i++;
      else break;
    }
    return { keys, position };
  };
  const readValue = (path: (string | number)[], key?: TextPosition): void => {
    skipSpace(false);
    positions.set(pathKey(path), { key, value: here() });
    const c = text[i];
    if (c === '"' || c === "'") skipString();
    else if (c === '[') {
      i++;
      for (let index = 0; ; index++) {
        skipSpace(true);
        if (i >= text.length || text[i] === ']') break;
        readValue([...path, index]);
        skipSpace(true);
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '{') {
      i++;
      for (;;) {
        skipSpace(false);
        if (i >= text.length || text[i] === '}' || text[i] === '\n') break;
        const { keys, position } = readKey();
        if (text[i] !== '=') break;
        i++;
        readValue([...path, ...keys], position);
        skipSpace(false);
        if (text[i] === ',') i++;
      }
      if (text[i] === '}') i++;
    } else {
      while (i < text.length && !/[,\]}\n#]/.test(text[i]!)) i++;
    }
  };

  while (i < text.length) {
    skipSpace(true);
    if (i >= text.length) break;
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
        if (index === 0) positions.set(pathKey(keys), { key: position, value: position });
      } else {
        table = keys;
      }
      positions.set(pathKey(table), { key: position, value: position });
      // Every key of a dotted header is a table too ([env.production.vars] defines env.production).
      for (let n = 1; n < keys.length; n++)
        if (!positions.has(pathKey(keys.slice(0, n))))
          positions.set(pathKey(keys.slice(0, n)), { key: position, value: position });
    } else {
      const { keys, position } = readKey();
      if (keys.length === 0 || text[i] !== '=') {
        // Not a key = value line; leave it to smol-toml's error and go on at the next line.
        while (i < text.length && text[i] !== '\n') i++;
        continue;
      }
      i++;
      readValue([...table, ...keys], position);
      for (let n = 1; n < keys.length; n++)
        if (!positions.has(pathKey([...table, ...keys.slice(0, n)])))
          positions.set(pathKey([...table, ...keys.slice(0, n)]), { key: position, value: position });
    }
    while (i < text.length && text[i] !== '\n') i++;
  }
  return positions;
}
