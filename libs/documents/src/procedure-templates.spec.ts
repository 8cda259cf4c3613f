import { composeDocument } from './compose-document';
import type { DocumentFacts, DocumentKind, IssuanceFacts } from './document-facts';
import { DOCUMENT_KINDS } from './document-kinds';
import type { OfficialDocument } from './document-model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { signatureBlock } from './signature-block';
import { COMMENDATION, COMMITTEE, CORRECTION, DISCIPLINE, PLAN, PROCEDURE_FACTS, PROCEDURE_KINDS, SCHOOL_CDCS } from './testing/procedure-facts';
import { SAMPLE_FACTS } from './testing/sample-facts';

/** What a reader checks in the documents of the committee, commendation, discipline and issuance procedures. */

const bodyText = (doc: OfficialDocument): string => doc.body.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
const compose = (kind: keyof typeof PROCEDURE_FACTS): OfficialDocument => composeDocument(PROCEDURE_FACTS[kind]);
const withIssuance = (kind: 'van-ban' | 'cv-dinh-chinh', change: Partial<IssuanceFacts>, numberText?: string): DocumentFacts => {
  const facts = PROCEDURE_FACTS[kind];
  return { ...facts, ...(numberText ? { numberText } : {}), issuance: { ...(facts.issuance as IssuanceFacts), ...change } };
};

describe('qd-cong-nhan-bch', () => {
  const doc = compose('qd-cong-nhan-bch');
  const text = bodyText(doc);

  it('is a decision of the Ban Thường vụ recognising what was elected', () => {
    expect(doc.header.issuerName).toBe('BAN THƯỜNG VỤ CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI');
    expect(doc.header.numberLine).toBe('Số: 15/QĐ-CĐVC');
    expect(doc.heading).toEqual({
      typeName: 'QUYẾT ĐỊNH',
      summary:
        'Về việc công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra ' +
        'Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030',
    });
  });

  it('cites the charter, HD 38 Mục 10, the working rules, the dossier, the congress and the first BCH meeting', () => {
    expect(text).toContain('Căn cứ Điều lệ Công đoàn Việt Nam;');
    expect(text).toContain('Căn cứ Mục 10 Hướng dẫn số 38/HD-TLĐ');
    expect(text).toContain('Căn cứ Quy chế làm việc của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai;');
    expect(text).toContain(
      'Xét hồ sơ đề nghị của Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhận ngày 16/03/2026, biên bản Đại hội ' +
        'Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 ngày 07/03/2026 và biên bản hội nghị lần thứ nhất Ban Chấp hành ' +
        'Công đoàn cơ sở Trường THPT Lê Lợi ngày 09/03/2026;',
    );
    const withSubmission = composeDocument({
      ...PROCEDURE_FACTS['qd-cong-nhan-bch'],
      committee: { ...COMMITTEE, submission: { numberText: '05/TTr-CĐCS', issuedOn: '2026-03-12' } },
    });
    expect(bodyText(withSubmission)).toContain('Xét Tờ trình số 05/TTr-CĐCS ngày 12/03/2026 của Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi,');
  });

  it('words an article per body: BCH 09, BTV 03 by name, the officers, UBKT 03 with its Chủ nhiệm; then effect and execution', () => {
    expect(text).toContain('Điều 1. Công nhận Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 gồm 09 đồng chí (có danh sách kèm theo).');
    expect(text).toContain(
      'Điều 2. Công nhận Ban Thường vụ Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 gồm 03 đồng chí: ' +
        'Nguyễn Thị Thu Hà, Trần Văn Minh và Lê Thị Hồng Nhung.',
    );
    expect(text).toContain(
      'Điều 3. Công nhận đồng chí Nguyễn Thị Thu Hà giữ chức Chủ tịch; đồng chí Trần Văn Minh giữ chức Phó Chủ tịch ' +
        'Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030.',
    );
    expect(text).toContain(
      'Điều 4. Công nhận Ủy ban Kiểm tra Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 gồm 03 đồng chí ' +
        '(có danh sách kèm theo); đồng chí Phan Văn Sơn giữ chức Chủ nhiệm Ủy ban Kiểm tra.',
    );
    expect(text).toContain(
      'Điều 5. Quyết định này có hiệu lực kể từ ngày ký. Ban Tổ chức Công đoàn Viên chức tỉnh Gia Lai, Ban Chấp hành Công đoàn cơ sở ' +
        'Trường THPT Lê Lợi và các đồng chí có tên trong danh sách kèm theo chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(doc.recipients.lines).toEqual(['- Như Điều 5;', '- Thường trực LĐLĐ tỉnh Gia Lai (để b/c);', '- Lưu: VT, ToC.']);
    expect(doc.signature.lines).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
  });

  it('lists the BCH by position (Chủ tịch first), then the UBKT, with position labels', () => {
    expect(doc.appendix?.titleLines).toEqual(['DANH SÁCH', 'BAN CHẤP HÀNH, ỦY BAN KIỂM TRA CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LÊ LỢI', 'NHIỆM KỲ 2025 - 2030']);
    expect(doc.appendix?.note).toBe('(Kèm theo Quyết định số 15/QĐ-CĐVC ngày 27/03/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai)');
    expect(doc.appendix?.columns.map((c) => c.header)).toEqual(['STT', 'Họ và tên', 'Chức danh']);
    expect(doc.appendix?.rows).toEqual([
      ['I', 'BAN CHẤP HÀNH', ''],
      ['1', 'Nguyễn Thị Thu Hà', 'Chủ tịch'],
      ['2', 'Trần Văn Minh', 'Phó Chủ tịch'],
      ['3', 'Lê Thị Hồng Nhung', 'Ủy viên Ban Thường vụ'],
      ['4', 'Ngô Thị Lan', 'Ủy viên Ban Chấp hành'],
      ['5', 'Phạm Quang Huy', 'Ủy viên Ban Chấp hành'],
      ['6', 'Võ Thị Mỹ Linh', 'Ủy viên Ban Chấp hành'],
      ['7', 'Đỗ Văn Toàn', 'Ủy viên Ban Chấp hành'],
      ['8', 'Huỳnh Thị Kim Chi', 'Ủy viên Ban Chấp hành'],
      ['9', 'Bùi Đức Long', 'Ủy viên Ban Chấp hành'],
      ['II', 'ỦY BAN KIỂM TRA', ''],
      ['1', 'Phan Văn Sơn', 'Chủ nhiệm Ủy ban Kiểm tra'],
      ['2', 'Đặng Thị Thảo', 'Ủy viên Ủy ban Kiểm tra'],
      ['3', 'Lý Văn Hải', 'Ủy viên Ủy ban Kiểm tra'],
    ]);
  });

  it('a small BCH without BTV nor UBKT: no article for them, the plain list, no term when none is recorded', () => {
    const small = composeDocument({
      ...PROCEDURE_FACTS['qd-cong-nhan-bch'],
      committee: {
        ...COMMITTEE,
        term: undefined,
        members: [
          { fullName: 'Nguyễn Thị Thu Hà', position: 'chu-tich' },
          { fullName: 'Ngô Thị Lan', position: 'uy-vien-bch' },
          { fullName: 'Phạm Quang Huy', position: 'uy-vien-bch' },
        ],
      },
    });
    expect(small.heading.summary).toBe('Về việc công nhận Ban Chấp hành, Chủ tịch Công đoàn cơ sở Trường THPT Lê Lợi');
    const smallText = bodyText(small);
    expect(smallText).not.toContain('Ban Thường vụ Công đoàn cơ sở');
    expect(smallText).not.toContain('Ủy ban Kiểm tra Công đoàn cơ sở');
    expect(smallText).toContain('Điều 2. Công nhận đồng chí Nguyễn Thị Thu Hà giữ chức Chủ tịch Công đoàn cơ sở Trường THPT Lê Lợi.');
    expect(small.recipients.lines[0]).toBe('- Như Điều 3;');
    expect(small.appendix?.titleLines).toEqual(['DANH SÁCH', 'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LÊ LỢI']);
    expect(small.appendix?.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
  });

  it('refuses facts it cannot word: no committee block, an unknown position', () => {
    expect(() => composeDocument({ ...PROCEDURE_FACTS['qd-cong-nhan-bch'], committee: undefined })).toThrow(RangeError);
    const unknown = { ...COMMITTEE, members: [{ fullName: 'A', position: 'thu-ky' as never }] };
    expect(() => composeDocument({ ...PROCEDURE_FACTS['qd-cong-nhan-bch'], committee: unknown })).toThrow(RangeError);
  });
});

describe('qd-bo-sung-uy-vien', () => {
  it('recognises the members elected on the day, names a new officer, lists them; a Phó Chủ tịch signs KT.', () => {
    const doc = compose('qd-bo-sung-uy-vien');
    expect(doc.heading.summary).toBe('Về việc công nhận bổ sung ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030');
    const text = bodyText(doc);
    expect(text).toContain('và biên bản bầu bổ sung ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030 ngày 15/06/2026;');
    expect(text).toContain(
      'Điều 1. Công nhận bổ sung 02 đồng chí có tên trong danh sách kèm theo, được bầu bổ sung ngày 15/06/2026, là ủy viên ' +
        'Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030.',
    );
    expect(text).toContain('Điều 2. Công nhận đồng chí Cao Thị Yến giữ chức Phó Chủ tịch Công đoàn cơ sở Trường THPT Lê Lợi.');
    expect(doc.appendix?.rows).toEqual([
      ['1', 'Cao Thị Yến', 'Phó Chủ tịch'],
      ['2', 'Trịnh Minh Tuấn', 'Ủy viên Ban Chấp hành'],
    ]);
    expect(doc.signature.lines).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('an appointment by the upper union "chỉ định bổ sung", for the UBKT too', () => {
    const facts = PROCEDURE_FACTS['qd-bo-sung-uy-vien'];
    const addition = facts.committeeAddition;
    if (!addition) throw new Error('sample without committeeAddition');
    const doc = composeDocument({
      ...facts,
      committeeAddition: { ...addition, body: 'UBKT', origin: 'appointed', members: [{ fullName: 'Trịnh Minh Tuấn', position: 'uy-vien-ubkt' }] },
    });
    expect(doc.heading.summary).toBe('Về việc chỉ định bổ sung ủy viên Ủy ban Kiểm tra Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030');
    expect(bodyText(doc)).toContain('Điều 1. Chỉ định bổ sung 01 đồng chí có tên trong danh sách kèm theo tham gia Ủy ban Kiểm tra');
    expect(doc.appendix?.titleLines[1]).toBe('ỦY VIÊN CHỈ ĐỊNH BỔ SUNG ỦY BAN KIỂM TRA CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LÊ LỢI NHIỆM KỲ 2025 - 2030');
  });
});

describe('qd-khen-thuong', () => {
  const doc = compose('qd-khen-thuong');
  const text = bodyText(doc);

  it('gives the award to the listed collective and individuals, counted in the trích yếu', () => {
    expect(doc.heading.summary).toBe('Về việc tặng Giấy khen cho 01 tập thể và 02 cá nhân');
    expect(text).toContain(
      'Điều 1. Tặng Giấy khen cho 01 tập thể và 02 cá nhân có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong ' +
        'công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2026.',
    );
    expect(text).toContain('Điều 2. Kèm theo Giấy khen, các tập thể, cá nhân được khen thưởng được hưởng mức tiền thưởng theo quy định hiện hành.');
  });

  it('cites the law, the decree, QĐ 999, the proposal and the council’s meeting by counts', () => {
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
    expect(text).toContain('Quyết định số 999/QĐ-TLĐ ngày 29/05/2024');
    expect(text).toContain('Xét đề nghị của Công đoàn cơ sở Trường THPT Lê Lợi tại Tờ trình số 08/TTr-CĐCS ngày 20/11/2026;');
    expect(text).toContain(
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng Công đoàn Viên chức tỉnh Gia Lai tại cuộc họp ngày 10/12/2026 (06/07 thành viên có mặt).',
    );
  });

  it('lists exactly the awarded nominees: one left out by the council is nowhere in the decision', () => {
    expect(doc.appendix?.columns.map((c) => c.header)).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị']);
    expect(doc.appendix?.rows).toEqual([
      ['1', 'Tổ Công đoàn Toán - Tin', SCHOOL_CDCS],
      ['2', 'Nguyễn Thị Thu Hà', `Chủ tịch ${SCHOOL_CDCS}`],
      ['3', 'Trần Văn Minh', 'Giáo viên Trường THPT Lê Lợi'],
    ]);
    const two = composeDocument({
      ...PROCEDURE_FACTS['qd-khen-thuong'],
      commendation: { ...COMMENDATION, nominees: COMMENDATION.nominees.filter((n) => n.name !== 'Trần Văn Minh') },
    });
    expect(two.heading.summary).toBe('Về việc tặng Giấy khen cho 01 tập thể và 01 cá nhân');
    expect(JSON.stringify(two)).not.toContain('Trần Văn Minh');
  });

  it('confers a danh hiệu ("công nhận danh hiệu …") and refuses a decision with nobody awarded', () => {
    const title = composeDocument({
      ...PROCEDURE_FACTS['qd-khen-thuong'],
      commendation: { ...COMMENDATION, awardType: 'lao-dong-tien-tien', awardLabel: 'Danh hiệu Lao động tiên tiến', nominees: COMMENDATION.nominees.slice(1) },
    });
    expect(title.heading.summary).toBe('Về việc công nhận danh hiệu Lao động tiên tiến cho 02 cá nhân');
    expect(bodyText(title)).toContain('Điều 2. Các cá nhân được công nhận danh hiệu Lao động tiên tiến được hưởng mức tiền thưởng');
    expect(() => composeDocument({ ...PROCEDURE_FACTS['qd-khen-thuong'], commendation: { ...COMMENDATION, nominees: [] } })).toThrow(RangeError);
  });
});

describe('qd-ky-luat and tb-ky-luat-co-quan-quan-ly', () => {
  it('qd-ky-luat: the form for the violation, the secret ballot by counts, the right to complain (Art. 16)', () => {
    const doc = compose('qd-ky-luat');
    const text = bodyText(doc);
    expect(doc.heading.summary).toBe(
      'Về việc thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Lê Văn Tám, Ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương',
    );
    expect(text).toContain('Quy định về kỷ luật trong tổ chức công đoàn ban hành kèm theo Quyết định số 5130/QĐ-TLĐ ngày 12/08/2022');
    expect(text).toContain(
      'Căn cứ kết quả bỏ phiếu kín của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai tại hội nghị ngày 08/01/2026 (06/07 ủy viên có mặt);',
    );
    expect(text).toContain('Xét Tờ trình số 03/TTr-UBKT ngày 05/01/2026 và ý kiến tham mưu của Ủy ban Kiểm tra Công đoàn Viên chức tỉnh Gia Lai.');
    expect(text).toContain('Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Lê Văn Tám, Ủy viên Ban Chấp hành');
    expect(text).toContain('Nội dung vi phạm:\n- Chi kinh phí công đoàn sai mục đích năm 2025;\n- Không báo cáo quyết toán kinh phí với Ban Chấp hành.');
    expect(text).toContain(
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Trường hợp không đồng ý với Quyết định này, đồng chí Lê Văn Tám có quyền ' +
        'khiếu nại theo quy định tại Điều 16',
    );
    expect(text).toContain('trong thời gian khiếu nại, Quyết định này vẫn phải được thi hành.');
    expect(doc.recipients.lines).toEqual(['- Như Điều 3;', '- Thường trực LĐLĐ tỉnh Gia Lai (để b/c);', '- Lưu: VT, UBKT.']);
  });

  it('qd-ky-luat: counts only, no voter named (secret ballot, QĐ 5130 Art. 3): its facts hold none to name', () => {
    const json = JSON.stringify(compose('qd-ky-luat'));
    expect(json).not.toMatch(/tán thành|không tán thành|phiếu đồng ý/);
    // the members of the standing committee never appear: the facts give counts, the text repeats only the counts
    expect(bodyText(compose('qd-ky-luat')).match(/\d\d\/\d\d ủy viên/g)).toEqual(['06/07 ủy viên']);
  });

  it('qd-ky-luat: a collective is named by its own name, without "đồng chí"', () => {
    const doc = composeDocument({
      ...PROCEDURE_FACTS['qd-ky-luat'],
      discipline: { ...DISCIPLINE, subject: { fullName: 'Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương', kind: 'tap-the' }, form: 'giai-tan', formLabel: 'Giải tán' },
    });
    expect(doc.heading.summary).toBe('Về việc thi hành kỷ luật bằng hình thức giải tán đối với Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương');
    expect(bodyText(doc)).not.toContain('đồng chí Ban');
  });

  it('tb-ky-luat-co-quan-quan-ly: tells the managing body the decision’s number and date, the form and the violation', () => {
    const doc = compose('tb-ky-luat-co-quan-quan-ly');
    const text = bodyText(doc);
    expect(doc.heading.typeName).toBe('THÔNG BÁO');
    expect(doc.header.issuerName).toBe('CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI');
    expect(text).toContain('Thực hiện khoản 12 Điều 3 Quy định về kỷ luật trong tổ chức công đoàn');
    expect(text).toContain('thông báo đến Sở Giáo dục và Đào tạo tỉnh Gia Lai việc kỷ luật đối với đồng chí Lê Văn Tám');
    expect(text).toContain(
      'Ngày 12/01/2026, Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai đã ban hành Quyết định số 02/QĐ-CĐVC về việc thi hành ' +
        'kỷ luật bằng hình thức khiển trách đối với đồng chí Lê Văn Tám.',
    );
    expect(text).toContain('Hình thức kỷ luật: Khiển trách.');
    expect(doc.recipients.lines).toEqual(['- Sở Giáo dục và Đào tạo tỉnh Gia Lai;', '- Lưu: VT, UBKT.']);
    const facts = PROCEDURE_FACTS['tb-ky-luat-co-quan-quan-ly'];
    expect(() => composeDocument({ ...facts, discipline: { ...DISCIPLINE, managingBody: undefined } })).toThrow(RangeError);
    expect(() => composeDocument({ ...facts, discipline: { ...DISCIPLINE, decision: undefined } })).toThrow(RangeError);
  });
});

describe('van-ban and cv-dinh-chinh', () => {
  it('van-ban: a KH under its tên loại, its trích yếu, the draft one paragraph per line, closed with "./."', () => {
    const doc = compose('van-ban');
    expect(doc.heading).toEqual({ typeName: 'KẾ HOẠCH', summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026' });
    expect(doc.header.numberLine).toBe('Số: 14/KH-CĐVC');
    expect(doc.header.issuerName).toBe('CÔNG ĐOÀN VIÊN CHỨC TỈNH GIA LAI');
    expect(doc.header.urgency).toBeUndefined();
    expect(doc.meta.title).toBe('Kế hoạch số 14/KH-CĐVC');
    expect(doc.body).toHaveLength(9);
    expect(doc.body[1]).toEqual({ align: 'justify', runs: [{ text: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true }] });
    expect(bodyText(doc).endsWith('trước ngày 31/5/2026./.')).toBe(true);
    expect(doc.recipients.lines).toEqual(['- Các công đoàn cơ sở trực thuộc;', '- Thường trực LĐLĐ tỉnh Gia Lai (để b/c);', '- Lưu: VT.']);
  });

  it('van-ban: numbered in the series of its own type, so a number of another type is refused', () => {
    expect(DOCUMENT_KINDS['van-ban'].typeCode).toBe('theo-loai');
    expect(() => composeDocument({ ...PROCEDURE_FACTS['van-ban'], numberText: '14/QĐ-CĐVC' })).toThrow('type code KH');
    const report = composeDocument(withIssuance('van-ban', { documentType: 'BC', typeName: 'Báo cáo', summary: 'Kết quả hoạt động quý I năm 2026' }, '03/BC-CĐVC'));
    expect(report.heading.typeName).toBe('BÁO CÁO');
    expect(() => composeDocument({ ...PROCEDURE_FACTS['van-ban'], issuance: undefined })).toThrow(RangeError);
  });

  it('van-ban as a công văn: no tên loại, "V/v …" as its trích yếu, "Kính gửi" and "- Như trên;"', () => {
    const letter = withIssuance('van-ban', {
      documentType: 'CV',
      typeName: 'Công văn',
      summary: 'Tổ chức các hoạt động Tháng Công nhân năm 2026',
      content: 'Đề nghị các công đoàn cơ sở báo cáo kết quả trước ngày 31/5/2026',
      recipients: ['Các công đoàn cơ sở trực thuộc', 'Ban Nữ công'],
    }, '12/CĐVC-ToC');
    const doc = composeDocument(letter);
    expect(doc.heading).toEqual({ typeName: null, summary: 'V/v tổ chức các hoạt động Tháng Công nhân năm 2026' });
    expect(doc.meta.title).toBe('Công văn số 12/CĐVC-ToC');
    expect(bodyText(doc)).toBe(
      'Kính gửi:\n- Các công đoàn cơ sở trực thuộc;\n- Ban Nữ công.\nĐề nghị các công đoàn cơ sở báo cáo kết quả trước ngày 31/5/2026./.',
    );
    expect(doc.recipients.lines).toEqual(['- Như trên;', '- Lưu: VT.']);
    // numbered as the register numbers it ('12/CV-CĐVC') or with the issuer's code only
    expect(composeDocument({ ...letter, numberText: '12/CV-CĐVC' }).header.numberLine).toBe('Số: 12/CV-CĐVC');
  });

  it('an urgent document carries "HỎA TỐC" under its number', () => {
    expect(composeDocument(withIssuance('van-ban', { urgent: true })).header.urgency).toBe('HỎA TỐC');
  });

  it('cv-dinh-chinh: "V/v đính chính Văn bản số … ngày …", the document, the correct reading; TUQ. of the Chủ tịch', () => {
    const doc = compose('cv-dinh-chinh');
    expect(doc.heading).toEqual({ typeName: null, summary: 'V/v đính chính Văn bản số 14/KH-CĐVC ngày 02/04/2026' });
    expect(doc.header.urgency).toBe('HỎA TỐC');
    const text = bodyText(doc);
    expect(text).toContain('Kính gửi: Các công đoàn cơ sở trực thuộc.');
    expect(text).toContain(
      'Ngày 02/04/2026, Công đoàn Viên chức tỉnh Gia Lai ban hành Văn bản số 14/KH-CĐVC về việc tổ chức các hoạt động Tháng Công nhân năm 2026. ' +
        'Do sơ suất trong khâu soạn thảo, văn bản có sai sót về thể thức, kỹ thuật trình bày.',
    );
    expect(text).toContain('Tại Mục III, đã in: "trước ngày 31/5/2025", nay đính chính là: "trước ngày 31/5/2026".');
    expect(text).toContain('Các nội dung khác của Văn bản số 14/KH-CĐVC giữ nguyên.');
    expect(doc.signature).toEqual({ lines: ['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], fullName: 'Hoàng Minh Đức' });
    expect(() => composeDocument({ ...PROCEDURE_FACTS['cv-dinh-chinh'], issuance: { ...CORRECTION, corrects: undefined } })).toThrow(RangeError);
  });
});

describe('the founding notices reused by the other dossier procedures', () => {
  const NOTICES = ['tb-tiep-nhan-ho-so', 'tb-bo-sung-ho-so', 'tb-tu-choi-ho-so'] as const;
  const without = (kind: DocumentKind, extra: Partial<DocumentFacts>): DocumentFacts => ({ ...SAMPLE_FACTS[kind], subject: undefined, ...extra });

  it.each(NOTICES)('%s: composes without a founding subject when the submitter is given', (kind) => {
    const doc = composeDocument(without(kind, { submitterName: 'Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi' }));
    expect(doc.recipients.lines[0]).toBe('- Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi;');
    expect(bodyText(doc)).not.toContain('Ban vận động');
  });

  it('names the dossier from the procedure’s facts: the committee, the addition, the commendation', () => {
    const committee = composeDocument(without('tb-tiep-nhan-ho-so', { submitterName: `Ban Chấp hành ${SCHOOL_CDCS}`, committee: COMMITTEE }));
    expect(committee.heading.summary).toBe('Về việc tiếp nhận hồ sơ đề nghị công nhận Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030');
    expect(bodyText(committee)).toContain(
      'nhận được hồ sơ đề nghị công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra Công đoàn cơ sở Trường THPT Lê Lợi',
    );
    const addition = PROCEDURE_FACTS['qd-bo-sung-uy-vien'].committeeAddition;
    const returned = composeDocument(without('tb-bo-sung-ho-so', { committeeAddition: addition }));
    expect(returned.heading.summary).toBe('Về việc bổ sung hồ sơ đề nghị công nhận bổ sung ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Lê Lợi nhiệm kỳ 2025 - 2030');
    expect(returned.recipients.lines[0]).toBe(`- Ban Chấp hành ${SCHOOL_CDCS};`);
    const refused = composeDocument(without('tb-tu-choi-ho-so', { commendation: { ...COMMENDATION, proposingUnit: undefined } }));
    expect(refused.heading.summary).toBe('Về việc không chấp thuận đề nghị tặng Giấy khen');
    expect(refused.recipients.lines[0]).toBe('- Đơn vị đề nghị khen thưởng;');
  });

  it('still refuses a founding notice with neither the subject nor a submitter', () => {
    expect(() => composeDocument(without('tb-tiep-nhan-ho-so', {}))).toThrow(RangeError);
  });
});

describe('signatureBlock with a signing mode (NĐ 30 Art. 13)', () => {
  const sign = (title: string | null, mode?: 'TM' | 'KT' | 'TUQ' | 'TL', principalTitle?: string) =>
    signatureBlock({ fullName: 'Hoàng Minh Đức', title, role: 'officer', mode, principalTitle }).lines;

  it('TUQ. before the principal’s title over the signer’s own, without the collective’s line', () => {
    expect(sign('Chánh Văn phòng', 'TUQ')).toEqual(['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(sign('Trưởng Ban Tổ chức', 'TUQ', 'Chủ tịch')).toEqual(['TUQ. CHỦ TỊCH', 'TRƯỞNG BAN TỔ CHỨC']);
  });

  it('TM., KT. and TL. as given, whatever the title says', () => {
    expect(sign('Phó Chủ tịch', 'TM')).toEqual(['TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH']);
    expect(sign(null, 'TM')).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
    expect(sign('Phó Chủ tịch thường trực', 'KT')).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']);
    expect(sign('Chánh Văn phòng', 'TL')).toEqual(['TL. BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG']);
    expect(sign('Chánh Văn phòng', 'TL', 'Chủ tịch')).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
  });

  it('without a mode, the title decides as before', () => {
    expect(sign('Chủ tịch')).toEqual(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']);
    expect(sign('Phó Chủ tịch')).toEqual(['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(sign('Chánh Văn phòng')).toEqual(['TL. BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG']);
  });
});

describe('rendering the new kinds', () => {
  it.each(PROCEDURE_KINDS)('%s: renders to PDF and DOCX', async (kind) => {
    const doc = composeDocument(PROCEDURE_FACTS[kind]);
    expect((await renderPdf(doc)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await renderDocx(doc)).subarray(0, 2).toString()).toBe('PK');
  });

  it('renders a công văn with its trích yếu under the number and an urgent plan', async () => {
    const letter = withIssuance('van-ban', { documentType: 'CV', typeName: 'Công văn', urgent: true }, '12/CV-CĐVC');
    const doc = composeDocument(letter);
    expect((await renderPdf(doc)).length).toBeGreaterThan(1000);
    expect((await renderDocx(doc)).length).toBeGreaterThan(1000);
    expect((await renderPdf(composeDocument(withIssuance('van-ban', { urgent: true })))).length).toBeGreaterThan(1000);
  });
});

it('knows every new kind with its type code', () => {
  expect(Object.fromEntries(PROCEDURE_KINDS.map((k) => [k, DOCUMENT_KINDS[k].typeCode]))).toEqual({
    'qd-cong-nhan-bch': 'QĐ',
    'qd-bo-sung-uy-vien': 'QĐ',
    'qd-khen-thuong': 'QĐ',
    'qd-ky-luat': 'QĐ',
    'tb-ky-luat-co-quan-quan-ly': 'TB',
    'van-ban': 'theo-loai',
    'cv-dinh-chinh': 'CV',
  });
  expect(PLAN.documentType).toBe('KH');
});
