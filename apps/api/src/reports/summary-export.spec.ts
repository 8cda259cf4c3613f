import { summarise } from './report-summary';
import { summaryCsv } from './summary-csv';
import { summaryTable } from './summary-table';

const unit = { orgUnitId: 'u1', orgUnitName: 'Công đoàn Viên chức tỉnh, Gia Lai' };
const counts = [
  { procedureCode: 'thanh-lap-cdcs', ...unit, status: 'open', total: 3, accepted: 1, open: 3, overdue: 1, closed: 0, closedOnTime: 0 },
  { procedureCode: 'thanh-lap-cdcs', ...unit, status: 'RECOGNISED', total: 2, accepted: 2, open: 0, overdue: 0, closed: 2, closedOnTime: 1 },
  { procedureCode: 'thanh-lap-cdcs', orgUnitId: 'u2', orgUnitName: '=HYPERLINK("x")', status: 'open', total: 1, accepted: 0, open: 1, overdue: 0, closed: 0, closedOnTime: 0 },
  { procedureCode: 'to-cao', ...unit, status: 'RESOLVED', total: 4, accepted: 4, open: 0, overdue: 0, closed: 4, closedOnTime: 3 },
  { procedureCode: 'to-cao', ...unit, status: 'open', total: 1, accepted: 1, open: 1, overdue: 1, closed: 0, closedOnTime: 0 },
];

describe('the summary and its CSV', () => {
  const summary = summarise({ from: '2026-01-01', to: '2026-12-31' }, counts);

  it('folds the statuses into one row per procedure and unit, with the rate of closed cases on time', () => {
    expect(summary.rows).toHaveLength(3);
    expect(summary.rows[0]).toMatchObject({ total: 5, accepted: 3, open: 3, overdue: 1, closed: 2, closedOnTime: 1, closedLate: 1, onTimeRate: 0.5, byStatus: { open: 3, RECOGNISED: 2 } });
    expect(summary.rows[0]).toMatchObject({ onTimeTarget: null, meetsTarget: null });
    expect(summary.rows[1].onTimeRate).toBeNull();
    expect(summary.totals).toMatchObject({ total: 11, accepted: 8, open: 5, closed: 6, closedLate: 2, byStatus: { open: 5, RECOGNISED: 2, RESOLVED: 4 } });
  });

  it('holds denunciations to the 100% target: 3 of 4 closed on time misses it', () => {
    expect(summary.rows[2]).toMatchObject({ procedureCode: 'to-cao', total: 5, accepted: 5, overdue: 1, closed: 4, closedOnTime: 3, closedLate: 1, onTimeRate: 0.75, onTimeTarget: 1, meetsTarget: false });
  });

  it('writes UTF-8 with a BOM, a Vietnamese header, quoted commas, defused formulas and the totals last', () => {
    const lines = summaryCsv(summaryTable(summary)).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFThủ tục,Mã thủ tục,Đơn vị,Tổng số hồ sơ tiếp nhận,Đã thụ lý,Đang giải quyết,Quá hạn,Đã kết thúc,Kết thúc đúng hạn,Kết thúc quá hạn,Tỷ lệ đúng hạn,Chỉ tiêu đúng hạn,' +
        'Trạng thái: Đang giải quyết,Trạng thái: Đã công nhận,Trạng thái: Đã giải quyết',
    );
    expect(lines[1]).toContain(',"Công đoàn Viên chức tỉnh, Gia Lai",5,3,3,1,2,1,1,50.0,,3,2,0');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",1,0,1,0,0,0,0,,,1,0,0`);
    expect(lines[3]).toContain(',to-cao,"Công đoàn Viên chức tỉnh, Gia Lai",5,5,1,1,4,3,1,75.0,100.0,1,0,4');
    expect(lines[4]).toMatch(/^Tổng cộng \(hồ sơ tiếp nhận từ 01\/01\/2026 đến 31\/12\/2026\),,,11,8,5,2,6,4,2,66.7,,5,2,4$/);
    expect(lines.join('')).not.toContain(';');
  });
});
