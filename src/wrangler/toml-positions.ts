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
  const scanner = new TomlScanner(text);
  scanner.scanDocument();
  return scanner.positions;
}

type Path = (string | number)[];

/** A cursor over the text that records where each path's key and value start. */
class TomlScanner {
  readonly positions = new Map<PathKey, PathPosition>();
  private readonly arrayTableCounts = new Map<string, number>();
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private table: Path = [];

  constructor(private readonly text: string) {}

  scanDocument(): void {
    const { text } = this;
    while (this.i < text.length) {
      this.skipSpace(true);
      if (this.i >= text.length) break;
      if (text[this.i] === '[') this.readTableHeader();
      else if (!this.readKeyValueLine()) continue;
      this.skipRestOfLine();
    }
  }

  private here(): TextPosition {
    return { line: this.line, column: this.i - this.lineStart + 1 };
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.i + 1;
  }

  private skipRestOfLine(): void {
    while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
  }

  private skipSpace(newlines: boolean): void {
    const { text } = this;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '#') this.skipRestOfLine();
      else if (c === '\n' && newlines) {
        this.newline();
        this.i++;
      } else break;
    }
  }

  private skipString(): void {
    const { text } = this;
    const quote = text[this.i]!;
    const triple = text.startsWith(quote.repeat(3), this.i);
    this.i += triple ? 3 : 1;
    while (this.i < text.length) {
      const c = text[this.i]!;
      if (c === '\\' && quote === '"') this.i += 2;
      else if (triple && text.startsWith(quote.repeat(3), this.i)) {
        this.i += 3;
        while (text[this.i] === quote) this.i++; // up to two quotes may end the content
        return;
      } else if (!triple && c === quote) {
        this.i++;
        return;
      } else if (c === '\n') {
        if (!triple) return; // unterminated: smol-toml reports it
        this.newline();
        this.i++;
      } else this.i++;
    }
  }

  /** One key segment (quoted or bare), or undefined when there is none here. */
  private readKeySegment(): string | undefined {
    const { text } = this;
    const c = text[this.i];
    const start = this.i;
    if (c === '"' || c === "'") {
      this.skipString();
      try {
        return c === '"' ? (JSON.parse(text.slice(start, this.i)) as string) : text.slice(start + 1, this.i - 1);
      } catch {
        return text.slice(start + 1, this.i - 1);
      }
    }
    while (this.i < text.length && /[A-Za-z0-9_-]/.test(text[this.i]!)) this.i++;
    return this.i === start ? undefined : text.slice(start, this.i);
  }

  private readKey(): { keys: string[]; position: TextPosition } {
    const position = this.here();
    const keys: string[] = [];
    for (;;) {
      this.skipSpace(false);
      const segment = this.readKeySegment();
      if (segment === undefined) break;
      keys.push(segment);
      this.skipSpace(false);
      if (this.text[this.i] === '.') this.i++;
      else break;
    }
    return { keys, position };
  }

  private readValue(path: Path, key?: TextPosition): void {
    this.skipSpace(false);
    this.positions.set(pathKey(path), { key, value: this.here() });
    const c = this.text[this.i];
    if (c === '"' || c === "'") this.skipString();
    else if (c === '[') this.readArray(path);
    else if (c === '{') this.readInlineTable(path);
    else while (this.i < this.text.length && !/[,\]}\n#]/.test(this.text[this.i]!)) this.i++;
  }

  private readArray(path: Path): void {
    const { text } = this;
    this.i++;
    for (let index = 0; ; index++) {
      this.skipSpace(true);
      if (this.i >= text.length || text[this.i] === ']') break;
      this.readValue([...path, index]);
      this.skipSpace(true);
      if (text[this.i] === ',') this.i++;
    }
    this.i++;
  }

  private readInlineTable(path: Path): void {
    const { text } = this;
    this.i++;
    for (;;) {
      this.skipSpace(false);
      if (this.i >= text.length || text[this.i] === '}' || text[this.i] === '\n') break;
      const { keys, position } = this.readKey();
      if (text[this.i] !== '=') break;
      this.i++;
      this.readValue([...path, ...keys], position);
      this.skipSpace(false);
      if (text[this.i] === ',') this.i++;
    }
    if (text[this.i] === '}') this.i++;
  }

  /** `[table]` or `[[array.of.tables]]`: sets the table later keys belong to. */
  private readTableHeader(): void {
    const position = this.here();
    const array = this.text[this.i + 1] === '[';
    this.i += array ? 2 : 1;
    const { keys } = this.readKey();
    this.i += array ? 2 : 1;
    if (array) {
      const name = pathKey(keys);
      const index = (this.arrayTableCounts.get(name) ?? -1) + 1;
      this.arrayTableCounts.set(name, index);
      this.table = [...keys, index];
      if (index === 0) this.positions.set(pathKey(keys), { key: position, value: position });
    } else {
      this.table = keys;
    }
    this.positions.set(pathKey(this.table), { key: position, value: position });
    // Every key of a dotted header is a table too ([env.production.vars] defines env.production).
    this.markParentTables([], keys, position);
  }

  /** `key = value`; false (having skipped the line) when the line is not one. */
  private readKeyValueLine(): boolean {
    const { keys, position } = this.readKey();
    if (keys.length === 0 || this.text[this.i] !== '=') {
      // Not a key = value line; leave it to smol-toml's error and go on at the next line.
      this.skipRestOfLine();
      return false;
    }
    this.i++;
    this.readValue([...this.table, ...keys], position);
    this.markParentTables(this.table, keys, position);
    return true;
  }

  /** The dotted key's leading segments name tables; the first place one is seen is where it is defined. */
  private markParentTables(base: Path, keys: string[], position: TextPosition): void {
    for (let n = 1; n < keys.length; n++) {
      const key = pathKey([...base, ...keys.slice(0, n)]);
      if (!this.positions.has(key)) this.positions.set(key, { key: position, value: position });
    }
  }
}
