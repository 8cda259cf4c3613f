import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CaseActivitiesImpl } from '@congdoan/activities';
import type { Person, RosterChange } from '@congdoan/contracts';
import { AttachmentsRepository, CasesRepository, OrgUnitsRepository } from '@congdoan/persistence';
import { type SeededDatabase, openSeededDatabase } from '../support/seeded-database';

describe('committee rosters, commendation holds and the lower union’s own dossiers (real PostgreSQL)', () => {
  let seeded: SeededDatabase;
  let db: DataSource;
  let activities: CaseActivitiesImpl;
  let orgUnits: OrgUnitsRepository;
  let cases: CasesRepository;
  let unit: Record<string, string>;
  let person: Record<string, Person>;

  beforeAll(async () => {
    seeded = await openSeededDatabase();
    ({ db, unit, person } = seeded);
    activities = new CaseActivitiesImpl(db);
    orgUnits = new OrgUnitsRepository(db);
    cases = new CasesRepository(db);
  });
  afterAll(() => seeded.close());

  /** A case row as the API's intake writes it (the tests stand in for it). */
  const newCase = async (procedureCode: string, data: Record<string, unknown> = {}, orgUnitId = unit['CĐVC']): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO cases (id, code, procedure_code, procedure_version, org_unit_id, title, received_at, data, created_by)
       VALUES ($1, $2, $3, 1, $4, 'Hồ sơ thử', '2026-04-24', $5, $6)`,
      [id, `T-${id.slice(0, 8)}`, procedureCode, orgUnitId, JSON.stringify(data), person.canbo.userId],
    );
    return id;
  };
  const closeCase = (caseId: string) => db.query(`UPDATE cases SET closed_at = now(), status = 'CLOSED' WHERE id = $1`, [caseId]);

  /** A CĐCS of its own for each test, founded (with its first BCH) by a thanh-lap-cdcs case. */
  const foundedUnit = async (validFrom: string, bch: { fullName: string; position?: string }[]) => {
    const caseId = await newCase('thanh-lap-cdcs');
    const { orgUnitId } = await activities.recogniseUnit({ caseId, parentUnitId: unit['CĐVC'], name: `CĐCS ${caseId.slice(0, 8)}`, validFrom, bch });
    return orgUnitId;
  };

  /** The unit's roster rows, with `xmin`: equal snapshots mean nothing was rewritten. */
  const roster = async (orgUnitId: string) =>
    (await db.query(
      `SELECT xmin::text, body, full_name, position, status, valid_from::text AS valid_from, valid_to::text AS valid_to, decision_number, source_case_id, user_id
         FROM committee_members WHERE org_unit_id = $1 ORDER BY full_name COLLATE "vi-x-icu", body`,
      [orgUnitId],
    )) as { xmin: string; full_name: string; body: string; status: string; valid_from: string; valid_to: string | null }[];
  const inForce = async (orgUnitId: string, onDate: string) =>
    (await orgUnits.committee(orgUnitId, onDate)).map((m) => [m.body, m.fullName, m.position, m.status]);

  describe('the roster', () => {
    it('runs interim holders from the announcement; the decision replaces the previous committee the day before it and recognises them; a retry changes nothing', async () => {
      const orgUnitId = await foundedUnit('2021-05-20', [{ fullName: 'Nguyễn Thị Hạnh', position: 'Chủ tịch' }, { fullName: 'Trần Văn Bình' }]);
      const ubktCase = await newCase('cong-nhan-bch');
      await activities.changeRoster({
        caseId: ubktCase,
        orgUnitId,
        change: 'recognise',
        validFrom: '2021-06-01',
        replacesCommittee: false,
        members: [{ fullName: 'Hồ Thị Giang', position: 'chu-nhiem-ubkt', bodies: ['UBKT'] }],
        decisionNumber: '30/QĐ-CĐVC',
      });
      expect(await orgUnits.committeeTermStart(orgUnitId)).toBe('2021-06-01');

      const caseId = await newCase('cong-nhan-bch');
      const chair = { fullName: 'Đặng Quốc Bảo', position: 'chu-tich', bodies: ['BCH', 'BTV'], userId: person.cdcs.userId };
      const interim: RosterChange = { caseId, orgUnitId, change: 'interim', validFrom: '2026-05-05', replacesCommittee: true, members: [chair] };
      await activities.changeRoster(interim);
      await activities.changeRoster(interim);
      expect(await inForce(orgUnitId, '2026-05-06')).toEqual([
        ['BCH', 'Đặng Quốc Bảo', 'chu-tich', 'interim'],
        ['BCH', 'Nguyễn Thị Hạnh', 'Chủ tịch', 'recognised'],
        ['BCH', 'Trần Văn Bình', null, 'recognised'],
        ['BTV', 'Đặng Quốc Bảo', 'chu-tich', 'interim'],
        ['UBKT', 'Hồ Thị Giang', 'chu-nhiem-ubkt', 'recognised'],
      ]);

      const recognise: RosterChange = {
        caseId,
        orgUnitId,
        change: 'recognise',
        validFrom: '2026-05-20',
        replacesCommittee: true,
        members: [chair, { fullName: '  Phạm Thị Dung ', position: 'uy-vien-bch', bodies: ['BCH'] }, { fullName: 'Lý Văn Hải', position: 'pho-chu-tich', bodies: ['BCH', 'BTV'] }],
        decisionNumber: '12/QĐ-CĐVC',
      };
      await activities.changeRoster(recognise);
      const after = await roster(orgUnitId);
      expect(after.map(({ xmin: _, ...row }) => row)).toEqual([
        expect.objectContaining({ body: 'BCH', full_name: 'Đặng Quốc Bảo', status: 'recognised', valid_from: '2026-05-20', valid_to: null, decision_number: '12/QĐ-CĐVC', user_id: person.cdcs.userId }),
        expect.objectContaining({ body: 'BTV', full_name: 'Đặng Quốc Bảo', status: 'recognised', valid_from: '2026-05-20', valid_to: null, source_case_id: caseId }),
        // the UBKT is not among the bodies the decision fills: it stays
        expect.objectContaining({ body: 'UBKT', full_name: 'Hồ Thị Giang', valid_from: '2021-06-01', valid_to: null }),
        expect.objectContaining({ body: 'BCH', full_name: 'Lý Văn Hải', status: 'recognised', valid_from: '2026-05-20', user_id: null }),
        expect.objectContaining({ body: 'BTV', full_name: 'Lý Văn Hải', status: 'recognised', valid_from: '2026-05-20' }),
        expect.objectContaining({ body: 'BCH', full_name: 'Nguyễn Thị Hạnh', valid_from: '2021-05-20', valid_to: '2026-05-19' }),
        expect.objectContaining({ body: 'BCH', full_name: 'Phạm Thị Dung', status: 'recognised', valid_from: '2026-05-20' }),
        expect.objectContaining({ body: 'BCH', full_name: 'Trần Văn Bình', valid_from: '2021-05-20', valid_to: '2026-05-19' }),
      ]);

      await activities.changeRoster(recognise);
      await activities.changeRoster(interim); // a late retry of the interim write never downgrades the recognition
      expect(await roster(orgUnitId)).toEqual(after);

      expect(await inForce(orgUnitId, '2026-05-19')).toEqual([
        ['BCH', 'Nguyễn Thị Hạnh', 'Chủ tịch', 'recognised'],
        ['BCH', 'Trần Văn Bình', null, 'recognised'],
        ['UBKT', 'Hồ Thị Giang', 'chu-nhiem-ubkt', 'recognised'],
      ]);
      expect(await inForce(orgUnitId, '2026-05-20')).toEqual([
        ['BCH', 'Đặng Quốc Bảo', 'chu-tich', 'recognised'],
        ['BCH', 'Lý Văn Hải', 'pho-chu-tich', 'recognised'],
        ['BCH', 'Phạm Thị Dung', 'uy-vien-bch', 'recognised'],
        ['BTV', 'Đặng Quốc Bảo', 'chu-tich', 'recognised'],
        ['BTV', 'Lý Văn Hải', 'pho-chu-tich', 'recognised'],
        ['UBKT', 'Hồ Thị Giang', 'chu-nhiem-ubkt', 'recognised'],
      ]);
      expect(await orgUnits.committee(orgUnitId, '2026-06-01')).toContainEqual({
        body: 'BCH',
        fullName: 'Đặng Quốc Bảo',
        position: 'chu-tich',
        status: 'recognised',
        validFrom: '2026-05-20',
        validTo: null,
        decisionNumber: '12/QĐ-CĐVC',
        sourceCaseId: caseId,
        userId: person.cdcs.userId,
      });
      expect(await orgUnits.committeeTermStart(orgUnitId)).toBe('2026-05-20');
    });

    it('ends the interim holders of a refused dossier on the day, and removes one who would only have started later', async () => {
      const orgUnitId = await foundedUnit('2021-05-20', [{ fullName: 'Nguyễn Thị Hạnh', position: 'Chủ tịch' }]);
      const refused = await newCase('cong-nhan-bch');
      const early: RosterChange = {
        caseId: refused,
        orgUnitId,
        change: 'interim',
        validFrom: '2026-07-01',
        replacesCommittee: true,
        members: [{ fullName: 'Võ Văn Khánh', position: 'chu-tich', bodies: ['BCH'] }],
      };
      await activities.changeRoster(early);
      const revoke: RosterChange = { ...early, change: 'revoke', validFrom: '2026-07-10', members: [] };
      await activities.changeRoster(revoke);
      await activities.changeRoster(revoke);
      const rows = await roster(orgUnitId);
      expect(rows.map((r) => [r.full_name, r.status, r.valid_from, r.valid_to])).toEqual([
        ['Nguyễn Thị Hạnh', 'recognised', '2021-05-20', null],
        ['Võ Văn Khánh', 'interim', '2026-07-01', '2026-07-10'],
      ]);
      expect(await inForce(orgUnitId, '2026-07-11')).toEqual([['BCH', 'Nguyễn Thị Hạnh', 'Chủ tịch', 'recognised']]);

      const withdrawn = await newCase('cong-nhan-bch');
      await activities.changeRoster({ ...early, caseId: withdrawn, validFrom: '2026-08-15' });
      await activities.changeRoster({ ...revoke, caseId: withdrawn, validFrom: '2026-08-10' });
      expect((await roster(orgUnitId)).map((r) => r.full_name)).toEqual(['Nguyễn Thị Hạnh', 'Võ Văn Khánh']);
    });

    it('adds members (bổ sung) without ending anyone, and counts the additions of a body since the term began', async () => {
      const orgUnitId = await foundedUnit('2025-03-01', [{ fullName: 'Nguyễn Thị Hạnh', position: 'Chủ tịch' }, { fullName: 'Trần Văn Bình' }]);
      const addition = await newCase('bo-sung-uy-vien');
      const change: RosterChange = {
        caseId: addition,
        orgUnitId,
        change: 'recognise',
        validFrom: '2026-03-02',
        replacesCommittee: false,
        members: [
          { fullName: 'Đinh Văn Phúc', position: 'uy-vien-bch', bodies: ['BCH'] },
          { fullName: 'Mai Thị Quỳnh', position: 'uy-vien-bch', bodies: ['BCH'] },
        ],
        decisionNumber: '07/QĐ-CĐVC',
      };
      await activities.changeRoster(change);
      await activities.changeRoster(change);
      expect(await inForce(orgUnitId, '2026-03-02')).toEqual([
        ['BCH', 'Đinh Văn Phúc', 'uy-vien-bch', 'recognised'],
        ['BCH', 'Mai Thị Quỳnh', 'uy-vien-bch', 'recognised'],
        ['BCH', 'Nguyễn Thị Hạnh', 'Chủ tịch', 'recognised'],
        ['BCH', 'Trần Văn Bình', null, 'recognised'],
      ]);
      const termStart = await orgUnits.committeeTermStart(orgUnitId);
      expect(termStart).toBe('2025-03-01');
      expect(await orgUnits.committeeAdditionsSince(orgUnitId, 'BCH', termStart as string)).toBe(2);
      expect(await orgUnits.committeeAdditionsSince(orgUnitId, 'BTV', termStart as string)).toBe(0);
      expect(await orgUnits.committeeAdditionsSince(orgUnitId, 'BCH', '2026-03-03')).toBe(0);
    });
  });

  describe('holds on a commendation', () => {
    const holdRows = (caseId: string) =>
      db.query(`SELECT xmin::text, held_by_case_id, nominee, released_at FROM case_holds WHERE case_id = $1 ORDER BY nominee, held_by_case_id`, [caseId]) as Promise<
        { held_by_case_id: string; nominee: string; released_at: Date | null }[]
      >;

    it('finds the open discipline by account and the denunciation by name, ignores closed ones and namesakes with another account, and releases what no longer holds', async () => {
      const commendation = await newCase('khen-thuong');
      const discipline = await newCase('ky-luat', { subject: { fullName: 'Đặng Q. Bảo', kind: 'can-bo' } });
      await db.query(`INSERT INTO case_parties (case_id, user_id, relation) VALUES ($1, $2, 'disciplined')`, [discipline, person.cdcs.userId]);
      const closedDiscipline = await newCase('ky-luat', { subject: { fullName: 'Đặng Quốc Bảo', kind: 'can-bo', userId: person.cdcs.userId } });
      await closeCase(closedDiscipline);
      const denunciation = await newCase('to-cao', { accused: { fullName: 'Trần Thị Mai' } });
      const namesake = await newCase('khieu-nai', { complainedAgainst: { fullName: 'Lê Minh Tuấn', userId: person.vanthu.userId } });
      const otherComplaint = await newCase('khieu-nai', { complainedAgainst: { fullName: 'Lê Văn Khoa' } });
      const people = [
        { fullName: 'Đặng Quốc Bảo', userId: person.cdcs.userId },
        { fullName: '  TRẦN  thị   MAI ' },
        { fullName: 'Lê Minh Tuấn', userId: person.canbo.userId },
      ];

      const holds = await activities.placeHolds({ caseId: commendation, people });
      expect(holds).toEqual([
        { heldByCaseId: discipline, procedureCode: 'ky-luat', nominee: 'Đặng Quốc Bảo' },
        { heldByCaseId: denunciation, procedureCode: 'to-cao', nominee: 'TRẦN  thị   MAI' },
      ]);
      const placed = await holdRows(commendation);
      expect(placed).toHaveLength(2);
      expect(placed.every((h) => h.released_at === null)).toBe(true);
      for (const other of [closedDiscipline, namesake, otherComplaint]) expect(await activities.casesHeldBy({ caseId: other })).toEqual([]);

      // A retry writes nothing and answers the same.
      expect(await activities.placeHolds({ caseId: commendation, people })).toEqual(holds);
      expect(await holdRows(commendation)).toEqual(placed);

      expect(await activities.casesHeldBy({ caseId: discipline })).toEqual([commendation]);
      expect(await activities.casesHeldBy({ caseId: denunciation })).toEqual([commendation]);
      // What the commendation's page may show: the kind of case, never its code or id.
      expect(await cases.holdsOf(commendation)).toEqual([
        { nominee: 'Đặng Quốc Bảo', procedureCode: 'ky-luat', placedAt: expect.any(String) },
        { nominee: 'TRẦN  thị   MAI', procedureCode: 'to-cao', placedAt: expect.any(String) },
      ]);

      // The discipline closes: the commendation is told (its hold is still recorded), checks again, and is released.
      await closeCase(discipline);
      expect(await activities.casesHeldBy({ caseId: discipline })).toEqual([commendation]);
      expect(await activities.placeHolds({ caseId: commendation, people })).toEqual([{ heldByCaseId: denunciation, procedureCode: 'to-cao', nominee: 'TRẦN  thị   MAI' }]);
      const released = await holdRows(commendation);
      expect(released.find((h) => h.held_by_case_id === discipline)?.released_at).toEqual(expect.any(Date));
      expect(await activities.casesHeldBy({ caseId: discipline })).toEqual([]);
      expect((await cases.holdsOf(commendation)).map((h) => h.procedureCode)).toEqual(['to-cao']);

      // A nominee dropped from the list is released; found again, held again (the same row).
      expect(await activities.placeHolds({ caseId: commendation, people: [] })).toEqual([]);
      expect(await activities.casesHeldBy({ caseId: denunciation })).toEqual([]);
      await activities.placeHolds({ caseId: commendation, people });
      expect((await holdRows(commendation)).map((h) => [h.held_by_case_id, h.released_at === null])).toEqual(
        expect.arrayContaining([
          [denunciation, true],
          [discipline, false],
        ]),
      );
      expect(await holdRows(commendation)).toHaveLength(2);

      // A closed commendation is no longer told anything.
      await closeCase(commendation);
      expect(await activities.casesHeldBy({ caseId: denunciation })).toEqual([]);
    });

    it('matches a name typed in decomposed Unicode, and never holds a case by itself', async () => {
      const denunciation = await newCase('to-cao', { accused: { fullName: 'Phan Văn Lực' } });
      const commendation = await newCase('khen-thuong');
      const typed = 'phan văn lực'.normalize('NFD');
      expect(await activities.placeHolds({ caseId: commendation, people: [{ fullName: typed }] })).toEqual([
        { heldByCaseId: denunciation, procedureCode: 'to-cao', nominee: typed },
      ]);
      expect(await activities.placeHolds({ caseId: denunciation, people: [{ fullName: 'Phan Văn Lực' }] })).toEqual([]);
    });
  });

  describe('a lower union’s own dossiers at the upper union', () => {
    const today = '2026-05-04';
    const intake = async (procedureCode: string, subjectUnitId: string) => {
      const id = randomUUID();
      const result = await cases.create({
        id,
        procedureCode,
        procedureVersion: 1,
        casePrefix: procedureCode === 'ky-luat' ? 'KL' : 'BCH',
        year: 2026,
        orgUnitId: unit['CĐVC'],
        title: 'Hồ sơ thử',
        receivedAt: '2026-05-04',
        data: {},
        createdBy: person.canbo.userId,
        subjectUnitId,
      });
      expect(result.created).toBe(true);
      return id;
    };

    it('shows a CĐCS chair the committee recognition about their CĐCS, not one about another, and never a discipline case', async () => {
      const [{ id: otherUnit }] = (await db.query(
        `INSERT INTO org_units (name, code, level, parent_id, valid_from) VALUES ('Công đoàn cơ sở Trường THCS Chu Văn An', 'CĐCS2', 'grassroots', $1, '2025-01-01') RETURNING id`,
        [unit['CĐVC']],
      )) as { id: string }[];
      const own = await intake('cong-nhan-bch', unit['CĐCS']);
      const another = await intake('cong-nhan-bch', otherUnit);
      const discipline = await intake('ky-luat', unit['CĐCS']);
      expect((await db.query(`SELECT subject_unit_id FROM cases WHERE id = $1`, [own]))[0].subject_unit_id).toBe(unit['CĐCS']);

      const chair = { userId: person.cdcs.userId, today };
      expect((await cases.detail(own, chair))?.id).toBe(own);
      expect(await cases.detail(another, chair)).toBeNull();
      expect(await cases.detail(discipline, chair)).toBeNull();
      const listed = (await cases.listVisible(person.cdcs.userId, today, { limit: 50 })).items.map((c) => c.id);
      expect(listed).toContain(own);
      expect(listed).not.toContain(another);
      expect(listed).not.toContain(discipline);
      expect(await new AttachmentsRepository(db).caseVisibleTo(own, chair)).toMatchObject({ id: own });
      expect(await new AttachmentsRepository(db).caseVisibleTo(discipline, chair)).toBeNull();

      // At the upper union: the officer sees both recognitions once each, but discipline is the UBKT's and the leaders'.
      const officer = (await cases.listVisible(person.canbo.userId, today, { limit: 50 })).items.map((c) => c.id);
      expect(officer.filter((id) => id === own || id === another)).toHaveLength(2);
      expect(officer).not.toContain(discipline);
      expect((await cases.detail(discipline, { userId: person.ubkt.userId, today }))?.id).toBe(discipline);
      expect((await cases.listVisible(person.chutich.userId, today, { limit: 50 })).items.map((c) => c.id)).toContain(discipline);
    });
  });
});
