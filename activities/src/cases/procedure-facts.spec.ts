import type { IssueDecisionRequest } from '@congdoan/contracts';
import { composeDocument, type DocumentFacts } from '@congdoan/documents';
import type { CommendationData, CommitteeAdditionData, CommitteeRecognitionData, DisciplineData, IssuanceData, MeetingRecord } from '@congdoan/domain';
import type { CaseDocumentRef } from './complaint-facts';
import { procedureFacts, signingOf } from './procedure-facts';

const person = { userId: 'u-1', fullName: 'Nguyễn Văn Hùng' };
const request = (kind: string, details?: IssueDecisionRequest['details']): IssueDecisionRequest => ({
  caseId: 'case-1',
  kind,
  typeCode: 'QĐ',
  issuerUnitId: 'unit-cdvc',
  issuedOn: '2026-12-15',
  secret: false,
  signer: person,
  issuedBy: person,
  ...(details ? { details } : {}),
});
const asData = (data: object) => data as unknown as Record<string, unknown>;
const frame = (kind: DocumentFacts['kind'], numberText: string): Omit<DocumentFacts, 'committee'> => ({
  kind,
  numberText,
  issuedOn: '2026-12-15',
  issuer: { name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', placeName: 'Gia Lai', parentName: 'Liên đoàn Lao động tỉnh Gia Lai' },
  signer: { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch', role: 'leader' },
  caseCode: 'X-2026-0001',
  receivedAt: '2026-12-01',
});

const meeting = (body: MeetingRecord['body']): MeetingRecord => ({
  body,
  heldOn: '2026-12-10',
  members: 7,
  present: 6,
  ballot: 'secret',
  votes: [{ option: 'Lê Văn Tám', for: 4, against: 2 }],
});

describe('procedureFacts: committees (cong-nhan-bch, bo-sung-uy-vien)', () => {
  const recognition: CommitteeRecognitionData & { unitName: string; term: string } = {
    cdcsId: 'cdcs-1',
    unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi',
    term: '2025 - 2030',
    memberCount: 60,
    congressDate: '2026-03-07',
    firstMeetingDate: '2026-03-09',
    members: [
      { fullName: 'Nguyễn Thị Thu Hà', position: 'chu-tich', userId: 'u-9' },
      { fullName: 'Ngô Thị Lan', position: 'uy-vien-bch' },
    ],
  };

  it('maps the data read at intake (unit, term) and addresses the notices to the lower union’s BCH', () => {
    const facts = procedureFacts('cong-nhan-bch', asData(recognition), request('qd-cong-nhan-bch'), []);
    expect(facts).toEqual({
      committee: {
        unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi',
        term: '2025 - 2030',
        congressDate: '2026-03-07',
        firstMeetingDate: '2026-03-09',
        members: [
          { fullName: 'Nguyễn Thị Thu Hà', position: 'chu-tich' },
          { fullName: 'Ngô Thị Lan', position: 'uy-vien-bch' },
        ],
      },
      submitterName: 'Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi',
    });
    const doc = composeDocument({ ...frame('tb-tiep-nhan-ho-so', '05/TB-CĐVC'), ...facts });
    expect(doc.recipients.lines[0]).toBe('- Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi;');
  });

  it('an addition: its body, origin and day; a dossier’s tờ trình when given', () => {
    const addition: CommitteeAdditionData & { unitName: string; submission: { numberText: string; issuedOn: string } } = {
      cdcsId: 'cdcs-1',
      unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi',
      body: 'UBKT',
      electedOn: '2026-06-15',
      origin: 'elected',
      members: [{ fullName: 'Trịnh Minh Tuấn', position: 'uy-vien-ubkt' }],
      submission: { numberText: '07/TTr-CĐCS', issuedOn: '2026-06-16' },
    };
    const facts = procedureFacts('bo-sung-uy-vien', asData(addition), request('qd-bo-sung-uy-vien'), []);
    expect(facts.committeeAddition).toEqual({
      unitName: 'Công đoàn cơ sở Trường THPT Lê Lợi',
      body: 'UBKT',
      origin: 'elected',
      electedOn: '2026-06-15',
      members: [{ fullName: 'Trịnh Minh Tuấn', position: 'uy-vien-ubkt' }],
      submission: { numberText: '07/TTr-CĐCS', issuedOn: '2026-06-16' },
    });
    expect(facts.submitterName).toBe('Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi');
  });
});

describe('procedureFacts: khen-thuong', () => {
  const data: CommendationData = {
    awardType: 'giay-khen',
    achievements: 'xuất sắc trong phong trào thi đua',
    period: '2026',
    proposingUnit: 'Công đoàn cơ sở Trường THPT Lê Lợi',
    nominees: [
      { fullName: 'Nguyễn Thị Thu Hà', position: 'Chủ tịch Công đoàn cơ sở' },
      { fullName: 'Trần Văn Minh', position: 'Giáo viên' },
      { unitName: 'Tổ Công đoàn Toán - Tin' },
    ],
  };

  it('the QĐ lists only the nominees the council passed, however their names were typed', () => {
    const details = { awarded: ['nguyễn thị  thu hà'.normalize('NFD'), 'Tổ Công đoàn Toán - Tin'], meeting: meeting('HD-TDKT') };
    const facts = procedureFacts('khen-thuong', asData(data), request('qd-khen-thuong', details), []);
    expect(facts.commendation?.nominees).toEqual([
      { name: 'Nguyễn Thị Thu Hà', position: 'Chủ tịch Công đoàn cơ sở' },
      { name: 'Tổ Công đoàn Toán - Tin', collective: true },
    ]);
    expect(facts.commendation?.awardLabel).toBe('Giấy khen');
    expect(facts.commendation?.council).toEqual({ heldOn: '2026-12-10', members: 7, present: 6 });
    const doc = composeDocument({ ...frame('qd-khen-thuong', '40/QĐ-CĐVC'), ...facts });
    expect(JSON.stringify(doc)).not.toContain('Trần Văn Minh');
    expect(doc.heading.summary).toBe('Về việc tặng Giấy khen cho 01 tập thể và 01 cá nhân');
  });

  it('without the council’s list the QĐ lists nobody (and is refused); a notice names the proposing unit', () => {
    const none = procedureFacts('khen-thuong', asData(data), request('qd-khen-thuong'), []);
    expect(none.commendation?.nominees).toEqual([]);
    expect(() => composeDocument({ ...frame('qd-khen-thuong', '40/QĐ-CĐVC'), ...none })).toThrow(RangeError);
    const notice = procedureFacts('khen-thuong', asData(data), request('tb-tiep-nhan-ho-so'), []);
    expect(notice.commendation?.nominees).toHaveLength(3);
    expect(notice.submitterName).toBe('Công đoàn cơ sở Trường THPT Lê Lợi');
    const { proposingUnit: _none, ...anonymous } = data;
    expect(procedureFacts('khen-thuong', asData(anonymous), request('tb-bo-sung-ho-so'), []).submitterName).toBe('Đơn vị đề nghị khen thưởng');
  });
});

describe('procedureFacts: ky-luat', () => {
  const data: DisciplineData = {
    subject: { fullName: 'Lê Văn Tám', kind: 'can-bo', userId: 'u-7', position: 'Ủy viên Ban Chấp hành', unitId: 'cdcs-2', unitName: 'Công đoàn cơ sở Trường THPT Hùng Vương' },
    violation: 'Chi kinh phí công đoàn sai mục đích',
    proposedForm: 'canh-cao',
    managingBody: 'Sở Giáo dục và Đào tạo tỉnh Gia Lai',
  };
  const docs: CaseDocumentRef[] = [{ kind: 'qd-ky-luat', numberText: '02/QĐ-CĐVC', issuedOn: '2026-01-12', issuerName: 'Công đoàn Viên chức tỉnh Gia Lai' }];

  it('the form the ballot resolved, the ballot by counts (no votes), the QĐ for the notice; no submitter', () => {
    const facts = procedureFacts('ky-luat', asData(data), request('tb-ky-luat-co-quan-quan-ly', { form: 'khien-trach', meeting: meeting('BTV') }), docs);
    expect(facts).toEqual({
      discipline: {
        subject: { fullName: 'Lê Văn Tám', kind: 'can-bo', position: 'Ủy viên Ban Chấp hành', unitName: 'Công đoàn cơ sở Trường THPT Hùng Vương' },
        violation: 'Chi kinh phí công đoàn sai mục đích',
        form: 'khien-trach',
        formLabel: 'Khiển trách',
        ballot: { body: 'BTV', heldOn: '2026-12-10', members: 7, present: 6 },
        managingBody: 'Sở Giáo dục và Đào tạo tỉnh Gia Lai',
        decision: { numberText: '02/QĐ-CĐVC', issuedOn: '2026-01-12' },
      },
    });
    expect(JSON.stringify(facts)).not.toContain('votes');
  });

  it('without a ballot result, the form proposed', () => {
    expect(procedureFacts('ky-luat', asData(data), request('qd-ky-luat'), []).discipline?.formLabel).toBe('Cảnh cáo');
  });
});

describe('procedureFacts: ban-hanh-van-ban', () => {
  const data: IssuanceData = {
    documentType: 'KH',
    summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
    signerId: 'u-1',
    content: 'Nội dung kế hoạch',
    recipients: ['Các công đoàn cơ sở trực thuộc'],
    urgent: true,
  };

  it('the type and its name, the draft, the recipients, the urgency; the corrected document from the details', () => {
    const corrects = { numberText: '14/KH-CĐVC', issuedOn: '2026-04-02', summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026' };
    const facts = procedureFacts('ban-hanh-van-ban', asData(data), request('cv-dinh-chinh', { corrects }), []);
    expect(facts).toEqual({
      issuance: {
        documentType: 'KH',
        typeName: 'Kế hoạch',
        summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
        content: 'Nội dung kế hoạch',
        recipients: ['Các công đoàn cơ sở trực thuộc'],
        urgent: true,
        corrects,
      },
    });
  });

  it('other procedures get nothing', () => {
    expect(procedureFacts('thanh-lap-cdcs', asData(data), request('qd-cong-nhan-cdcs'), [])).toEqual({});
  });
});

describe('signingOf', () => {
  it('passes the signing mode and the principal’s title from the details, nothing otherwise', () => {
    expect(signingOf({ signingMode: 'TUQ', principalTitle: ' Chủ tịch ' })).toEqual({ mode: 'TUQ', principalTitle: 'Chủ tịch' });
    expect(signingOf(undefined)).toEqual({});
    expect(signingOf({ finding: 'dung' })).toEqual({});
  });
});
