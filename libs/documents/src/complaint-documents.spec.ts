import { composeDocument } from './compose-document';
import type { ComplaintFacts, DenunciationFacts, DocumentFacts, DocumentKind } from './document-facts';
import { DOCUMENT_KINDS } from './document-kinds';
import type { OfficialDocument } from './document-model';
import { COMPLAINT_FACTS } from './testing/complaint-facts';
import { DENUNCIATION_FACTS } from './testing/denunciation-facts';
import { SAMPLE_FACTS } from './testing/sample-facts';

const COMPLAINT_KINDS = Object.keys(COMPLAINT_FACTS) as (keyof typeof COMPLAINT_FACTS)[];
const DENUNCIATION_KINDS = Object.keys(DENUNCIATION_FACTS) as (keyof typeof DENUNCIATION_FACTS)[];
const TO_DENOUNCER = ['tb-thu-ly-to-cao', 'tb-khong-thu-ly-to-cao', 'tb-chuyen-don-to-cao', 'tb-ket-qua-giai-quyet-to-cao'];

const complaintWith = (kind: DocumentKind, change: Partial<ComplaintFacts>): OfficialDocument => {
  const facts = SAMPLE_FACTS[kind];
  return composeDocument({ ...facts, complaint: { ...(facts.complaint as ComplaintFacts), ...change } });
};
const denunciationWith = (kind: DocumentKind, change: Partial<DenunciationFacts>): DocumentFacts => {
  const facts = SAMPLE_FACTS[kind];
  return { ...facts, denunciation: { ...(facts.denunciation as DenunciationFacts), ...change } };
};
const compose = (kind: DocumentKind): OfficialDocument => composeDocument(SAMPLE_FACTS[kind]);

describe('DOCUMENT_KINDS for complaints and denunciations', () => {
  it('gives each kind its type code; the conclusion is a KL', () => {
    const codes = Object.fromEntries([...COMPLAINT_KINDS, ...DENUNCIATION_KINDS].map((k) => [k, DOCUMENT_KINDS[k].typeCode]));
    expect(codes).toEqual({
      'tb-thu-ly-khieu-nai': 'TB',
      'tb-khong-thu-ly-khieu-nai': 'TB',
      'qd-giai-quyet-khieu-nai-lan-dau': 'QĐ',
      'qd-giai-quyet-khieu-nai-lan-hai': 'QĐ',
      'qd-dinh-chi-giai-quyet-khieu-nai': 'QĐ',
      'qd-thu-ly-to-cao': 'QĐ',
      'tb-thu-ly-to-cao': 'TB',
      'tb-noi-dung-to-cao': 'TB',
      'tb-khong-thu-ly-to-cao': 'TB',
      'tb-chuyen-don-to-cao': 'TB',
      'qd-gia-han-giai-quyet-to-cao': 'QĐ',
      'qd-tam-dinh-chi-giai-quyet-to-cao': 'QĐ',
      'qd-tiep-tuc-giai-quyet-to-cao': 'QĐ',
      'qd-dinh-chi-giai-quyet-to-cao': 'QĐ',
      'kl-noi-dung-to-cao': 'KL',
      'tb-ket-qua-giai-quyet-to-cao': 'TB',
      'tb-cong-khai-ket-luan-to-cao': 'TB',
    });
    expect(DOCUMENT_KINDS['kl-noi-dung-to-cao'].name).toBe('Kết luận nội dung tố cáo');
  });

  it('marks exactly the four notices addressed to the denouncer as identifying them', () => {
    const identifying = (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).filter((k) => DOCUMENT_KINDS[k].identifiesDenouncer);
    expect(identifying.sort()).toEqual([...TO_DENOUNCER].sort());
  });
});

describe('headings', () => {
  it.each([
    ['tb-thu-ly-khieu-nai', 'THÔNG BÁO', 'Về việc thụ lý giải quyết khiếu nại', 'Số: 09/TB-CĐVC'],
    ['tb-khong-thu-ly-khieu-nai', 'THÔNG BÁO', 'Về việc không thụ lý giải quyết khiếu nại', 'Số: 10/TB-CĐVC'],
    ['qd-giai-quyet-khieu-nai-lan-dau', 'QUYẾT ĐỊNH', 'Về việc giải quyết khiếu nại (lần đầu) của ông (bà) Lê Văn Tám', 'Số: 12/QĐ-CĐVC'],
    ['qd-giai-quyet-khieu-nai-lan-hai', 'QUYẾT ĐỊNH', 'Về việc giải quyết khiếu nại (lần hai) của ông (bà) Lê Văn Tám', 'Số: 41/QĐ-LĐLĐ'],
    ['qd-dinh-chi-giai-quyet-khieu-nai', 'QUYẾT ĐỊNH', 'Về việc đình chỉ giải quyết khiếu nại', 'Số: 11/QĐ-CĐVC'],
    ['qd-thu-ly-to-cao', 'QUYẾT ĐỊNH', 'Về việc thụ lý tố cáo', 'Số: 20/QĐ-CĐVC'],
    ['tb-thu-ly-to-cao', 'THÔNG BÁO', 'Về việc thụ lý tố cáo', 'Số: 21/TB-CĐVC'],
    ['tb-noi-dung-to-cao', 'THÔNG BÁO', 'Về việc thụ lý tố cáo và nội dung tố cáo', 'Số: 22/TB-CĐVC'],
    ['tb-khong-thu-ly-to-cao', 'THÔNG BÁO', 'Về việc không thụ lý tố cáo', 'Số: 18/TB-CĐVC'],
    ['tb-chuyen-don-to-cao', 'THÔNG BÁO', 'Về việc chuyển đơn tố cáo', 'Số: 19/TB-CĐVC'],
    ['qd-gia-han-giai-quyet-to-cao', 'QUYẾT ĐỊNH', 'Về việc gia hạn giải quyết tố cáo', 'Số: 25/QĐ-CĐVC'],
    ['qd-tam-dinh-chi-giai-quyet-to-cao', 'QUYẾT ĐỊNH', 'Về việc tạm đình chỉ việc giải quyết tố cáo', 'Số: 27/QĐ-CĐVC'],
    ['qd-tiep-tuc-giai-quyet-to-cao', 'QUYẾT ĐỊNH', 'Về việc tiếp tục giải quyết tố cáo', 'Số: 30/QĐ-CĐVC'],
    ['qd-dinh-chi-giai-quyet-to-cao', 'QUYẾT ĐỊNH', 'Về việc đình chỉ việc giải quyết tố cáo', 'Số: 32/QĐ-CĐVC'],
    [
      'kl-noi-dung-to-cao',
      'KẾT LUẬN',
      'Nội dung tố cáo đối với ông (bà) Trịnh Văn Lực, Chủ tịch Công đoàn cơ sở Trường THPT Hùng Vương',
      'Số: 35/KL-CĐVC',
    ],
    ['tb-ket-qua-giai-quyet-to-cao', 'THÔNG BÁO', 'Về kết quả giải quyết tố cáo', 'Số: 36/TB-CĐVC'],
    ['tb-cong-khai-ket-luan-to-cao', 'THÔNG BÁO', 'Về việc công khai kết luận nội dung tố cáo', 'Số: 37/TB-CĐVC'],
  ] as [DocumentKind, string, string, string][])('%s: %s, %s, %s', (kind, typeName, summary, numberLine) => {
    const doc = compose(kind);
    expect(doc.heading).toEqual({ typeName, summary });
    expect(doc.header.numberLine).toBe(numberLine);
    // decisions and the conclusion are the Ban Thường vụ's (QĐ 933 Mẫu 1.3), notices the union's
    const byBoard = DOCUMENT_KINDS[kind].typeCode !== 'TB';
    expect(doc.header.issuerName.startsWith('BAN THƯỜNG VỤ ')).toBe(byBoard);
    expect(doc.signature.lines[0]).toBe(byBoard ? 'TM. BAN THƯỜNG VỤ' : 'TL. BAN THƯỜNG VỤ');
  });

  it('titles the conclusion "Kết luận số …" and lets a member of the UBKT sign notices under TL.', () => {
    expect(compose('kl-noi-dung-to-cao').meta.title).toBe('Kết luận số 35/KL-CĐVC');
    expect(compose('tb-thu-ly-khieu-nai').signature).toEqual({ lines: ['TL. BAN THƯỜNG VỤ', 'ỦY VIÊN ỦY BAN KIỂM TRA'], fullName: 'Đinh Thị Kim Oanh' });
  });
});

describe('missing facts', () => {
  it.each(COMPLAINT_KINDS)('%s: without the complaint block, a RangeError naming the kind', (kind) => {
    const facts: DocumentFacts = { ...SAMPLE_FACTS[kind], complaint: undefined };
    expect(() => composeDocument(facts)).toThrow(RangeError);
    expect(() => composeDocument(facts)).toThrow(`${kind} needs the complaint facts`);
  });

  it.each(DENUNCIATION_KINDS)('%s: without the denunciation block, a RangeError naming the kind', (kind) => {
    const facts: DocumentFacts = { ...SAMPLE_FACTS[kind], denunciation: undefined };
    expect(() => composeDocument(facts)).toThrow(RangeError);
    expect(() => composeDocument(facts)).toThrow(`${kind} needs the denunciation facts`);
  });

  it.each(['qd-cong-nhan-cdcs', 'tb-tiep-nhan-ho-so', 'tb-bo-sung-ho-so', 'tb-tu-choi-ho-so'] as DocumentKind[])(
    '%s: without the founding case data (subject), a RangeError naming the kind',
    (kind) => {
      expect(() => composeDocument({ ...SAMPLE_FACTS[kind], subject: undefined })).toThrow(new RangeError(`${kind} needs the founding case's data (subject)`));
    },
  );

  it.each(TO_DENOUNCER as DocumentKind[])('%s: addressed to the denouncer, cannot be worded without them', (kind) => {
    expect(() => composeDocument(denunciationWith(kind, { denouncer: undefined }))).toThrow(`${kind} needs denunciation.denouncer`);
  });

  it('refuses a kind-specific fact that is missing', () => {
    expect(() => complaintWith('tb-thu-ly-khieu-nai', { resolutionDueOn: undefined })).toThrow('tb-thu-ly-khieu-nai needs complaint.resolutionDueOn');
    expect(() => complaintWith('qd-giai-quyet-khieu-nai-lan-dau', { finding: undefined })).toThrow(RangeError);
    expect(() => composeDocument(denunciationWith('qd-thu-ly-to-cao', { resolutionDueOn: undefined }))).toThrow(RangeError);
    expect(() => composeDocument(denunciationWith('kl-noi-dung-to-cao', { conclusion: undefined }))).toThrow('kl-noi-dung-to-cao needs denunciation.conclusion');
  });
});
