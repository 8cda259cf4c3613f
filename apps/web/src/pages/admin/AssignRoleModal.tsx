import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { OrgUnit, Role } from '../../api/types';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import type { UserItem } from './admin-types';
import { showRefusal } from './form-errors';
import { ROLES, ROLE_NAMES } from './role-labels';

const M = {
  vi: {
    title: (name: string) => `Giao vai trò cho ${name}`,
    unit: 'Đơn vị',
    unitRule: 'Vui lòng chọn đơn vị',
    role: 'Vai trò',
    roleRule: 'Vui lòng chọn vai trò',
    jobTitle: 'Chức danh (in trên văn bản)',
    jobTitlePlaceholder: 'Ví dụ: Phó Chủ tịch',
    validFrom: 'Hiệu lực từ ngày',
    validFromHelp: 'Để trống: từ hôm nay',
    assign: 'Giao vai trò',
    cancel: 'Hủy',
  },
  en: {
    title: (name: string) => `Give ${name} a role`,
    unit: 'Unit',
    unitRule: 'Please choose the unit',
    role: 'Role',
    roleRule: 'Please choose the role',
    jobTitle: 'Position (printed on documents)',
    jobTitlePlaceholder: 'e.g. Vice-chair',
    validFrom: 'In force from',
    validFromHelp: 'Empty: from today',
    assign: 'Give role',
    cancel: 'Cancel',
  },
};

interface RoleForm {
  orgUnitId: string;
  role: Role;
  title?: string;
  validFrom?: Dayjs;
}

/** POST /api/users/:id/roles: a role in a unit from a date. A role already held (409) is said beside the button. */
export function AssignRoleModal({ user, onClose, onAssigned }: { user: UserItem | null; onClose: () => void; onAssigned: (user: UserItem, role: Role) => void }) {
  const m = useMessages(M);
  const roleNames = useMessages(ROLE_NAMES);
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<RoleForm>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => api<{ items: OrgUnit[] }>('/org-units'), staleTime: 5 * 60_000, enabled: !!user });

  const submit = async (values: RoleForm) => {
    if (!user) return;
    setBusy(true);
    setGeneral(null);
    try {
      const body = { orgUnitId: values.orgUnitId, role: values.role, title: values.title?.trim() || undefined, validFrom: values.validFrom?.format('YYYY-MM-DD') };
      await api<{ id: string }>(`/users/${user.id}/roles`, { method: 'POST', body });
      form.resetFields();
      onAssigned(user, values.role);
    } catch (error) {
      setGeneral(showRefusal(form, error, i18n.language, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setGeneral(null);
    onClose();
  };

  return (
    <Modal open={!!user} title={user ? m.title(user.fullName) : ''} okText={m.assign} cancelText={m.cancel} onOk={() => form.submit()} onCancel={close} confirmLoading={busy} forceRender>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="orgUnitId" label={m.unit} rules={[{ required: true, message: m.unitRule }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            notFoundContent={units.isError ? errorText(units.error, i18n.language, t('common.networkError')) : undefined}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
          />
        </Form.Item>
        <Form.Item name="role" label={m.role} rules={[{ required: true, message: m.roleRule }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: roleNames[r] }))} />
        </Form.Item>
        <Form.Item name="title" label={m.jobTitle} rules={[{ max: 200 }]}>
          <Input placeholder={m.jobTitlePlaceholder} />
        </Form.Item>
        <Form.Item name="validFrom" label={m.validFrom} extra={m.validFromHelp}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        {general ? <Alert type="error" showIcon role="alert" title={general} /> : null}
      </Form>
    </Modal>
  );
}
