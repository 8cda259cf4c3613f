import path from 'node:path';
import { composeDocument } from './compose-document';
import { DOCUMENT_KINDS } from './document-kinds';
import type { DocumentFacts, DocumentKind } from './document-facts';
import { fontDirectory } from './fonts';
import { signatureBlock } from './signature-block';
import { FOUNDING_SUBJECT, SAMPLE_FACTS } from './testing/sample-facts';
import { headingLines } from './text-layout';

const KINDS = Object.keys(SAMPLE_FACTS) as DocumentKind[];

describe('composeDocument', () => {
  it.each(KINDS)('%s: the model survives JSON (jsonb) unchanged', (kind) => {
    const doc = composeDocument(SAMPLE_FACTS[kind]);
    expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc);
  });

  it('builds the header of a Ban Thường vụ decision (QĐ 933 Mẫu 1.3) and of a notice of the union', () => {
    const qd = composeDocument(SAMPLE_FACTS['qd-cong-nhan-cdcs']);
    expect(qd.header).toEqual({
      parentName: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI',
      issuerName: 'BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI',
      numberLine: 'Số: 05/QĐ-CĐVC',
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDateLine: 'Gia Lai, ngày 05 tháng 02 năm 2026',
    });
    expect(qd.heading).toEqual({
      typeName: 'QUYẾT ĐỊNH',
      summary: 'Về việc công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Gia Lai',
    });
    expect(qd.meta.title).toBe('Quyết định số 05/QĐ-CĐVC');
    const tb = composeDocument(SAMPLE_FACTS['tb-tiep-nhan-ho-so']);
    expect(tb.header.issuerName).toBe('CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI');
    expect(tb.heading.typeName).toBe('THÔNG BÁO');
  });

  it('lists the elected BCH in the appendix, members without a position as Ủy viên BCH', () => {
    const { appendix } = composeDocument(SAMPLE_FACTS['qd-cong-nhan-cdcs']);
    expect(appendix?.rows).toEqual([
      ['1', 'Trần Thị Mai', 'Chủ tịch'],
      ['2', 'Lê Quốc Bảo', 'Phó Chủ tịch'],
      ['3', 'Phạm Thị Ánh Tuyết', 'Ủy viên BCH'],
      ['4', 'Võ Đức Thắng', 'Ủy viên BCH'],
      ['5', 'Đặng Thị Hương Giang', 'Ủy viên BCH'],
    ]);
  });

  it('without an elected BCH, recognises members and CĐCS only and lists the founding applicants', () => {
    const facts = SAMPLE_FACTS['qd-cong-nhan-cdcs'];
    const doc = composeDocument({ ...facts, subject: { ...FOUNDING_SUBJECT, bch: [] } });
    expect(doc.heading.summary).toBe('Về việc công nhận đoàn viên và Công đoàn cơ sở Công ty TNHH May Gia Lai');
    expect(doc.appendix?.titleLines).toEqual(['DANH SÁCH', 'ĐOÀN VIÊN SÁNG LẬP CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY GIA LAI']);
    expect(doc.appendix?.rows.map((r) => r[1])).toEqual(['Trần Thị Mai', 'Lê Quốc Bảo', 'Phạm Thị Ánh Tuyết']);
  });

  it('addresses notices to the submitter, derived from the unit unless given', () => {
    const facts = SAMPLE_FACTS['tb-tiep-nhan-ho-so'];
    expect(composeDocument(facts).recipients.lines[0]).toBe('- Ban vận động thành lập CĐCS Công ty TNHH May Gia Lai;');
    expect(composeDocument({ ...facts, submitterName: 'Ban Chấp hành lâm thời' }).recipients.lines[0]).toBe('- Ban Chấp hành lâm thời;');
  });

  it('stores text in one Unicode form (NFC), whatever form the case data came in', () => {
    const signer = { fullName: 'Đỗ Thị Lan Hương'.normalize('NFD'), title: null, role: 'officer' };
    const facts: DocumentFacts = { ...SAMPLE_FACTS['tb-tiep-nhan-ho-so'], signer };
    expect(composeDocument(facts).signature.fullName).toBe('Đỗ Thị Lan Hương'.normalize('NFC'));
  });

  it('refuses a number whose type code is not the kind’s', () => {
    // a RangeError: the issuing activity fails at once instead of retrying input that cannot succeed
    expect(() => composeDocument({ ...SAMPLE_FACTS['qd-cong-nhan-cdcs'], numberText: '05/TB-CĐVC' })).toThrow(RangeError);
    expect(() => composeDocument({ ...SAMPLE_FACTS['qd-cong-nhan-cdcs'], numberText: '05/TB-CĐVC' })).toThrow('type code QĐ');
  });

  it('names every kind with its type code', () => {
    expect(DOCUMENT_KINDS['qd-cong-nhan-cdcs'].typeCode).toBe('QĐ');
    const notices = ['tb-tiep-nhan-ho-so', 'tb-bo-sung-ho-so', 'tb-tu-choi-ho-so'] as const;
    expect(notices.map((k) => DOCUMENT_KINDS[k].typeCode)).toEqual(['TB', 'TB', 'TB']);
  });
});

describe('signatureBlock (NĐ 30 Art. 13)', () => {
  const sign = (title: string | null, role = 'leader') => signatureBlock({ fullName: ' Nguyễn Văn Hùng ', title, role }).lines;

  it('TM. for the head, KT. for a deputy, TL. for anyone else', () => {
    expect(sign('Chủ tịch')).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
    expect(sign('Phó Chủ tịch')).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(sign('Chuyên viên Ban Tổ chức', 'officer')).toEqual(['TL. BAN THƯỜNG VỤ', 'CHUYÊN VIÊN BAN TỔ CHỨC']);
    expect(sign(null, 'clerk')).toEqual(['TL. BAN THƯỜNG VỤ']);
    expect(signatureBlock({ fullName: ' Nguyễn Văn Hùng ', title: 'Chủ tịch', role: 'leader' }).fullName).toBe('Nguyễn Văn Hùng');
  });
});

describe('headingLines', () => {
  it('breaks before the place rather than inside a name', () => {
    expect(headingLines('CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI', 'bold', 12, 207)).toEqual(['CÔNG ĐOÀN VIÊN CHỨC', 'TỈNH GIA LAI']);
    expect(headingLines('LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI', 'regular', 12, 300)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI']);
    // an upper union's headers (the second complaint's decision)
    expect(headingLines('BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI', 'bold', 12, 207)).toEqual(['BAN THƯỜNG VỤ', 'LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH GIA LAI']);
    expect(headingLines('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'regular', 12, 207)).toEqual(['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'VIỆT NAM']);
  });
});

describe('fontDirectory', () => {
  const fonts = path.resolve(__dirname, '../fonts');

  it('finds libs/documents/fonts from the source tree and from the compiled dist/ tree', () => {
    expect(fontDirectory(__dirname)).toBe(fonts);
    const repoRoot = path.resolve(__dirname, '../../..');
    expect(fontDirectory(path.join(repoRoot, 'dist/libs/documents/src'))).toBe(fonts);
  });
});
