import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    title: 'Không có quyền truy cập (403)',
    detail: 'Trang này chỉ dành cho quản trị hệ thống. Nếu bạn cần thay đổi ở đây, hãy liên hệ quản trị viên của đơn vị.',
  },
  en: {
    title: 'Access denied (403)',
    detail: 'This page is for system administrators only. If you need a change here, ask your unit’s administrator.',
  },
};

/** An admin page: others are told it is not for them (the API would refuse them with 403 anyway). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const m = useMessages(M);
  const { t } = useTranslation();
  const { me, loading, hasRole } = useSession();
  if (loading || !me) return <Spin description={t('common.loading')} style={{ display: 'block', margin: '48px auto' }} />;
  if (!hasRole('admin')) return <Result status="403" title={m.title} subTitle={m.detail} />;
  return <>{children}</>;
}
