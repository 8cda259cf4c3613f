import { summarise } from './report-summary';
import { summaryCsv } from './summary-csv';
import { summaryTable } from './summary-table';

const unit = { orgUnitId: 'u1', orgUnitName: 'Công đoàn Viên chức tỉnh, Gia Lai' };
const counts = [
  { procedureCode: 'thanh-lap-cdcs', ...unit, status: 'open', total: 3, open: 3, overdue: 1, closed: 0, closedOnTime: 0 },
  { procedureCode: 'thanh-lap-cdcs', ...unit, status: 'RECOGNISED', total: 2, open: 0, overdue: 0, closed: 2, closedOnTime: 1 },
  { procedureCode: 'thanh-lap-cdcs', orgUnitId: 'u2', orgUnitName: '=HYPERLINK("x")', status: 'open', total: 1, open: 1, overdue: 0, closed: 0, closedOnTime: 0 },
];

describe('the summary and its CSV', () => {
  const summary = summarise({ from: '2026-01-01', to: '2026-12-31' }, counts);

  it('folds the statuses into one row per procedure and unit, with the rate of closed cases on time', () => {
    expect(summary.rows).toHaveLength(2);
    expect(summary.rows[0]).toMatchObject({ total: 5, open: 3, overdue: 1, closed: 2, closedOnTime: 1, onTimeRate: 0.5, byStatus: { open: 3, RECOGNISED: 2 } });
    expect(summary.rows[1].onTimeRate).toBeNull();
    expect(summary.totals).toMatchObject({ total: 6, open: 4, closed: 2, onTimeRate: 0.5, byStatus: { open: 4, RECOGNISED: 2 } });
  });

  it('writes UTF-8 with a BOM, a Vietnamese header, quoted commas, defused formulas and the totals last', () => {
    const lines = summaryCsv(summaryTable(summary)).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFThủ tục,Mã thủ tục,Đơn vị,Tổng số hồ sơ,Đang giải quyết,Quá hạn,Đã kết thúc,Kết thúc đúng hạn,Tỷ lệ đúng hạn,Trạng thái: Đang giải quyết,Trạng thái: Đã công nhận',
    );
    expect(lines[1]).toContain(',"Công đoàn Viên chức tỉnh, Gia Lai",5,3,1,2,1,50.0,3,2');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",1,1,0,0,0,,1,0`);
    expect(lines[3]).toMatch(/^Tổng cộng \(hồ sơ tiếp nhận từ 01\/01\/2026 đến 31\/12\/2026\),,,6,4,1,2,1,50.0,4,2$/);
    expect(lines.join('')).not.toContain(';');
  });
});
