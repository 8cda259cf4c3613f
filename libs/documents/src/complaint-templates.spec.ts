import { composeDocument } from './compose-document';
import type { ComplaintFacts, DenunciationFacts, DocumentFacts, DocumentKind } from './document-facts';
import type { OfficialDocument } from './document-model';
import { SAMPLE_FACTS } from './testing/sample-facts';

/** What a reader checks in each complaint and denunciation document: dates, periods, grounds, parties. */

const bodyText = (doc: OfficialDocument): string => doc.body.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
const compose = (kind: DocumentKind): OfficialDocument => composeDocument(SAMPLE_FACTS[kind]);
const withComplaint = (kind: DocumentKind, change: Partial<ComplaintFacts>): DocumentFacts => {
  const facts = SAMPLE_FACTS[kind];
  return { ...facts, complaint: { ...(facts.complaint as ComplaintFacts), ...change } };
};
const withDenunciation = (kind: DocumentKind, change: Partial<DenunciationFacts>): DocumentFacts => {
  const facts = SAMPLE_FACTS[kind];
  return { ...facts, denunciation: { ...(facts.denunciation as DenunciationFacts), ...change } };
};
type Extension = NonNullable<DenunciationFacts['extension']>;
const extension = (change: Partial<Extension>): DocumentFacts => {
  const facts = SAMPLE_FACTS['qd-gia-han-giai-quyet-to-cao'];
  return withDenunciation('qd-gia-han-giai-quyet-to-cao', { extension: { ...(facts.denunciation?.extension as Extension), ...change } });
};

describe('complaint documents', () => {
  it('tb-thu-ly-khieu-nai: tells the complainant the acceptance date, the period and its last day', () => {
    const doc = compose('tb-thu-ly-khieu-nai');
    const text = bodyText(doc);
    expect(text).toContain('nhận được đơn khiếu nại lần đầu của ông (bà) Lê Văn Tám, địa chỉ: Tổ 3, phường Pleiku, tỉnh Gia Lai');
    expect(text).toContain('khiếu nại Quyết định thi hành kỷ luật bằng hình thức khiển trách đối với đoàn viên Lê Văn Tám (số 02/QĐ-CĐVC ngày 12/01/2026');
    expect(text).toContain('Nội dung khiếu nại: Cuộc họp xét kỷ luật không mời người bị kỷ luật trình bày ý kiến');
    expect(text).toContain('thụ lý giải quyết khiếu nại từ ngày 05/03/2026');
    expect(text).toContain('Thời hạn giải quyết khiếu nại là 30 ngày kể từ ngày thụ lý, đến hết ngày 06/04/2026.');
    expect(doc.recipients.lines).toEqual(['- Ông (bà) Lê Văn Tám;', '- Lưu: VT, UBKT.']);
  });

  it('tb-khong-thu-ly-khieu-nai: gives the Art. 11 ground, its article and the reasons', () => {
    const text = bodyText(compose('tb-khong-thu-ly-khieu-nai'));
    expect(text).toContain(
      'căn cứ khoản 7 Điều 11 Luật Khiếu nại năm 2011, đơn khiếu nại không đủ điều kiện thụ lý giải quyết vì: Thời hiệu khiếu nại đã hết mà không có lý do chính đáng.',
    );
    expect(text).toContain('Cụ thể: Quyết định bị khiếu nại được giao ngày 12/01/2025');
  });

  it('qd-giai-quyet-khieu-nai-lan-dau: căn cứ, the letter, verification, conclusion and the three articles', () => {
    const doc = compose('qd-giai-quyet-khieu-nai-lan-dau');
    const text = bodyText(doc);
    expect(text).toContain('Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;');
    expect(text).toContain('Quyết định số 333/QĐ-TLĐ ngày 28/02/2020');
    expect(text).toContain('Xét đơn khiếu nại của ông (bà) Lê Văn Tám, địa chỉ: Tổ 3, phường Pleiku, tỉnh Gia Lai, nhận ngày 23/02/2026;');
    expect(text).toContain('2. Kết quả xác minh nội dung khiếu nại\nViệc xem xét kỷ luật được thực hiện đúng thẩm quyền.\nCuộc họp xét kỷ luật');
    expect(text).toContain('Nội dung khiếu nại của ông (bà) Lê Văn Tám là đúng một phần.');
    expect(text).toContain('QUYẾT ĐỊNH:\nĐiều 1. Hủy bỏ Quyết định số 02/QĐ-CĐVC ngày 12/01/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai.\nGiao Ủy ban Kiểm tra');
    expect(text).toContain(
      'Điều 2. Trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này, nếu không đồng ý với việc giải quyết khiếu nại, ông (bà) Lê Văn Tám ' +
        'có quyền khiếu nại lần hai đến Liên đoàn Lao động tỉnh Gia Lai hoặc khởi kiện tại Tòa án',
    );
    expect(text).toContain('Điều 3. Ủy ban Kiểm tra Công đoàn Viên chức tỉnh Gia Lai, ông (bà) Lê Văn Tám, ông (bà) Trần Quốc Việt');
    expect(doc.recipients.lines).toEqual([
      '- Ông (bà) Lê Văn Tám (người khiếu nại);',
      '- Ông (bà) Trần Quốc Việt (người bị khiếu nại);',
      '- Thường trực LĐLĐ tỉnh Gia Lai (để b/c);',
      '- Lưu: VT, UBKT.',
    ]);
  });

  it('qd-giai-quyet-khieu-nai-lan-dau: words each finding, the 45-day window and the default upper union', () => {
    const kind = 'qd-giai-quyet-khieu-nai-lan-dau';
    expect(bodyText(composeDocument(withComplaint(kind, { finding: 'dung' })))).toContain('Lê Văn Tám là đúng.');
    expect(bodyText(composeDocument(withComplaint(kind, { finding: 'sai' })))).toContain('Lê Văn Tám là sai.');
    const remote = bodyText(composeDocument(withComplaint(kind, { secondInstanceWindowDays: 45, upperUnitName: undefined })));
    expect(remote).toContain('Trong thời hạn 45 ngày kể từ ngày nhận được Quyết định này');
    expect(remote).toContain('khiếu nại lần hai đến Liên đoàn Lao động tỉnh Gia Lai'); // the issuer's parent union
    expect(() => composeDocument(withComplaint(kind, { instance: 2 }))).toThrow(RangeError);
  });

  it('qd-giai-quyet-khieu-nai-lan-hai: recalls the first decision; legal effect 30 days after issue; the right to sue', () => {
    const doc = compose('qd-giai-quyet-khieu-nai-lan-hai');
    const text = bodyText(doc);
    expect(doc.header.issuerName).toBe('BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI');
    expect(text).toContain(
      'Khiếu nại đã được Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai giải quyết lần đầu tại Quyết định số 12/QĐ-CĐVC ngày 02/04/2026.',
    );
    expect(text).toContain('Nội dung khiếu nại của ông (bà) Lê Văn Tám là sai.');
    expect(text).toContain('Điều 1. Công nhận và giữ nguyên Quyết định số 12/QĐ-CĐVC');
    expect(text).toContain(
      'Điều 2. Quyết định này có hiệu lực pháp luật sau 30 ngày kể từ ngày ban hành. Nếu không đồng ý với việc giải quyết khiếu nại lần hai, ' +
        'ông (bà) Lê Văn Tám có quyền khởi kiện tại Tòa án',
    );
    expect(doc.recipients.lines).toContain('- Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai;');
    expect(() => composeDocument(withComplaint('qd-giai-quyet-khieu-nai-lan-hai', { firstDecision: undefined }))).toThrow(RangeError);
    expect(() => composeDocument(withComplaint('qd-giai-quyet-khieu-nai-lan-hai', { instance: 1 }))).toThrow(RangeError);
  });

  it('qd-dinh-chi-giai-quyet-khieu-nai: the withdrawal (Art. 10) ends the resolution', () => {
    const text = bodyText(compose('qd-dinh-chi-giai-quyet-khieu-nai'));
    expect(text).toContain('có văn bản rút đơn khiếu nại với lý do: đã được giải thích và đồng ý với hình thức kỷ luật, theo quy định tại Điều 10 Luật Khiếu nại năm 2011;');
    expect(text).toContain('Điều 1. Đình chỉ việc giải quyết khiếu nại lần đầu của ông (bà) Lê Văn Tám đối với Quyết định thi hành kỷ luật');
    expect(text).toContain('đã được thụ lý giải quyết ngày 05/03/2026.');
  });
});

describe('denunciation documents', () => {
  it('qd-thu-ly-to-cao: accepts against the accused about the content; 30 days to the given last day', () => {
    const text = bodyText(compose('qd-thu-ly-to-cao'));
    expect(text).toContain('Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;\nCăn cứ Nghị định số 31/2019/NĐ-CP');
    expect(text).toContain('Xét đơn tố cáo nhận ngày 02/03/2026;');
    expect(text).toContain(
      'Điều 1. Thụ lý tố cáo đối với ông (bà) Trịnh Văn Lực, Chủ tịch Công đoàn cơ sở Trường THPT Hùng Vương.\nNội dung tố cáo:\n' +
        '- Chi kinh phí công đoàn tổ chức tham quan năm 2025 cho cả người không phải là đoàn viên;\n- Không công khai',
    );
    expect(text).toContain('Điều 2. Thời hạn giải quyết tố cáo là 30 ngày kể từ ngày ký Quyết định này, đến hết ngày 09/04/2026.');
    expect(text).toMatch(/^Điều 3\. Quyết định có hiệu lực kể từ ngày ký\./m);
  });

  it('tb-thu-ly-to-cao: tells the denouncer of the acceptance decision (Art. 29(3))', () => {
    const doc = compose('tb-thu-ly-to-cao');
    const text = bodyText(doc);
    expect(text).toContain('đơn tố cáo của ông (bà) Vũ Thị Thanh Nhàn, địa chỉ: Tổ 5, phường Diên Hồng, tỉnh Gia Lai, tố cáo ông (bà) Trịnh Văn Lực');
    expect(text).toContain(
      'Căn cứ khoản 3 Điều 29 Luật Tố cáo năm 2018, Công đoàn Viên chức tỉnh Gia Lai thông báo: ngày 10/03/2026, Ban Thường vụ Công đoàn ' +
        'Viên chức tỉnh Gia Lai đã ban hành Quyết định số 20/QĐ-CĐVC về việc thụ lý tố cáo.',
    );
    expect(text).toContain('đến hết ngày 09/04/2026.');
    expect(doc.recipients.lines[0]).toBe('- Ông (bà) Vũ Thị Thanh Nhàn;');
  });

  it('tb-noi-dung-to-cao: tells the accused the content and the right to explain, addressed to them', () => {
    const doc = compose('tb-noi-dung-to-cao');
    const text = bodyText(doc);
    expect(text).toContain('Quyết định số 20/QĐ-CĐVC về việc thụ lý tố cáo đối với ông (bà) Trịnh Văn Lực');
    expect(text).toContain('thông báo nội dung tố cáo như sau:\nChi kinh phí công đoàn tổ chức tham quan năm 2025');
    expect(text).toContain('Điều 10 Luật Tố cáo năm 2018');
    expect(text).toContain('Đề nghị ông (bà) Trịnh Văn Lực gửi văn bản giải trình về nội dung bị tố cáo');
    expect(doc.recipients.lines[0]).toBe('- Ông (bà) Trịnh Văn Lực;');
  });

  it('tb-khong-thu-ly-to-cao and tb-chuyen-don-to-cao: the ground and reasons; the competent body (Art. 24(2))', () => {
    const refused = bodyText(compose('tb-khong-thu-ly-to-cao'));
    expect(refused).toContain('căn cứ khoản 1 Điều 29 Luật Tố cáo năm 2018, đơn tố cáo không đủ điều kiện thụ lý vì: Vụ việc đã được giải quyết');
    expect(refused).toContain('Cụ thể: Nội dung tố cáo đã được kết luận tại Kết luận số 01/KL-CĐVC ngày 15/12/2025.');
    const forwarded = bodyText(compose('tb-chuyen-don-to-cao'));
    expect(forwarded).toContain('Căn cứ khoản 2 Điều 24 Luật Tố cáo năm 2018');
    expect(forwarded).toContain('đã chuyển đơn tố cáo đến Sở Giáo dục và Đào tạo tỉnh Gia Lai để xem xét, giải quyết theo thẩm quyền.');
  });

  it('qd-gia-han-giai-quyet-to-cao: extension n°, days, criteria, reasons, new last day; the parties notified', () => {
    const doc = compose('qd-gia-han-giai-quyet-to-cao');
    const text = bodyText(doc);
    expect(text).toContain('Căn cứ Quyết định số 20/QĐ-CĐVC ngày 10/03/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai về việc thụ lý tố cáo;');
    expect(text).toContain(
      'Điều 1. Gia hạn lần thứ nhất thời hạn giải quyết tố cáo đối với ông (bà) Trịnh Văn Lực, Chủ tịch Công đoàn cơ sở Trường THPT Hùng Vương, ' +
        'thêm 30 ngày. Thời hạn giải quyết tố cáo đến hết ngày 11/05/2026.',
    );
    expect(text).toContain('có tính chất phức tạp, thuộc trường hợp:\n- Vụ việc có nhiều nội dung, liên quan đến nhiều địa điểm (khoản 2 Điều 3 Nghị định số 31/2019/NĐ-CP).');
    expect(text).toContain('Lý do gia hạn: Cần xác minh chứng từ chi tại hai đơn vị tổ chức tham quan.');
    expect(doc.recipients.lines).toEqual(['- Như Điều 3;', '- Người tố cáo;', '- Ông (bà) Trịnh Văn Lực (người bị tố cáo);', '- Lưu: VT, UBKT.']);
  });

  it('qd-gia-han-giai-quyet-to-cao: a second extension for a particularly complex case only, each ≤ 30 days (Art. 30(1))', () => {
    const criteria = [
      { label: 'Vụ việc có nhiều nội dung', cite: 'khoản 2 Điều 3 Nghị định số 31/2019/NĐ-CP' },
      { label: 'Có nhiều người tố cáo', cite: 'khoản 2 Điều 3 Nghị định số 31/2019/NĐ-CP' },
    ];
    const second = bodyText(composeDocument(extension({ ordinal: 2, amount: 20, criteria })));
    expect(second).toContain('Gia hạn lần thứ hai thời hạn giải quyết tố cáo');
    expect(second).toContain('thêm 20 ngày.');
    expect(second).toContain('có tính chất đặc biệt phức tạp');
    expect(() => composeDocument(extension({ ordinal: 2 }))).toThrow(RangeError);
    expect(() => composeDocument(extension({ amount: 31 }))).toThrow(RangeError);
    expect(() => composeDocument(extension({ criteria: [] }))).toThrow(RangeError);
  });

  it('qd-tam-dinh-chi / qd-tiep-tuc / qd-dinh-chi-giai-quyet-to-cao: grounds, the uncounted time, the new last day', () => {
    const suspended = bodyText(compose('qd-tam-dinh-chi-giai-quyet-to-cao'));
    expect(suspended).toContain(
      'Căn cứ tạm đình chỉ: Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác (điểm a khoản 1 Điều 34 Luật Tố cáo năm 2018).',
    );
    expect(suspended).toContain('Lý do: Chờ kết quả kiểm toán');
    expect(suspended).toContain('Điều 2. Thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo.');
    const resumed = bodyText(compose('qd-tiep-tuc-giai-quyet-to-cao'));
    expect(resumed).toContain('Căn cứ Quyết định số 27/QĐ-CĐVC ngày 20/04/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai về việc tạm đình chỉ');
    expect(resumed).toContain('Xét thấy căn cứ tạm đình chỉ việc giải quyết tố cáo không còn: Đã có kết quả kiểm toán;');
    expect(resumed).toContain('chấm dứt việc tạm đình chỉ theo Quyết định số 27/QĐ-CĐVC ngày 20/04/2026');
    expect(resumed).toContain('Điều 2. Thời hạn giải quyết tố cáo đến hết ngày 15/06/2026;');
    const terminated = bodyText(compose('qd-dinh-chi-giai-quyet-to-cao'));
    expect(terminated).toContain('Căn cứ đình chỉ: Người tố cáo rút toàn bộ nội dung tố cáo (điểm a khoản 3 Điều 34 Luật Tố cáo năm 2018).');
  });

  it('kl-noi-dung-to-cao: acceptance, content, verification, finding with the leader’s text, measures', () => {
    const doc = compose('kl-noi-dung-to-cao');
    const text = bodyText(doc);
    expect(text).toContain('Ngày 10/03/2026, Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai đã ban hành Quyết định số 20/QĐ-CĐVC về việc thụ lý tố cáo');
    expect(text).toContain('2. Kết quả xác minh nội dung tố cáo\nChuyến tham quan tháng 7/2025 có 06 người không phải là đoàn viên.');
    expect(text).toContain('Nội dung tố cáo đối với ông (bà) Trịnh Văn Lực là đúng một phần.\nNội dung chi kinh phí tham quan');
    expect(text).toContain('4. Biện pháp xử lý, kiến nghị xử lý\nYêu cầu ông (bà) Trịnh Văn Lực hoàn trả');
    expect(doc.recipients.lines[0]).toBe('- Ông (bà) Trịnh Văn Lực (người bị tố cáo);');
    const sai = composeDocument(withDenunciation('kl-noi-dung-to-cao', { conclusion: { finding: 'sai', text: 'Không có căn cứ' } }));
    expect(bodyText(sai)).toContain('là sai.\nKhông có căn cứ.');
    expect(bodyText(sai)).not.toContain('Biện pháp xử lý');
  });

  it('tb-ket-qua-giai-quyet-to-cao and tb-cong-khai-ket-luan-to-cao: the conclusion’s number, date, result; the publication', () => {
    const result = bodyText(compose('tb-ket-qua-giai-quyet-to-cao'));
    expect(result).toContain('Ngày 10/06/2026, Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai đã ban hành Kết luận số 35/KL-CĐVC về nội dung tố cáo.');
    expect(result).toContain('Nội dung tố cáo là đúng một phần.');
    expect(result).toContain('Biện pháp xử lý:\n- Yêu cầu ông (bà) Trịnh Văn Lực hoàn trả số kinh phí đã chi sai đối tượng;');
    const published = bodyText(compose('tb-cong-khai-ket-luan-to-cao'));
    expect(published).toContain('Thực hiện Điều 40 Luật Tố cáo năm 2018, Công đoàn Viên chức tỉnh Gia Lai công khai Kết luận số 35/KL-CĐVC ngày 10/06/2026');
    expect(published).toContain('Hình thức công khai: niêm yết tại trụ sở Công đoàn Viên chức tỉnh Gia Lai trong thời gian 15 ngày.');
  });
});
