import { Client } from 'pg';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { caseClient } from '../support/case-client';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
  data: Record<string, unknown>;
  documents: { id: string; kind: string; number: string; issuedAt: string }[];
  submissionLate?: boolean;
}
interface Seat {
  body: string;
  fullName: string;
  position: string | null;
  positionLabel: string | null;
  status: string;
  validFrom: string;
  validTo: string | null;
  decisionNumber: string | null;
  outgoing: boolean;
}

const today = vietnamDate(new Date());

/** A CĐCS's new committee: 9 in the BCH (a BTV of 3: the chair, the vice-chair and one more), a UBKT of 3. */
const COMMITTEE = [
  { fullName: 'Đặng Quốc Bảo', position: 'chu-tich' },
  { fullName: 'Nguyễn Thị Thanh Hương', position: 'pho-chu-tich' },
  { fullName: 'Trần Văn Phúc', position: 'uy-vien-btv' },
  ...['Lê Thị Kim Oanh', 'Phan Văn Lực', 'Rơ Châm Hờ', 'Siu Thị Blơi', 'Ksor Y Tuân', 'Lý Thị Mận'].map((fullName) => ({ fullName })),
  { fullName: 'Võ Thị Ngọc Ánh', position: 'chu-nhiem-ubkt' },
  { fullName: 'Huỳnh Văn Tâm', position: 'uy-vien-ubkt' },
  { fullName: 'Đinh Thị Mỹ Linh', position: 'uy-vien-ubkt' },
];
/** A BCH of `size` with a chair and ordinary members, and `btv` standing members. */
const bch = (size: number, btv = 0) => [
  { fullName: 'Đặng Quốc Bảo', position: 'chu-tich' },
  ...Array.from({ length: btv }, (_, i) => ({ fullName: `Ủy viên Thường vụ ${i + 1}`, position: 'uy-vien-btv' })),
  ...Array.from({ length: size - 1 - btv }, (_, i) => ({ fullName: `Ủy viên ${i + 1}` })),
];

describe('committees over HTTP: a CĐCS’s BCH recognised by the CĐVC, its roster, and additions during the term (PostgreSQL, Temporal, worker)', () => {
  let stack: TestStack;
  const { userId, unit, signIn, get, open, act, openTask, caseOf } = caseClient<CaseBody>();
  let otherCdcs: string;
  let caseId: string;
  let decisionNumber: string;

  const committee = async (who: string, orgUnitId: string, on?: string) => get<{ on: string; items: Seat[] } & ErrorBody>(who, `/api/org-units/${orgUnitId}/committee${on ? `?on=${on}` : ''}`);
  const recognition = (over: Record<string, unknown> = {}, orgUnitId = unit['CĐVC']) => ({
    procedureCode: 'cong-nhan-bch',
    orgUnitId,
    title: 'Đề nghị công nhận Ban Chấp hành CĐCS Trường THPT Hùng Vương nhiệm kỳ 2026–2031',
    data: {
      cdcsId: unit['CĐCS'],
      memberCount: 200,
      congressDate: addDays(today, -4),
      firstMeetingDate: addDays(today, -3),
      term: '2026–2031',
      decidedSize: 9,
      members: COMMITTEE.map((m) => (m.fullName === 'Đặng Quốc Bảo' ? { ...m, userId: userId.cdcs } : m)),
      ...over,
    },
  });

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await signIn(stack, ['cdcs', 'canbo', 'chutich', 'vanthu']);
    // A second CĐCS under the CĐVC, which the demo's CĐCS chair does not chair.
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const [row] = (
        await db.query(
          `INSERT INTO org_units (name, code, level, parent_id, valid_from, place_name) VALUES ('Công đoàn cơ sở Bệnh viện Đa khoa tỉnh', 'CĐCS', 'grassroots', $1, '2025-01-01', 'Pleiku') RETURNING id`,
          [unit['CĐVC']],
        )
      ).rows as { id: string }[];
      otherCdcs = row.id;
    } finally {
      await db.end();
    }
  }, 120_000);
  afterAll(() => stack?.stop());

  it('names every missing or malformed field (400)', async () => {
    const bare = await open('cdcs', { procedureCode: 'cong-nhan-bch', orgUnitId: unit['CĐVC'], title: 'Công nhận BCH', data: {} });
    expect(bare.status).toBe(400);
    expect(fieldRules(bare.body)).toEqual([
      'data.cdcsId:required',
      'data.memberCount:required',
      'data.congressDate:required',
      'data.firstMeetingDate:required',
      'data.members:required',
    ]);
    const wrong = await open('cdcs', recognition({ firstMeetingDate: addDays(today, -5), members: [{ fullName: 'Đặng Quốc Bảo', position: 'truong-ban' }] }));
    expect(wrong.status).toBe(400);
    expect(fieldRules(wrong.body)).toEqual(['data.firstMeetingDate:notBeforeCongress', 'data.members.0.position:isIn']);
    expect(wrong.body.message).toContain("Trường 'data.firstMeetingDate' không được trước ngày đại hội");
  });

  it('refuses a BCH above its cap and a BTV under a BCH of 7, naming the rule and the numbers (422)', async () => {
    const above = await open('cdcs', recognition({ members: bch(28), decidedSize: 28 }));
    expect([above.status, above.body.error]).toEqual([422, 'BCH_SIZE_ABOVE_CAP']);
    expect(above.body.message).toContain('Ban Chấp hành có 28 ủy viên, vượt số tối đa 25');
    expect(above.body.message).toContain('tối đa chỉ 27 ủy viên');
    expect(above.body.details).toEqual([expect.objectContaining({ field: 'data.members', rule: 'BCH_SIZE_ABOVE_CAP' })]);

    const btv = await open('cdcs', recognition({ members: bch(7, 2), decidedSize: 7 }));
    expect([btv.status, btv.body.error]).toEqual([422, 'BTV_NEEDS_BCH_OF_9']);
    expect(btv.body.message).toContain('Ban Chấp hành có 7 ủy viên: chỉ bầu Ban Thường vụ khi có từ 9 ủy viên trở lên');
  });

  it('takes a dossier only from the CĐCS’s own chair, at its direct upper union', async () => {
    const notDirect = await open('cdcs', recognition({}, unit['LĐLĐ']));
    expect([notDirect.status, notDirect.body.error]).toEqual([422, 'NOT_DIRECT_UPPER_UNION']);
    expect(notDirect.body.message).toContain('không trực thuộc Liên đoàn Lao động tỉnh Gia Lai');
    expect((await open('cdcs', recognition({ cdcsId: otherCdcs }))).status).toBe(403); // another CĐCS: not his to submit
    expect((await open('canbo', recognition())).status).toBe(403); // the upper union's officer receives it, never files it
  });

  it('recognises the committee: the chair acts at once (interim), the QĐ puts everyone on the roster from its date', async () => {
    const created = await open('cdcs', recognition());
    expect(created.status).toBe(201);
    caseId = created.body.id;
    expect(created.body.code).toMatch(/^CN-\d{4}-\d{4}$/);
    expect(created.body.data).toMatchObject({ cdcsId: unit['CĐCS'], unitName: 'Công đoàn cơ sở Trường THPT Hùng Vương' });
    expect((created.body.data.members as { position: string }[]).filter((m) => m.position === 'uy-vien-bch')).toHaveLength(6);

    // Before any decision: the elected chair, vice-chair and UBKT chair hold office on an interim basis.
    const interim = await eventually(async () => {
      const seats = (await committee('cdcs', unit['CĐCS'])).body.items.filter((s) => s.status === 'interim');
      return seats.length ? seats : undefined;
    }, 'the interim holders');
    expect(interim.map((s) => `${s.body}:${s.fullName}:${s.position}`)).toEqual([
      'BCH:Đặng Quốc Bảo:chu-tich',
      'BCH:Nguyễn Thị Thanh Hương:pho-chu-tich',
      'BTV:Đặng Quốc Bảo:chu-tich',
      'BTV:Nguyễn Thị Thanh Hương:pho-chu-tich',
      'UBKT:Võ Thị Ngọc Ánh:chu-nhiem-ubkt',
    ]);
    expect(interim[0].validFrom).toBe(addDays(today, -3));
    // The previous term's seats stay until the decision, shown as outgoing; the interim holders are not.
    const pending = (await committee('cdcs', unit['CĐCS'])).body.items;
    expect(pending.filter((s) => s.outgoing).every((s) => s.status === 'recognised' && s.decisionNumber === '12/QĐ-CĐVC')).toBe(true);
    expect(pending.filter((s) => s.outgoing).length).toBeGreaterThan(0);
    expect(pending.some((s) => s.status === 'interim' && s.outgoing)).toBe(false);

    const check = await openTask('canbo', caseId, 'kiem-tra-ho-so');
    expect((await act('canbo', check.id, { action: 'approve', comment: 'Hồ sơ đầy đủ' })).status).toBe(200);
    const decide = await openTask('chutich', caseId, 'xet-duyet');
    expect((await act('chutich', decide.id, { action: 'approve' })).status).toBe(200);
    const issue = await openTask('vanthu', caseId, 'ban-hanh-quyet-dinh');
    expect((await act('vanthu', issue.id, { action: 'issue' })).status).toBe(200);

    const recognised = await eventually(async () => {
      const c = (await caseOf('cdcs', caseId)).body; // the CĐCS follows its own dossier at the upper union
      return c.status === 'RECOGNISED' ? c : undefined;
    }, 'the recognition');
    const decision = recognised.documents.find((d) => d.kind === 'qd-cong-nhan-bch')!;
    expect(decision.number).toMatch(/^\d{2}\/QĐ-CĐVC$/);
    decisionNumber = decision.number;
    expect(recognised.submissionLate).toBe(false);

    const seats = (await committee('cdcs', unit['CĐCS'])).body.items;
    expect(seats.every((s) => s.status === 'recognised' && s.validFrom === decision.issuedAt && s.decisionNumber === decisionNumber)).toBe(true);
    const onBody = (body: string) => seats.filter((s) => s.body === body).map((s) => s.fullName);
    expect(onBody('BCH')).toHaveLength(9);
    expect(onBody('BTV')).toEqual(['Đặng Quốc Bảo', 'Nguyễn Thị Thanh Hương', 'Trần Văn Phúc']);
    expect(onBody('UBKT')[0]).toBe('Võ Thị Ngọc Ánh'); // the chủ nhiệm first, then the members by name
    expect(onBody('UBKT').slice(1).sort()).toEqual(['Huỳnh Văn Tâm', 'Đinh Thị Mỹ Linh'].sort());
    expect(seats.find((s) => s.position === 'chu-tich')).toMatchObject({ fullName: 'Đặng Quốc Bảo', positionLabel: 'Chủ tịch' });

    // The day before, the previous committee (the demo's, recognised in 2025) was still in office.
    const before = (await committee('chutich', unit['CĐCS'], addDays(decision.issuedAt, -1))).body.items;
    expect(before.filter((s) => s.status === 'recognised').map((s) => s.decisionNumber)).toEqual(expect.arrayContaining(['12/QĐ-CĐVC']));
    expect(before.some((s) => s.decisionNumber === decisionNumber)).toBe(false);
  });

  it('shows a roster only to those who may see the unit', async () => {
    expect((await committee('cdcs', unit['CĐVC'])).status).toBe(404); // the CĐCS's chair does not see the upper union
    expect((await committee('chutich', unit['CĐCS'])).status).toBe(200);
    const badDate = await committee('chutich', unit['CĐCS'], '2026-02-30');
    expect([badDate.status, fieldRules(badDate.body)]).toEqual([400, ['on:isCalendarDate']]);
  });

  it('refuses additions above 2/3 of the decided size with the numbers, and asks the upper union’s leader when consent is sought', async () => {
    const addition = (over: Record<string, unknown> = {}) => ({
      procedureCode: 'bo-sung-uy-vien',
      orgUnitId: unit['CĐVC'],
      title: 'Đề nghị công nhận bổ sung ủy viên Ban Chấp hành',
      data: {
        cdcsId: unit['CĐCS'],
        body: 'BCH',
        electedOn: today,
        reason: 'Bổ sung ủy viên thay người chuyển công tác',
        members: Array.from({ length: 7 }, (_, i) => ({ fullName: `Người bổ sung ${i + 1}` })),
        ...over,
      },
    });
    const above = await open('cdcs', addition());
    expect([above.status, above.body.error]).toEqual([422, 'ADDITIONS_ABOVE_CAP']);
    expect(above.body.message).toContain('đã bổ sung 0, nay bổ sung 7: tổng 7 vượt 2/3 của 9 (tối đa 6)');

    const missing = await open('cdcs', addition({ body: undefined, electedOn: undefined }));
    expect([missing.status, fieldRules(missing.body)]).toEqual([400, ['data.body:required', 'data.electedOn:required']]);

    const sought = await open('cdcs', addition({ seekConsent: true }));
    expect(sought.status).toBe(201);
    expect(sought.body.data).toMatchObject({ consentNeeded: true, decidedSize: 9, addedBefore: 0, origin: 'elected', unitName: 'Công đoàn cơ sở Trường THPT Hùng Vương' });
    const consent = await openTask('chutich', sought.body.id, 'chap-thuan-vuot-ty-le');
    expect((await act('chutich', consent.id, { action: 'approve', comment: 'Đồng ý bổ sung vượt tỷ lệ' })).status).toBe(200);
    await openTask('canbo', sought.body.id, 'kiem-tra-ho-so'); // then the dossier is examined as usual
  });

  it('flags a dossier sent more than 10 working days after the first BCH meeting, and still takes it', async () => {
    const late = await open('cdcs', recognition({ congressDate: addDays(today, -40), firstMeetingDate: addDays(today, -40) }));
    expect(late.status).toBe(201);
    const flagged = await eventually(async () => {
      const c = (await caseOf('canbo', late.body.id)).body;
      return c.submissionLate ? c : undefined;
    }, 'the late flag');
    expect(flagged.status).toBe('open');
  });
});
