// The canary's synthetic signal: every probe sent to both versions of the split deployment through
// version overrides, each side classified on its own, then compared (the differential smoke's
// rules). A regression the candidate causes fails the step; a difference the change may mean does not.
import { classify, type Observation } from '../smoke/classify.js';
import { compareProbe } from '../smoke/differential.js';

export interface SyntheticVerdict {
  verdict: 'pass' | 'fail' | 'skipped';
  probes: number;
  /** `GET /users/1: …`, one line per regression. */
  regressions: string[];
  note?: string;
}

export function compareSides(candidate: readonly Observation[], baseline: readonly Observation[]): SyntheticVerdict {
  const regressions: string[] = [];
  candidate.forEach((obs, i) => {
    const other = baseline[i];
    if (!other) return;
    const cv = classify(obs);
    const bv = classify(other);
    const comparison = compareProbe(obs, cv, other, bv);
    if (comparison.verdict !== 'regression') return;
    const certain = comparison.differences.filter((d) => d.certain).map((d) => d.text);
    if (cv.passed && certain.length === 0) return;
    const what = cv.passed ? certain.join('; ') : `${cv.diagnosis.code}: ${cv.diagnosis.message}`;
    const answered = `candidate ${obs.result.status ?? 'no answer'}, baseline ${other.result.status ?? 'no answer'}`;
    regressions.push(`${obs.probe.method} ${obs.probe.path} (${answered}): ${what}`);
  });
  return { verdict: regressions.length ? 'fail' : 'pass', probes: candidate.length, regressions };
}
