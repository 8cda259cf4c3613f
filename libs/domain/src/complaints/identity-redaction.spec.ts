import { REDACTED, namesIdentity, redactIdentity } from './identity-redaction';

const denouncer = { fullName: 'Nguyễn Thị Bích Ngọc', address: '12 Lê Lợi, phường Hội Phú, Pleiku', phone: '0905 123 456', email: 'ngoc.nt@example.vn' };

describe('redactIdentity', () => {
  it.each([
    ['Tôi là Nguyễn Thị Bích Ngọc, tố cáo ông X', `Tôi là ${REDACTED}, tố cáo ông X`],
    ['đơn của NGUYỄN THỊ BÍCH NGỌC gửi ngày 2/3', `đơn của ${REDACTED} gửi ngày 2/3`],
    ['ba Nguyen Thi Bich Ngoc (khong dau) da goi', `ba ${REDACTED} (khong dau) da goi`],
    ['Nguyễn  Thị Bích   Ngọc', REDACTED],
    ['liên hệ 0905.123.456 hoặc ngoc.nt@example.vn', `liên hệ ${REDACTED} hoặc ${REDACTED}`],
    ['ở 12 Lê Lợi, phường Hội Phú, Pleiku', `ở ${REDACTED}`],
  ])('hides the denouncer in %j', (text, expected) => {
    expect(redactIdentity(text, denouncer)).toBe(expected);
  });

  it('leaves text that does not name them, and other people, as it was', () => {
    const text = 'Ông Trần Văn Nam, Chủ tịch CĐCS, bị tố cáo lạm dụng quỹ; bà Nguyễn Thị Bích (kế toán) xác nhận.';
    expect(redactIdentity(text, denouncer)).toBe(text);
    expect(namesIdentity(text, denouncer)).toBe(false);
  });

  it('matches whole words only: a longer name that contains theirs is someone else', () => {
    expect(redactIdentity('Nguyễn Thị Bích Ngọcanh', denouncer)).toBe('Nguyễn Thị Bích Ngọcanh');
  });

  it('does nothing without an identity (anonymous letters)', () => {
    expect(redactIdentity('Nguyễn Thị Bích Ngọc', undefined)).toBe('Nguyễn Thị Bích Ngọc');
  });

  it('does not hunt for a one-word name of fewer than 4 letters (it would hide common words)', () => {
    expect(redactIdentity('An toàn lao động', { fullName: 'An' })).toBe('An toàn lao động');
  });
});
