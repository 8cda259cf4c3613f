import { Card, Descriptions, Flex, Grid, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useMessages } from '../../i18n/use-messages';
import { EmailPreference } from './EmailPreference';
import { M } from './messages';

/** "Tài khoản": who the user is, where they hold which roles, and whether notifications also come by email. */
export function ProfilePage() {
  const { t } = useTranslation();
  const m = useMessages(M);
  const { me } = useSession();
  const phone = !Grid.useBreakpoint().sm;
  if (!me) return <Spin description={t('common.loading')} style={{ display: 'block', margin: '48px auto' }} />;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {m.title}
      </Typography.Title>
      <Card size={phone ? 'small' : 'default'}>
        {/* Labels above the values on a phone, so a long email or unit name wraps instead of widening the page. */}
        <Descriptions column={1} size="small" layout={phone ? 'vertical' : 'horizontal'}>
          <Descriptions.Item label={m.fullName}>{me.fullName}</Descriptions.Item>
          <Descriptions.Item label={m.username}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={m.email}>{me.email ?? <Typography.Text type="secondary">{m.noEmail}</Typography.Text>}</Descriptions.Item>
          <Descriptions.Item label={m.units}>
            {me.units.length === 0 ? (
              <Typography.Text type="secondary">{m.noUnits}</Typography.Text>
            ) : (
              <Flex vertical gap={6} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                {me.units.map((unit) => (
                  <li key={unit.id}>
                    <div>
                      {unit.name} <Typography.Text type="secondary">({unit.code})</Typography.Text>
                    </div>
                    {unit.roles.map((r) => (
                      <Tag key={r.role} style={{ whiteSpace: 'normal' }}>{r.title ? `${r.title} · ${m.roles[r.role] ?? r.role}` : (m.roles[r.role] ?? r.role)}</Tag>
                    ))}
                  </li>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={m.notifications} size={phone ? 'small' : 'default'}>
        <EmailPreference me={me} />
      </Card>
    </Flex>
  );
}
