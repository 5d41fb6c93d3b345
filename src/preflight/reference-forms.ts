// Which reference forms the project's own gateway code replaces. The gateway's releases differ:
// before v2.1.0 ValueMapper replaced none; v2.1.0–v2.4.x replaced `$env.X` and `$secrets.X` but
// left `$secret.X` as literal text; since v2.5.0 all three. The gateway is forked or vendored, not
// installed from a registry, so its source is the only witness: read it, and say when it is absent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Location } from '../findings.js';
import type { Reference } from '../gateway/semantic-checks.js';
import { configFinding } from './local-checks.js';

export type Form = '$env.' | '$secrets.' | '$secret.';
const ALL_FORMS: readonly Form[] = ['$env.', '$secrets.', '$secret.'];

export interface SourceFile {
  /** Relative to the working directory. */
  display: string;
  text: string;
}

/** What the project's code does with references, or that the gate found no code that does it. */
export type GatewaySubstitution =
  { known: true; file: string; forms: ReadonlySet<Form>; release: string } | { known: false; looked: string };

/** ValueMapper's replaceEnvAndSecrets defined (not called) here: the real gateway, v2.1.0 or later. */
const DEFINES_REPLACE = /(?:static\s+(?:async\s+)?|function\s+|async\s+)replaceEnvAndSecrets\s*\(/;
/** The `$secret.` prefix as a string literal: v2.5.0 added it beside `'$secrets.'`. */
const SINGULAR_LITERAL = /\$secret\.['"`]/;
/** A whole-value regex over all three prefixes (`\$(env|secrets?)\.`), as this repository's example writes it. */
const ALL_FORMS_REGEX = /\\\$\(env\|secrets\?\)\\\./;
const VALUE_MAPPER = /\bclass\s+ValueMapper\b/;

/** The substitution the project's gateway code performs, judged from its source text. */
export function substitutionIn(files: readonly SourceFile[], looked: string): GatewaySubstitution {
  const defining = files.find((f) => DEFINES_REPLACE.test(f.text));
  if (defining) {
    const singular = SINGULAR_LITERAL.test(defining.text);
    const forms = new Set<Form>(singular ? ALL_FORMS : ['$env.', '$secrets.']);
    return { known: true, file: defining.display, forms, release: singular ? 'v2.5.0 or later' : 'before v2.5.0' };
  }
  const regex = files.find((f) => ALL_FORMS_REGEX.test(f.text));
  if (regex) return { known: true, file: regex.display, forms: new Set(ALL_FORMS), release: 'its own code' };
  const mapper = files.find((f) => VALUE_MAPPER.test(f.text));
  if (mapper) return { known: true, file: mapper.display, forms: new Set(), release: 'before v2.1.0' };
  return { known: false, looked };
}

export function formOf(raw: string): Form | undefined {
  return ALL_FORMS.find((form) => raw.startsWith(form));
}

type Located = Reference & { location?: Location };

/**
 * A reference the project's code leaves alone is literal text at runtime: a warning on its line (the
 * release is read from source text, not known for certain), and no secret check for it (nothing reads
 * its name). Unknown code and a `$secret.X`: one notice.
 */
export function checkReferenceForms(
  references: readonly Located[],
  substitution: GatewaySubstitution,
): { findings: Finding[]; literal: Set<Located> } {
  const literal = new Set<Located>();
  if (!substitution.known) {
    const first = references.find((r) => formOf(r.raw) === '$secret.');
    return { findings: first ? [unknownCode(first, substitution.looked)] : [], literal };
  }
  const findings: Finding[] = [];
  for (const ref of references) {
    const form = formOf(ref.raw);
    if (!form || substitution.forms.has(form)) continue;
    literal.add(ref);
    findings.push(staysLiteral(ref, form, substitution));
  }
  return { findings, literal };
}

function staysLiteral(ref: Located, form: Form, code: GatewaySubstitution & { known: true }): Finding {
  const replaced = [...code.forms].map((f) => `${f}X`);
  const what = replaced.length > 0 ? `replaces only ${replaced.join(' and ')}` : 'replaces no reference at all';
  const message =
    `${JSON.stringify(ref.raw)} stays the literal text ${JSON.stringify(ref.raw)} at runtime:` +
    ` the project's gateway code (${code.file}, a release ${code.release}) ${what}`;
  const plural = `$secrets.${ref.name}`;
  const fix =
    form === '$secret.'
      ? `Write "${plural}" (replaced by every release since v2.1.0), or update the gateway code to v2.5.0 or later.`
      : `Update the gateway code (${code.file}) to v2.5.0 or later, which replaces ${form}X.`;
  return configFinding('reference_stays_literal', 'warning', message, fix, { location: ref.location });
}

function unknownCode(ref: Located, looked: string): Finding {
  const message =
    `found no gateway code that replaces references under ${looked} (ValueMapper.replaceEnvAndSecrets),` +
    ` so the gate cannot tell what ${ref.raw} will be: the gateway replaces $secret.X since v2.5.0,` +
    ` older releases leave it as the literal text ${JSON.stringify(ref.raw)}`;
  const fix = `Write "$secrets.${ref.name}": every release since v2.1.0 replaces it.`;
  return configFinding('reference_form_unchecked', 'notice', message, fix, { location: ref.location });
}

const SOURCE = /\.(?:[cm]?js|[cm]?ts)$/;
const SKIP = new Set(['node_modules', 'dist', 'build', 'coverage', 'test', 'tests', '__tests__', 'out']);

/**
 * The project's source files that may hold the gateway's substitution (bounded: 2,000 entries,
 * 8 levels, 1 MiB a file). Tests and build output are skipped: they are not the code that runs.
 */
export function readGatewaySources(root: string, workingDirectory: string): SourceFile[] {
  const out: SourceFile[] = [];
  let budget = 2000;
  const walk = (dir: string, depth: number): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (--budget < 0) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < 8 && !entry.name.startsWith('.') && !SKIP.has(entry.name)) walk(full, depth + 1);
      } else if (entry.isFile() && SOURCE.test(entry.name) && !/\.(?:test|spec|d)\.[cm]?[jt]s$/.test(entry.name)) {
        try {
          if (statSync(full).size > 1024 * 1024) continue;
          const text = readFileSync(full, 'utf8');
          if (/replaceEnvAndSecrets|ValueMapper|secrets\?/.test(text)) {
            out.push({ display: path.relative(workingDirectory, full).split(path.sep).join('/'), text });
          }
        } catch {
          // An unreadable file is not the gateway's code as far as the gate can tell.
        }
      }
    }
  };
  walk(root, 0);
  return out.sort((a, b) => a.display.localeCompare(b.display));
}
