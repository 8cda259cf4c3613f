/**
 * Timing and statistics: a fixed number of requests at a fixed number in flight, arms interleaved in rounds
 * (A B A B …), and each figure as the median over rounds with its min and max (shared/design/benchmarks.md).
 */
import { performance } from 'node:perf_hooks';

export interface Arm {
  name: string;
  /** One request; it picks its own target (a prepared case or workflow). Throws on any unexpected answer. */
  op: () => Promise<void>;
}

export interface ArmRun {
  /** requests answered as expected per second of wall time */
  rate: number;
  p50: number;
  p95: number;
  ok: number;
  errors: number;
  firstError?: string;
}

/** The value at or below which `p` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** `n` requests of `arm`, `concurrency` in flight at any time. */
export async function runArm(arm: Arm, n: number, concurrency: number): Promise<ArmRun> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const lane = async () => {
    while (issued < n) {
      issued++;
      const t0 = performance.now();
      try {
        await arm.op();
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
  const wallMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return { rate: latencies.length / (wallMs / 1000), p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), ok: latencies.length, errors, firstError };
}

/** `rounds` rounds of every arm in turn (A B A B …); result[round][arm]. */
export async function interleave(arms: readonly Arm[], rounds: number, n: number, concurrency: number): Promise<ArmRun[][]> {
  const result: ArmRun[][] = [];
  for (let round = 0; round < rounds; round++) {
    const runs: ArmRun[] = [];
    for (const arm of arms) runs.push(await runArm(arm, n, concurrency));
    result.push(runs);
  }
  return result;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** One arm's figures over the rounds. */
export function armSpread(runs: readonly ArmRun[][], arm: number): { rate: Spread; p50: Spread; p95: Spread; errors: number; firstError?: string } {
  const mine = runs.map((r) => r[arm]);
  return {
    rate: spread(mine.map((r) => r.rate)),
    p50: spread(mine.map((r) => r.p50)),
    p95: spread(mine.map((r) => r.p95)),
    errors: mine.reduce((sum, r) => sum + r.errors, 0),
    firstError: mine.find((r) => r.firstError)?.firstError,
  };
}

/** Ours (arm 0) against the baseline (arm 1), round by round: the ratio of rates and the p50 added. */
export function compare(runs: readonly ArmRun[][]): { rateRatio: Spread; addedP50: Spread; perRound: number[] } {
  const perRound = runs.map(([ours, base]) => ours.rate / base.rate);
  return { rateRatio: spread(perRound), addedP50: spread(runs.map(([ours, base]) => ours.p50 - base.p50)), perRound };
}
