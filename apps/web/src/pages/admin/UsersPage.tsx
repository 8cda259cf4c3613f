import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Role } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useMessages } from '../../i18n/use-messages';
import { AdminOnly } from './AdminOnly';
import { AssignRoleModal } from './AssignRoleModal';
import { CreateUserModal } from './CreateUserModal';
import type { UserItem } from './admin-types';
import { ROLE_NAMES } from './role-labels';

const M = {
  vi: {
    title: 'Người dùng và vai trò',
    lead: 'Tạo tài khoản cho cán bộ và giao vai trò tại đơn vị; vai trò quyết định việc nào đến hộp việc của họ.',
    add: 'Thêm người dùng',
    search: 'Tìm theo họ tên, tên đăng nhập hoặc email',
    username: 'Tên đăng nhập',
    fullName: 'Họ và tên',
    email: 'Email',
    status: 'Trạng thái',
    roles: 'Vai trò tại đơn vị',
    noRole: 'Chưa có vai trò',
    active: '✓ Đang hoạt động',
    inactive: 'Đã khóa',
    actions: 'Thao tác',
    assign: 'Giao vai trò',
    assignFor: (name: string) => `Giao vai trò cho ${name}`,
    created: (username: string) => `Đã tạo tài khoản ${username}. Hãy giao vai trò để người dùng bắt đầu làm việc.`,
    assigned: (name: string, role: string) => `Đã giao vai trò “${role}” cho ${name}`,
    empty: 'Không có người dùng nào khớp',
    count: (n: number) => `${n} người dùng`,
  },
  en: {
    title: 'Users and roles',
    lead: 'Create accounts for officers and give them roles in units; a role decides which steps reach their inbox.',
    add: 'Add user',
    search: 'Search by name, username or email',
    username: 'Username',
    fullName: 'Full name',
    email: 'Email',
    status: 'Status',
    roles: 'Roles in units',
    noRole: 'No role yet',
    active: '✓ Active',
    inactive: 'Deactivated',
    actions: 'Actions',
    assign: 'Give role',
    assignFor: (name: string) => `Give ${name} a role`,
    created: (username: string) => `Account ${username} created. Give it a role so the user can start working.`,
    assigned: (name: string, role: string) => `${name} now has the role “${role}”`,
    empty: 'No matching user',
    count: (n: number) => `${n} users`,
  },
};

export function UsersPage() {
  return (
    <AdminOnly>
      <UsersList />
    </AdminOnly>
  );
}

function UsersList() {
  const m = useMessages(M);
  const roleNames = useMessages(ROLE_NAMES);
  const { message } = App.useApp();
  const queries = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<{ items: UserItem[] }>('/users') });
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<UserItem | null>(null);

  const needle = search.trim().toLowerCase();
  const shown = (users.data?.items ?? []).filter((u) => !needle || [u.username, u.fullName, u.email ?? ''].some((v) => v.toLowerCase().includes(needle)));
  const columns: ColumnsType<UserItem> = [
    { title: m.username, dataIndex: 'username', key: 'username' },
    { title: m.fullName, dataIndex: 'fullName', key: 'fullName' },
    { title: m.email, dataIndex: 'email', key: 'email', render: (email: string | null) => email ?? '—' },
    {
      title: m.roles,
      key: 'roles',
      render: (_: unknown, user) =>
        user.roles.length ? (
          <Flex wrap gap={4}>
            {user.roles.map((r) => (
              <Tag key={`${r.orgUnitId}:${r.role}:${r.validFrom}`} title={r.orgUnitName}>
                {r.title ?? roleNames[r.role]} · {r.orgUnitCode}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{m.noRole}</Typography.Text>
        ),
    },
    { title: m.status, dataIndex: 'active', key: 'active', render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{active ? m.active : m.inactive}</Tag> },
    {
      title: m.actions,
      key: 'actions',
      render: (_: unknown, user) => (
        <Button size="small" onClick={() => setAssigning(user)} aria-label={m.assignFor(user.fullName)} disabled={!user.active}>
          {m.assign}
        </Button>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex wrap justify="space-between" align="end" gap={12}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>{m.title}</Typography.Title>
          <Typography.Text type="secondary">{m.lead}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{m.add}</Button>
      </Flex>
      <Input.Search allowClear aria-label={m.search} placeholder={m.search} value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 420 }} />
      <QueryState loading={users.isPending} error={users.error} retry={() => void users.refetch()}>
        <Table<UserItem>
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={shown}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => m.count(n) }}
          locale={{ emptyText: m.empty }}
        />
      </QueryState>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          void queries.invalidateQueries({ queryKey: ['users'] });
          void message.success(m.created(user.username));
          setAssigning(user);
        }}
      />
      <AssignRoleModal
        user={assigning}
        onClose={() => setAssigning(null)}
        onAssigned={(user, role: Role) => {
          setAssigning(null);
          void message.success(m.assigned(user.fullName, roleNames[role]));
        }}
      />
    </Space>
  );
}
