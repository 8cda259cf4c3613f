import { Workbook } from 'exceljs';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface CaseDocument {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  signer: string;
}
interface CaseBody {
  id: string;
  code: string;
  status: string;
  data: Record<string, unknown>;
  documents: CaseDocument[];
  timeline: { kind: string; stepKey: string | null; data: Record<string, unknown> | null }[];
}
interface Link {
  id: string;
  number: string;
  issuedOn: string;
}
interface RegisterEntry {
  id: string;
  number: string;
  sequence: number;
  typeCode: string;
  typeName: string;
  secret: boolean;
  kind: string;
  issuedOn: string;
  summary: string | null;
  signer: string;
  recipients: string[] | null;
  caseId: string | null;
  caseCode: string | null;
  restricted: boolean;
  replaces: Link | null;
  replacedBy: Link | null;
  corrects: Link | null;
  correctedBy: Link[];
}
interface RegisterPage {
  issuer: { id: string; code: string; name: string };
  year: number;
  items: RegisterEntry[];
  nextCursor: string | null;
}

const pdfText = (pdf: Buffer): string => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString().replace(/\s+/g, ' ');
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const viDate = (date: string) => date.split('-').reverse().join('/');

describe('ban hành văn bản over HTTP: drafted, signed TM./KT./TUQ., numbered, registered, corrected (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const { token, userId, unit, signIn, request, openTask } = caseClient<CaseBody>();
  let cdvcId: string;
  const today = vietnamDate(new Date());
  const year = Number(today.slice(0, 4));

  const download = async (path: string, who: string) => {
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const act = async (who: string, caseId: string, stepKey: string, action: string, extra: Record<string, unknown> = {}) => {
    const task = await openTask(who, caseId, stepKey);
    const res = await request<{ case: CaseBody } & ErrorBody>('POST', `/api/tasks/${task.id}/actions`, who, { action, ...extra });
    expect([res.status, res.body.error]).toEqual([200, undefined]);
    return res.body.case;
  };
  const getCase = async (id: string, who = 'canbo') => (await request<CaseBody>('GET', `/api/cases/${id}`, who)).body;
  const registerOf = async (query: string, who = 'vanthu') => request<RegisterPage & ErrorBody>('GET', `/api/documents/register?issuerUnitId=${cdvcId}&year=${year}${query}`, who);

  const open = (data: Record<string, unknown>, who = 'canbo') =>
    request<CaseBody & ErrorBody>('POST', '/api/cases', who, { procedureCode: 'ban-hanh-van-ban', orgUnitId: cdvcId, title: String(data.summary ?? 'Văn bản'), data });
  const draft = (over: Record<string, unknown> = {}) => ({
    documentType: 'KH',
    summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
    signerId: userId.chutich,
    content: 'I. MỤC ĐÍCH, YÊU CẦU\nTổ chức thiết thực, hiệu quả.\nII. NỘI DUNG\nThăm hỏi, tặng quà đoàn viên khó khăn.',
    recipients: ['Các công đoàn cơ sở trực thuộc', 'Ban Thường vụ LĐLĐ tỉnh (để b/c)'],
    ...over,
  });
  /** Opened by canbo, then the draft, its approval by the signer, the content and format checks: at the signature. */
  const toSignature = async (data: Record<string, unknown>, signer: string) => {
    const opened = await open(data);
    expect([opened.status, opened.body.error]).toEqual([201, undefined]);
    await act('canbo', opened.body.id, 'soan-thao', 'approve');
    await act(signer, opened.body.id, 'duyet-du-thao', 'approve', { comment: 'Đồng ý dự thảo' });
    await act('canbo', opened.body.id, 'kiem-tra-noi-dung', 'approve');
    await act('vanthu', opened.body.id, 'kiem-tra-the-thuc', 'approve');
    return opened.body;
  };
  /** The văn thư numbers it and dispatches it: the case ends ISSUED with its document. */
  const issueAndDispatch = async (caseId: string) => {
    await act('vanthu', caseId, 'vao-so', 'issue');
    await act('vanthu', caseId, 'phat-hanh', 'approve');
    return eventually(async () => {
      const kase = await getCase(caseId);
      return kase.status === 'ISSUED' ? kase : undefined;
    }, 'the case to be ISSUED');
  };
  const signedWith = (kase: CaseBody) => kase.timeline.find((e) => e.kind === 'action' && e.stepKey === 'ky-ban-hanh')?.data;
  const documentOf = (kase: CaseBody, kind = 'van-ban') => kase.documents.find((d) => d.kind === kind)!;
  const standIn = async (principal: string, substitute: string, from: string, to: string, scope: string, reference: string) => {
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      // Written straight to the table: the API refuses a stand-in that has already ended.
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO stand_ins (principal_user_id, substitute_user_id, org_unit_id, valid_from, valid_to, scope, reference, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $1) RETURNING id`,
        [userId[principal], userId[substitute], cdvcId, from, to, scope, reference],
      );
      return rows[0].id;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await signIn(stack, ['admin', 'canbo', 'chutich', 'phochutich', 'vanthu', 'ubkt', 'cdcs']);
    cdvcId = unit['CĐVC'];
  });
  afterAll(() => stack?.stop());

  describe('a plan (KH) drafted by canbo, signed by the Chủ tịch, numbered and dispatched the same day', () => {
    let kase: CaseBody;
    let plan: CaseDocument;
    let notice: RegisterEntry;

    beforeAll(async () => {
      const opened = await toSignature(draft(), 'chutich');
      expect(opened.data).toMatchObject({
        signer: { userId: userId.chutich, fullName: 'Nguyễn Văn Hùng' },
        drafter: { userId: userId.canbo, fullName: 'Lê Minh Tuấn' },
      });
      await act('chutich', opened.id, 'ky-ban-hanh', 'sign');
      kase = await issueAndDispatch(opened.id);
      plan = documentOf(kase);

      // A case's own notice is numbered in the same register: a founding dossier accepted at the CĐVC.
      const founding = await request<CaseBody>('POST', '/api/cases', 'canbo', {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: cdvcId,
        title: 'Thành lập CĐCS Công ty TNHH Gỗ Đức Long',
        data: { unitName: 'Công ty TNHH Gỗ Đức Long', memberCount: 27, applicants: [{ fullName: 'Đỗ Thị Ngọc Ánh' }] },
      });
      await act('canbo', founding.body.id, 'kiem-tra-ho-so', 'approve');
      notice = await eventually(async () => (await registerOf('&typeCode=TB')).body.items?.find((e) => e.caseId === founding.body.id), 'the receipt notice in the register');
    });

    it('is ISSUED with the number 01/KH-CĐVC dated today, signed TM. by the Chủ tịch', () => {
      expect(kase.status).toBe('ISSUED');
      expect(plan).toMatchObject({ number: '01/KH-CĐVC', issuedAt: today, signer: 'Nguyễn Văn Hùng' });
      expect(signedWith(kase)).toMatchObject({ action: 'sign', signingMode: 'TM' });
    });

    it('downloads as a PDF with its number, type, trích yếu and the TM. signature block', async () => {
      const pdf = await download(`/api/documents/${plan.id}/file`, 'canbo');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(pdf.bytes);
      for (const expected of ['Số: 01/KH-CĐVC', 'KẾ HOẠCH', 'Tổ chức các hoạt động Tháng Công nhân năm 2026', 'TM. BAN THƯỜNG VỤ', 'Nguyễn Văn Hùng']) {
        expect(text).toContain(expected);
      }
    });

    it('is in the register with its trích yếu, signer, recipients and case, after the case notices of other types', async () => {
      const res = await registerOf('');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ issuer: { id: cdvcId, code: 'CĐVC' }, year, nextCursor: null });
      const entry = res.body.items.find((e) => e.id === plan.id);
      expect(entry).toEqual({
        id: plan.id,
        number: '01/KH-CĐVC',
        sequence: 1,
        typeCode: 'KH',
        typeName: 'Kế hoạch',
        secret: false,
        kind: 'van-ban',
        issuedOn: today,
        summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
        signer: 'Nguyễn Văn Hùng',
        signerTitle: 'Chủ tịch',
        recipients: ['Các công đoàn cơ sở trực thuộc', 'Ban Thường vụ LĐLĐ tỉnh (để b/c)'],
        caseId: kase.id,
        caseCode: kase.code,
        restricted: false,
        replaces: null,
        replacedBy: null,
        corrects: null,
        correctedBy: [],
      });
      // Not only drafted documents: the founding case's receipt notice, with the recipients its paper lists.
      expect(notice).toMatchObject({ number: '01/TB-CĐVC', typeName: 'Thông báo', kind: 'tb-tiep-nhan-ho-so', restricted: false });
      expect(notice.recipients?.length).toBeGreaterThan(0);
      expect(notice.recipients!.some((r) => /^Lưu/.test(r))).toBe(false);
      // In number order per type code.
      const keys = res.body.items.map((e) => `${e.typeCode}|${e.secret}|${String(e.sequence).padStart(4, '0')}`);
      expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('pages the register with a cursor, and filters by type', async () => {
      const first = await registerOf('&limit=1');
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await registerOf(`&limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      expect((await registerOf('&typeCode=KH')).body.items.every((e) => e.typeCode === 'KH')).toBe(true);
    });

    it('exports the register as CSV (UTF-8 with BOM, Vietnamese header) and as an Excel workbook', async () => {
      const csv = await download(`/api/documents/register?issuerUnitId=${cdvcId}&year=${year}&format=csv`, 'vanthu');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toContain(`so-van-ban-di_CDVC_${year}.csv`);
      const text = csv.bytes.toString('utf8');
      expect(text.startsWith('\uFEFFSố, ký hiệu văn bản') || text.startsWith('\uFEFF"Số, ký hiệu văn bản"')).toBe(true);
      expect(text).toContain(`01/KH-CĐVC,${viDate(today)},Kế hoạch,Tổ chức các hoạt động Tháng Công nhân năm 2026,Nguyễn Văn Hùng (Chủ tịch)`);
      expect(text).toContain('01/TB-CĐVC');

      const xlsx = await download(`/api/documents/register?issuerUnitId=${cdvcId}&year=${year}&format=xlsx`, 'vanthu');
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const book = new Workbook();
      await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Sổ văn bản đi')!;
      expect(String(sheet.getCell('A1').value)).toContain(`SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM ${year}`);
      expect(sheet.getRow(2).getCell(1).value).toBe('Số, ký hiệu văn bản');
      const numbers = sheet.getColumn(1).values.slice(3);
      expect(numbers).toEqual(expect.arrayContaining(['01/KH-CĐVC', '01/TB-CĐVC']));
    });

    it('is seen only by users who may see the issuer: 404 to another unit, 400 for bad parameters', async () => {
      expect((await registerOf('', 'cdcs')).status).toBe(404);
      const bad = await request<ErrorBody>('GET', `/api/documents/register?year=12&typeCode=K1&format=pdf`, 'vanthu');
      expect(bad.status).toBe(400);
      expect(fieldRules(bad.body)).toEqual(expect.arrayContaining(['issuerUnitId:required', 'year:min', 'typeCode:matches', 'format:isIn']));
      expect((await registerOf('&cursor=bm9wZQ')).status).toBe(400);
    });
  });

  describe('intake', () => {
    it('answers 400 naming each missing or malformed field', async () => {
      const res = await open({});
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['data.documentType:required', 'data.summary:required', 'data.signerId:required', 'data.recipients:required']);
      const bad = await open(draft({ documentType: 'XX', recipients: [], corrects: { documentId: 'số 1', kind: 'content' } }));
      expect(fieldRules(bad.body)).toEqual(['data.documentType:isIn', 'data.recipients:arrayMinSize', 'data.corrects.documentId:isUuid']);
    });

    it('refuses a signer who is not a leader of the unit (422 UNKNOWN_SIGNER), and a drafter who is not an officer there', async () => {
      const clerk = await open(draft({ signerId: userId.vanthu }));
      expect(clerk.status).toBe(422);
      expect(clerk.body.error).toBe('UNKNOWN_SIGNER');
      expect(clerk.body.message).toBe('Võ Thị Hoa không phải lãnh đạo của Công đoàn Viên chức tỉnh Gia Lai nên không thể là người ký văn bản của đơn vị');
      expect(fieldRules(clerk.body)).toEqual(['data.signerId:leaderOfUnit']);
      const nobody = await open(draft({ signerId: '00000000-0000-4000-8000-000000000000' }));
      expect([nobody.status, nobody.body.error]).toEqual([422, 'UNKNOWN_SIGNER']);
      const drafter = await open(draft({ drafterId: userId.ubkt }));
      expect([drafter.status, drafter.body.error]).toEqual([422, 'UNKNOWN_DRAFTER']);
    });

    it('answers 404 for a correction of a document that does not exist or the caller may not see', async () => {
      const res = await open(draft({ corrects: { documentId: '00000000-0000-4000-8000-000000000000', kind: 'format' } }));
      expect(res.status).toBe(404);
    });
  });

  describe('signing', () => {
    it('a Phó Chủ tịch assigned to sign signs KT. the Chủ tịch', async () => {
      const opened = await toSignature(draft({ documentType: 'TB', summary: 'Lịch tiếp đoàn viên quý II', signerId: userId.phochutich }), 'phochutich');
      await act('phochutich', opened.id, 'ky-ban-hanh', 'sign');
      const kase = await issueAndDispatch(opened.id);
      expect(signedWith(kase)).toMatchObject({ signingMode: 'KT', principalTitle: 'Chủ tịch' });
      const doc = documentOf(kase);
      expect(doc.number).toMatch(/^\d{2}\/TB-CĐVC$/);
      const text = pdfText((await download(`/api/documents/${doc.id}/file`, 'canbo')).bytes);
      expect(text).toContain('KT. CHỦ TỊCH');
      expect(text).toContain('PHÓ CHỦ TỊCH');
      expect(text).toContain('Trần Thị Mai');
    });

    describe('for the Chủ tịch by someone else', () => {
      let caseId: string;
      let taskId: string;
      const sign = (who: string, data?: Record<string, unknown>) => request<ErrorBody & { case: CaseBody }>('POST', `/api/tasks/${taskId}/actions`, who, { action: 'sign', ...(data ? { data } : {}) });

      beforeAll(async () => {
        caseId = (await toSignature(draft({ documentType: 'BC', summary: 'Kết quả hoạt động quý I năm 2026' }), 'chutich')).id;
        taskId = (await openTask('chutich', caseId, 'ky-ban-hanh')).id;
      });

      it('is refused to a stranger (403), another leader not assigned (403), and a user of another unit (404)', async () => {
        const ubkt = await sign('ubkt');
        expect(ubkt.status).toBe(403);
        expect(ubkt.body.message).toContain('Nguyễn Văn Hùng');
        expect((await sign('phochutich')).status).toBe(403);
        expect((await sign('cdcs')).status).toBe(404);
      });

      it('is refused on a stand-in that has expired (422 DELEGATION_EXPIRED, naming its dates), or not begun', async () => {
        const from = addDays(today, -30);
        const to = addDays(today, -10);
        const expired = await standIn('chutich', 'canbo', from, to, 'Ký các văn bản hành chính trong thời gian Chủ tịch đi học', 'Giấy ủy quyền số 01/GUQ-CĐVC');
        const res = await sign('canbo', { delegationRef: expired });
        expect(res.status).toBe(422);
        expect(res.body.error).toBe('DELEGATION_EXPIRED');
        expect(res.body.message).toContain(`từ ngày ${viDate(from)} đến hết ngày ${viDate(to)}`);
        expect(res.body.messageEn).toContain(`valid from ${from} to ${to}`);
        // Without naming it, the caller's stand-ins from the signer are looked up: the same refusal, not a bare 403.
        expect((await sign('canbo')).body.error).toBe('DELEGATION_EXPIRED');

        const later = await standIn('chutich', 'canbo', addDays(today, 20), addDays(today, 25), 'Ký văn bản', 'Giấy ủy quyền số 02/GUQ-CĐVC');
        expect((await sign('canbo', { delegationRef: later })).body.error).toBe('DELEGATION_NOT_YET_VALID');
        // A stand-in of someone other than the signer: no sub-delegation.
        const other = await standIn('phochutich', 'canbo', today, addDays(today, 2), 'Ký văn bản', 'Giấy ủy quyền số 03/GUQ-CĐVC');
        expect((await sign('canbo', { delegationRef: other })).body.error).toBe('DELEGATION_NOT_FROM_SIGNER');
        const unknown = await sign('canbo', { delegationRef: '00000000-0000-4000-8000-000000000000' });
        expect([unknown.status, unknown.body.error]).toEqual([422, 'DELEGATION_UNKNOWN']);
        expect((await request<ErrorBody>('POST', `/api/tasks/${taskId}/actions`, 'chutich', { action: 'return', comment: 'x', data: { delegationRef: expired } })).status).toBe(400);
      });

      it('is refused on a stand-in in force whose scope does not name signing (422 DELEGATION_SCOPE)', async () => {
        const created = await request<{ id: string }>('POST', '/api/stand-ins', 'chutich', {
          principalUserId: userId.chutich,
          substituteUserId: userId.vanthu,
          orgUnitId: cdvcId,
          validFrom: today,
          validTo: addDays(today, 3),
          scope: 'Toàn bộ công việc',
          reference: 'Giấy ủy quyền số 04/GUQ-CĐVC',
        });
        expect(created.status).toBe(201);
        const res = await sign('vanthu');
        expect([res.status, res.body.error]).toEqual([422, 'DELEGATION_SCOPE']);
        expect((await request('DELETE', `/api/stand-ins/${created.body.id}`, 'chutich')).status).toBe(204);
      });

      it('lets the substitute of a written delegation in force sign TUQ. the Chủ tịch', async () => {
        const created = await request<{ id: string }>('POST', '/api/stand-ins', 'chutich', {
          principalUserId: userId.chutich,
          substituteUserId: userId.canbo,
          orgUnitId: cdvcId,
          validFrom: today,
          validTo: addDays(today, 3),
          scope: 'Ký thay các báo cáo, kế hoạch trong thời gian Chủ tịch đi công tác',
          reference: 'Giấy ủy quyền số 05/GUQ-CĐVC',
        });
        expect(created.status).toBe(201);
        const res = await sign('canbo', { delegationRef: created.body.id });
        expect([res.status, res.body.error]).toEqual([200, undefined]);
        const kase = await issueAndDispatch(caseId);
        expect(signedWith(kase)).toMatchObject({ signingMode: 'TUQ', principalTitle: 'Chủ tịch', delegationRef: created.body.id });
        const doc = documentOf(kase);
        expect(doc.signer).toBe('Lê Minh Tuấn');
        const text = pdfText((await download(`/api/documents/${doc.id}/file`, 'canbo')).bytes);
        expect(text).toContain('TUQ. CHỦ TỊCH');
        expect(text).toContain('Lê Minh Tuấn');
        expect((await request('DELETE', `/api/stand-ins/${created.body.id}`, 'chutich')).status).toBe(204);
      });
    });
  });

  describe('numbering', () => {
    it('numbers a secret document in its own series, apart from the ordinary one of the same type', async () => {
      const before = (await registerOf('&typeCode=KH&secret=false')).body.items.map((e) => e.sequence);
      const opened = await toSignature(draft({ summary: 'Phương án bảo vệ bí mật nội bộ', secret: true }), 'chutich');
      await act('chutich', opened.id, 'ky-ban-hanh', 'sign');
      const secret = documentOf(await issueAndDispatch(opened.id));
      expect(secret.number).toBe('01/KH-CĐVC');
      const series = (await registerOf('&typeCode=KH&secret=true')).body.items;
      expect(series.map((e) => [e.id, e.sequence, e.secret])).toEqual([[secret.id, 1, true]]);
      // The ordinary series is untouched: its next number follows its own last one.
      expect((await registerOf('&typeCode=KH&secret=false')).body.items.map((e) => e.sequence)).toEqual(before);
      const all = (await registerOf('&typeCode=KH')).body.items;
      expect(all.at(-1)).toMatchObject({ id: secret.id, secret: true });
    });
  });

  describe('corrections (NĐ 30/2020 Art. 18(3))', () => {
    let original: CaseDocument;

    beforeAll(async () => {
      const opened = await toSignature(draft({ summary: 'Tổ chức Hội thao công nhân viên chức năm 2026' }), 'chutich');
      await act('chutich', opened.id, 'ky-ban-hanh', 'sign');
      original = documentOf(await issueAndDispatch(opened.id));
    });

    it('a format error: a công văn đính chính (CV), linked to the document it corrects', async () => {
      const opened = await toSignature(
        draft({ documentType: 'KH', summary: 'Đính chính thể thức Kế hoạch tổ chức Hội thao', corrects: { documentId: original.id, kind: 'format' } }),
        'chutich',
      );
      expect(opened.data).toMatchObject({
        documentType: 'CV',
        corrects: { documentId: original.id, kind: 'format' },
        corrected: { numberText: original.number, issuedOn: original.issuedAt, summary: 'Tổ chức Hội thao công nhân viên chức năm 2026' },
      });
      await act('chutich', opened.id, 'ky-ban-hanh', 'sign');
      const letter = documentOf(await issueAndDispatch(opened.id), 'cv-dinh-chinh');
      expect(letter.number).toMatch(/^\d{2}\/CV-CĐVC$/);
      expect(pdfText((await download(`/api/documents/${letter.id}/file`, 'canbo')).bytes)).toContain(original.number);

      const described = await request<Record<string, unknown>>('GET', `/api/documents/${letter.id}`, 'canbo');
      expect(described.body).toMatchObject({ kind: 'cv-dinh-chinh', corrects: { id: original.id, number: original.number, issuedOn: original.issuedAt } });
      const entries = (await registerOf('')).body.items;
      expect(entries.find((e) => e.id === letter.id)).toMatchObject({ typeCode: 'CV', corrects: { id: original.id, number: original.number } });
      expect(entries.find((e) => e.id === original.id)?.correctedBy).toEqual([{ id: letter.id, number: letter.number, issuedOn: letter.issuedAt }]);
    });

    it('a content error: a new document that replaces the old one, shown both ways in the register', async () => {
      const correction = { documentId: original.id, kind: 'content' };
      const opened = await toSignature(draft({ summary: 'Tổ chức Hội thao công nhân viên chức năm 2026 (thay thế)', corrects: correction }), 'chutich');
      // One replacement at a time.
      const second = await open(draft({ corrects: correction }));
      expect([second.status, second.body.error]).toEqual([409, 'REPLACEMENT_UNDER_WAY']);
      expect(second.body.message).toContain(original.number);

      await act('chutich', opened.id, 'ky-ban-hanh', 'sign');
      const replacement = documentOf(await issueAndDispatch(opened.id));
      expect(replacement.number).toMatch(/^\d{2}\/KH-CĐVC$/);

      const entries = (await registerOf('&typeCode=KH')).body.items;
      expect(entries.find((e) => e.id === replacement.id)).toMatchObject({ replaces: { id: original.id, number: original.number, issuedOn: original.issuedAt } });
      expect(entries.find((e) => e.id === original.id)).toMatchObject({ replacedBy: { id: replacement.id, number: replacement.number, issuedOn: replacement.issuedAt } });
      const old = await request<Record<string, unknown>>('GET', `/api/documents/${original.id}`, 'canbo');
      expect(old.body).toMatchObject({ replacedBy: { id: replacement.id, number: replacement.number } });
      const csv = (await download(`/api/documents/register?issuerUnitId=${cdvcId}&year=${year}&format=csv`, 'vanthu')).bytes.toString('utf8');
      expect(csv).toContain(`Đã được thay thế bằng văn bản số ${replacement.number}`);

      // A replaced document is corrected no further: its replacement is.
      const again = await open(draft({ corrects: { documentId: original.id, kind: 'format' } }));
      expect([again.status, again.body.error]).toEqual([422, 'DOCUMENT_REPLACED']);
    });
  });
});
