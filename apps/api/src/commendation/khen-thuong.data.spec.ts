import { caseDataProblems } from '../cases/case-data.validators';

const fields = (data: Record<string, unknown>) => caseDataProblems('khen-thuong', data).map((p) => `${p.field}:${p.rule}`);

describe('khen thưởng data', () => {
  const valid = {
    nominees: [{ fullName: 'Nguyễn Thị Hạnh', userId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', position: 'Giáo viên' }, { unitName: 'Tổ Toán, Trường THPT Hùng Vương' }],
    awardType: 'giay-khen',
    achievements: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026.',
  };

  it('accepts people and collectives, and the optional fields', () => {
    expect(fields(valid)).toEqual([]);
    expect(fields({ ...valid, proposingUnit: 'CĐCS Trường THPT Hùng Vương', period: '2026', exceptional: true })).toEqual([]);
  });

  it('names every missing field', () => {
    expect(fields({})).toEqual(['data.nominees:required', 'data.awardType:required', 'data.achievements:required']);
  });

  it('needs a person’s name or a collective’s name, not both, and an account only for a person', () => {
    expect(fields({ ...valid, nominees: [{ position: 'Giáo viên' }, { fullName: 'A', unitName: 'B' }, { unitName: 'Tổ Văn', userId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' }, { fullName: 'C', userId: '7' }] })).toEqual([
      'data.nominees.0.fullName:required',
      'data.nominees.1.unitName:exclusive',
      'data.nominees.2.userId:personOnly',
      'data.nominees.3.userId:isUuid',
    ]);
  });

  it('checks the award type, the achievements and the flags by their rule', () => {
    expect(fields({ ...valid, awardType: 'huan-chuong', achievements: ' ', exceptional: 1 })).toEqual([
      'data.awardType:isIn',
      'data.achievements:isNotEmpty',
      'data.exceptional:isBoolean',
    ]);
    expect(fields({ ...valid, achievements: 'x'.repeat(10_001) })).toEqual(['data.achievements:maxLength']);
  });
});
