import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseStart } from '@congdoan/contracts';
import { type DenunciationData, addDays } from '@congdoan/domain';
import { type CaseOptions, calendarDaysFrom, chutich, daysBetween, toTruong, toVien, ubkt, useCaseHarness, workingDaysFrom } from './case-harness';

/** A denunciation as the API hands it to the workflow: the denouncer is not in it (denunciation-intake.ts). */
function denunciation(overrides: Partial<DenunciationData> = {}): CaseStart['data'] {
  const data: DenunciationData = {
    anonymous: false,
    form: 'written',
    channel: 'truc-tiep',
    accused: { fullName: 'Trần Văn Nam', position: 'Chủ tịch CĐCS Trường THPT Pleiku' },
    content: 'Sử dụng quỹ công đoàn sai mục đích năm 2026',
    places: 1,
    identityProtected: true,
    ...overrides,
  };
  return data as unknown as CaseStart['data'];
}

const criterion = 'chung-cu-mau-thuan';
const twoCriteria = ['chung-cu-mau-thuan', 'nhieu-noi-dung-dia-diem'];

describe('toCao workflow: a denunciation from intake to publication (time-skipping test server)', () => {
  const h = useCaseHarness();
  const startDenunciation = (overrides: Partial<DenunciationData> = {}, options: CaseOptions = {}) =>
    h.start({ procedureCode: 'to-cao', title: 'Tố cáo Chủ tịch CĐCS', data: denunciation(overrides), ...options });

  // Luật Tố cáo Art. 8(3), 40(3): whatever a test did, nothing the workflow wrote or asked for carries a denouncer.
  afterEach(() => {
    const everything = JSON.stringify({ transitions: h.recorder.transitions, documents: h.recorder.decisions, emails: h.recorder.emails });
    expect(everything).not.toMatch(/"denouncer"/);
  });

  it('never reads the denouncer’s identity: the procedure code names no such field', () => {
    const source = readFileSync(path.join(__dirname, '../../workflows/src/procedures/to-cao.workflow.ts'), 'utf8');
    expect(source).not.toMatch(/\.denouncer\b|\[['"]denouncer['"]\]|\bdenouncer\s*[:,}]/);
  });

  it('treats an anonymous letter as an information report: xu-ly-thong-tin, no document at all → INFO_REPORT', async () => {
    const { handle, input } = await startDenunciation({ anonymous: true, identityProtected: false });
    expect(await h.openStep(handle, 'xu-ly-thong-tin')).toMatchObject({ role: 'ubkt', dueDate: workingDaysFrom(input.receivedAt, 7) });
    await h.act(handle, 'xu-ly-thong-tin', 'approve', { actor: ubkt, comment: 'Nội dung cụ thể, có tài liệu kèm theo: chuyển kiểm tra' });
    await expect(handle.result()).resolves.toEqual({ status: 'INFO_REPORT', decidedBy: ubkt.fullName, documentNumber: undefined });
    expect(h.recorder.decisions).toEqual([]);
    expect(h.recorder.openedTasks().map((t) => t.stepKey)).toEqual(['xu-ly-thong-tin']);
  });

  it('closes a letter found to be under a false name as an information report, with no notice, at either step', async () => {
    const early = await startDenunciation();
    await expect(h.act(early.handle, 'xu-ly-ban-dau', 'reject', { actor: ubkt, comment: 'Mạo danh' })).rejects.toMatchObject({ cause: { type: 'GROUND_REQUIRED' } });
    await h.act(early.handle, 'xu-ly-ban-dau', 'reject', { actor: ubkt, comment: 'Người đứng tên xác nhận không viết đơn', data: { ground: 'nac-danh-mao-danh' } });
    await expect(early.handle.result()).resolves.toMatchObject({ status: 'INFO_REPORT' });

    const late = await startDenunciation();
    await h.act(late.handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt });
    await h.act(late.handle, 'thu-ly', 'reject', { actor: chutich, comment: 'Phát hiện mạo danh', data: { ground: 'nac-danh-mao-danh' } });
    await expect(late.handle.result()).resolves.toMatchObject({ status: 'INFO_REPORT' });
    expect(h.recorder.decisions).toEqual([]);
  });

  it('forwards a denunciation it is not competent for, telling the denouncer within 5 working days → FORWARDED', async () => {
    const { handle, input } = await startDenunciation();
    await h.act(handle, 'xu-ly-ban-dau', 'forward', { actor: ubkt, comment: 'Thuộc thẩm quyền cơ quan điều tra', data: { forwardTo: 'Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai' } });
    await expect(handle.result()).resolves.toMatchObject({ status: 'FORWARDED', decidedBy: ubkt.fullName });
    expect(h.recorder.documents()).toEqual([
      expect.objectContaining({
        kind: 'tb-chuyen-don-to-cao',
        numberText: '01/TB-CĐVC',
        signer: ubkt,
        details: { forwardTo: 'Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai', dueOn: workingDaysFrom(input.receivedAt, 5) },
      }),
    ]);
  });

  it('does not accept on a ground of Art. 29, with a notice → NOT_ACCEPTED; a withdrawal before acceptance → WITHDRAWN', async () => {
    const { handle } = await startDenunciation();
    await expect(h.act(handle, 'xu-ly-ban-dau', 'reject', { actor: ubkt, comment: 'Không cụ thể', data: { ground: 'het-thoi-hieu' } })).rejects.toMatchObject({
      cause: { type: 'GROUND_REQUIRED' },
    });
    await h.act(handle, 'xu-ly-ban-dau', 'reject', { actor: ubkt, comment: 'Không xác định được hành vi vi phạm', data: { ground: 'noi-dung-khong-cu-the' } });
    await expect(handle.result()).resolves.toMatchObject({ status: 'NOT_ACCEPTED' });
    expect(h.recorder.documents()).toEqual([
      expect.objectContaining({ kind: 'tb-khong-thu-ly-to-cao', numberText: '01/TB-CĐVC', details: { ground: 'noi-dung-khong-cu-the' }, reasons: 'Không xác định được hành vi vi phạm' }),
    ]);

    const withdrawn = await startDenunciation();
    await h.act(withdrawn.handle, 'xu-ly-ban-dau', 'withdraw', { actor: ubkt, comment: 'Người tố cáo rút đơn' });
    await expect(withdrawn.handle.result()).resolves.toMatchObject({ status: 'WITHDRAWN' });
    expect(h.recorder.documents()).toHaveLength(1);
  });

  it('gives initial processing and acceptance one period from receipt: 7 working days, 10 for several places; worked example #8', async () => {
    const receivedAt = await h.today();
    const one = await startDenunciation({ places: 1 }, { receivedAt });
    const several = await startDenunciation({ places: 3 }, { receivedAt });
    const banDau = await h.openStep(one.handle, 'xu-ly-ban-dau');
    expect(banDau).toMatchObject({ role: 'ubkt', dueDate: workingDaysFrom(receivedAt, 7), clock: { start: receivedAt, budget: { amount: 7, unit: 'working_days' } } });
    expect((await h.openStep(several.handle, 'xu-ly-ban-dau')).dueDate).toBe(workingDaysFrom(receivedAt, 10));
    await h.act(one.handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt, comment: 'Đủ điều kiện thụ lý' });
    // The leader's decision to accept counts on the same clock: the same due date, not 7 more days.
    expect(await h.openStep(one.handle, 'thu-ly')).toMatchObject({ role: 'leader', dueDate: banDau.dueDate, clock: banDau.clock });

    // #8 (assumed 2027 calendar, which the code computes): received Mon 01/02/2027 → Wed 17/02/2027; several → Mon 22/02/2027.
    const example = await startDenunciation({ places: 1 }, { receivedAt: '2027-02-01' });
    const exampleSeveral = await startDenunciation({ places: 2 }, { receivedAt: '2027-02-01' });
    expect((await h.openStep(example.handle, 'xu-ly-ban-dau')).dueDate).toBe('2027-02-17');
    expect((await h.openStep(exampleSeveral.handle, 'xu-ly-ban-dau')).dueDate).toBe('2027-02-22');
    await Promise.all([one, several, example, exampleSeveral].map(({ handle }) => h.terminate(handle)));
  });

  it('resolves: QĐ thụ lý, extensions by complexity, a suspension, the kết luận, then sending, action, publication → RESOLVED', async () => {
    const { handle, input } = await startDenunciation();
    await h.act(handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt, comment: 'Đề xuất thụ lý' });
    await expect(h.act(handle, 'thu-ly', 'reject', { actor: chutich, comment: 'x' })).rejects.toMatchObject({ cause: { type: 'GROUND_REQUIRED' } });
    await h.act(handle, 'thu-ly', 'approve', { actor: chutich, comment: 'Thụ lý tố cáo' });
    const acceptedOn = await h.today();
    const due30 = calendarDaysFrom(acceptedOn, 30);

    // The QĐ thụ lý states the 30 days; the denouncer is told of the acceptance, the accused of the content.
    expect(h.recorder.documents().map((d) => [d.kind, d.numberText, d.signer.userId])).toEqual([
      ['qd-thu-ly-to-cao', '01/QĐ-CĐVC', chutich.userId],
      ['tb-thu-ly-to-cao', '01/TB-CĐVC', chutich.userId],
      ['tb-noi-dung-to-cao', '02/TB-CĐVC', chutich.userId],
    ]);
    expect(h.recorder.documents('qd-thu-ly-to-cao')[0].details).toEqual({ acceptedOn, resolutionDays: 30, dueOn: due30 });
    const xacMinh = await h.openStep(handle, 'xac-minh');
    expect(xacMinh).toMatchObject({ role: 'ubkt', dueDate: due30, clock: { start: acceptedOn, budget: { amount: 30, unit: 'calendar_days' } } });
    await h.act(handle, 'xac-minh', 'assign', { actor: chutich, data: { team: [toTruong, toVien] } });

    // Extensions (Art. 30; NĐ 31/2019 Art. 3): only a complex case, at most 30 days each.
    await expect(h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Cần thêm thời gian', data: { amount: 30 } })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('NĐ 31/2019/NĐ-CP Điều 3') },
    });
    await expect(h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Phức tạp', data: { amount: 31, criteria: [criterion] } })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('từ 1 đến 30 ngày') },
    });
    await h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Tài liệu mâu thuẫn, cần giám định chữ ký', data: { amount: 30, criteria: [criterion] } });
    const due60 = calendarDaysFrom(acceptedOn, 60);
    const extended = await h.openStep(handle, 'xac-minh');
    expect(extended).toMatchObject({ taskId: xacMinh.taskId, dueDate: due60 });
    expect(daysBetween(addDays(acceptedOn, 30), addDays(acceptedOn, 60))).toBe(30); // the period's last day moved 30 days (before BLDS 148(5))
    expect(h.recorder.documents('qd-gia-han-giai-quyet-to-cao')).toEqual([
      expect.objectContaining({ key: 'qd-gia-han-giai-quyet-to-cao:1', numberText: '02/QĐ-CĐVC', signer: chutich, details: { ordinal: 1, amount: 30, criteria: [criterion], dueOn: due60 } }),
    ]);
    expect(extended.clock.extensions).toEqual([{ amount: 30, reason: 'Tài liệu mâu thuẫn, cần giám định chữ ký', decisionRef: '02/QĐ-CĐVC' }]);
    expect(h.recorder.transitions.find((t) => t.retimeTasks)).toMatchObject({ retimeTasks: [{ taskId: xacMinh.taskId, dueDate: due60 }], caseUpdate: { legalDueDate: due60 } });

    // A case meeting one criterion is extended once; a particularly complex one (two criteria) twice; never three times.
    await expect(h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Lần hai', data: { amount: 20, criteria: [criterion] } })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('Luật Tố cáo 2018 Điều 30; NĐ 31/2019/NĐ-CP Điều 3') },
    });
    await h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Đặc biệt phức tạp', data: { amount: 20, criteria: twoCriteria } });
    const due80 = calendarDaysFrom(acceptedOn, 80);
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: due80 });
    expect(h.recorder.documents('qd-gia-han-giai-quyet-to-cao')[1]).toMatchObject({ numberText: '03/QĐ-CĐVC', details: { ordinal: 2, amount: 20, criteria: twoCriteria, dueOn: due80 } });
    await expect(h.act(handle, 'xac-minh', 'extend', { actor: chutich, comment: 'Lần ba', data: { amount: 5, criteria: twoCriteria } })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('tối đa 2 lần') },
    });

    // Suspension (Art. 34): only on a ground of 34(1); the clock stops, nothing is due meanwhile.
    await expect(h.act(handle, 'xac-minh', 'resume', { actor: chutich, comment: 'x' })).rejects.toMatchObject({ cause: { type: 'CLOCK_RULE' } });
    await h.sleep('3 days');
    await expect(h.act(handle, 'xac-minh', 'suspend', { actor: chutich, comment: 'Chờ kết quả giám định' })).rejects.toMatchObject({
      cause: { type: 'CLOCK_RULE', message: expect.stringContaining('Điều 34 khoản 1') },
    });
    await h.act(handle, 'xac-minh', 'suspend', { actor: chutich, comment: 'Chờ kết quả giám định chữ ký', data: { ground: 'doi-ket-qua-giam-dinh' } });
    const suspendedOn = await h.today();
    const paused = await h.openStep(handle, 'xac-minh');
    expect(paused.dueDate).toBeUndefined();
    expect(paused.deadlineState).toBe('paused');
    expect(h.recorder.documents('qd-tam-dinh-chi-giai-quyet-to-cao')).toEqual([
      expect.objectContaining({ numberText: '04/QĐ-CĐVC', issuedOn: suspendedOn, details: { ground: 'doi-ket-qua-giam-dinh', ordinal: 1 } }),
    ]);
    expect(h.recorder.transitions.at(-1)).toMatchObject({ retimeTasks: [{ taskId: xacMinh.taskId, dueDate: null }], caseUpdate: { legalDueDate: null } });

    await h.sleep('10 days');
    await h.act(handle, 'xac-minh', 'resume', { actor: chutich, comment: 'Đã có kết luận giám định' });
    const resumedOn = await h.today();
    const suspendedDays = daysBetween(suspendedOn, resumedOn);
    expect(suspendedDays).toBe(10);
    // The 80 counted days end 10 days later: the days from the suspension up to the resumption are not counted.
    const dueAfterPause = calendarDaysFrom(acceptedOn, 80 + suspendedDays);
    expect(await h.openStep(handle, 'xac-minh')).toMatchObject({ dueDate: dueAfterPause, deadlineState: expect.not.stringMatching('paused') });
    expect(h.recorder.documents('qd-tiep-tuc-giai-quyet-to-cao')).toEqual([
      expect.objectContaining({ key: 'qd-tiep-tuc-giai-quyet-to-cao:1', issuedOn: resumedOn, details: { ordinal: 1, dueOn: dueAfterPause } }),
    ]);
    expect(h.recorder.events().filter((e) => e.kind.startsWith('clock_')).map((e) => [e.kind, e.data?.dueDate])).toEqual([
      ['clock_extend', due60],
      ['clock_extend', due80],
      ['clock_suspend', null],
      ['clock_resume', dueAfterPause],
    ]);

    // The conclusion, on the same clock: the leader states the finding and what is concluded.
    const verification = 'Chi sai mục đích 45.000.000 đồng';
    await h.act(handle, 'xac-minh', 'approve', { actor: toTruong, comment: verification });
    expect(await h.openStep(handle, 'ket-luan')).toMatchObject({ role: 'leader', dueDate: dueAfterPause });
    await expect(h.act(handle, 'ket-luan', 'approve', { actor: chutich, comment: 'Tố cáo đúng một phần' })).rejects.toMatchObject({ cause: { type: 'FINDING_REQUIRED' } });
    await expect(h.act(handle, 'ket-luan', 'approve', { actor: chutich, comment: ' ', data: { finding: 'dung-mot-phan' } })).rejects.toMatchObject({
      cause: { type: 'REASON_REQUIRED' },
    });
    await h.act(handle, 'ket-luan', 'approve', {
      actor: chutich,
      comment: 'Tố cáo đúng một phần',
      data: { finding: 'dung-mot-phan', measures: 'Kiến nghị kỷ luật khiển trách; thu hồi 45.000.000 đồng' },
    });
    const concludedOn = await h.today();
    expect(h.recorder.documents('kl-noi-dung-to-cao')).toEqual([
      expect.objectContaining({
        typeCode: 'KL',
        numberText: '01/KL-CĐVC',
        issuedOn: concludedOn,
        signer: chutich,
        details: { finding: 'dung-mot-phan', resolution: 'Tố cáo đúng một phần', measures: 'Kiến nghị kỷ luật khiển trách; thu hồi 45.000.000 đồng', verification },
      }),
    ]);

    // After the conclusion: sent in 5 working days (Art. 35), acted on and published in 7 (Art. 36, 40).
    expect(await h.openStep(handle, 'gui-ket-luan')).toMatchObject({ role: 'ubkt', dueDate: workingDaysFrom(concludedOn, 5) });
    await h.act(handle, 'gui-ket-luan', 'approve', { actor: ubkt });
    expect(await h.openStep(handle, 'xu-ly-sau-ket-luan')).toMatchObject({ role: 'leader', dueDate: workingDaysFrom(concludedOn, 7) });
    await h.act(handle, 'xu-ly-sau-ket-luan', 'approve', { actor: chutich, comment: 'Đã ban hành quyết định kỷ luật' });
    expect(await h.openStep(handle, 'cong-khai')).toMatchObject({ role: 'ubkt', dueDate: workingDaysFrom(concludedOn, 7) });
    const method = 'Niêm yết tại trụ sở Công đoàn Viên chức tỉnh trong 15 ngày';
    await h.act(handle, 'cong-khai', 'approve', { actor: ubkt, data: { method } });
    await expect(handle.result()).resolves.toEqual({ status: 'RESOLVED', decidedBy: ubkt.fullName, documentNumber: '01/KL-CĐVC' });
    expect(h.recorder.documents().map((d) => d.kind)).toEqual([
      'qd-thu-ly-to-cao',
      'tb-thu-ly-to-cao',
      'tb-noi-dung-to-cao',
      'qd-gia-han-giai-quyet-to-cao',
      'qd-gia-han-giai-quyet-to-cao',
      'qd-tam-dinh-chi-giai-quyet-to-cao',
      'qd-tiep-tuc-giai-quyet-to-cao',
      'kl-noi-dung-to-cao',
      'tb-ket-qua-giai-quyet-to-cao',
      'tb-cong-khai-ket-luan-to-cao',
    ]);
    expect(h.recorder.documents('tb-cong-khai-ket-luan-to-cao')[0].details).toEqual({ method });
    expect(h.recorder.notifications().find((n) => n.dedupeKey === `${input.caseId}:closed`)).toMatchObject({
      title: `Hồ sơ ${input.caseCode} đã được giải quyết`,
      body: 'Kết luận số 01/KL-CĐVC.',
    });
  });

  it('terminates on a ground of Art. 34(3) by a QĐ đình chỉ → TERMINATED', async () => {
    const { handle } = await startDenunciation();
    await h.act(handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt });
    await h.act(handle, 'thu-ly', 'approve', { actor: chutich });
    await expect(h.act(handle, 'xac-minh', 'terminate', { actor: chutich, comment: 'Người bị tố cáo đã chết' })).rejects.toMatchObject({
      cause: { type: 'GROUND_REQUIRED' },
    });
    await h.act(handle, 'xac-minh', 'terminate', { actor: chutich, comment: 'Người bị tố cáo đã chết', data: { ground: 'nguoi-bi-to-cao-chet' } });
    await expect(handle.result()).resolves.toEqual({ status: 'TERMINATED', decidedBy: chutich.fullName, documentNumber: '02/QĐ-CĐVC' });
    expect(h.recorder.documents('qd-dinh-chi-giai-quyet-to-cao')).toEqual([expect.objectContaining({ numberText: '02/QĐ-CĐVC', details: { ground: 'nguoi-bi-to-cao-chet' } })]);
  });

  it('keeps resolving a withdrawal under suspected coercion (Art. 33), returns for more verification, terminates on a free withdrawal', async () => {
    const { handle } = await startDenunciation();
    await h.act(handle, 'xu-ly-ban-dau', 'approve', { actor: ubkt });
    await h.act(handle, 'thu-ly', 'approve', { actor: chutich });
    const first = await h.openStep(handle, 'xac-minh');
    await h.act(handle, 'xac-minh', 'withdraw', { actor: chutich, comment: 'Đơn rút có dấu hiệu bị ép buộc', data: { coercionSuspected: true } });
    const second = await h.openStep(handle, 'xac-minh');
    expect(second.taskId).not.toBe(first.taskId);
    expect(second).toMatchObject({ dueDate: first.dueDate, clock: first.clock });
    expect(h.recorder.documents('qd-dinh-chi-giai-quyet-to-cao')).toEqual([]);

    await h.act(handle, 'xac-minh', 'approve', { actor: ubkt, comment: 'Báo cáo xác minh' });
    await h.act(handle, 'ket-luan', 'return', { actor: chutich, comment: 'Xác minh thêm', data: { missing: ['giai-trinh'] } });
    const third = await h.openStep(handle, 'xac-minh');
    expect(third).toMatchObject({ dueDate: first.dueDate });

    await h.act(handle, 'xac-minh', 'withdraw', { actor: chutich, comment: 'Người tố cáo rút toàn bộ tố cáo' });
    await expect(handle.result()).resolves.toMatchObject({ status: 'TERMINATED', documentNumber: '02/QĐ-CĐVC' });
    expect(h.recorder.documents('qd-dinh-chi-giai-quyet-to-cao')).toEqual([expect.objectContaining({ details: { ground: 'rut-toan-bo-to-cao' } })]);
  });
});
