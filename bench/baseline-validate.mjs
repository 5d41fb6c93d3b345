// The bare baseline for bench/validate.bench.mjs: the same work as the validate stage at its
// barest (read, JSON.parse, compile the schema with ajv, validate), as a whole node process.
// Usage: node bench/baseline-validate.mjs <config.json> [--timings]
// Exit 0 valid, 1 invalid. --timings prints the in-process phases as one JSON line on stdout.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/baseline-validate.mjs <config.json> [--timings]');
  process.exit(2);
}

const t0 = performance.now();
// ajv and ajv-formats ship CommonJS with `exports.default`; the ESM default may wrap it once more.
const ajvModule = await import('ajv/dist/2020.js');
const formatsModule = await import('ajv-formats');
const Ajv = ajvModule.default?.default ?? ajvModule.default ?? ajvModule;
const addFormats = formatsModule.default?.default ?? formatsModule.default ?? formatsModule;
const schemaUrl = new URL('../src/gateway/gateway-config.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));

const t1 = performance.now();
const config = JSON.parse(readFileSync(file, 'utf8'));
const t2 = performance.now();
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const t3 = performance.now();
const valid = validate(config);
const t4 = performance.now();

if (!valid) console.error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
if (flag === '--timings') {
  console.log(JSON.stringify({ import: t1 - t0, parse: t2 - t1, compile: t3 - t2, validate: t4 - t3, total: t4 - t1 }));
}
process.exit(valid ? 0 : 1);
