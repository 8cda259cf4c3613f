import { Alert, Button, Empty, Flex, Grid, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { useProcedures } from '../inbox/use-procedures';
import { useCaseFilters, useCases } from './cases-api';
import { CasesCards } from './CasesCards';
import { STATUSES } from './CaseStatusTag';
import { CasesTable } from './CasesTable';
import { M } from './messages';

const LABEL = { display: 'block', marginBottom: 4 } as const;

/** "Hồ sơ": every case the user may see, newest first, searched by code, title or the parties named and filtered by procedure and status. */
export function CasesListPage() {
  const { t, i18n } = useTranslation();
  const m = useMessages(M);
  const phone = !Grid.useBreakpoint().md;
  const { filters, set } = useCaseFilters();
  const { procedures, nameOf } = useProcedures();
  const cases = useCases(filters);
  const items = cases.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!(filters.q || filters.procedureCode || filters.status);

  // What is typed stays in the box until searched; the box follows the URL when it changes (back, "Bỏ lọc").
  const [typed, setTyped] = useState(filters.q ?? '');
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setTyped(filters.q ?? '');
  }

  const clear = () => set({ q: undefined, procedureCode: undefined, status: undefined });
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? m.emptyFiltered : m.empty}>
      {filtered && <Button onClick={clear}>{m.clearFilters}</Button>}
    </Empty>
  );
  const View = phone ? CasesCards : CasesTable;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {m.title}
      </Typography.Title>

      <Flex wrap gap={12} align="end" role="search">
        <div style={{ flex: '2 1 260px', maxWidth: phone ? undefined : 480 }}>
          <label htmlFor="cases-q" style={LABEL}>
            {m.search}
          </label>
          <Input.Search
            id="cases-q"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => set({ q: value.trim() || undefined })}
            placeholder={m.searchPlaceholder}
            enterButton={m.searchButton}
            allowClear
            maxLength={200}
          />
        </div>
        <div style={{ flex: '1 1 220px', maxWidth: phone ? undefined : 360 }}>
          <label htmlFor="cases-procedure" style={LABEL}>
            {m.procedure}
          </label>
          <Select
            id="cases-procedure"
            style={{ width: '100%' }}
            value={filters.procedureCode ?? ''}
            onChange={(code: string) => set({ procedureCode: code || undefined })}
            options={[{ value: '', label: m.allProcedures }, ...procedures.map((p) => ({ value: p.code, label: p.name }))]}
          />
        </div>
        <div style={{ flex: '1 1 180px', maxWidth: phone ? undefined : 260 }}>
          <label htmlFor="cases-status" style={LABEL}>
            {m.status}
          </label>
          <Select
            id="cases-status"
            style={{ width: '100%' }}
            value={filters.status ?? ''}
            onChange={(status: string) => set({ status: status || undefined })}
            options={[{ value: '', label: m.allStatuses }, ...STATUSES.map((s) => ({ value: s, label: m.statuses[s] }))]}
          />
        </div>
        {filtered && <Button onClick={clear}>{m.clearFilters}</Button>}
      </Flex>

      {/* Once rows are shown, a failed refresh keeps them; a failed "Xem thêm" says so below them. */}
      <QueryState loading={cases.isPending} error={cases.data ? null : cases.error} retry={() => void cases.refetch()}>
        <View cases={items} nameOf={nameOf} empty={empty} />
        {cases.isFetchNextPageError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`${m.loadMoreFailed} ${errorText(cases.error, i18n.language, t('common.networkError'))}`}
            action={<Button onClick={() => void cases.fetchNextPage()}>{t('common.retry')}</Button>}
          />
        )}
        {cases.hasNextPage && !cases.isFetchNextPageError && (
          <Button block onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        )}
      </QueryState>
    </Flex>
  );
}
