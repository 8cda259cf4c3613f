import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import type { NotificationPage } from '../api/types';
import { viDateTime } from '../components/dates';

/** In-app notifications with the unread counter; refreshed every 30 s and whenever the window regains focus. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const page = useQuery({ queryKey: ['notifications'], queryFn: () => api<NotificationPage>('/notifications?limit=20'), refetchInterval: 30_000 });
  const readAll = useMutation({
    mutationFn: () => api<void>('/notifications/read-all', { method: 'POST' }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const open = async (id: string, caseId: string | null) => {
    await api<void>(`/notifications/${id}/read`, { method: 'POST' }).catch(() => undefined);
    void queries.invalidateQueries({ queryKey: ['notifications'] });
    if (caseId) navigate(`/cases/${caseId}`);
  };
  const unread = page.data?.unreadCount ?? 0;
  const content = (
    <div style={{ width: 'min(360px, 85vw)' }}>
      <List
        size="small"
        locale={{ emptyText: t('common.noNotifications') }}
        dataSource={page.data?.items ?? []}
        renderItem={(n) => (
          <List.Item style={{ cursor: 'pointer', fontWeight: n.read ? 'normal' : 600 }} onClick={() => void open(n.id, n.caseId)}>
            <List.Item.Meta title={n.title} description={<><div>{n.body}</div><Typography.Text type="secondary">{viDateTime(n.createdAt)}</Typography.Text></>} />
          </List.Item>
        )}
      />
      {unread > 0 && (
        <Button type="link" onClick={() => readAll.mutate()} loading={readAll.isPending}>
          {t('common.markAllRead')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover content={content} title={t('common.notifications')} trigger="click" placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />} aria-label={`${t('common.notifications')}: ${unread}`} />
      </Badge>
    </Popover>
  );
}
