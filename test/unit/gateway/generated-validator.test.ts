// The committed standalone validator must be what the committed schema compiles to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/runner.js';

it('src/gateway/gateway-config.validator.js is generated from gateway-config.schema.json', async () => {
  const { generate } = (await import(path.join(ROOT, 'scripts/generate-validator.mjs'))) as { generate: () => string };
  expect(readFileSync(path.join(ROOT, 'src/gateway/gateway-config.validator.js'), 'utf8')).toBe(generate());
});
