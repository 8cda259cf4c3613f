import type { RegisterRow } from '@congdoan/persistence';
import { registerCells, registerEntry, remarks } from './register-entry';
import { registerCsv } from './register-files';

const row = (over: Partial<RegisterRow> = {}): RegisterRow => ({
  id: 'd1',
  kind: 'qd-cong-nhan-cdcs',
  typeCode: 'QĐ',
  secret: false,
  number: 5,
  numberText: '05/QĐ-CĐVC',
  issuedOn: '2026-03-09',
  signer: 'Nguyễn Văn Hùng',
  signerTitle: 'Chủ tịch',
  visible: true,
  summary: 'Về việc công nhận công đoàn cơ sở',
  caseId: 'c1',
  caseCode: 'TL-2026-0001',
  procedureCode: 'thanh-lap-cdcs',
  recipients: ['- Như Điều 3;', '- Ban Tổ chức;', '- Lưu: VT, ToC.'],
  replaces: null,
  replacedBy: null,
  corrects: null,
  correctedBy: [],
  ...over,
});

describe('registerEntry', () => {
  it("reads a case decision's recipients from its paper, without dashes, closing marks or the file copy", () => {
    expect(registerEntry(row())).toMatchObject({ number: '05/QĐ-CĐVC', sequence: 5, typeName: 'Quyết định', recipients: ['Như Điều 3', 'Ban Tổ chức'], restricted: false });
  });

  it("reads a drafted document's recipients from its case", () => {
    const entry = registerEntry(row({ kind: 'van-ban', typeCode: 'KH', procedureCode: 'ban-hanh-van-ban', recipients: ['Các CĐCS trực thuộc'] }));
    expect(entry).toMatchObject({ typeName: 'Kế hoạch', recipients: ['Các CĐCS trực thuộc'] });
  });

  it('withholds the trích yếu, recipients and case of a line the reader may not see, and a denouncer named on the paper', () => {
    const hidden = registerEntry(row({ visible: false, summary: null, caseId: null, caseCode: null, recipients: null }));
    expect(hidden).toMatchObject({ number: '05/QĐ-CĐVC', summary: null, recipients: null, caseId: null, restricted: true });
    expect(registerCells(hidden)[7]).toContain('hạn chế');
    expect(registerEntry(row({ kind: 'tb-thu-ly-to-cao', typeCode: 'TB' })).recipients).toBeNull();
  });

  it('writes replacements, corrections and the secret series in the remarks', () => {
    const link = { id: 'd0', number: '02/QĐ-CĐVC', issuedOn: '2026-02-01' };
    expect(remarks(registerEntry(row({ secret: true, replaces: link })))).toBe('Văn bản mật (sổ riêng); Thay thế văn bản số 02/QĐ-CĐVC ngày 01/02/2026');
    expect(remarks(registerEntry(row({ correctedBy: [{ ...link, number: '03/CV-CĐVC' }] })))).toBe('Được đính chính bằng công văn số 03/CV-CĐVC ngày 01/02/2026');
  });

  it('exports CSV lines in the header order, with formula-looking text defused', () => {
    const csv = registerCsv([registerEntry(row({ summary: '=HYPERLINK("x")' }))]).toString('utf8');
    const [header, line] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('"Số, ký hiệu văn bản",Ngày tháng văn bản,Tên loại văn bản,Trích yếu nội dung,Người ký,Nơi nhận văn bản,Mã hồ sơ,Ghi chú');
    expect(line).toBe(`05/QĐ-CĐVC,09/03/2026,Quyết định,"'=HYPERLINK(""x"")",Nguyễn Văn Hùng (Chủ tịch),Như Điều 3; Ban Tổ chức,TL-2026-0001,`);
  });
});
