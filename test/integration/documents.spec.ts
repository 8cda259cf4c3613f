import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface Task {
  id: string;
  caseId: string;
  stepKey: string;
}
interface CaseDocument {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  signer: string;
  summary: string;
  files: { pdf: string; docx: string };
}
interface CaseBody {
  id: string;
  code: string;
  status: string;
  documents: CaseDocument[];
}

/** The text of a PDF as poppler reads it (what a screen reader or a search index sees), whitespace collapsed. */
const pdfText = (pdf: Buffer): string => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString().replace(/\s+/g, ' ');
const docxText = async (docx: Buffer): Promise<string> => {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/[ \t]+/g, ' ');
};

describe('issued documents over HTTP: numbered, frozen, downloaded as PDF and DOCX (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  let cdvcId: string;

  const request = <T>(method: string, path: string, who: string, body?: unknown) => stack.request<T>(method, path, { token: token[who], body });
  const download = async (path: string, who: string) => {
    const res = await fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const act = async (who: string, caseId: string, stepKey: string, action: string, extra: Record<string, unknown> = {}) => {
    const task = await eventually(
      async () => (await request<{ items: Task[] }>('GET', '/api/tasks', who)).body.items.find((t) => t.caseId === caseId && t.stepKey === stepKey),
      `${stepKey} in ${who}'s inbox`,
    );
    const res = await request<{ case: CaseBody }>('POST', `/api/tasks/${task.id}/actions`, who, { action, ...extra });
    expect(res.status).toBe(200);
    return res.body.case;
  };
  const openFounding = async (unitName: string) => {
    const res = await request<CaseBody>('POST', '/api/cases', 'canbo', {
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: cdvcId,
      title: `Thành lập CĐCS ${unitName}`,
      data: {
        unitName,
        memberCount: 27,
        applicants: [{ fullName: 'Đỗ Thị Ngọc Ánh' }, { fullName: 'Rơ Châm Phưởi' }],
        bch: [
          { fullName: 'Trương Quốc Việt', position: 'Chủ tịch' },
          { fullName: 'Nguyễn Thị Thu Hằng', position: 'Phó Chủ tịch' },
          { fullName: 'Ksor Y Đức' },
        ],
      },
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'chutich', 'vanthu', 'cdcs']) token[who] = await stack.login(who);
    cdvcId = (await request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', 'admin')).body.items.find((u) => u.code === 'CĐVC')!.id;
  });
  afterAll(() => stack?.stop());

  describe('a founding case carried to its decision', () => {
    let kase: CaseBody;
    let decision: CaseDocument;

    beforeAll(async () => {
      kase = await openFounding('Công ty TNHH Gỗ Đức Long');
      await act('canbo', kase.id, 'kiem-tra-ho-so', 'approve');
      await act('chutich', kase.id, 'xet-duyet', 'approve', { comment: 'Đồng ý' });
      const closed = await act('vanthu', kase.id, 'ban-hanh-quyet-dinh', 'issue');
      expect(closed.status).toBe('RECOGNISED');
      kase = (await request<CaseBody>('GET', `/api/cases/${kase.id}`, 'canbo')).body;
      decision = kase.documents.find((d) => d.kind === 'qd-cong-nhan-cdcs')!;
    });

    it('lists the receipt notice and the decision on the case, each numbered in its own series', () => {
      const today = vietnamDate(new Date());
      expect(kase.documents.map((d) => [d.kind, d.number, d.issuedAt])).toEqual([
        ['tb-tiep-nhan-ho-so', '01/TB-CĐVC', today],
        ['qd-cong-nhan-cdcs', '01/QĐ-CĐVC', today],
      ]);
      expect(decision).toMatchObject({
        signer: 'Nguyễn Văn Hùng',
        // the trích yếu as the paper prints it
        summary: 'Về việc công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành Công đoàn cơ sở Công ty TNHH Gỗ Đức Long',
        files: { pdf: `/api/documents/${decision.id}/file?format=pdf`, docx: `/api/documents/${decision.id}/file?format=docx` },
      });
    });

    it('describes the document to whoever may see the case', async () => {
      const res = await request<Record<string, unknown>>('GET', `/api/documents/${decision.id}`, 'chutich');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: decision.id, caseId: kase.id, kind: 'qd-cong-nhan-cdcs', number: '01/QĐ-CĐVC', signer: 'Nguyễn Văn Hùng', signerTitle: 'Chủ tịch', formats: ['pdf', 'docx'] });
    });

    it('downloads the decision as a PDF with its number, date in words, signature block and the BCH list', async () => {
      const pdf = await download(`/api/documents/${decision.id}/file?format=pdf`, 'canbo');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''01_Q%C4%90-C%C4%90VC.pdf`);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const [y, m, d] = decision.issuedAt.split('-');
      const text = pdfText(pdf.bytes);
      for (const expected of [
        'Số: 01/QĐ-CĐVC',
        `Gia Lai, ngày ${d} tháng ${Number(m) < 3 ? m : Number(m)} năm ${y}`,
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TM. BAN THƯỜNG VỤ',
        'Nguyễn Văn Hùng',
        'Trương Quốc Việt',
        'Ksor Y Đức',
      ]) {
        expect(text).toContain(expected);
      }
      // A second download renders the frozen content again: the very same bytes.
      expect((await download(`/api/documents/${decision.id}/file`, 'chutich')).bytes.equals(pdf.bytes)).toBe(true);
    });

    it('downloads the same decision as a DOCX to edit in Word', async () => {
      const docx = await download(`/api/documents/${decision.id}/file?format=docx`, 'canbo');
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const text = await docxText(docx.bytes);
      expect(text).toContain('01/QĐ-CĐVC');
      expect(text).toContain('Nguyễn Thị Thu Hằng');
      expect(text).toContain('TM. BAN THƯỜNG VỤ');
    });

    it('answers 404 to a user of another unit, 401 without a token, 400 for an unknown format', async () => {
      expect((await request<ErrorBody>('GET', `/api/documents/${decision.id}`, 'cdcs')).status).toBe(404);
      expect((await download(`/api/documents/${decision.id}/file`, 'cdcs')).status).toBe(404);
      expect((await stack.request('GET', `/api/documents/${decision.id}`)).status).toBe(401);
      const bad = await request<ErrorBody>('GET', `/api/documents/${decision.id}/file?format=xls`, 'canbo');
      expect(bad.status).toBe(400);
      expect(fieldRules(bad.body)).toEqual(['format:isIn']);
      expect((await request<ErrorBody>('GET', '/api/documents/not-a-uuid', 'canbo')).status).toBe(400);
    });
  });

  it('issues a request for supplementation that names the missing dossier items, and a refusal with its reasons', async () => {
    const kase = await openFounding('Hợp tác xã Nông nghiệp Ia Grai');
    await act('canbo', kase.id, 'kiem-tra-ho-so', 'return', {
      comment: 'Biên bản chưa có chữ ký của thư ký đại hội.',
      data: { missing: ['bien-ban-dai-hoi', 'Bản sao quyết định thành lập hợp tác xã'] },
    });
    const after = (await request<CaseBody>('GET', `/api/cases/${kase.id}`, 'canbo')).body;
    const notice = after.documents.find((d) => d.kind === 'tb-bo-sung-ho-so')!;
    expect(notice.number).toMatch(/^\d{2}\/TB-CĐVC$/);
    const text = pdfText((await download(`/api/documents/${notice.id}/file`, 'canbo')).bytes);
    expect(text).toContain('Biên bản đại hội thành lập công đoàn cơ sở'); // the checklist key, read as the item's name
    expect(text).toContain('Bản sao quyết định thành lập hợp tác xã'); // free text, as written
    expect(text).toContain('Biên bản chưa có chữ ký của thư ký đại hội.');

    await act('canbo', kase.id, 'bo-sung-ho-so', 'resubmit');
    await act('canbo', kase.id, 'kiem-tra-ho-so', 'reject', { comment: 'Đơn vị chưa có đủ 5 người lao động là đoàn viên.' });
    const closed = (await request<CaseBody>('GET', `/api/cases/${kase.id}`, 'canbo')).body;
    const refusal = closed.documents.find((d) => d.kind === 'tb-tu-choi-ho-so')!;
    expect(pdfText((await download(`/api/documents/${refusal.id}/file`, 'canbo')).bytes)).toContain('Đơn vị chưa có đủ 5 người lao động là đoàn viên.');
  });
});
