/**
 * R1 (start), R2 (act) and R6 (commits per user action) of shared/design/benchmarks.md, on a stack of its own:
 *
 *   npx tsx bench/r1-r2.bench.ts [--n 100] [--concurrency 4] [--rounds 3] [--warmup 20] [--r6 50]
 *
 * R1: our POST /api/cases (as canbo) against a bare client.workflow.start of B0. R2: our POST /api/tasks/:id/actions
 * `approve` on the first step of cases opened beforehand, against a bare executeUpdate on B0 workflows started
 * beforehand. Arms interleaved (ours, B0, ours, B0 …), `n` requests each per round with `concurrency` in flight.
 * A measurement, not a test: it prints the goals beside the figures and exits 0 whether they are met or not.
 */
import type { Client } from '@temporalio/client';
import { parseArgs } from 'node:util';
import { ApiClient } from './api-client';
import { BaselineArms, OursArms } from './arms';
import { type DbCounters, DbStats, STATS_SETTLE_MS } from './db-stats';
import { type Arm, type ArmRun, armSpread, compare, interleave, runArm } from './measure';
import { busyNote, loadAverage, machineFacts, showSpread, table, verdict } from './report';
import { BenchStack } from './stack';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '20' },
    r6: { type: 'string', default: '50' },
  },
});
function count(name: keyof typeof args, min: number): number {
  const value = Number(args[name]);
  if (Number.isInteger(value) && value >= min) return value;
  console.error(`[bench] --${name} must be an integer ≥ ${min} (got ${args[name]})`);
  return process.exit(2);
}
const N = count('n', 1);
const CONCURRENCY = count('concurrency', 1);
const ROUNDS = count('rounds', 1);
const WARMUP = count('warmup', 0);
const R6_ACTIONS = count('r6', 1);

const GOALS = { ratio: 0.6, addedP50Ms: 10, commitsPerAction: 2 };

const say = (line: string) => console.log(`[bench] ${line}`);

/** A warm-up of each arm (not reported), then the interleaved rounds. */
async function measure(what: string, arms: readonly Arm[]): Promise<ArmRun[][]> {
  say(`${what}: warm-up (${WARMUP} per arm), then ${ROUNDS} rounds of ${arms.map((a) => a.name.replace(/\s+/g, ' ')).join(' / ')}…`);
  for (const arm of arms) await runArm(arm, WARMUP, CONCURRENCY);
  return interleave(arms, ROUNDS, N, CONCURRENCY);
}

interface Commits {
  /** per action, connection start-ups left out */
  commits: number;
  /** per action, of those: transactions that wrote */
  writes: number;
  /** per action: start-up commits of connections the pools reopened after the settling pause (left out above) */
  reconnects: number;
  errors: number;
}

/** Commits per action over a batch, from settled counters `before` to settled counters after (returned too). */
async function commitsPer(stats: DbStats, before: DbCounters, arm: Arm, count: number): Promise<{ per: Commits; after: DbCounters }> {
  const run = await runArm(arm, count, CONCURRENCY);
  const after = await stats.settledCounters();
  const per = (key: keyof DbCounters) => (after[key] - before[key]) / run.ok;
  return { per: { commits: per('commits') - per('sessions'), writes: per('xids'), reconnects: per('sessions'), errors: run.errors }, after };
}

function showCommits(c: Commits): string {
  return `${c.commits.toFixed(2)} (${c.writes.toFixed(2)} writing; +${c.reconnects.toFixed(2)} reconnects left out)`;
}

function armRows(label: string, runs: ArmRun[][], arms: readonly Arm[]): string[][] {
  return arms.map((arm, i) => {
    const s = armSpread(runs, i);
    const errors = s.errors ? `${s.errors} (${s.firstError?.slice(0, 80)})` : '0';
    return [i === 0 ? label : '', arm.name, showSpread(s.rate, 1), showSpread(s.p50, 1), showSpread(s.p95, 1), errors];
  });
}

async function serverVersions(temporal: Client, stats: DbStats): Promise<string> {
  const info = await temporal.workflowService.getSystemInfo({});
  return `PostgreSQL ${await stats.version()} (embedded), Temporal server ${info.serverVersion} (CLI dev server, in memory)`;
}

async function run(stack: BenchStack): Promise<void> {
  const wallStart = Date.now();
  const machine = machineFacts();
  const loadBefore = loadAverage();
  const busy = busyNote();
  const { apiUrl, temporal, adminDatabaseUrl, appDatabase } = await stack.start();
  const stackSeconds = (Date.now() - wallStart) / 1000;

  const api = new ApiClient(apiUrl);
  await api.login('canbo');
  const me = await api.expect<{ units: { id: string; code: string }[] }>(200, 'GET', '/api/me');
  const cdvc = me.units.find((u) => u.code === 'CĐVC');
  if (!cdvc) throw new Error('the demo seed has no CĐVC unit for canbo');
  const ours = new OursArms(api, cdvc.id);
  const b0 = new BaselineArms(temporal);

  const r1 = await measure('R1 start', [ours.open, b0.start]);

  // R2 acts on cases and B0 workflows opened before its clock starts: R1's, topped up, plus R6's own batch of cases.
  const actsNeeded = WARMUP + ROUNDS * N;
  await runArm(ours.open, actsNeeded + R6_ACTIONS - ours.opened.length, CONCURRENCY);
  await runArm(b0.start, actsNeeded - b0.waiting.length, CONCURRENCY);
  say(`R2 act: waiting for the first step of ${ours.opened.length} cases to reach the inbox…`);
  await ours.prepareTasks();
  const r2 = await measure('R2 act', [ours.act, b0.act]);

  say(`R6: counting commits over ${R6_ACTIONS} case openings and ${R6_ACTIONS} approvals (waits ${STATS_SETTLE_MS / 1000} s for PostgreSQL's counters before each of 3 readings)…`);
  const stats = await DbStats.connect(adminDatabaseUrl, appDatabase);
  const versions = await serverVersions(temporal, stats);
  const acted = await commitsPer(stats, await stats.settledCounters(), ours.act, R6_ACTIONS);
  const r6Act = acted.per;
  const r6Open = (await commitsPer(stats, acted.after, ours.open, R6_ACTIONS)).per;
  await stats.close();
  api.close();

  const c1 = compare(r1);
  const c2 = compare(r2);
  const ratioRows = [
    ['R1', 'rate ours ÷ B0 start', showSpread(c1.rateRatio, 2), `≥ ${GOALS.ratio}`, verdict(c1.rateRatio.median, { atLeast: GOALS.ratio })],
    ['R1', 'added p50, ours − B0 (ms)', showSpread(c1.addedP50, 1, true), `≤ ${GOALS.addedP50Ms} ms`, verdict(c1.addedP50.median, { atMost: GOALS.addedP50Ms })],
    ['R2', 'rate ours ÷ bare Update', showSpread(c2.rateRatio, 2), `≥ ${GOALS.ratio}`, verdict(c2.rateRatio.median, { atLeast: GOALS.ratio })],
    ['R2', 'p50 ours − bare (ms)', showSpread(c2.addedP50, 1, true), `≤ bare + ${GOALS.addedP50Ms} ms`, verdict(c2.addedP50.median, { atMost: GOALS.addedP50Ms })],
    ['R6', 'commits per approve (act)', showCommits(r6Act), `≤ ${GOALS.commitsPerAction}`, verdict(r6Act.commits, { atMost: GOALS.commitsPerAction })],
    ['R6', 'commits per case opened', showCommits(r6Open), `≤ ${GOALS.commitsPerAction}`, verdict(r6Open.commits, { atMost: GOALS.commitsPerAction })],
  ];

  console.log(
    [
      '',
      'R1 / R2 / R6: our path against the bare Temporal path (B0), side by side in one run',
      `machine   ${machine}`,
      `servers   ${versions}; API and worker as separate Node processes (LOG_LEVEL silent / warn)`,
      `load      ${CONCURRENCY} in flight, ${N} requests per arm per round, ${ROUNDS} rounds interleaved (ours, B0, ours, B0 …) after ${WARMUP} warm-up requests per arm`,
      `figures   median [min–max] over the rounds; p50/p95 of each round's latencies; rate = answered requests ÷ wall time`,
      '',
      table(['', 'arm', 'rate (req/s)', 'p50 (ms)', 'p95 (ms)', 'errors'], [...armRows('R1 start', r1, [ours.open, b0.start]), ...armRows('R2 act', r2, [ours.act, b0.act])]),
      '',
      table(['id', 'ratio', 'measured', 'goal', 'verdict'], ratioRows),
      '',
      `per round, rate ours ÷ B0:  R1 ${c1.perRound.map((r) => r.toFixed(2)).join('  ')}   R2 ${c2.perRound.map((r) => r.toFixed(2)).join('  ')}`,
      `R6 counts pg_stat_database.xact_commit of the app database: reads included; "writing" = transaction ids handed out; "reconnects" = sessions opened (1 commit each)${r6Act.errors + r6Open.errors ? `; ${r6Act.errors + r6Open.errors} requests failed` : ''}`,
      ...(busy ? [busy] : []),
      `wall time ${((Date.now() - wallStart) / 1000).toFixed(0)} s (stack up in ${stackSeconds.toFixed(0)} s); load average ${loadBefore} before, ${loadAverage()} after (1/5/15 min)`,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const stack = new BenchStack(say);
  let stopping: Promise<never> | undefined;
  const shutdown = (code: number): Promise<never> => {
    stopping ??= stack.stop().then(() => process.exit(code));
    return stopping;
  };
  // Ctrl-C: stop everything started so far, in order (a second Ctrl-C kills at once).
  const interrupted = (code: number) => () => {
    say('interrupted: stopping the servers…');
    void shutdown(code);
  };
  process.once('SIGINT', interrupted(130));
  process.once('SIGTERM', interrupted(143));
  // Requests still in flight when the servers go away fail late (a gRPC retry on a closed channel throws from a
  // timer): while stopping that is expected; before, it is a failure, and everything is still stopped.
  process.on('uncaughtException', (err) => {
    if (stopping) return;
    console.error(`[bench] failed: ${err.stack ?? err.message}`);
    void shutdown(1);
  });
  try {
    await run(stack);
  } catch (err) {
    if (stopping) return; // interrupted: the failure is the interruption's
    console.error(`[bench] failed: ${err instanceof Error ? err.message : String(err)}`);
    const crash = stack.crashed();
    if (crash) console.error(`[bench] ${crash}`);
    await shutdown(1);
  }
  await shutdown(0);
}

void main();
