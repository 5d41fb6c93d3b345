// Which flags the gate may pass to the project's wrangler, by its version.
import { describe, expect, it } from '@jest/globals';
import { capabilitiesOf } from '../../../src/wrangler/capabilities.js';

describe('capabilitiesOf', () => {
  it('`deploy --outfile` from wrangler 3.109.0 on: 3.28.4 and 3.108.1 lack it', () => {
    const outfile = (v: string) => capabilitiesOf(v).deployOutfile;
    expect(['3.28.4', '3.108.1', '3.109.0', '4.20.5', 'unknown'].map(outfile)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
