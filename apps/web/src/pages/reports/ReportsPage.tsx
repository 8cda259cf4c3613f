import { useQuery } from '@tanstack/react-query';
import { Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { OrgUnit, Procedure } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { ExportButtons } from './ExportButtons';
import { ReportCards } from './ReportCards';
import { ReportChart } from './ReportChart';
import { ReportFilterBar } from './ReportFilterBar';
import { ReportTable } from './ReportTable';
import { type ReportFilters, type ReportSummary, reportQuery } from './report-types';

const M = {
  vi: {
    title: 'Báo cáo tổng hợp',
    lead: (from: string, to: string) => `Hồ sơ tiếp nhận từ ${from} đến ${to} thuộc các đơn vị bạn được xem.`,
  },
  en: {
    title: 'Summary report',
    lead: (from: string, to: string) => `Cases received from ${from} to ${to} in the units you may see.`,
  },
};

/** The filters live in the address (?from=&to=&procedureCode=&orgUnitId=): a report can be bookmarked or sent. */
function useReportFilters(): [ReportFilters, (filters: ReportFilters) => void] {
  const [params, setParams] = useSearchParams();
  const year = dayjs().year();
  const filters: ReportFilters = {
    from: params.get('from') ?? `${year}-01-01`,
    to: params.get('to') ?? `${year}-12-31`,
    procedureCode: params.get('procedureCode') ?? undefined,
    orgUnitId: params.get('orgUnitId') ?? undefined,
  };
  return [filters, (next) => setParams(new URLSearchParams(reportQuery(next)), { replace: true })];
}

export function ReportsPage() {
  const m = useMessages(M);
  const [filters, setFilters] = useReportFilters();
  const query = reportQuery(filters);
  const summary = useQuery({ queryKey: ['reports', 'summary', query], queryFn: () => api<ReportSummary>(`/reports/summary?${query}`), placeholderData: (previous) => previous });
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => api<Procedure[]>('/procedures'), staleTime: Infinity });
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => api<{ items: OrgUnit[] }>('/org-units'), staleTime: 5 * 60_000 });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="end" gap={12}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>{m.title}</Typography.Title>
          <Typography.Text type="secondary">{m.lead(viDate(filters.from), viDate(filters.to))}</Typography.Text>
        </div>
        <div>
          <ExportButtons filters={filters} />
        </div>
      </Flex>
      <ReportFilterBar filters={filters} procedures={procedures.data ?? []} units={units.data?.items ?? []} onChange={setFilters} />
      <QueryState loading={summary.isPending} error={summary.error} retry={() => void summary.refetch()}>
        {summary.data && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ReportCards totals={summary.data.totals} rows={summary.data.rows} />
            <ReportChart rows={summary.data.rows} />
            <ReportTable rows={summary.data.rows} totals={summary.data.totals} />
          </Space>
        )}
      </QueryState>
    </Space>
  );
}
