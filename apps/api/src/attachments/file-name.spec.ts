import { FALLBACK_FILE_NAME, MAX_FILE_NAME_LENGTH, asciiFallback, attachmentDisposition, encodeRfc5987, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\an\\Tờ trình.pdf', 'Tờ trình.pdf'],
    ['bien-ban\u0000\u001f\u007f.pdf', 'bien-ban.pdf'],
    ['tab\tand\nnewline.pdf', 'tabandnewline.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['  padded name.pdf  ', 'padded name.pdf'],
    ['..', FALLBACK_FILE_NAME],
    ['../../', FALLBACK_FILE_NAME],
    ['', FALLBACK_FILE_NAME],
    [undefined, FALLBACK_FILE_NAME],
    ['lone\ud800surrogate.pdf', 'lonesurrogate.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('composes decomposed Vietnamese (macOS writes NFD) so the same name is stored the same way', () => {
    expect(sanitiseFileName('To\u0302\u0300 tri\u0300nh.pdf')).toBe('Tồ trình.pdf');
  });

  it('caps the length at 200 characters and keeps the extension', () => {
    const name = sanitiseFileName(`${'Biên bản '.repeat(40)}.docx`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('never cuts a character in half when capping', () => {
    const name = sanitiseFileName('😀'.repeat(300));
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name).toBe('😀'.repeat(MAX_FILE_NAME_LENGTH));
  });
});

describe('Content-Disposition', () => {
  it('gives an ASCII name without diacritics and the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('Tờ trình số 1.pdf')).toBe(
      `attachment; filename="To trinh so 1.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%201.pdf`,
    );
  });

  it('maps đ/Đ to d/D and anything else outside printable ASCII, quotes and backslashes to _', () => {
    expect(asciiFallback('Đơn đề nghị "gấp" \\ 漢字.pdf')).toBe('Don de nghi _gap_ _ __.pdf');
  });

  it("percent-encodes ' ( ) * which encodeURIComponent leaves alone", () => {
    expect(encodeRfc5987("it's (final)*.pdf")).toBe('it%27s%20%28final%29%2A.pdf');
  });

  it('round-trips through decodeURIComponent', () => {
    const name = 'Danh sách trích ngang (Mẫu 2) – 100%.pdf';
    expect(decodeURIComponent(encodeRfc5987(name))).toBe(name);
  });
});
