import { addDays, vietnamDate } from '@congdoan/domain';
import { caseDataProblems } from '../cases/case-data.validators';

const fields = (code: string, data: Record<string, unknown>) => caseDataProblems(code, data).map((p) => `${p.field}:${p.rule}`);
const today = vietnamDate(new Date());
const CDCS = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('công nhận BCH data', () => {
  const valid = {
    cdcsId: CDCS,
    memberCount: 200,
    congressDate: addDays(today, -12),
    firstMeetingDate: addDays(today, -12),
    members: [{ fullName: 'Trần Văn Bình', position: 'chu-tich' }, { fullName: 'Lê Thị Cúc' }],
  };

  it('accepts the minimum, a position being optional (the intake fills uy-vien-bch)', () => {
    expect(fields('cong-nhan-bch', valid)).toEqual([]);
    expect(fields('cong-nhan-bch', { ...valid, term: '2025–2030', decidedSize: 9, increaseConsentRef: '45/CV-LĐLĐ' })).toEqual([]);
  });

  it('names every missing field', () => {
    expect(fields('cong-nhan-bch', {})).toEqual([
      'data.cdcsId:required',
      'data.memberCount:required',
      'data.congressDate:required',
      'data.firstMeetingDate:required',
      'data.members:required',
    ]);
  });

  it('checks the dates: real, not in the future, the first meeting not before the congress', () => {
    expect(fields('cong-nhan-bch', { ...valid, congressDate: '2026-02-30' })).toEqual(['data.congressDate:isDate']);
    expect(fields('cong-nhan-bch', { ...valid, congressDate: addDays(today, 1), firstMeetingDate: addDays(today, 2) })).toEqual([
      'data.congressDate:notInFuture',
      'data.firstMeetingDate:notInFuture',
    ]);
    expect(fields('cong-nhan-bch', { ...valid, firstMeetingDate: addDays(today, -13) })).toEqual(['data.firstMeetingDate:notBeforeCongress']);
  });

  it('checks the ids, counts, positions and names by their rule', () => {
    expect(
      fields('cong-nhan-bch', {
        ...valid,
        cdcsId: 'cdcs',
        memberCount: 0,
        decidedSize: 2.5,
        members: [{ fullName: ' ', position: 'truong-ban' }, 'Lê B', { fullName: 'Lê C', userId: 'x' }],
      }),
    ).toEqual([
      'data.cdcsId:isUuid',
      'data.memberCount:min',
      'data.members.0.fullName:isNotEmpty',
      'data.members.0.position:isIn',
      'data.members.1:isObject',
      'data.members.2.userId:isUuid',
      'data.decidedSize:isInt',
    ]);
    expect(fields('cong-nhan-bch', { ...valid, members: [] })).toEqual(['data.members:arrayMinSize']);
  });

  it('checks the first meeting’s election record when one is given', () => {
    const election = { body: 'BCH', heldOn: valid.firstMeetingDate, members: 9, present: 9, ballot: 'secret', votes: [{ option: 'chu-tich', for: 9 }] };
    expect(fields('cong-nhan-bch', { ...valid, election })).toEqual([]);
    expect(fields('cong-nhan-bch', { ...valid, election: { ...election, ballot: 'raised', votes: [{ option: 'x', for: -1 }] } })).toEqual([
      'data.election.ballot:isIn',
      'data.election.votes.0.for:min',
    ]);
  });
});

describe('bổ sung ủy viên data', () => {
  const valid = { cdcsId: CDCS, body: 'BCH', members: [{ fullName: 'Hồ Thị Giang' }], electedOn: addDays(today, -3) };

  it('accepts the minimum and the optional fields', () => {
    expect(fields('bo-sung-uy-vien', valid)).toEqual([]);
    expect(fields('bo-sung-uy-vien', { ...valid, origin: 'appointed', decidedSize: 9, seekConsent: true, reason: 'Thay ủy viên chuyển công tác' })).toEqual([]);
  });

  it('names every missing field', () => {
    expect(fields('bo-sung-uy-vien', {})).toEqual(['data.cdcsId:required', 'data.body:required', 'data.members:required', 'data.electedOn:required']);
  });

  it('checks the body, the origin, the consent flag and the date by their rule', () => {
    expect(fields('bo-sung-uy-vien', { ...valid, body: 'BTT', origin: 'voted', seekConsent: 'yes', electedOn: addDays(today, 1) })).toEqual([
      'data.body:isIn',
      'data.electedOn:notInFuture',
      'data.origin:isIn',
      'data.seekConsent:isBoolean',
    ]);
  });
});
