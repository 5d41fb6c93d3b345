// What a static route answers once the gateway has resolved the references in it. The gateway
// (ValueMapper.replaceEnvAndSecrets) replaces a string value that *starts with* `$env.` by the
// Worker variable named by the rest of the string, and `$secret.`/`$secrets.` by the secret, at
// load time, anywhere in the config; `$config.X` and references inside a longer string stay
// literal. An unset name becomes "". Pure: the response and the deployed vars in, the answer out.

/** A value the gate cannot know (a secret, or a var it could not read): it must only be present. */
export const PRESENT: unique symbol = Symbol('present');

export type Expected = unknown;

/**
 * The JSON the gateway answers for `response`, with each reference resolved from `vars` (the
 * wrangler config's vars of the deployed environment). Undefined `vars`: the gate could not read
 * them, so every `$env` value is only required to be present.
 */
export function resolvedResponse(response: unknown, vars: Readonly<Record<string, unknown>> | undefined): Expected {
  if (typeof response === 'string') return resolveString(response, vars);
  if (Array.isArray(response)) return response.map((item) => resolvedResponse(item, vars));
  if (response !== null && typeof response === 'object') {
    return Object.fromEntries(Object.entries(response).map(([key, value]) => [key, resolvedResponse(value, vars)]));
  }
  return response;
}

function resolveString(value: string, vars: Readonly<Record<string, unknown>> | undefined): Expected {
  if (value.startsWith('$secret.') || value.startsWith('$secrets.')) return PRESENT;
  if (!value.startsWith('$env.')) return value;
  const name = value.slice('$env.'.length);
  // Not a var: a secret (unknown to the gate) or unset (""): either way only its presence is sure.
  if (!vars || !Object.prototype.hasOwnProperty.call(vars, name)) return PRESENT;
  const resolved = vars[name];
  return resolved === null || resolved === undefined ? '' : resolved;
}

/** For messages: the expected JSON with unknown values shown as a placeholder, never a value. */
export function describeExpected(expected: Expected): string {
  const text = JSON.stringify(expected, (_key, value: unknown) => (value === PRESENT ? '<any value>' : value));
  return text ?? String(expected);
}
