import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { Client } from 'pg';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface AttachmentBody {
  id: string;
  dossierItem: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedAt: string;
  uploadedBy: { userId: string; fullName: string };
}
interface CaseBody {
  id: string;
  code: string;
  status: string;
  attachments: AttachmentBody[];
  dossier: { key: string; name: string; required: boolean; attachmentCount: number }[];
  timeline: { kind: string; what: string; who: { fullName: string } | null; data: Record<string, unknown> | null }[];
}

// Small enough that the 413 case sends little; the configured limit is what the API enforces.
const MAX_BYTES = 64 * 1024;
const ACCEPTED = 'PDF, PNG, JPEG, TIFF, DOCX';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PDF_HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
/** A PDF of exactly `length` bytes, binary after its header, so byte-identity is tested beyond ASCII. */
const pdf = (length = 2048) => Buffer.concat([PDF_HEADER, randomBytes(length - PDF_HEADER.length)]);
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A stored (uncompressed) ZIP archive: a DOCX when it holds word/document.xml, a plain archive otherwise. */
function zip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const [nameBytes, data] = [Buffer.from(name), Buffer.from(content)];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const table = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(table.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, table, end]);
}

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('dossier files over HTTP: upload, list, download (PostgreSQL, Temporal dev server, in-process worker)', () => {
  let stack: TestStack;
  let sandbox: string;
  let storeDir: string;
  const token: Record<string, string> = {};
  let caseId: string;

  const openCase = async (title: string) => {
    const units = await stack.request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', { token: token.canbo });
    const res = await stack.request<CaseBody>('POST', '/api/cases', {
      token: token.canbo,
      body: {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: units.body.items.find((u) => u.code === 'CĐVC')!.id,
        title,
        data: { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] },
      },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  const upload = async <T = AttachmentBody>(
    who: string | null,
    id: string,
    file: { bytes: Uint8Array; name: string; type?: string } | null,
    fields: Record<string, string> = { dossierItem: 'to-trinh' },
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T }> => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    // The client's Content-Type is deliberately wrong at times: the API must not trust it.
    if (file) form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/pdf' }), file.name);
    const res = await fetch(`${stack.baseUrl}/api/cases/${id}/attachments`, {
      method: 'POST',
      headers: { ...(who ? { authorization: `Bearer ${token[who]}` } : {}), ...headers },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  const download = async (who: string | null, id: string, attachmentId: string) => {
    const res = await fetch(`${stack.baseUrl}/api/cases/${id}/attachments/${attachmentId}`, { headers: who ? { authorization: `Bearer ${token[who]}` } : {} });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  const casePage = async (id: string, who = 'canbo') => (await stack.request<CaseBody>('GET', `/api/cases/${id}`, { token: token[who] })).body;

  beforeAll(async () => {
    sandbox = await mkdtemp(join(tmpdir(), 'congdoan-attachments-'));
    storeDir = join(sandbox, 'data', 'attachments');
    stack = await startTestStack({ worker: true, env: { ATTACHMENTS_DIR: storeDir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
    for (const who of ['canbo', 'chutich', 'cdcs']) token[who] = await stack.login(who);
    caseId = await openCase('Thành lập CĐCS Công ty TNHH May Gia Lai');
  });
  afterAll(async () => {
    await stack?.stop();
    if (sandbox) await rm(sandbox, { recursive: true, force: true });
  });

  describe('a PDF uploaded by the officer', () => {
    const content = pdf();
    let attachment: AttachmentBody;

    beforeAll(async () => {
      const res = await upload('canbo', caseId, { bytes: content, name: 'Tờ trình số 01.pdf' }, { dossierItem: 'to-trinh', note: 'Bản chính' });
      expect(res.status).toBe(201);
      attachment = res.body;
    });

    it('is recorded with its size, SHA-256, detected type, name, item and uploader', () => {
      expect(attachment).toMatchObject({
        dossierItem: 'to-trinh',
        fileName: 'Tờ trình số 01.pdf',
        mediaType: 'application/pdf',
        size: content.length,
        sha256: sha256(content),
        note: 'Bản chính',
        uploadedBy: { fullName: 'Lê Minh Tuấn' },
      });
    });

    it('downloads back byte-identical, with its content type, SHA-256 and name (RFC 5987)', async () => {
      const res = await download('canbo', caseId, attachment.id);
      expect(res.status).toBe(200);
      expect(res.bytes.equals(content)).toBe(true);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-length')).toBe(String(content.length));
      expect(res.headers.get('x-content-sha256')).toBe(sha256(content));
      expect(sha256(res.bytes)).toBe(res.headers.get('x-content-sha256'));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="To trinh so 01.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2001.pdf`,
      );
    });

    it('is readable by a leader of the unit too (whoever may see the case)', async () => {
      const res = await download('chutich', caseId, attachment.id);
      expect(res.status).toBe(200);
      expect(res.bytes.equals(content)).toBe(true);
    });

    it('shows on the case page under its dossier item, and the dossier counts it (the rest still missing)', async () => {
      const page = await casePage(caseId);
      expect(page.attachments).toEqual([expect.objectContaining({ id: attachment.id, dossierItem: 'to-trinh', fileName: 'Tờ trình số 01.pdf', sha256: attachment.sha256 })]);
      expect(page.dossier.find((d) => d.key === 'to-trinh')).toEqual({ key: 'to-trinh', name: expect.stringContaining('Tờ trình'), required: true, attachmentCount: 1 });
      expect(page.dossier.filter((d) => d.required && d.attachmentCount === 0).map((d) => d.key)).toEqual([
        'danh-sach-doan-vien',
        'bien-ban-dai-hoi',
        'bien-ban-kiem-phieu',
        'danh-sach-trich-ngang',
        'giay-phep-thanh-lap',
      ]);
      const list = await stack.request<{ items: AttachmentBody[] }>('GET', `/api/cases/${caseId}/attachments`, { token: token.canbo });
      expect(list.body.items).toEqual([expect.objectContaining({ id: attachment.id, size: content.length })]);
    });

    it('puts the upload and each download on the timeline, with who did it', async () => {
      const { timeline } = await casePage(caseId);
      const uploaded = timeline.filter((e) => e.kind === 'attachment_uploaded');
      const downloaded = timeline.filter((e) => e.kind === 'attachment_downloaded' && e.data?.attachmentId === attachment.id);
      expect(uploaded).toEqual([
        expect.objectContaining({
          who: expect.objectContaining({ fullName: 'Lê Minh Tuấn' }),
          what: expect.stringContaining('Tờ trình số 01.pdf'),
          data: { attachmentId: attachment.id, fileName: 'Tờ trình số 01.pdf', dossierItem: 'to-trinh', sha256: attachment.sha256, size: content.length },
        }),
      ]);
      expect(uploaded[0].what).toContain('Tờ trình đề nghị công nhận');
      expect(downloaded.map((e) => e.who?.fullName)).toEqual(['Lê Minh Tuấn', 'Nguyễn Văn Hùng']);
      expect(downloaded[0].what).toBe('Tải xuống tệp "Tờ trình số 01.pdf" (Tờ trình đề nghị công nhận đoàn viên, CĐCS và Ban Chấp hành)');
    });
  });

  describe('the type is judged by the content, never the name or the Content-Type', () => {
    it('stores a PNG named scan.pdf (sent as application/pdf) as image/png, named so it opens as an image', async () => {
      const res = await upload('canbo', caseId, { bytes: PNG_1X1, name: 'scan.pdf', type: 'application/pdf' }, { dossierItem: 'bien-ban-dai-hoi' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ mediaType: 'image/png', fileName: 'scan.pdf.png' });
      expect((await download('canbo', caseId, res.body.id)).headers.get('content-type')).toBe('image/png');
    });

    it('accepts a DOCX', async () => {
      const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
      const res = await upload('canbo', caseId, { bytes: docx, name: 'Danh sách trích ngang.docx', type: 'application/octet-stream' }, { dossierItem: 'danh-sach-trich-ngang' });
      expect(res.status).toBe(201);
      expect(res.body.mediaType).toBe(DOCX_TYPE);
    });

    it.each([
      ['an executable', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(256)]), 'setup.pdf'],
      ['plain text', Buffer.from('Đây không phải là tệp PDF'), 'ghi-chu.pdf'],
      ['a zip that is not a DOCX', zip({ 'readme.txt': 'hello', 'word/readme.txt': 'not the document part' }), 'ho-so.docx'],
    ])('refuses %s named like an accepted file with 415, naming the accepted types', async (_what, bytes, name) => {
      const res = await upload<ErrorBody>('canbo', caseId, { bytes, name });
      expect(res.status).toBe(415);
      expect(res.body.error).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(res.body.message).toContain(ACCEPTED);
      expect(res.body.messageEn).toContain(ACCEPTED);
      expect(fieldRules(res.body)).toEqual(['file:mediaType']);
    });
  });

  it('refuses a file over the configured limit with 413, naming the limit', async () => {
    const res = await upload<ErrorBody>('canbo', caseId, { bytes: pdf(MAX_BYTES + 1), name: 'qua-lon.pdf' });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('PAYLOAD_TOO_LARGE');
    expect(fieldRules(res.body)).toEqual(['file:maxSize']);
    expect(res.body.message).toContain('64 KB');
    // exactly at the limit is accepted
    const atLimit = await upload('canbo', caseId, { bytes: pdf(MAX_BYTES), name: 'vua-du.pdf' });
    expect(atLimit.status).toBe(201);
    expect(atLimit.body.size).toBe(MAX_BYTES);
  });

  it('stores ../../etc/passwd.pdf under a generated name inside the attachments folder, and offers passwd.pdf back', async () => {
    const content = pdf(64);
    const res = await upload('canbo', caseId, { bytes: content, name: '../../etc/passwd.pdf' });
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('passwd.pdf');
    const back = await download('canbo', caseId, res.body.id);
    expect(back.headers.get('content-disposition')).toBe(`attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`);
    expect(back.bytes.equals(content)).toBe(true);

    // Nothing outside the store; inside it only `<caseId>/<uuid>` files, exactly those the database points to.
    expect(await readdir(sandbox, { recursive: true })).not.toContainEqual(expect.stringContaining('passwd'));
    expect(existsSync(resolve(storeDir, '../../etc/passwd.pdf'))).toBe(false);
    const onDisk = await filesUnder(storeDir);
    expect(onDisk.every((f) => new RegExp(`^${caseId}/[0-9a-f-]{36}$`).test(f))).toBe(true);
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ storage_key: string }>('SELECT storage_key FROM attachments');
      expect(onDisk.sort()).toEqual(rows.map((r) => r.storage_key).sort());
    } finally {
      await db.end();
    }
  });

  describe('a form with a broken field is a 400 naming it', () => {
    it('an unknown dossier item, with the allowed keys', async () => {
      const res = await upload<ErrorBody>('canbo', caseId, { bytes: pdf(32), name: 'a.pdf' }, { dossierItem: 'ho-chieu' });
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['dossierItem:isIn']);
      expect(res.body.message).toContain('to-trinh, danh-sach-doan-vien');
      expect(res.body.messageEn).toContain('bao-cao-lao-dong');
    });

    it('no file, no item', async () => {
      const res = await upload<ErrorBody>('canbo', caseId, null, {});
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['file:required', 'dossierItem:required']);
    });

    it('a JSON body instead of a form', async () => {
      const res = await stack.request<ErrorBody>('POST', `/api/cases/${caseId}/attachments`, { token: token.canbo, body: { dossierItem: 'to-trinh' } });
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['file:required']);
    });

    it('a file in another field, or two files', async () => {
      const form = new FormData();
      form.append('dossierItem', 'to-trinh');
      form.append('file', new Blob([pdf(32)]), 'a.pdf');
      form.append('file', new Blob([pdf(32)]), 'b.pdf');
      const res = await fetch(`${stack.baseUrl}/api/cases/${caseId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token.canbo}` }, body: form });
      expect(res.status).toBe(400);
      expect(fieldRules((await res.json()) as ErrorBody)).toEqual(['file:singleFile']);
    });

    it('a malformed multipart body', async () => {
      const res = await stack.request<ErrorBody>('POST', `/api/cases/${caseId}/attachments`, {
        token: token.canbo,
        rawBody: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7 cut',
        headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      });
      expect(res.status).toBe(400);
      expect(fieldRules(res.body)).toEqual(['body:multipart']);
    });
  });

  describe('who may touch the files', () => {
    let attachmentId: string;
    beforeAll(async () => {
      attachmentId = (await upload('canbo', caseId, { bytes: pdf(32), name: 'danh-sach.pdf' }, { dossierItem: 'danh-sach-doan-vien' })).body.id;
    });

    it('a user of another unit (the CĐCS chair) gets 404 for the upload, the list and the download, as for an unknown case', async () => {
      expect((await stack.request('GET', `/api/cases/${caseId}`, { token: token.cdcs })).status).toBe(404);
      const uploaded = await upload<ErrorBody>('cdcs', caseId, { bytes: pdf(32), name: 'x.pdf' });
      expect(uploaded.status).toBe(404);
      expect(uploaded.body.error).toBe('NOT_FOUND');
      expect((await stack.request('GET', `/api/cases/${caseId}/attachments`, { token: token.cdcs })).status).toBe(404);
      expect((await download('cdcs', caseId, attachmentId)).status).toBe(404);
      expect((await upload('canbo', randomUUID(), { bytes: pdf(32), name: 'x.pdf' })).status).toBe(404);
    });

    it('an unknown attachment, or one of another case, is a 404', async () => {
      expect((await download('canbo', caseId, randomUUID())).status).toBe(404);
      const otherCase = await openCase('Thành lập CĐCS Trường Tiểu học Lê Lợi');
      expect((await download('canbo', otherCase, attachmentId)).status).toBe(404);
    });

    it('without a token: 401', async () => {
      expect((await upload(null, caseId, { bytes: pdf(32), name: 'x.pdf' })).status).toBe(401);
      expect((await download(null, caseId, attachmentId)).status).toBe(401);
    });

    it('the CĐCS chair’s attempts left nothing on the timeline', async () => {
      const { timeline } = await casePage(caseId);
      expect(timeline.filter((e) => e.kind.startsWith('attachment_')).map((e) => e.who?.fullName)).not.toContain('Đặng Quốc Bảo');
    });
  });

  it('gives the same attachment once per Idempotency-Key, and refuses the key with another file (409)', async () => {
    const key = randomUUID();
    const content = pdf(100);
    const first = await upload('canbo', caseId, { bytes: content, name: 'bien-ban.pdf' }, { dossierItem: 'bien-ban-kiem-phieu' }, { 'idempotency-key': key });
    const again = await upload('canbo', caseId, { bytes: content, name: 'bien-ban.pdf' }, { dossierItem: 'bien-ban-kiem-phieu' }, { 'idempotency-key': key });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    const other = await upload<ErrorBody>('canbo', caseId, { bytes: pdf(100), name: 'bien-ban.pdf' }, { dossierItem: 'bien-ban-kiem-phieu' }, { 'idempotency-key': key });
    expect(other.status).toBe(409);
    expect(other.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await casePage(caseId)).dossier.find((d) => d.key === 'bien-ban-kiem-phieu')?.attachmentCount).toBe(1);
  });

  it('documents the upload form and the download in OpenAPI', async () => {
    type Operation = { requestBody?: { content: Record<string, { schema: { required: string[]; properties: Record<string, { format?: string }> } }> }; responses: Record<string, unknown> };
    const docs = await stack.request<{ paths: Record<string, Record<string, Operation>> }>('GET', '/api/docs-json');
    const form = docs.body.paths['/api/cases/{id}/attachments'].post.requestBody!.content['multipart/form-data'].schema;
    expect(form.required).toEqual(['file', 'dossierItem']);
    expect(form.properties.file.format).toBe('binary');
    expect(Object.keys(docs.body.paths['/api/cases/{id}/attachments'].post.responses)).toEqual(expect.arrayContaining(['201', '413', '415']));
    expect(docs.body.paths['/api/cases/{id}/attachments/{aid}'].get).toBeDefined();
  });

  it('a closed case takes no more files (409), and its files still download', async () => {
    const closing = await openCase('Thành lập CĐCS Công ty rút hồ sơ');
    const kept = await upload('canbo', closing, { bytes: pdf(64), name: 'to-trinh.pdf' });
    expect(kept.status).toBe(201);
    const task = await eventually(async () => {
      const inbox = await stack.request<{ items: { id: string; caseId: string }[] }>('GET', '/api/tasks', { token: token.canbo });
      return inbox.body.items.find((t) => t.caseId === closing);
    }, 'the intake step in the officer’s inbox');
    // The applicants withdraw their dossier: the case closes.
    const withdrawn = await stack.request<{ case: CaseBody }>('POST', `/api/tasks/${task.id}/actions`, {
      token: token.canbo,
      body: { action: 'withdraw', comment: 'Ban vận động rút hồ sơ' },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.case.status).toBe('WITHDRAWN');

    const refused = await upload<ErrorBody>('canbo', closing, { bytes: pdf(64), name: 'bo-sung.pdf' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('CASE_CLOSED');
    expect(refused.body.message).toContain('đã kết thúc');
    expect((await download('canbo', closing, kept.body.id)).status).toBe(200);
  });
});
