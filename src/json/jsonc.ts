// jsonc-parser ships an ESM build (picked by the bundler) and a UMD build (picked by Node and
// jest); their namespaces differ, so resolve the API once here.
import * as namespace from 'jsonc-parser';

type Api = typeof namespace;
const ns = namespace as Api & { default?: Api };
export const jsonc: Api = typeof ns.visit === 'function' ? ns : (ns.default as Api);
export type { ParseError } from 'jsonc-parser';
