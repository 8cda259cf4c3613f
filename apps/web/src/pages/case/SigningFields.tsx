import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Radio, Select } from 'antd';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { StandIn } from '../admin/admin-types';

const M = {
  vi: {
    signAs: 'Ký với tư cách',
    own: 'Theo chức danh của tôi (hệ thống ghi TM. hoặc KT. theo người ký)',
    tuq: 'Thừa ủy quyền (TUQ.) theo giấy ủy quyền',
    standIn: 'Giấy ủy quyền',
    standInHelp: 'Ủy quyền phải bằng văn bản, còn hiệu lực và bao gồm việc ký văn bản; không ủy quyền lại (NĐ 30/2020/NĐ-CP Điều 13).',
    standInRule: 'Hãy chọn giấy ủy quyền',
    none: 'Bạn không có giấy ủy quyền nào đang còn hiệu lực.',
    option: (ref: string, principal: string, to: string) => `${ref} – ký thay ${principal}, đến ${to}`,
  },
  en: {
    signAs: 'Sign as',
    own: 'In my own position (the system writes TM. or KT. by who signs)',
    tuq: 'By written delegation (TUQ.)',
    standIn: 'Delegation',
    standInHelp: 'A delegation must be written, in force and cover signing; it cannot be passed on (Decree 30/2020 Art. 13).',
    standInRule: 'Choose the delegation',
    none: 'You hold no delegation in force.',
    option: (ref: string, principal: string, to: string) => `${ref} – for ${principal}, until ${to}`,
  },
};

/**
 * How the signer signs: in their own position (the API chooses TM. or KT.), or TUQ. on a written delegation they hold
 * today (`GET /api/stand-ins`), sent as `data.delegationRef` (the API decides the mode and checks the delegation).
 */
export function SigningFields({ currentUserId }: { currentUserId?: string }) {
  const m = useMessages(M);
  const tuq = Form.useWatch('signAs', Form.useFormInstance()) === 'TUQ';
  const standIns = useQuery({ queryKey: ['stand-ins', 'active'], queryFn: () => api<Page<StandIn>>('/stand-ins?limit=50&active=true'), enabled: tuq });
  const mine = (standIns.data?.items ?? []).filter((s) => s.inForce && s.substituteUserId === currentUserId);
  return (
    <>
      <Form.Item name="signAs" label={m.signAs}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={[{ value: 'own', label: m.own }, { value: 'TUQ', label: m.tuq }]} />
      </Form.Item>
      {tuq && (
        <>
          {standIns.isSuccess && mine.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={m.none} />}
          <Form.Item name="delegationRef" label={m.standIn} extra={m.standInHelp} rules={[{ required: true, message: m.standInRule }]}>
            <Select loading={standIns.isPending} options={mine.map((s) => ({ value: s.id, label: m.option(s.reference, s.principalName, viDate(s.validTo)) }))} />
          </Form.Item>
        </>
      )}
    </>
  );
}
