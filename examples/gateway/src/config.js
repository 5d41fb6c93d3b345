// Where the gateway's config comes from, and the $env/$secret references inside it.
import bundledConfig from './api-config.json' with { type: 'json' };

const REFERENCE = /^\$(env|secrets?)\.(.*)$/s;

/**
 * The config, first match wins: the SAG_API_CONFIG_JSON variable, the KV binding CONFIG (key
 * api-config.json), the file bundled with the Worker. References are resolved against `env`.
 */
export async function loadConfig(env = {}) {
  let raw = bundledConfig;
  const inline = env.SAG_API_CONFIG_JSON;
  if (typeof inline === 'string' && inline.trim() !== '') {
    raw = JSON.parse(inline);
  } else if (inline && typeof inline === 'object') {
    raw = inline;
  } else if (env.CONFIG && typeof env.CONFIG.get === 'function') {
    raw = (await env.CONFIG.get('api-config.json', 'json')) ?? bundledConfig;
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.paths)) {
    throw new Error('The API configuration has no "paths" array');
  }
  return resolveReferences(raw, env);
}

/**
 * A copy of `value` in which every string that starts with $env.X, $secret.X or $secrets.X is
 * replaced by the Worker variable or secret X. An unset one becomes "".
 */
export function resolveReferences(value, env = {}) {
  if (typeof value === 'string') {
    const m = REFERENCE.exec(value);
    if (!m) return value;
    const resolved = env[m[2]];
    if (resolved === undefined || resolved === null) return '';
    // As the original gateway: the value as the Worker has it (a JSON var stays an object).
    return resolved;
  }
  if (Array.isArray(value)) return value.map((item) => resolveReferences(item, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v, env)]));
  }
  return value;
}
