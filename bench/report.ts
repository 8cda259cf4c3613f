/** Plain-text tables for the bench output. */
import os from 'node:os';
import type { Spread } from './measure';

/** `median [min–max]` with `digits` decimals; `signed` puts a + before positive medians (added latency). */
export function showSpread(s: Spread, digits: number, signed = false): string {
  const f = (v: number) => v.toFixed(digits);
  const sign = signed && s.median > 0 ? '+' : '';
  return `${sign}${f(s.median)} [${f(s.min)}–${f(s.max)}]`;
}

/** Left-aligned columns separated by two spaces; the header is underlined. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Whether the median meets the goal, as the table shows it. */
export function verdict(value: number, goal: { atLeast?: number; atMost?: number }): string {
  if (!Number.isFinite(value)) return 'n/a';
  const ok = (goal.atLeast === undefined || value >= goal.atLeast) && (goal.atMost === undefined || value <= goal.atMost);
  return ok ? 'met' : 'MISSED';
}

/** 1, 5 and 15 minute load averages: above the core count, something else was competing for the CPU. */
export function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

/** A warning when something else already kept the cores busy: the ratios stay side by side, but get noisier. */
export function busyNote(): string | undefined {
  const [oneMinute] = os.loadavg();
  const cores = os.cpus().length;
  return oneMinute > cores * 0.75 ? `note: the machine was busy before the run (load ${oneMinute.toFixed(2)} on ${cores} cores): expect wider min–max` : undefined;
}

export function machineFacts(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}
