import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import JSZip from 'jszip';
import { caseWorkflowId } from '@congdoan/contracts';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';
import { caughtMail, waitForMail } from '../support/mailbox';

interface CaseBody {
  id: string;
  code: string;
  title: string;
  status: string;
  data: Record<string, unknown> & { content: string; denouncer?: { fullName: string } };
  identity?: { protected: boolean; visibleToYou: boolean };
  documents: { id: string; kind: string; number: string }[];
  attachments: { id: string; fileName: string; dossierItem: string }[];
  clock?: { dueAt: string | null; paused: boolean; extensions: unknown[] };
}

// Distinctive enough that finding any of them anywhere is a leak.
const DENOUNCER = { fullName: 'Trịnh Thị Bảo Châu', address: '45 Hai Bà Trưng, phường Tây Sơn, Pleiku', phone: '0912 345 678' };
const LEAKS = ['Bảo Châu', 'Bao Chau', 'BẢO CHÂU', 'Hai Bà Trưng', '0912 345', '0912.345', '0912345678', '345 678'];
const leaked = (text: string) => LEAKS.filter((s) => text.includes(s));

describe('denunciations over HTTP: the denouncer stays hidden, conflicts of interest are refused (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const api = caseClient<CaseBody>();
  const { token, userId, get, act } = api;
  let cdvcId: string;
  let caseId: string;
  /** every response body a user outside the case received, checked for leaks at the end */
  const outsiderResponses: { who: string; what: string; text: string }[] = [];

  const asOutsider = async (who: string, path: string) => {
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    let text = bytes.toString('utf8');
    if (res.headers.get('content-type')?.includes('spreadsheetml')) {
      const zip = await JSZip.loadAsync(bytes);
      text = (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
    }
    outsiderResponses.push({ who, what: `${path} → ${res.status}`, text });
    return res.status;
  };
  // The one case of this spec.
  const openTask = (who: string, stepKey: string) => api.openTask(who, caseId, stepKey);
  const caseAs = (who: string) => api.caseOf(who, caseId);
  const upload = (who: string, dossierItem: string, fileName: string) => api.upload(who, caseId, dossierItem, fileName);
  const pdfText = async (who: string, documentId: string) => {
    const res = await fetch(`${stack.baseUrl}/api/documents/${documentId}/file?format=pdf`, { headers: { authorization: `Bearer ${token[who]}` } });
    if (res.status !== 200) return { status: res.status, text: await res.text() };
    const dir = mkdtempSync(join(tmpdir(), 'tc-doc-'));
    writeFileSync(join(dir, 'd.pdf'), Buffer.from(await res.arrayBuffer()));
    return { status: 200, text: execFileSync('pdftotext', ['-layout', join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }) };
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await api.signIn(stack, ['ubkt', 'ubkt2', 'ubkttinh', 'chutich', 'phochutich', 'canbo', 'vanthu', 'cdcs', 'lanhdao', 'admin']);
    cdvcId = api.unit['CĐVC'];
  }, 120_000);
  afterAll(() => stack?.stop());

  it('refuses a denunciation against the head of the receiving union: the upper union resolves it', async () => {
    const res = await stack.request<ErrorBody>('POST', '/api/cases', {
      token: token.ubkt,
      body: { procedureCode: 'to-cao', orgUnitId: cdvcId, title: 'Tố cáo Phó Chủ tịch', data: { denouncer: DENOUNCER, accused: { fullName: 'Trần Thị Mai', userId: userId.phochutich }, content: 'Sai phạm' } },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('ACCUSED_HEADS_UNIT');
    expect(res.body.message).toContain('Liên đoàn Lao động tỉnh Gia Lai');
    expect(leaked(JSON.stringify(res.body))).toEqual([]);
  });

  it('names the missing fields of a denunciation (400), never what was typed', async () => {
    const res = await stack.request<ErrorBody>('POST', '/api/cases', {
      token: token.ubkt,
      body: { procedureCode: 'to-cao', orgUnitId: cdvcId, title: 'Tố cáo', data: { denouncer: { fullName: DENOUNCER.fullName } } },
    });
    expect(res.status).toBe(400);
    expect(fieldRules(res.body)).toEqual(['data.denouncer.address:required', 'data.accused:required', 'data.content:required']);
    expect(leaked(JSON.stringify(res.body))).toEqual([]);
  });

  it('records a denunciation with the identity sealed: the title and content the others see are cleared of it', async () => {
    const res = await stack.request<CaseBody>('POST', '/api/cases', {
      token: token.ubkt,
      body: {
        procedureCode: 'to-cao',
        orgUnitId: cdvcId,
        title: `Đơn tố cáo của bà ${DENOUNCER.fullName}`,
        data: {
          denouncer: DENOUNCER,
          accused: { fullName: 'Lê Minh Tuấn', position: 'Chuyên viên Ban Tổ chức', userId: userId.canbo },
          content: `Tôi là Trinh Thi Bao Chau, ở ${DENOUNCER.address}, điện thoại 0912.345.678, tố cáo ông Lê Minh Tuấn nhận tiền để xét hồ sơ thành lập CĐCS.`,
        },
      },
    });
    expect(res.status).toBe(201);
    caseId = res.body.id;
    expect(res.body.code).toMatch(/^TC-\d{4}-\d{4}$/);
    expect(leaked(JSON.stringify(res.body))).toEqual([]);
    expect(res.body.title).toBe('Đơn tố cáo của bà [đã ẩn danh tính]');
    expect(res.body.data.content).toContain('tố cáo ông Lê Minh Tuấn nhận tiền');
  });

  it('shows the identity to the UBKT member who received it, not yet to the leaders, and records each read', async () => {
    const view = await caseAs('ubkt');
    expect(view.status).toBe(200);
    expect(view.body.identity).toEqual({ protected: true, visibleToYou: true });
    expect(view.body.data.denouncer).toMatchObject({ fullName: DENOUNCER.fullName, address: DENOUNCER.address });
    expect(view.body.title).toBe(`Đơn tố cáo của bà ${DENOUNCER.fullName}`);
    // A leader becomes the deciding leader (người giải quyết) by deciding on the case; until then, the case is redacted.
    const leader = await caseAs('chutich');
    expect(leader.body.identity).toEqual({ protected: true, visibleToYou: false });
    expect(leaked(JSON.stringify(leader.body))).toEqual([]);
    const audit = await get<{ items: { fullName: string; purpose: string }[] }>('ubkt', `/api/cases/${caseId}/identity-reads`);
    expect(audit.body.items.map((r) => `${r.fullName}:${r.purpose}`)).toEqual(['Phạm Thị Lan:case']);
    expect((await get('ubkt2', `/api/cases/${caseId}/identity-reads`)).status).toBe(403);
  });

  it('hides the case from the accused and from staff outside the UBKT and the leaders, and the identity from an unassigned UBKT member', async () => {
    expect((await caseAs('canbo')).status).toBe(404); // the accused
    expect((await caseAs('vanthu')).status).toBe(404); // a clerk: not a UBKT or leader role
    const other = await caseAs('ubkt2');
    expect(other.status).toBe(200);
    expect(other.body.identity).toEqual({ protected: true, visibleToYou: false });
    expect(other.body.data.denouncer).toBeUndefined();
    const cases = await get<{ items: { id: string }[] }>('canbo', '/api/cases?limit=200');
    expect(cases.body.items.map((c) => c.id)).not.toContain(caseId);
  });

  it('accepts it through the leader, sends the notices, and lets only the readers open the one addressed to the denouncer', async () => {
    await upload('ubkt', 'don-to-cao', `Don to cao - ${DENOUNCER.fullName}.pdf`);
    await upload('ubkt', 'tai-lieu-chung-cu', `Chung cu kem theo don cua Trinh Thi Bao Chau.pdf`);
    const banDau = await openTask('ubkt', 'xu-ly-ban-dau');
    expect((await act('ubkt', banDau.id, { action: 'approve', comment: `Đủ điều kiện thụ lý; đã gặp bà ${DENOUNCER.fullName} xác nhận.` })).status).toBe(200);
    const thuLy = await openTask('chutich', 'thu-ly');
    const accepted = await act('chutich', thuLy.id, { action: 'approve', comment: 'Thụ lý' });
    expect(accepted.status).toBe(200);
    const view = await eventually(async () => {
      const v = await caseAs('chutich');
      return v.body.documents.length >= 3 ? v.body : undefined;
    }, 'the acceptance documents');
    const kinds = view.documents.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['qd-thu-ly-to-cao', 'tb-thu-ly-to-cao', 'tb-noi-dung-to-cao']));
    const toDenouncer = view.documents.find((d) => d.kind === 'tb-thu-ly-to-cao')!;
    const toAccused = view.documents.find((d) => d.kind === 'tb-noi-dung-to-cao')!;
    const decision = view.documents.find((d) => d.kind === 'qd-thu-ly-to-cao')!;

    // Having signed the acceptance, the leader is the deciding leader: the identity is now theirs to see.
    expect((await caseAs('chutich')).body.data.denouncer).toMatchObject({ fullName: DENOUNCER.fullName });
    expect((await caseAs('phochutich')).body.identity).toEqual({ protected: true, visibleToYou: false });
    const forDenouncer = await pdfText('chutich', toDenouncer.id);
    expect(forDenouncer.status).toBe(200);
    expect(forDenouncer.text.replace(/\s+/g, ' ')).toContain(DENOUNCER.fullName);
    expect((await pdfText('ubkt2', toDenouncer.id)).status).toBe(403);
    for (const doc of [toAccused, decision]) {
      const { status, text } = await pdfText('ubkt2', doc.id);
      expect(status).toBe(200);
      expect(leaked(text.replace(/\s+/g, ' '))).toEqual([]);
    }
    const audit = await get<{ items: { purpose: string }[] }>('chutich', `/api/cases/${caseId}/identity-reads`);
    expect(audit.body.items.map((r) => r.purpose)).toContain('document');
  });

  it('refuses to put the accused on the verification team, and says why', async () => {
    const xacMinh = await openTask('ubkt', 'xac-minh');
    const res = await act('ubkt', xacMinh.id, { action: 'assign', data: { memberIds: [userId.canbo] } });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('CONFLICT_OF_INTEREST');
    expect(res.body.message).toContain('Lê Minh Tuấn là người bị tố cáo');
    const team = await act('ubkt', xacMinh.id, { action: 'assign', data: { memberIds: [userId.ubkt2, userId.ubkt] } });
    expect(team.status).toBe(200);
    // Now on the team: the second UBKT member may read the identity.
    expect((await caseAs('ubkt2')).body.identity).toEqual({ protected: true, visibleToYou: true });
  });

  it('extends once by a leader decision with its complexity criterion, suspends with a ground and resumes', async () => {
    const xacMinh = await openTask('ubkt2', 'xac-minh');
    const byUbkt = await act('ubkt2', xacMinh.id, { action: 'extend', comment: 'Phức tạp', data: { amount: 30, criteria: ['nhieu-noi-dung-dia-diem'] } });
    expect(byUbkt.status).toBe(403);
    const noCriterion = await act('chutich', xacMinh.id, { action: 'extend', comment: 'Cần thêm thời gian', data: { amount: 30 } });
    expect(noCriterion.status).toBe(422);
    expect(noCriterion.body.message).toContain('NĐ 31/2019');
    const before = (await caseAs('chutich')).body.clock!.dueAt!;
    const extended = await act('chutich', xacMinh.id, { action: 'extend', comment: 'Vụ việc nhiều nội dung', data: { amount: 30, criteria: ['nhieu-noi-dung-dia-diem'] } });
    expect(extended.status).toBe(200);
    const second = await act('chutich', xacMinh.id, { action: 'extend', comment: 'Gia hạn lần 2', data: { amount: 30, criteria: ['nhieu-noi-dung-dia-diem'] } });
    expect(second.status).toBe(422);
    expect(second.body.message).toContain('chỉ được gia hạn 1 lần');
    const after = (await caseAs('chutich')).body.clock!;
    expect(after.extensions).toHaveLength(1);
    expect(after.dueAt! > before).toBe(true);

    const noGround = await act('chutich', xacMinh.id, { action: 'suspend', comment: 'Chờ giám định' });
    expect(noGround.status).toBe(400);
    expect(fieldRules(noGround.body)).toEqual(['data.ground:required']);
    expect((await act('chutich', xacMinh.id, { action: 'suspend', comment: 'Chờ kết quả giám định chữ ký', data: { ground: 'doi-ket-qua-giam-dinh' } })).status).toBe(200);
    expect((await caseAs('chutich')).body.clock).toMatchObject({ paused: true, dueAt: null });
    expect((await act('chutich', xacMinh.id, { action: 'resume', comment: 'Đã có kết quả giám định' })).status).toBe(200);
    const resumed = (await caseAs('chutich')).body;
    expect(resumed.clock).toMatchObject({ paused: false, dueAt: after.dueAt }); // suspended and resumed the same day: no day lost
    expect(resumed.documents.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['qd-gia-han-giai-quyet-to-cao', 'qd-tam-dinh-chi-giai-quyet-to-cao', 'qd-tiep-tuc-giai-quyet-to-cao']),
    );
  });

  it('concludes: a verification report is required, then the kết luận is issued without the denouncer', async () => {
    const xacMinh = await openTask('ubkt2', 'xac-minh');
    const noReport = await act('ubkt2', xacMinh.id, { action: 'approve', comment: 'Đã xác minh' });
    expect(noReport.status).toBe(422);
    expect(noReport.body.error).toBe('DOSSIER_FILE_MISSING');
    await upload('ubkt2', 'bao-cao-xac-minh', 'Bao cao xac minh.pdf');
    expect((await act('ubkt2', xacMinh.id, { action: 'approve', comment: 'Có căn cứ một phần' })).status).toBe(200);
    const ketLuan = await openTask('chutich', 'ket-luan');
    const noFinding = await act('chutich', ketLuan.id, { action: 'approve', comment: 'Kết luận' });
    expect(noFinding.status).toBe(422);
    const concluded = await act('chutich', ketLuan.id, { action: 'approve', comment: 'Tố cáo đúng một phần.', data: { finding: 'dung-mot-phan', measures: 'Kiểm điểm, rút kinh nghiệm' } });
    expect(concluded.status).toBe(200);
    const conclusion = await eventually(async () => (await caseAs('chutich')).body.documents.find((d) => d.kind === 'kl-noi-dung-to-cao'), 'the conclusion');
    expect(conclusion.number).toMatch(/^\d{2}\/KL-CĐVC$/);
  });

  it('answers users outside the case without the denouncer anywhere: case, lists, inbox, notifications, files, documents, reports', async () => {
    const outsiders = ['ubkttinh', 'lanhdao', 'phochutich', 'canbo', 'vanthu', 'cdcs', 'admin'];
    const view = (await caseAs('chutich')).body;
    for (const who of outsiders) {
      await asOutsider(who, `/api/cases/${caseId}`);
      await asOutsider(who, `/api/cases?limit=200`);
      await asOutsider(who, `/api/cases?q=${encodeURIComponent('Bảo Châu')}`);
      await asOutsider(who, `/api/tasks?limit=200`);
      await asOutsider(who, `/api/tasks/summary`);
      await asOutsider(who, `/api/notifications?limit=200`);
      await asOutsider(who, `/api/cases/${caseId}/attachments`);
      for (const a of view.attachments) await asOutsider(who, `/api/cases/${caseId}/attachments/${a.id}`);
      for (const d of view.documents) {
        await asOutsider(who, `/api/documents/${d.id}`);
        if (d.kind !== 'tb-thu-ly-to-cao') await asOutsider(who, `/api/documents/${d.id}/file?format=docx`);
      }
      await asOutsider(who, `/api/reports/summary`);
      await asOutsider(who, `/api/reports/summary.csv`);
      await asOutsider(who, `/api/reports/summary.xlsx`);
    }
    // ubkttinh (the upper union's UBKT) sees the case itself, redacted: the check above is not vacuous.
    expect(outsiderResponses.find((r) => r.who === 'ubkttinh' && r.what === `/api/cases/${caseId} → 200`)).toBeDefined();
    const leaks = outsiderResponses.flatMap((r) => leaked(r.text).map((s) => `${r.who} ${r.what}: ${s}`));
    expect(leaks).toEqual([]);
  });

  it('sends emails about the case that never name the denouncer, not even to those who may know', async () => {
    // The chairman is told of the acceptance step by email: wait for it, then read every email of this case.
    await waitForMail('chutich@congdoan.example', caseId);
    const mails = (await caughtMail()).filter((m) => m.text.includes(caseId) || m.html.includes(caseId));
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.flatMap((m) => leaked(`${m.subject}\n${m.text}\n${m.html}`))).toEqual([]);
  });

  it('keeps the identity out of the Temporal history, even read without the payload key', async () => {
    const connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
    try {
      const raw = new TemporalClient({ connection });
      const history = await raw.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
      const json = JSON.stringify(history);
      // Payload bytes print as base64: read every such string back as text too.
      const decoded = [...json.matchAll(/"([A-Za-z0-9+/]{8,}={0,2})"/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
      expect(decoded).toContain('binary/encrypted');
      expect(leaked([json, ...decoded].join('\n'))).toEqual([]);
    } finally {
      await connection.close();
    }
  });
});
