import { RouteTable, findShadowedRoutes, matchSegments } from '../src/gateway/route-matching.js';
import { parseJson, locatePointers } from '../src/json/json-source.js';
const t = (defs: [string,string][]) => new RouteTable(defs.map(([method, path], index) => ({ index, method, path })));
it('probe', () => {
  const log = (x: unknown) => process.stdout.write(JSON.stringify(x) + '\n');
  log(matchSegments('/files/{.+}'.split('/'), '/files/a'.split('/')));
  log(matchSegments('/files/{name}'.split('/'), '/files/a'.split('/')));
  const tb = t([['GET','/files/{.+}'],['GET','/files/{name}']]);
  log(tb.choose('GET','/files/a'));
  log(findShadowedRoutes(tb, {cors:false}));
  const tb2 = t([['GET','/a/{.+}/b'],['GET','/a/{id}/b']]);
  log(tb2.choose('GET','/a/x/b'));
  log(findShadowedRoutes(tb2, {cors:false}));
  for (const s of ['{"a": 1\n "b": 2}', '{"a": 1,\n}', '[1,\n 2,]', '{\n // hi\n "a": 1}', '{"a": "abc\n}', '{"a": "abc']) log([s, parseJson(s)]);
  const txt = '{\n  "a": {\n    "b": "xy",\n    "c": [10, true]\n  }\n}';
  log([...locatePointers(txt, [{pointer:'/a/b',target:'value'},{pointer:'/a/c',target:'key'},{pointer:'/a/c/1',target:'value'},{pointer:'/a/zz',target:'value'},{pointer:'',target:'value'}])]);
});
