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
    total: 'Tổng số',
    open: 'Đang giải quyết',
    overdue: 'Quá hạn',
    closed: 'Đã kết thúc',
    onTime: 'Đúng hạn',
    rate: 'Tỷ lệ đúng hạn',
    totals: 'Tổng cộng',
    noneClosed: 'chưa có',
    empty: 'Không có hồ sơ nào được tiếp nhận trong kỳ này',
  },
  en: {
    caption: 'Figures per procedure and unit',
    procedure: 'Procedure',
    unit: 'Unit',
    total: 'Total',
    open: 'In progress',
    overdue: 'Overdue',
    closed: 'Closed',
    onTime: 'On time',
    rate: 'On-time rate',
    totals: 'Total',
    noneClosed: 'none yet',
    empty: 'No case was received in this period',
  },
};

const FIGURES = ['total', 'open', 'overdue', 'closed', 'closedOnTime'] as const;

/** One row per procedure and unit, the totals at the foot; scrolls inside itself on a phone. */
export function ReportTable({ rows, totals }: { rows: ReportRow[]; totals: ReportCounts }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const rate = (c: ReportCounts) => (c.onTimeRate === null ? <Typography.Text type="secondary">{m.noneClosed}</Typography.Text> : percent(c.onTimeRate, i18n.language));
  const headings: Record<(typeof FIGURES)[number], string> = { total: m.total, open: m.open, overdue: m.overdue, closed: m.closed, closedOnTime: m.onTime };
  const columns: ColumnsType<ReportRow> = [
    { title: m.procedure, dataIndex: 'procedureName', key: 'procedure', width: 260 },
    { title: m.unit, dataIndex: 'orgUnitName', key: 'unit', width: 200 },
    ...FIGURES.map((f) => ({
      title: headings[f],
      dataIndex: f,
      key: f,
      align: 'right' as const,
      render: (n: number) => (f === 'overdue' && n > 0 ? <Typography.Text type="danger">⚠ {n}</Typography.Text> : n),
    })),
    { title: m.rate, key: 'rate', align: 'right', render: (_: unknown, row) => rate(row) },
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
            <Table.Summary.Cell index={7} align="right">{rate(totals)}</Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
