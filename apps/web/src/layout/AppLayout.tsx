import { ApartmentOutlined, AuditOutlined, BarChartOutlined, BookOutlined, CalendarOutlined, FileAddOutlined, FolderOpenOutlined, InboxOutlined, MenuOutlined, SwapOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import type { ItemType } from 'antd/es/menu/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { ROLE_SHORT_WORDS } from '../components/code-words';
import { setLanguage } from '../i18n';
import { NotificationBell } from './NotificationBell';

/** The frame of every page: menu on the left (a drawer behind a button on a phone), the user, notifications and language on top. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, loading, logout, hasRole } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const phone = !Grid.useBreakpoint().lg;
  if (!me && !loading) return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  const items: ItemType[] = [
    { key: '/', icon: <InboxOutlined />, label: t('nav.inbox') },
    { key: '/cases', icon: <FolderOpenOutlined />, label: t('nav.cases') },
    { key: '/start', icon: <FileAddOutlined />, label: t('nav.start') },
    { key: '/reports', icon: <BarChartOutlined />, label: t('nav.reports') },
    // The sổ văn bản is kept by the issuing union's office: not a lower union chair's page.
    ...(hasRole('clerk') || hasRole('leader') || hasRole('officer') || hasRole('admin') ? [{ key: '/documents', icon: <BookOutlined />, label: t('nav.register') }] : []),
    { key: '/org-units', icon: <ApartmentOutlined />, label: t('nav.orgUnits') },
    // Leaders hand their steps to a stand-in while away; admins see it under administration.
    ...(hasRole('leader') && !hasRole('admin') ? [{ key: '/admin/stand-ins', icon: <SwapOutlined />, label: t('nav.standIns') }] : []),
    ...(hasRole('admin')
      ? [
          {
            key: 'admin',
            icon: <AuditOutlined />,
            label: t('nav.admin'),
            children: [
              { key: '/admin/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
              { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.users') },
              { key: '/admin/stand-ins', icon: <SwapOutlined />, label: t('nav.standIns') },
            ],
          },
        ]
      : []),
  ];
  const selected = items.flatMap((i) => (i && 'children' in i && i.children ? i.children : [i])).map((i) => String(i?.key)).filter((k) => k !== '/' ? location.pathname.startsWith(k) : location.pathname === '/');
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      defaultOpenKeys={['admin']}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      style={{ height: '100%', borderInlineEnd: 0 }}
    />
  );
  const unit = me?.units[0];
  const roles = me?.units.flatMap((u) => u.roles.map((r) => r.title ?? ROLE_SHORT_WORDS[i18n.language === 'en' ? 'en' : 'vi'][r.role] ?? r.role)).join(', ');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: phone ? 4 : 12, paddingInline: phone ? 8 : 16, background: '#1d3f8f' }}>
        {phone && <Button type="text" icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />} onClick={() => setDrawerOpen(true)} aria-label="Menu" />}
        <Typography.Link onClick={() => navigate('/')} style={{ color: '#fff', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>
          {phone ? t('app.short') : t('app.name')}
        </Typography.Link>
        <Space style={{ marginLeft: 'auto' }} size={phone ? 0 : 'small'}>
          <Button type="text" style={{ color: '#fff' }} onClick={() => setLanguage(i18n.language === 'en' ? 'vi' : 'en')} aria-label={t('common.language')}>
            {phone ? (i18n.language === 'en' ? 'VI' : 'EN') : t('common.language')}
          </Button>
          <NotificationBell />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'who', label: <div><strong>{me?.fullName}</strong><div>{roles}</div><div>{unit?.name}</div></div>, disabled: true },
                { type: 'divider' },
                { key: 'profile', label: t('nav.profile'), onClick: () => navigate('/profile') },
                { key: 'logout', label: t('auth.logout'), onClick: logout },
              ],
            }}
          >
            <Button type="text" style={{ color: '#fff' }} icon={<UserOutlined />} data-testid="user-menu">
              <span className="hide-on-phone">{me?.fullName}</span>
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260} title={t('app.name')} styles={{ body: { padding: 0 } }}>
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={220} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 'clamp(8px, 2vw, 24px)', minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
