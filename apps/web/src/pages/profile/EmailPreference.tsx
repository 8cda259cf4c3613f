import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';

/** The email switch (PATCH /api/me/preferences): it shows the server's answer, and stays as it was when refused. */
export function EmailPreference({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const m = useMessages(M);
  const { message } = App.useApp();
  const queries = useQueryClient();
  const save = useMutation({
    mutationFn: (emailNotifications: boolean) => api<Me>('/me/preferences', { method: 'PATCH', body: { emailNotifications } }),
    onSuccess: (updated) => {
      // The session keeps the user under a key starting with 'me': every such copy gets the saved answer.
      queries.setQueriesData<Me>({ queryKey: ['me'] }, updated);
      void message.success(updated.emailNotifications ? m.emailOn : m.emailOff);
    },
  });
  const checked = save.isPending ? save.variables : me.emailNotifications;

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={12}>
        <Switch id="email-notifications" checked={checked} loading={save.isPending} onChange={(on) => save.mutate(on)} />
        <label htmlFor="email-notifications">{m.emailSwitch}</label>
      </Flex>
      {save.isError && (
        <Alert type="error" showIcon role="alert" title={`${m.refused}: ${errorText(save.error, i18n.language, t('common.networkError'))}`} />
      )}
      {!me.email && <Alert type="warning" showIcon title={m.noAddress} />}
      <Typography.Text type="secondary">{m.inAppStays}</Typography.Text>
    </Flex>
  );
}
