import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { errorText } from '../../components/api-error';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { StandIn } from './admin-types';
import { StandInFormModal } from './StandInFormModal';
import { STAND_IN_M } from './stand-in-messages';
import { vietnamToday } from '../../components/dates';

/**
 * Ủy quyền (GET/POST/DELETE /api/stand-ins): for administrators and for leaders alike, as the API allows: a leader sees
 * the stand-ins they give or receive and records their own; an administrator sees and records all.
 */
export function StandInsPage() {
  const m = useMessages(STAND_IN_M);
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { me, hasRole } = useSession();
  const admin = hasRole('admin');
  const queries = useQueryClient();
  const [onlyActive, setOnlyActive] = useState(false);
  const [creating, setCreating] = useState(false);
  const [endRefusal, setEndRefusal] = useState<unknown>(null);
  const today = vietnamToday();

  const list = useInfiniteQuery({
    queryKey: ['stand-ins', onlyActive],
    queryFn: ({ pageParam }) => api<Page<StandIn>>(`/stand-ins?limit=50${onlyActive ? '&active=true' : ''}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const end = async (standIn: StandIn) => {
    setEndRefusal(null);
    try {
      await api<void>(`/stand-ins/${standIn.id}`, { method: 'DELETE' });
      void message.success(m.ended_ok);
      await queries.invalidateQueries({ queryKey: ['stand-ins'] });
    } catch (error) {
      setEndRefusal(error);
    }
  };

  const status = (s: StandIn) =>
    s.inForce ? <Tag color="green">{m.inForce}</Tag> : s.validFrom > today ? <Tag color="blue">{m.upcoming}</Tag> : <Tag>{m.ended}</Tag>;
  const columns: ColumnsType<StandIn> = [
    { title: m.principal, dataIndex: 'principalName', key: 'principal' },
    { title: m.substitute, dataIndex: 'substituteName', key: 'substitute' },
    { title: m.unit, dataIndex: 'orgUnitName', key: 'unit' },
    { title: m.period, key: 'period', render: (_: unknown, s) => <span style={{ whiteSpace: 'nowrap' }}>{m.fromTo(viDate(s.validFrom), viDate(s.validTo))}</span> },
    { title: m.scope, dataIndex: 'scope', key: 'scope', width: 280 },
    { title: m.reference, dataIndex: 'reference', key: 'reference' },
    { title: m.status, key: 'status', render: (_: unknown, s) => status(s) },
    {
      title: m.actions,
      key: 'actions',
      render: (_: unknown, s) =>
        (admin || s.principalUserId === me?.id) && s.validTo >= today ? (
          <Popconfirm title={m.endConfirm} description={<div style={{ maxWidth: 320 }}>{m.endConfirmDetail}</div>} okText={m.end} okButtonProps={{ danger: true }} cancelText={m.cancel} onConfirm={() => end(s)}>
            <Button size="small" danger aria-label={m.endFor(s.substituteName)}>{m.end}</Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="end" gap={12}>
        <div style={{ maxWidth: 820 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>{m.title}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{m.lead}{admin ? ` ${m.leadAdmin}` : ''}</Typography.Paragraph>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{m.create}</Button>
      </Flex>
      <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
        <Switch checked={onlyActive} onChange={setOnlyActive} />
        <span>{m.onlyActive}</span>
      </label>
      {endRefusal ? <Alert type="error" showIcon role="alert" closable={{ onClose: () => setEndRefusal(null) }} title={m.endFailed + errorText(endRefusal, i18n.language, t('common.networkError'))} /> : null}
      <QueryState loading={list.isPending} error={list.error} retry={() => void list.refetch()}>
        <Table<StandIn> size="middle" rowKey="id" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: m.empty }} />
        {list.hasNextPage ? (
          <Button block style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{m.loadMore}</Button>
        ) : null}
      </QueryState>
      <StandInFormModal
        open={creating}
        admin={admin}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          void message.success(m.created(s.substituteName, viDate(s.validFrom), viDate(s.validTo)));
          void queries.invalidateQueries({ queryKey: ['stand-ins'] });
        }}
      />
    </Space>
  );
}
