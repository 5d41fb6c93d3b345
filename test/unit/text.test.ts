import { closest, counted, editDistance } from '../../src/text.js';

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

describe('counted', () => {
  it('says "1 route" and "0 routes", as the summary and the stage notes do', () => {
    expect([0, 1, 2].map((n) => counted(n, 'route'))).toEqual(['0 routes', '1 route', '2 routes']);
  });
});
