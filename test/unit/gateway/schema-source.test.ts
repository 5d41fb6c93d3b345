// Which schema judges the config, and the fix for a schema that fails its meta-schema: pure.
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { chooseSchema, schemaFix } from '../../../src/gateway/schema-source.js';

const configFile = '/project/src/api-config.json';
const own = path.resolve('/project/src/api-config.schema.json');
const config = { $schema: './api-config.schema.json', paths: [] };

describe('chooseSchema', () => {
  test('the schema input wins over the config’s own $schema', () => {
    const { choice, issues } = chooseSchema(config, configFile, '/project/schema.json', () => true);
    expect(choice).toEqual({ kind: 'file', file: '/project/schema.json', origin: 'schema input' });
    expect(issues).toEqual([]);
  });

  test('without a schema input, the config’s own local $schema, resolved next to the config', () => {
    const { choice } = chooseSchema(config, configFile, undefined, (f) => f === own);
    expect(choice).toEqual({ kind: 'file', file: own, origin: '$schema' });
  });

  test('a $schema URL or none: the bundled schema', () => {
    const remote = { $schema: 'https://example.org/s.json', paths: [] };
    expect(chooseSchema(remote, configFile, undefined, () => true).choice).toEqual({ kind: 'bundled' });
    expect(chooseSchema({ paths: [] }, configFile, undefined, () => true).choice).toEqual({ kind: 'bundled' });
  });

  test('a $schema naming no file is a warning on its value, whichever schema is used', () => {
    for (const input of [undefined, '/project/schema.json']) {
      const { issues } = chooseSchema(config, configFile, input, () => false);
      expect(issues).toMatchObject([{ code: 'schema_not_found', severity: 'warning', pointer: '/$schema' }]);
      expect(issues[0]!.message).toContain(input ? 'the schema input' : 'the bundled schema');
    }
  });
});

describe('schemaFix', () => {
  test.each(['required', 'type', 'additionalProperties'])('%s inside properties: move it beside them', (keyword) => {
    expect(schemaFix(`/properties/${keyword}`)).toMatch(new RegExp(`^Move \`${keyword}\` out of \`properties\``));
    expect(schemaFix(`/$defs/route/properties/${keyword}`)).toMatch(/out of `properties`/);
  });

  test('anything else: the general fix', () => {
    expect(schemaFix('/properties/paths/type')).toBe('Fix the schema so it validates against its meta-schema.');
    expect(schemaFix('/required')).toBe('Fix the schema so it validates against its meta-schema.');
  });
});
