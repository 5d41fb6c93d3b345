// `openapi`: the gateway's routes as an OpenAPI 3.1 document on stdout, and nothing else there:
// what the gate has to say (a config it cannot read, an error in it) goes to stderr.
import { StageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { readTextFile } from '../files.js';
import { displayPath, type GateConfig } from '../inputs.js';
import { locateConfig, validateConfigText } from './config-analysis.js';
import { projectVars } from './environment-vars.js';
import { openApiDocument } from './openapi.js';
import { substitute } from './substitution.js';

const said = (f: Finding) =>
  `${f.location ? `${f.location.file}:${f.location.line}: ` : ''}${f.message}${f.fix ? `\n  fix: ${f.fix}` : ''}`;

/** Prints the document; 0 when printed, 1 when the config has an error (said on stderr). */
export async function printOpenApi(
  config: GateConfig,
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): Promise<number> {
  let file: string;
  try {
    file = locateConfig(config);
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    for (const f of error.findings) io.stderr(`gateway-deploy-gate: ${said(f)}`);
    return 1;
  }
  const display = displayPath(file, config.workingDirectory);
  const read = readTextFile(file);
  if (!read.ok) {
    io.stderr(`gateway-deploy-gate: config ${display} ${read.detail}`);
    return 1;
  }
  const analysis = await validateConfigText(config, file, display, read.text);
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 || analysis.value === undefined) {
    for (const f of errors) io.stderr(`gateway-deploy-gate: ${said(f)}`);
    io.stderr(`gateway-deploy-gate: no OpenAPI document: fix the config first (\`validate\` says the same)`);
    return 1;
  }
  const seen = substitute(analysis.value, projectVars(config).vars).value;
  io.stdout(JSON.stringify(openApiDocument(seen), null, 2));
  return 0;
}
