import { closest, editDistance } from '../src/text.js';

describe('closest', () => {
  it('suggests a near alias and counts a swap as one edit', () => {
    expect(closest('apii', ['api', 'auth'])).toBe('api');
    expect(editDistance('GTE', 'GET')).toBe(1);
    expect(closest('GTE', ['GET', 'PUT'])).toBe('GET');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(closest('FETCH', ['GET', 'POST', 'PATCH'])).toBeUndefined();
  });
});
