import type { Finding } from '../../../src/findings.js';
import {
  annotationOf,
  emitAnnotations,
  planAnnotations,
  type AnnotationProperties,
} from '../../../src/report/annotations.js';

const f = (severity: Finding['severity'], line: number, layer: Finding['layer'] = 'config'): Finding => ({
  stage: 'validate',
  layer,
  code: `c${line}`,
  severity,
  message: `m${line}`,
  location: { file: 'a.json', line, column: 3, endLine: line, endColumn: 9 },
});

describe('planAnnotations', () => {
  it('keeps 10 of each severity, most important first, and hands back the rest', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => f('error', 14 - i)),
      ...Array.from({ length: 3 }, (_, i) => f('warning', i + 1)),
      f('notice', 1),
    ];
    const plan = planAnnotations(findings);
    expect(plan.annotated.filter((a) => a.severity === 'error').map((a) => a.location!.line)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(plan.annotated.filter((a) => a.severity !== 'error')).toHaveLength(4);
    expect(plan.overflow.map((a) => a.location!.line)).toEqual([11, 12, 13, 14]);
    expect(plan.annotated.length + plan.overflow.length).toBe(findings.length);
  });

  it('orders layers in request order within a severity', () => {
    const plan = planAnnotations([f('error', 1, 'upstream'), f('error', 2, 'config')], {
      error: 1,
      warning: 10,
      notice: 10,
    });
    expect(plan.annotated[0]!.layer).toBe('config');
    expect(plan.overflow[0]!.layer).toBe('upstream');
  });
});

describe('annotationOf', () => {
  it('carries file, line and columns, and the fix in the message', () => {
    const a = annotationOf({ ...f('error', 4), fix: 'do this' });
    expect(a.properties).toEqual({
      title: 'validate: c4 (config)',
      file: 'a.json',
      startLine: 4,
      endLine: 4,
      startColumn: 3,
      endColumn: 9,
    });
    expect(a.message).toBe('m4\nFix: do this');
  });

  it('drops columns on a multi-line range, which GitHub would ignore', () => {
    const a = annotationOf({
      ...f('warning', 4),
      location: { file: 'a.json', line: 4, column: 2, endLine: 6, endColumn: 1 },
    });
    expect(a.properties.startColumn).toBeUndefined();
    expect(a.properties.endLine).toBe(6);
  });
});

describe('emitAnnotations', () => {
  it('places a finding by its path from the repository root when the working directory is a subdirectory', () => {
    const sent: Array<[string, AnnotationProperties]> = [];
    const sink = {
      error: (m: string, p: AnnotationProperties) => sent.push(['error', p]),
      warning: (m: string, p: AnnotationProperties) => sent.push(['warning', p]),
      notice: (m: string, p: AnnotationProperties) => sent.push(['notice', p]),
    };
    emitAnnotations(
      sink,
      [
        { ...f('error', 4), location: { file: 'src/api-config.json', line: 4 } },
        { ...f('warning', 1), location: undefined },
      ],
      'services/gateway',
    );
    expect(sent).toEqual([
      ['error', expect.objectContaining({ file: 'services/gateway/src/api-config.json', startLine: 4 })],
      ['warning', { title: 'validate: c1 (config)' }],
    ]);
  });
});
