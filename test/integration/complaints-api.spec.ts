import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { eventually, fieldRules } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
  data: Record<string, unknown>;
  documents: { id: string; kind: string; number: string; issuedAt: string }[];
  timeline: { kind: string; data: Record<string, unknown> | null }[];
  clock?: { dueAt: string | null; start: string; stepKey: string; budget: { amount: number; unit: string } };
}

const today = vietnamDate(new Date());

describe('complaints over HTTP: acceptance, verification, the first decision and a linked second complaint (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const { token, userId, unit, signIn, get, open, act, openTask, caseOf, upload } = caseClient<CaseBody>();
  let caseId: string;
  let refusedId: string;

  const deadline = async (start: string, amount: number, unitName: string) =>
    (await get<{ due: string }>('ubkt', `/api/calendar/deadline?start=${start}&amount=${amount}&unit=${unitName}`)).body.due;
  const complaint = (over: Record<string, unknown> = {}) => ({
    procedureCode: 'khieu-nai',
    orgUnitId: unit['CĐVC'],
    title: 'Khiếu nại quyết định kỷ luật khiển trách',
    data: {
      complainant: { fullName: 'Ngô Văn Bình', address: 'Tổ 3, phường Diên Hồng, Pleiku' },
      content: 'Đề nghị hủy Quyết định kỷ luật khiển trách vì không tổ chức kiểm điểm theo quy định.',
      decisionComplainedOf: { summary: 'Quyết định thi hành kỷ luật khiển trách đối với ông Ngô Văn Bình', number: '41/QĐ-CĐVC', issuedOn: addDays(today, -20), signerUserId: userId.phochutich },
      ...over,
    },
  });

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await signIn(stack, ['ubkt', 'ubkt2', 'ubkttinh', 'chutich', 'phochutich', 'canbo', 'lanhdao']);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('names what is missing or wrong (400): the complainant, the content, a receipt date in the future', async () => {
    const bare = await open('ubkt', { procedureCode: 'khieu-nai', orgUnitId: unit['CĐVC'], title: 'Khiếu nại', data: {} });
    expect(bare.status).toBe(400);
    expect(fieldRules(bare.body)).toEqual(['data.complainant:required', 'data.content:required', 'data.decisionComplainedOf:required']);
    const future = await open('ubkt', { ...complaint(), receivedAt: addDays(today, 2) });
    expect(future.status).toBe(400);
    expect(fieldRules(future.body)).toEqual(['receivedAt:notInFuture']);
    expect((await open('canbo', complaint())).status).toBe(403); // only the UBKT receives complaints
  });

  it('refuses to accept a first complaint filed after its 90 days, and records the refusal with its ground', async () => {
    const late = await open('ubkt', complaint({ learnedOn: addDays(today, -120) }));
    expect(late.status).toBe(201);
    refusedId = late.body.id;
    const thuLy = await openTask('ubkt', refusedId, 'thu-ly');
    const accept = await act('ubkt', thuLy.id, { action: 'approve' });
    expect(accept.status).toBe(422);
    expect(accept.body.error).toBe('FILING_WINDOW_CLOSED');
    const closed = await deadline(addDays(today, -120), 90, 'calendar_days');
    expect(accept.body.message).toContain(closed.split('-').reverse().join('/'));
    const noGround = await act('ubkt', thuLy.id, { action: 'reject', comment: 'Quá thời hiệu' });
    expect([noGround.status, noGround.body.error]).toEqual([422, 'GROUND_REQUIRED']);
    expect((await act('ubkt', thuLy.id, { action: 'reject', comment: 'Quá thời hiệu, không có lý do chính đáng', data: { ground: 'het-thoi-hieu' } })).status).toBe(200);
    const refused = await eventually(async () => {
      const c = (await caseOf('ubkt', refusedId)).body;
      return c.status === 'NOT_ACCEPTED' ? c : undefined;
    }, 'the refusal');
    expect(refused.documents.map((d) => d.kind)).toEqual(['tb-khong-thu-ly-khieu-nai']);
  });

  it('receives a complaint, hides it from the signer of the decision complained of, and accepts it with the 30-day period', async () => {
    const created = await open('ubkt', complaint());
    expect(created.status).toBe(201);
    caseId = created.body.id;
    expect(created.body.code).toMatch(/^KN-\d{4}-\d{4}$/);
    expect(created.body.data).toMatchObject({ instance: 1, learnedOn: addDays(today, -20), channel: 'truc-tiep' });
    expect((await caseOf('phochutich', caseId)).status).toBe(404); // signed the decision complained of
    expect((await caseOf('canbo', caseId)).status).toBe(404); // an officer: complaints are the UBKT's and the leaders'

    const thuLy = await openTask('ubkt', caseId, 'thu-ly');
    expect((await act('ubkt', thuLy.id, { action: 'approve', comment: 'Đủ điều kiện thụ lý' })).status).toBe(200);
    const accepted = await eventually(async () => {
      const c = (await caseOf('ubkt', caseId)).body;
      return c.clock?.dueAt && c.documents.length ? c : undefined;
    }, 'the acceptance');
    expect(accepted.documents.map((d) => d.kind)).toEqual(['tb-thu-ly-khieu-nai']);
    expect(accepted.clock).toMatchObject({ start: today, budget: { amount: 30, unit: 'calendar_days' }, dueAt: await deadline(today, 30, 'calendar_days') });
  });

  it('verifies with a team free of conflicts, and needs the report (and the dialogue minutes) on file', async () => {
    const xacMinh = await openTask('ubkt', caseId, 'xac-minh');
    const conflicted = await act('ubkt', xacMinh.id, { action: 'assign', data: { memberIds: [userId.phochutich] } });
    expect([conflicted.status, conflicted.body.error]).toEqual([422, 'CONFLICT_OF_INTEREST']);
    expect(conflicted.body.message).toContain('Trần Thị Mai là người ký quyết định bị khiếu nại');
    expect((await act('ubkt', xacMinh.id, { action: 'assign', data: { memberIds: [userId.ubkt2] } })).status).toBe(200);

    const task = await openTask('ubkt2', caseId, 'xac-minh');
    const noFiles = await act('ubkt2', task.id, { action: 'approve', comment: 'Khiếu nại đúng một phần', data: { findingsDiffer: true } });
    expect([noFiles.status, noFiles.body.error]).toEqual([422, 'DOSSIER_FILE_MISSING']);
    expect(noFiles.body.message).toContain('Báo cáo kết quả xác minh');
    expect(noFiles.body.message).toContain('Biên bản đối thoại');
    await upload('ubkt2', caseId, 'bao-cao-xac-minh');
    await upload('ubkt2', caseId, 'bien-ban-doi-thoai');
    expect((await act('ubkt2', task.id, { action: 'approve', comment: 'Việc kỷ luật đúng thẩm quyền nhưng chưa tổ chức kiểm điểm.', data: { findingsDiffer: true } })).status).toBe(200);
  });

  it('has the leader sign the first-instance decision with its finding, then sends it and closes with the legal dates', async () => {
    const quyetDinh = await openTask('chutich', caseId, 'quyet-dinh');
    const noFinding = await act('chutich', quyetDinh.id, { action: 'approve', comment: 'Giải quyết' });
    expect([noFinding.status, noFinding.body.error]).toEqual([422, 'FINDING_REQUIRED']);
    const signed = await act('chutich', quyetDinh.id, { action: 'approve', comment: 'Hủy Quyết định số 41/QĐ-CĐVC; tổ chức kiểm điểm lại.', data: { finding: 'dung-mot-phan' } });
    expect(signed.status).toBe(200);
    const gui = await openTask('ubkt', caseId, 'gui-quyet-dinh');
    expect((await act('ubkt', gui.id, { action: 'approve' })).status).toBe(200);
    const resolved = await eventually(async () => {
      const c = (await caseOf('chutich', caseId)).body;
      return c.status === 'RESOLVED' ? c : undefined;
    }, 'the resolved case');
    const decision = resolved.documents.find((d) => d.kind === 'qd-giai-quyet-khieu-nai-lan-dau')!;
    expect(decision.number).toMatch(/^\d{2}\/QĐ-CĐVC$/);
    const sent = resolved.timeline.find((e) => e.kind === 'decision_sent')!;
    expect(sent.data).toMatchObject({
      decisionNumber: decision.number,
      sentOn: today,
      secondInstanceUntil: await deadline(today, 30, 'calendar_days'),
      legalEffectFrom: addDays(await deadline(today, 30, 'calendar_days'), 1),
    });

    const res = await fetch(`${stack.baseUrl}/api/documents/${decision.id}/file?format=pdf`, { headers: { authorization: `Bearer ${token.chutich}` } });
    const dir = mkdtempSync(join(tmpdir(), 'kn-'));
    writeFileSync(join(dir, 'qd.pdf'), Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [join(dir, 'qd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ngô Văn Bình');
    expect(text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI'.normalize('NFC'));
  });

  it('opens a second complaint only at the upper union, linked to a first decision', async () => {
    const second = (orgUnitId: string, firstCaseId: string) => ({
      procedureCode: 'khieu-nai',
      orgUnitId,
      title: 'Khiếu nại lần hai',
      data: { instance: 2, firstCaseId, complainant: { fullName: 'Ngô Văn Bình', address: 'Tổ 3, phường Diên Hồng, Pleiku' }, content: 'Không đồng ý với quyết định giải quyết lần đầu' },
    });
    const unlinked = await open('ubkttinh', second(unit['LĐLĐ'], refusedId));
    expect([unlinked.status, unlinked.body.error]).toEqual([422, 'SECOND_INSTANCE_UNLINKED']);
    expect(unlinked.body.message).toContain('không có quyết định giải quyết lần đầu');
    expect((await open('ubkt', second(unit['CĐVC'], caseId))).status).toBe(422); // same union: not the upper one

    const linked = await open('ubkttinh', second(unit['LĐLĐ'], caseId));
    expect(linked.status).toBe(201);
    const first = (await caseOf('chutich', caseId)).body.documents.find((d) => d.kind === 'qd-giai-quyet-khieu-nai-lan-dau')!;
    expect(linked.body.data).toMatchObject({ instance: 2, firstCase: { caseId, decisionNumber: first.number }, decisionComplainedOf: { number: first.number } });
    const thuLy = await openTask('ubkttinh', linked.body.id, 'thu-ly');
    expect((await act('ubkttinh', thuLy.id, { action: 'approve' })).status).toBe(200);
    const accepted = await eventually(async () => {
      const c = (await caseOf('ubkttinh', linked.body.id)).body;
      return c.clock?.stepKey === 'xac-minh' ? c : undefined;
    }, 'the second acceptance');
    expect(accepted.clock).toMatchObject({ budget: { amount: 45, unit: 'calendar_days' }, dueAt: await deadline(today, 45, 'calendar_days') });
    // The first decision's signer cannot work on the second case.
    expect((await caseOf('chutich', linked.body.id)).status).toBe(404);
  });
});
