import { REDACTED, Redactor, redactingStream, secretVariants } from '../../src/redaction.js';

const TOKEN = 'tok_9f8e7d6c5b4a3210ZYXW';

describe('secret redaction', () => {
  it('hides a value raw, JSON-escaped, URL-encoded, base64 and base64url', () => {
    const value = 'p@ss "word"/+ with spaces&more';
    const r = new Redactor([value]);
    const forms = [
      value,
      JSON.stringify(value).slice(1, -1),
      encodeURIComponent(value),
      Buffer.from(value).toString('base64'),
      Buffer.from(value).toString('base64url'),
    ];
    for (const form of forms) {
      const out = r.text(`before ${form} after`);
      expect(out).toContain(REDACTED);
      expect(out).not.toContain(form);
    }
  });

  it('finds the base64 of a value inside the base64 of a longer text, at every alignment', () => {
    const r = new Redactor([TOKEN]);
    for (const prefix of ['', 'B', 'Be', 'Bearer ', 'Authorization: Bearer ']) {
      for (const suffix of ['', '!', '!!', '\n']) {
        const encoded = Buffer.from(`${prefix}${TOKEN}${suffix}`).toString('base64');
        const out = r.text(encoded);
        expect(out).toContain(REDACTED);
        // What survives around the mask cannot decode back to more than a couple of the token's characters.
        const survivors = out.split(REDACTED).join('');
        expect(survivors.length).toBeLessThan(encoded.length - 20);
      }
    }
  });

  it('hides the start of a value cut off by a truncated text', () => {
    const r = new Redactor([TOKEN]);
    expect(r.text(`{"auth":"Bearer ${TOKEN.slice(0, 12)}…`)).toBe(`{"auth":"Bearer ${REDACTED}…`);
    // A text that merely ends in "…" is left alone.
    expect(r.text('nothing secret here…')).toBe('nothing secret here…');
  });

  it('redacts every string and key of a JSON value, leaving other values as they are', () => {
    const r = new Redactor([TOKEN, undefined, '']);
    const value = { findings: [{ message: `got ${TOKEN}`, line: 3, ok: true }], [TOKEN]: null, note: 'clean' };
    expect(r.deep(value)).toEqual({
      findings: [{ message: `got ${REDACTED}`, line: 3, ok: true }],
      [REDACTED]: null,
      note: 'clean',
    });
  });

  it('does nothing without secrets, and ignores values too short to redact safely', () => {
    expect(new Redactor([]).text(`a ${TOKEN}`)).toBe(`a ${TOKEN}`);
    expect(new Redactor(['ab']).text('about tabs')).toBe('about tabs');
    expect(secretVariants('ab')).toEqual([]);
  });

  it('redacts a value split across two chunks of streamed output', () => {
    const written: string[] = [];
    const stream = redactingStream(new Redactor([TOKEN]), (t) => written.push(t));
    stream.write(`line one\nthe token is ${TOKEN.slice(0, 8)}`);
    stream.write(`${TOKEN.slice(8)} and more\nno newline at the end ${TOKEN}`);
    stream.flush();
    const all = written.join('');
    expect(all).not.toContain(TOKEN.slice(0, 8) + TOKEN.slice(8, 12));
    expect(all).toBe(`line one\nthe token is ${REDACTED} and more\nno newline at the end ${REDACTED}`);
  });
});
