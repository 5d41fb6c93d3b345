// The canary's inputs, checked: `canary-steps` (percentages, increasing, 1..100, the last 100),
// `canary-interval` (a duration), `canary-min-requests`, `canary-latency`. Pure.
import { RULES, type LatencyRule } from './analysis.js';
import { parseDuration } from '../text.js';

export interface CanaryPlan {
  /** Percentages of traffic on the new version, in order; the last is 100. */
  steps: number[];
  intervalMs: number;
  minRequests: number;
  latency: LatencyRule;
}

export interface CanaryInputs {
  steps?: string;
  interval?: string;
  minRequests?: string;
  latency?: string;
}

export const DEFAULT_INTERVAL = '60s';

export type ParsedPlan = { ok: true; plan: CanaryPlan | undefined } | { ok: false; message: string };

export function parseCanaryPlan(inputs: CanaryInputs): ParsedPlan {
  const interval = parseDuration(inputs.interval ?? DEFAULT_INTERVAL);
  if (interval === undefined || interval < 1000)
    return fail(`canary-interval must be a duration of at least 1s such as 30s or 2m; got "${inputs.interval}"`);
  const min = inputs.minRequests ?? String(RULES.defaultMinRequests);
  if (!/^\d+$/.test(min) || Number(min) < 1)
    return fail(`canary-min-requests must be a whole number of requests, at least 1; got "${min}"`);
  const latency = inputs.latency ?? 'auto';
  if (latency !== 'auto' && latency !== 'on' && latency !== 'off')
    return fail(`canary-latency must be one of auto, on, off; got "${latency}"`);
  if (inputs.steps === undefined) return { ok: true, plan: undefined };
  const steps = parseSteps(inputs.steps);
  if (typeof steps === 'string') return fail(steps);
  return { ok: true, plan: { steps, intervalMs: interval, minRequests: Number(min), latency } };
}

function fail(message: string): ParsedPlan {
  return { ok: false, message };
}

/** The percentages, or what is wrong with them. */
function parseSteps(text: string): number[] | string {
  const parts = text.split(',').map((p) => p.trim().replace(/%$/, ''));
  const example = 'e.g. 10,50,100';
  const steps: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part) || Number(part) < 1 || Number(part) > 100)
      return `canary-steps: "${part}" is not a percentage from 1 to 100 (${example}); got "${text}"`;
    const value = Number(part);
    if (steps.length > 0 && value <= steps.at(-1)!)
      return `canary-steps must increase: ${value} comes after ${steps.at(-1)} (${example}); got "${text}"`;
    steps.push(value);
  }
  if (steps.at(-1) !== 100)
    return `canary-steps must end at 100 (the new version serving everyone) (${example}); got "${text}"`;
  return steps;
}
