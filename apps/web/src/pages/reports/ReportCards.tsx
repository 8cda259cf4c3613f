import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessages } from '../../i18n/use-messages';
import { percent } from './report-format';
import { type ReportCounts, type ReportRow, targetFigures } from './report-types';

const M = {
  vi: {
    label: 'Số liệu tổng hợp',
    total: 'Tổng số hồ sơ',
    open: 'Đang giải quyết',
    overdue: 'Quá hạn',
    onTimeRate: 'Tỷ lệ đúng hạn',
    closedOf: (onTime: number, closed: number) => `${onTime}/${closed} hồ sơ đã kết thúc đúng hạn`,
    noneClosed: 'Chưa có hồ sơ kết thúc',
    overdueOf: (n: number) => (n > 0 ? `${n} hồ sơ đang giải quyết đã quá hạn` : 'Không có hồ sơ quá hạn'),
    closed: (n: number) => `${n} hồ sơ đã kết thúc`,
    openHint: 'Chưa kết thúc, kể cả quá hạn',
    target: 'Khiếu nại, tố cáo giải quyết đúng hạn',
    targetOf: (target: string, onTime: number, closed: number) => `Chỉ tiêu ${target}: ${onTime}/${closed} vụ việc đã giải quyết đúng hạn`,
    targetNone: (target: string) => `Chỉ tiêu ${target}; chưa có vụ việc giải quyết xong`,
  },
  en: {
    label: 'Summary figures',
    total: 'Cases received',
    open: 'In progress',
    overdue: 'Overdue',
    onTimeRate: 'On-time rate',
    closedOf: (onTime: number, closed: number) => `${onTime} of ${closed} closed cases on time`,
    noneClosed: 'No case closed yet',
    overdueOf: (n: number) => (n > 0 ? `${n} cases in progress are overdue` : 'No overdue case'),
    closed: (n: number) => `${n} closed`,
    openHint: 'Not closed yet, overdue included',
    target: 'Complaints and denunciations on time',
    targetOf: (target: string, onTime: number, closed: number) => `Target ${target}: ${onTime} of ${closed} resolved on time`,
    targetNone: (target: string) => `Target ${target}; none resolved yet`,
  },
};

function Figure({ title, value, note, ink = '#262626', accent = '#1d3f8f' }: { title: string; value: ReactNode; note: string; ink?: string; accent?: string }) {
  return (
    <Card size="small" style={{ borderTop: `4px solid ${accent}`, height: '100%' }}>
      <div style={{ color: '#434343' }}>{title}</div>
      <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3, color: ink }}>{value}</div>
      <div style={{ color: '#595959', fontSize: 13 }}>{note}</div>
    </Card>
  );
}

/**
 * The four figures an officer looks for first; overdue in red AND with the word and an icon. With complaints or
 * denunciations in the report, a fifth: their on-time rate against the plan's 100% target.
 */
export function ReportCards({ totals, rows = [] }: { totals: ReportCounts; rows?: readonly ReportRow[] }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const held = targetFigures(rows);
  return (
    <Row gutter={[12, 12]} role="group" aria-label={m.label}>
      <Col xs={12} md={6}>
        <Figure title={m.total} value={totals.total} note={m.closed(totals.closed)} />
      </Col>
      <Col xs={12} md={6}>
        <Figure title={m.open} value={totals.open} note={m.openHint} />
      </Col>
      <Col xs={12} md={6}>
        <Figure
          title={m.overdue}
          value={<><span aria-hidden>{totals.overdue > 0 ? '⚠ ' : ''}</span>{totals.overdue}</>}
          note={m.overdueOf(totals.overdue)}
          ink={totals.overdue > 0 ? '#a8071a' : undefined}
          accent="#a8071a"
        />
      </Col>
      <Col xs={12} md={6}>
        <Figure
          title={m.onTimeRate}
          value={totals.onTimeRate === null ? '–' : percent(totals.onTimeRate, i18n.language)}
          note={totals.onTimeRate === null ? m.noneClosed : m.closedOf(totals.closedOnTime, totals.closed)}
          accent="#237804"
        />
      </Col>
      {held && (
        <Col xs={24} md={12}>
          <Figure
            title={m.target}
            value={held.rate === null ? '–' : percent(held.rate, i18n.language)}
            note={held.rate === null ? m.targetNone(percent(held.target, i18n.language)) : m.targetOf(percent(held.target, i18n.language), held.closedOnTime, held.closed)}
            ink={held.rate !== null && held.rate < held.target ? '#a8071a' : undefined}
            accent={held.rate !== null && held.rate < held.target ? '#a8071a' : '#237804'}
          />
        </Col>
      )}
    </Row>
  );
}
