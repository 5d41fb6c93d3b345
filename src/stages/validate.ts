// Stage 1: the gateway's JSON config against its schema, plus what a schema cannot express.
import { StageError } from '../errors.js';
import type { Location } from '../findings.js';
import { formatBytes, readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { reviewApiChanges } from '../gateway/api-review.js';
import { finding, locateConfig, textSha256, validateConfigText } from '../gateway/config-analysis.js';
import { bundledValidator } from '../gateway/schema-source.js';
import type { StageOutcome } from './stage.js';

/**
 * The stage's code: this module and the bundled schema's validator (generated at build time, in a
 * chunk of its own), both imported before the stage's clock starts, like the rest of its code.
 */
export async function loadValidate(): Promise<typeof runValidate> {
  await bundledValidator();
  return runValidate;
}

export async function runValidate(config: GateConfig): Promise<StageOutcome<'validate'>> {
  const file = locateConfig(config);
  const display = displayPath(file, config.workingDirectory);
  const whole = (line = 1): Location => ({ file: display, line });

  const read = readTextFile(file);
  if (!read.ok) {
    if (read.reason === 'missing' || read.reason === 'directory' || read.reason === 'unreadable') {
      const kind = { missing: 'not_found', directory: 'is_directory', unreadable: 'unreadable' }[read.reason];
      const code = `config_${kind}`;
      const fix = 'Set the `config` input to the gateway config file (a JSON file), relative to `working-directory`.';
      const where = read.reason === 'unreadable' ? whole() : undefined;
      throw new StageError(finding(code, 'error', `config ${display} ${read.detail}`, fix, { location: where }));
    }
    const fixes = {
      too_large: 'A gateway config is kilobytes; split generated routes or check that the right file is named.',
      binary: 'Point the `config` input at the JSON config, saved as UTF-8.',
      empty: 'Write the gateway config (at least {"paths": []}) or point `config` at the right file.',
    } as const;
    return {
      findings: [
        finding(
          `config_${read.reason === 'too_large' ? 'too_large' : read.reason === 'binary' ? 'not_text' : 'empty'}`,
          'error',
          `config ${display} ${read.detail}`,
          fixes[read.reason],
          { location: whole(read.line) },
        ),
      ],
    };
  }

  const analysis = await validateConfigText(config, file, display, read.text);
  const { findings, routeCount, value } = analysis;
  // What preflight needs of this analysis, so that it does not repeat it on the same text.
  const data = analysis.data && {
    ...analysis.data,
    serviceBindings: analysis.serviceBindings,
    configSha256: textSha256(read.text),
  };
  const api = data ? await reviewApiChanges(config, { file, display, text: read.text, value }) : undefined;
  return {
    findings: api ? [...findings, ...api.findings] : findings,
    data: data && api?.changes ? { ...data, apiChanges: api.changes, apiBase: api.base } : data,
    note: data ? `${formatBytes(read.bytes)}, ${routeCount} routes` : undefined,
  };
}
