import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useMessages } from '../../i18n/use-messages';
import { percent } from './report-format';
import type { ReportCounts, ReportRow } from './report-types';

const M = {
  vi: {
    caption: 'Số liệu theo thủ tục và đơn vị',
    procedure: 'Thủ tục',
    unit: 'Đơn vị',
    total: 'Tiếp nhận',
    accepted: 'Đã thụ lý',
    open: 'Đang giải quyết',
    overdue: 'Quá hạn',
    closed: 'Đã kết thúc',
    onTime: 'Đúng hạn',
    late: 'Quá hạn khi kết thúc',
    rate: 'Tỷ lệ đúng hạn',
    target: (t: string) => `chỉ tiêu ${t}`,
    missed: 'chưa đạt chỉ tiêu',
    met: 'đạt chỉ tiêu',
    totals: 'Tổng cộng',
    noneClosed: 'chưa có',
    empty: 'Không có hồ sơ nào được tiếp nhận trong kỳ này',
  },
  en: {
    caption: 'Figures per procedure and unit',
    procedure: 'Procedure',
    unit: 'Unit',
    total: 'Received',
    accepted: 'Accepted',
    open: 'In progress',
    overdue: 'Overdue',
    closed: 'Closed',
    onTime: 'On time',
    late: 'Closed late',
    rate: 'On-time rate',
    target: (t: string) => `target ${t}`,
    missed: 'target missed',
    met: 'target met',
    totals: 'Total',
    noneClosed: 'none yet',
    empty: 'No case was received in this period',
  },
};

const FIGURES = ['total', 'accepted', 'open', 'overdue', 'closed', 'closedOnTime', 'closedLate'] as const;

/** One row per procedure and unit, the totals at the foot; scrolls inside itself on a phone. */
export function ReportTable({ rows, totals }: { rows: ReportRow[]; totals: ReportCounts }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const rate = (c: ReportCounts) => (c.onTimeRate === null ? <Typography.Text type="secondary">{m.noneClosed}</Typography.Text> : percent(c.onTimeRate, i18n.language));
  const headings: Record<(typeof FIGURES)[number], string> = {
    total: m.total,
    accepted: m.accepted,
    open: m.open,
    overdue: m.overdue,
    closed: m.closed,
    closedOnTime: m.onTime,
    closedLate: m.late,
  };
  // A procedure held to a target (complaints, denunciations: 100% on time) says whether it is met, in words too.
  const rowRate = (row: ReportRow) => {
    if (row.onTimeTarget === null) return rate(row);
    const target = m.target(percent(row.onTimeTarget, i18n.language));
    const verdict = row.meetsTarget === null ? null : row.meetsTarget ? <Typography.Text type="success">✓ {m.met}</Typography.Text> : <Typography.Text type="danger">✗ {m.missed}</Typography.Text>;
    return (
      <span>
        {rate(row)} <Typography.Text type="secondary">({target})</Typography.Text> {verdict}
      </span>
    );
  };
  const columns: ColumnsType<ReportRow> = [
    { title: m.procedure, dataIndex: 'procedureName', key: 'procedure', width: 260 },
    { title: m.unit, dataIndex: 'orgUnitName', key: 'unit', width: 200 },
    ...FIGURES.map((f) => ({
      title: headings[f],
      dataIndex: f,
      key: f,
      align: 'right' as const,
      render: (n: number) => ((f === 'overdue' || f === 'closedLate') && n > 0 ? <Typography.Text type="danger">⚠ {n}</Typography.Text> : n),
    })),
    { title: m.rate, key: 'rate', align: 'right', render: (_: unknown, row) => rowRate(row) },
  ];
  return (
    <Table<ReportRow>
      size="small"
      rowKey={(r) => `${r.procedureCode}|${r.orgUnitId}`}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text strong>{m.caption}</Typography.Text>}
      locale={{ emptyText: m.empty }}
      summary={() =>
        rows.length > 0 && (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0} colSpan={2}>{m.totals}</Table.Summary.Cell>
            {FIGURES.map((f, i) => (
              <Table.Summary.Cell key={f} index={i + 2} align="right">{totals[f]}</Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={FIGURES.length + 2} align="right">{rate(totals)}</Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
