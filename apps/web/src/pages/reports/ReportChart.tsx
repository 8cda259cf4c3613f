import { Card, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMessages } from '../../i18n/use-messages';
import { type ReportRow, groupRows } from './report-types';

const M = {
  vi: {
    title: 'Biểu đồ hồ sơ',
    byProcedure: 'Theo thủ tục',
    byUnit: 'Theo đơn vị',
    groupBy: 'Nhóm theo',
    open: 'Đang giải quyết (gồm quá hạn)',
    overdue: 'Quá hạn',
    closed: 'Đã kết thúc',
    empty: 'Không có hồ sơ trong kỳ này',
    described: (by: string, n: number) => `Biểu đồ cột số hồ sơ đang giải quyết, quá hạn và đã kết thúc ${by.toLowerCase()} (${n} nhóm); số liệu chi tiết ở bảng bên dưới.`,
  },
  en: {
    title: 'Cases chart',
    byProcedure: 'By procedure',
    byUnit: 'By unit',
    groupBy: 'Group by',
    open: 'In progress (incl. overdue)',
    overdue: 'Overdue',
    closed: 'Closed',
    empty: 'No cases in this period',
    described: (by: string, n: number) => `Bar chart of cases in progress, overdue and closed, ${by.toLowerCase()} (${n} groups); the table below has the figures.`,
  },
};

// Dark enough for 4.5:1 against white; the legend and the numbers on the bars say what each colour means.
const COLORS = { open: '#1d3f8f', overdue: '#a8071a', closed: '#237804' };
// The full name is in the tooltip and the table.
const shortName = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

/** Open, overdue and closed cases as horizontal bars (long Vietnamese names read better on the side), per procedure or unit. */
export function ReportChart({ rows }: { rows: readonly ReportRow[] }) {
  const m = useMessages(M);
  const [by, setBy] = useState<'procedure' | 'unit'>('procedure');
  const data = groupRows(rows, by);
  const byLabel = by === 'procedure' ? m.byProcedure : m.byUnit;
  return (
    <Card title={m.title}>
      <Segmented
        aria-label={m.groupBy}
        value={by}
        onChange={(value) => setBy(value as 'procedure' | 'unit')}
        options={[
          { value: 'procedure', label: m.byProcedure },
          { value: 'unit', label: m.byUnit },
        ]}
        style={{ marginBottom: 12 }}
      />
      {data.length === 0 ? (
        <Empty description={m.empty} />
      ) : (
        <div role="img" aria-label={m.described(byLabel, data.length)} style={{ width: '100%', height: 90 + data.length * 90 }}>
          <ResponsiveContainer>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 32 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={130} tickFormatter={shortName} />
              <Tooltip />
              <Legend itemSorter={null} />
              <Bar dataKey="open" name={m.open} fill={COLORS.open}>
                <LabelList dataKey="open" position="right" />
              </Bar>
              <Bar dataKey="overdue" name={m.overdue} fill={COLORS.overdue}>
                <LabelList dataKey="overdue" position="right" />
              </Bar>
              <Bar dataKey="closed" name={m.closed} fill={COLORS.closed}>
                <LabelList dataKey="closed" position="right" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Card>
  );
}
