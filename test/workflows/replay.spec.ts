import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workerBundleOptions } from '@congdoan/temporal';
import { chutich, useCaseHarness, vanthu } from './case-harness';

const HISTORIES = path.join(__dirname, 'histories');
const RECORDED = path.join(HISTORIES, 'thanh-lap-cdcs.recognised.v2.json');

/**
 * Running cases outlive deployments: a worker with new code must replay the histories of cases started with the
 * old code. Each file in histories/ is a case recorded with an earlier version; a change to a workflow that breaks
 * one of them needs `patched()`. The first run records the file (commit it). v1: before notices and email; v2: with them.
 */
describe('replaying recorded case histories with the current workflow code', () => {
  const h = useCaseHarness();

  it('replays a founding case recorded with this code, and records it when the file is missing', async () => {
    const { handle } = await h.start();
    await h.act(handle, 'kiem-tra-ho-so', 'return', { data: { missing: ['Biên bản đại hội'] } });
    await h.act(handle, 'bo-sung-ho-so', 'resubmit');
    await h.act(handle, 'kiem-tra-ho-so', 'approve');
    await h.act(handle, 'xet-duyet', 'approve', { actor: chutich, comment: 'Đồng ý' });
    await h.act(handle, 'ban-hanh-quyet-dinh', 'issue', { actor: vanthu });
    await handle.result();
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory(workerBundleOptions(), history, handle.workflowId);
    if (!existsSync(RECORDED)) writeFileSync(RECORDED, JSON.stringify(history));
  });

  it.each(readdirSync(HISTORIES).filter((f) => f.endsWith('.json')))('replays %s without nondeterminism', async (file) => {
    // fromObject, not the SDK's historyFromJSON: that one trips over npm's several copies of protobufjs here.
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(HISTORIES, file), 'utf8')));
    await expect(Worker.runReplayHistory(workerBundleOptions(), history, file)).resolves.toBeUndefined();
  });
});
