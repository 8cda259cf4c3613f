import { Alert, Button, Empty, Flex, Grid, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { useInbox, useInboxSummary } from './inbox-api';
import { useInboxFilters } from './inbox-filters';
import { InboxCards } from './InboxCards';
import { InboxTable } from './InboxTable';
import { M } from './messages';
import { STATES, StateCards } from './StateCards';
import { useProcedures } from './use-procedures';

const LABEL = { display: 'block', marginBottom: 4 } as const;

/** "Việc cần xử lý": the user's open steps, overdue first, with their counts by deadline state. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const m = useMessages(M);
  const phone = !Grid.useBreakpoint().md;
  const { filters, set } = useInboxFilters();
  const { procedures, nameOf } = useProcedures();
  const summary = useInboxSummary(filters.procedureCode);
  const inbox = useInbox(filters);
  const tasks = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = !!(filters.procedureCode || filters.state);
  const countOf = new Map(summary.data?.byProcedure.map((p) => [p.procedureCode, p.count]));

  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? m.emptyFiltered : m.empty}>
      {filtered && <Button onClick={() => set({ procedureCode: undefined, state: undefined })}>{m.clearFilters}</Button>}
    </Empty>
  );
  const View = phone ? InboxCards : InboxTable;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        {summary.data && <Typography.Text type="secondary">{m.waiting(summary.data.total)}</Typography.Text>}
      </div>

      {summary.isError ? (
        <QueryState loading={false} error={summary.error} retry={() => void summary.refetch()}>
          {null}
        </QueryState>
      ) : (
        <StateCards counts={summary.data?.byState} active={filters.state} onToggle={(state) => set({ state: filters.state === state ? undefined : state })} />
      )}

      <Flex wrap gap={12} align="end">
        <div style={{ flex: '1 1 240px', maxWidth: phone ? undefined : 420 }}>
          <label htmlFor="inbox-procedure" style={LABEL}>
            {m.procedure}
          </label>
          <Select
            id="inbox-procedure"
            style={{ width: '100%' }}
            value={filters.procedureCode ?? ''}
            onChange={(code: string) => set({ procedureCode: code || undefined })}
            options={[
              { value: '', label: m.allProcedures },
              ...procedures.map((p) => ({ value: p.code, label: countOf.has(p.code) ? `${p.name} (${countOf.get(p.code)})` : p.name })),
            ]}
          />
        </div>
        <div style={{ flex: '1 1 180px', maxWidth: phone ? undefined : 260 }}>
          <label htmlFor="inbox-state" style={LABEL}>
            {m.state}
          </label>
          <Select
            id="inbox-state"
            style={{ width: '100%' }}
            value={filters.state ?? ''}
            onChange={(state: string) => set({ state: state || undefined })}
            options={[{ value: '', label: m.allStates }, ...STATES.map((s) => ({ value: s, label: t(`deadline.${s}`) }))]}
          />
        </div>
        {filtered && <Button onClick={() => set({ procedureCode: undefined, state: undefined })}>{m.clearFilters}</Button>}
      </Flex>

      {/* Once rows are shown, a failed refresh keeps them; a failed "Xem thêm" says so below them. */}
      <QueryState loading={inbox.isPending} error={inbox.data ? null : inbox.error} retry={() => void inbox.refetch()}>
        <View tasks={tasks} nameOf={nameOf} empty={empty} />
        {inbox.isFetchNextPageError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`${m.loadMoreFailed} ${errorText(inbox.error, i18n.language, t('common.networkError'))}`}
            action={<Button onClick={() => void inbox.fetchNextPage()}>{t('common.retry')}</Button>}
          />
        )}
        {inbox.hasNextPage && !inbox.isFetchNextPageError && (
          <Button block onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        )}
      </QueryState>
    </Flex>
  );
}
