import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActRequest } from '@congdoan/contracts';
import type { Action } from '@congdoan/domain';
import { bundleOf } from '../support/time-skipping';
import { type CaseOptions, canbo, cdcsChair, chutich, ubkt, useCaseHarness, vanthu } from './case-harness';

const HISTORIES = path.join(__dirname, 'histories');

type Move = [stepKey: string, action: Action, extra?: Partial<ActRequest>];

const council = { body: 'HD-TDKT', heldOn: '2026-11-20', members: 9, present: 7, ballot: 'secret', votes: [{ option: 'Nguyễn Thị Hạnh', for: 6 }] };
const btvBallot = { body: 'BTV', heldOn: '2026-11-20', members: 9, present: 9, ballot: 'secret', votes: [{ option: 'khai-tru', for: 4 }, { option: 'canh-cao', for: 3 }, { option: 'khien-trach', for: 2 }] };

/**
 * One recorded case per procedure, through its main path. The file name carries the version of the workflow code it
 * was recorded with: when a change to a procedure would replay differently, keep the old file, guard the change with
 * `patched()`, and record the new path under a new version.
 */
const SCENARIOS: { file: string; start?: CaseOptions; moves: Move[] }[] = [
  {
    // v1: before notices and email; v2: with them.
    file: 'thanh-lap-cdcs.recognised.v2.json',
    moves: [
      ['kiem-tra-ho-so', 'return', { data: { missing: ['Biên bản đại hội'] } }],
      ['bo-sung-ho-so', 'resubmit'],
      ['kiem-tra-ho-so', 'approve'],
      ['xet-duyet', 'approve', { actor: chutich, comment: 'Đồng ý' }],
      ['ban-hanh-quyet-dinh', 'issue', { actor: vanthu }],
    ],
  },
  {
    file: 'cong-nhan-bch.recognised.v1.json',
    start: {
      procedureCode: 'cong-nhan-bch',
      data: {
        cdcsId: 'unit-cdcs',
        unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi',
        memberCount: 40,
        congressDate: '2026-11-16',
        firstMeetingDate: '2026-11-16',
        members: [
          { fullName: 'Trần Văn Bình', position: 'chu-tich' },
          { fullName: 'Lê Thị Cúc', position: 'uy-vien-bch' },
          { fullName: 'Phạm Văn Dũng', position: 'uy-vien-bch' },
        ],
      },
    },
    moves: [
      ['kiem-tra-ho-so', 'return', { data: { missing: ['bien-ban-hoi-nghi-bch'] } }],
      ['bo-sung-ho-so', 'resubmit', { actor: cdcsChair }],
      ['kiem-tra-ho-so', 'approve'],
      ['xet-duyet', 'approve', { actor: chutich }],
      ['ban-hanh-quyet-dinh', 'issue', { actor: vanthu }],
    ],
  },
  {
    file: 'khen-thuong.awarded.v1.json',
    start: { procedureCode: 'khen-thuong', data: { nominees: [{ fullName: 'Nguyễn Thị Hạnh' }], awardType: 'giay-khen', achievements: 'Hoàn thành xuất sắc nhiệm vụ' } },
    moves: [
      ['kiem-tra-ho-so', 'approve'],
      ['tham-dinh', 'extend', { data: { amount: 5 }, comment: 'Lấy ý kiến' }],
      ['tham-dinh', 'approve'],
      ['hoi-dong-tdkt', 'vote', { data: { meeting: council } as ActRequest['data'] }],
      ['ky-quyet-dinh', 'approve', { actor: chutich }],
      ['ban-hanh-quyet-dinh', 'issue', { actor: vanthu }],
      ['gui-quyet-dinh', 'approve', { actor: vanthu }],
    ],
  },
  {
    file: 'ky-luat.disciplined.v1.json',
    start: { procedureCode: 'ky-luat', data: { subject: { fullName: 'Lê Văn Tám', kind: 'doan-vien' }, violation: 'Không đóng đoàn phí', proposedForm: 'khai-tru', managingBody: 'Trường THPT Lê Lợi' } },
    moves: [
      ['tham-muu-ubkt', 'suspend', { actor: ubkt, comment: 'Nghỉ thai sản', data: { ground: 'nghi-thai-san' } }],
      ['tham-muu-ubkt', 'resume', { actor: ubkt, comment: 'Đã đi làm lại' }],
      ['tham-muu-ubkt', 'approve', { actor: ubkt }],
      ['bieu-quyet', 'vote', { actor: chutich, data: { meeting: btvBallot } as ActRequest['data'] }],
      ['ban-hanh-quyet-dinh', 'issue', { actor: vanthu }],
      ['thong-bao-co-quan-quan-ly', 'issue', { actor: vanthu }],
    ],
  },
  {
    file: 'ban-hanh-van-ban.issued.v1.json',
    start: {
      procedureCode: 'ban-hanh-van-ban',
      data: { documentType: 'KH', summary: 'Tổ chức Tháng Công nhân', signerId: chutich.userId, drafter: canbo, signer: chutich, recipients: ['Các CĐCS'] },
    },
    moves: [
      ['soan-thao', 'approve'],
      ['duyet-du-thao', 'return', { actor: chutich, comment: 'Bổ sung kinh phí' }],
      ['soan-thao', 'approve'],
      ['duyet-du-thao', 'approve', { actor: chutich }],
      ['kiem-tra-noi-dung', 'approve'],
      ['kiem-tra-the-thuc', 'approve', { actor: vanthu }],
      ['ky-ban-hanh', 'sign', { actor: chutich, data: { signingMode: 'TM' } }],
      ['vao-so', 'issue', { actor: vanthu }],
      ['phat-hanh', 'approve', { actor: vanthu }],
    ],
  },
];

/**
 * Running cases outlive deployments: a worker with new code must replay the histories of cases started with the
 * old code. Each file in histories/ is a case recorded with an earlier version; a change to a workflow that breaks
 * one of them needs `patched()`. A scenario whose file is missing records it (commit it).
 */
describe('replaying recorded case histories with the current workflow code', () => {
  const h = useCaseHarness();

  it.each(SCENARIOS.map((s) => [s.file, s] as const))('runs %s with this code, replays it, and records it when the file is missing', async (file, scenario) => {
    const { handle } = await h.start(scenario.start);
    for (const [stepKey, action, extra] of scenario.moves) await h.act(handle, stepKey, action, extra);
    await handle.result();
    const history = await handle.fetchHistory();
    await Worker.runReplayHistory({ workflowBundle: await bundleOf() }, history, handle.workflowId);
    const recorded = path.join(HISTORIES, file);
    if (!existsSync(recorded)) writeFileSync(recorded, JSON.stringify(history));
  });

  it.each(readdirSync(HISTORIES).filter((f) => f.endsWith('.json')))('replays %s without nondeterminism', async (file) => {
    // fromObject, not the SDK's historyFromJSON: that one trips over npm's several copies of protobufjs here.
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(path.join(HISTORIES, file), 'utf8')));
    await expect(Worker.runReplayHistory({ workflowBundle: await bundleOf() }, history, file)).resolves.toBeUndefined();
  });
});
