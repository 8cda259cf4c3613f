import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CaseActivitiesImpl } from '@congdoan/activities';
import type { IssueDecisionRequest, Person } from '@congdoan/contracts';
import { type SeededDatabase, openSeededDatabase } from '../support/seeded-database';

describe('numbering issued decisions (real PostgreSQL)', () => {
  let seeded: SeededDatabase;
  let db: DataSource;
  let activities: CaseActivitiesImpl;
  let unit: Record<string, string>;
  let person: Record<string, Person>;

  beforeAll(async () => {
    // Enough connections for the concurrent issues to really overlap.
    seeded = await openSeededDatabase(12);
    ({ db, unit, person } = seeded);
    activities = new CaseActivitiesImpl(db);
  });
  afterAll(() => seeded.close());

  const newCase = async (): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO cases (id, code, procedure_code, procedure_version, org_unit_id, title, received_at, data, created_by)
       VALUES ($1, $2, 'thanh-lap-cdcs', 1, $3, 'Thành lập CĐCS', '2026-04-24', $4, $5)`,
      [id, `TL-${id}`, unit['CĐVC'], JSON.stringify({ unitName: 'Trường THCS Lê Lợi', memberCount: 9, applicants: [{ fullName: 'Lê Thị Thu' }] }), person.canbo.userId],
    );
    return id;
  };

  const decision = (caseId: string, overrides: Partial<IssueDecisionRequest> = {}): IssueDecisionRequest => ({
    caseId,
    kind: 'qd-cong-nhan-cdcs',
    typeCode: 'QĐ',
    issuerUnitId: unit['CĐVC'],
    issuedOn: '2026-05-20',
    secret: false,
    signer: person.chutich,
    issuedBy: person.vanthu,
    ...overrides,
  });

  const count = async (table: string) => ((await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;
  const counters = () => db.query(`SELECT issuer_unit_id, type_code, year, secret, last_number FROM document_counters ORDER BY 1, 2, 3, 4`);

  it('numbers the first decision of the year 01/QĐ-CĐVC and the next 02/QĐ-CĐVC, with the signer’s title', async () => {
    const first = await activities.issueDecision(decision(await newCase()));
    const second = await activities.issueDecision(decision(await newCase()));
    expect(first).toMatchObject({ number: 1, numberText: '01/QĐ-CĐVC', issuedOn: '2026-05-20' });
    expect(second).toMatchObject({ number: 2, numberText: '02/QĐ-CĐVC' });
    const [row] = (await db.query(`SELECT issuer_code, year, signer_name, signer_title, issued_by FROM documents WHERE id = $1`, [first.documentId])) as unknown[];
    expect(row).toEqual({ issuer_code: 'CĐVC', year: 2026, signer_name: person.chutich.fullName, signer_title: 'Chủ tịch', issued_by: person.vanthu.userId });
  });

  it('returns the same number to a retried issue for the same case and kind, and writes nothing', async () => {
    const request = decision(await newCase(), { issuedOn: '2026-06-01' });
    const first = await activities.issueDecision(request);
    const before = { documents: await count('documents'), counters: await counters() };
    expect(await activities.issueDecision(request)).toEqual(first);
    expect({ documents: await count('documents'), counters: await counters() }).toEqual(before);

    // Attempts racing each other (a timed-out attempt still running beside its retry): one document, one number used.
    const racing = await Promise.all(Array.from({ length: 5 }, () => activities.issueDecision({ ...request, key: 'qd-cong-nhan-cdcs:2' })));
    expect(new Set(racing.map((r) => r.documentId)).size).toBe(1);
    expect(racing[0].number).toBe(first.number + 1);
    expect(await count('documents')).toBe(before.documents + 1);
    const next = await activities.issueDecision(decision(await newCase(), { issuedOn: '2026-06-02' }));
    expect(next.number).toBe(first.number + 2);
  });

  it('refuses, without retrying and without using a number, a document kind that has no template', async () => {
    const before = await counters();
    await expect(activities.issueDecision(decision(await newCase(), { kind: 'qd-khac' }))).rejects.toMatchObject({
      nonRetryable: true,
      message: expect.stringContaining('không có mẫu văn bản "qd-khac"'),
    });
    expect(await counters()).toEqual(before);
  });

  it('freezes the composed decision in the register: number, date and signer as issued', async () => {
    const issued = await activities.issueDecision(decision(await newCase(), { issuedOn: '2026-07-03' }));
    const [{ content }] = (await db.query(`SELECT content FROM documents WHERE id = $1`, [issued.documentId])) as { content: { header: Record<string, string>; signature: { lines: string[]; fullName: string } } }[];
    expect(content.header).toMatchObject({ numberLine: `Số: ${issued.numberText}`, placeDateLine: 'Gia Lai, ngày 03 tháng 7 năm 2026', issuerName: expect.stringContaining('CÔNG ĐOÀN VIÊN CHỨC') });
    expect(content.signature).toEqual({ lines: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], fullName: person.chutich.fullName });
  });

  it('restarts at 01 on 1 January (example 17: after 245/QĐ-LĐLĐ of 2026 comes 01/QĐ-LĐLĐ)', async () => {
    await db.query(`INSERT INTO document_counters (issuer_unit_id, type_code, year, secret, last_number) VALUES ($1, 'QĐ', 2026, false, 244)`, [unit['LĐLĐ']]);
    const last2026 = await activities.issueDecision(decision(await newCase(), { issuerUnitId: unit['LĐLĐ'], issuedOn: '2026-12-31' }));
    const first2027 = await activities.issueDecision(decision(await newCase(), { issuerUnitId: unit['LĐLĐ'], issuedOn: '2027-01-01' }));
    expect([last2026.numberText, first2027.numberText]).toEqual(['245/QĐ-LĐLĐ', '01/QĐ-LĐLĐ']);
    // The signer leads the CĐVC, not the LĐLĐ: no title from a role he does not hold there.
    expect(await db.query(`SELECT signer_title FROM documents WHERE id = $1`, [first2027.documentId])).toEqual([{ signer_title: null }]);
  });

  it('gives secret documents a series of their own', async () => {
    const year = { issuedOn: '2029-03-02' };
    const open1 = await activities.issueDecision(decision(await newCase(), year));
    const secret1 = await activities.issueDecision(decision(await newCase(), { ...year, secret: true }));
    const open2 = await activities.issueDecision(decision(await newCase(), year));
    const secret2 = await activities.issueDecision(decision(await newCase(), { ...year, secret: true }));
    expect([open1, open2, secret1, secret2].map((d) => d.number)).toEqual([1, 2, 1, 2]);
    expect(await db.query(`SELECT count(*)::int AS n FROM documents WHERE year = 2029 AND secret`)).toEqual([{ n: 2 }]);
  });

  it('gives 50 concurrent issues exactly the numbers 1..50: no gap, no duplicate', async () => {
    const caseIds = await Promise.all(Array.from({ length: 50 }, () => newCase()));
    const issued = await Promise.all(caseIds.map((caseId) => activities.issueDecision(decision(caseId, { issuedOn: '2028-02-15' }))));
    expect(issued.map((d) => d.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((d) => d.numberText)).size).toBe(50);
    const rows = (await db.query(`SELECT number FROM documents WHERE year = 2028 ORDER BY number`)) as { number: number }[];
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await db.query(`SELECT last_number FROM document_counters WHERE year = 2028`)).toEqual([{ last_number: 50 }]);
  });

  it('fails at once, without a retry, for an impossible date or an unknown issuer, and uses no number', async () => {
    const before = await counters();
    await expect(activities.issueDecision(decision(await newCase(), { issuedOn: '2026-02-30' }))).rejects.toMatchObject({ nonRetryable: true });
    await expect(activities.issueDecision(decision(await newCase(), { issuerUnitId: randomUUID() }))).rejects.toMatchObject({ nonRetryable: true });
    expect(await counters()).toEqual(before);
  });
});
