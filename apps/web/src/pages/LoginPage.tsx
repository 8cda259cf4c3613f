import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { errorText } from '../components/api-error';
import { setLanguage } from '../i18n';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { me, login } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (me) return <Navigate to={from} replace />;

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username, values.password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#eef2f9', padding: 16 }}>
      <Card style={{ width: 'min(400px, 100%)' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{t('app.name')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.title')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={errorText(error, i18n.language, t('common.networkError'))} style={{ marginBottom: 16 }} role="alert" /> : null}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, message: t('auth.required', { field: t('auth.username').toLowerCase() }) }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.required', { field: t('auth.password').toLowerCase() }) }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t('auth.submit')}</Button>
        </Form>
        <Button type="link" onClick={() => setLanguage(i18n.language === 'en' ? 'vi' : 'en')} style={{ marginTop: 8, paddingInline: 0 }}>
          {t('common.language')}
        </Button>
      </Card>
    </main>
  );
}
