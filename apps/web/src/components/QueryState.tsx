import { Alert, Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorText } from './api-error';

/** Loading, error (with a retry when the network failed) or the content: never a blank page. */
export function QueryState({ loading, error, retry, children }: { loading: boolean; error: unknown; retry: () => void; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  if (loading) return <Spin description={t('common.loading')} style={{ display: 'block', margin: '48px auto' }} />;
  if (error) {
    const network = error instanceof ApiError && error.isNetwork;
    return network ? (
      <Result status="warning" title={t('common.networkError')} extra={<Button type="primary" onClick={retry}>{t('common.retry')}</Button>} />
    ) : (
      <Alert type="error" showIcon title={errorText(error, i18n.language, t('common.networkError'))} action={<Button onClick={retry}>{t('common.retry')}</Button>} />
    );
  }
  return <>{children}</>;
}
