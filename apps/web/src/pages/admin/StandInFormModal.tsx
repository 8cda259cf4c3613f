import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { OrgUnit } from '../../api/types';
import { useSession } from '../../auth/session';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import type { NewStandIn, StandIn, UnitPerson, UserItem } from './admin-types';
import { showRefusal } from './form-errors';
import { ROLE_NAMES } from './role-labels';
import { STAND_IN_M } from './stand-in-messages';

interface StandInForm {
  principalUserId: string;
  orgUnitId: string;
  substituteUserId: string;
  validFrom: Dayjs;
  validTo: Dayjs;
  scope: string;
  reference: string;
}

const ISO = 'YYYY-MM-DD';

/**
 * POST /api/stand-ins. A leader delegates their own steps (the principal is themself); an administrator may record
 * one for anyone. The stand-in is chosen among the unit's staff. Refusals: a field's under it, the rest (an overlap,
 * a sub-delegation…) beside the button.
 */
export function StandInFormModal({ open, admin, onClose, onCreated }: { open: boolean; admin: boolean; onClose: () => void; onCreated: (standIn: StandIn) => void }) {
  const m = useMessages(STAND_IN_M);
  const roleNames = useMessages(ROLE_NAMES);
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [form] = Form.useForm<StandInForm>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const principalId = Form.useWatch('principalUserId', form) ?? (admin ? undefined : me?.id);
  const unitId = Form.useWatch('orgUnitId', form);
  const validFrom = Form.useWatch('validFrom', form);

  const users = useQuery({ queryKey: ['users'], queryFn: () => api<{ items: UserItem[] }>('/users'), enabled: open && admin });
  const allUnits = useQuery({ queryKey: ['org-units'], queryFn: () => api<{ items: OrgUnit[] }>('/org-units'), staleTime: 5 * 60_000, enabled: open && admin });
  const people = useQuery({ queryKey: ['org-unit-people', unitId], queryFn: () => api<{ items: UnitPerson[] }>(`/org-units/${unitId}/people`), enabled: open && !!unitId });

  const units = admin ? (allUnits.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })) : (me?.units ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  // One line per person (a person may hold several roles in the unit), never the principal themself.
  const candidates = new Map<string, string>();
  for (const p of people.data?.items ?? []) {
    if (p.userId === principalId) continue;
    const role = p.title ?? roleNames[p.role];
    candidates.set(p.userId, candidates.has(p.userId) ? `${candidates.get(p.userId)}, ${role}` : `${p.fullName} — ${role}`);
  }
  const loadProblem = [users, allUnits, people].find((q) => q.isError)?.error;

  const submit = async (values: StandInForm) => {
    setBusy(true);
    setGeneral(null);
    const body: NewStandIn = {
      principalUserId: admin ? values.principalUserId : (me?.id ?? ''),
      orgUnitId: values.orgUnitId,
      substituteUserId: values.substituteUserId,
      validFrom: values.validFrom.format(ISO),
      validTo: values.validTo.format(ISO),
      scope: values.scope,
      reference: values.reference,
    };
    try {
      const created = await api<StandIn>('/stand-ins', { method: 'POST', body });
      form.resetFields();
      onCreated(created);
    } catch (error) {
      setGeneral(showRefusal(form, error, i18n.language, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={m.formTitle} okText={m.submit} cancelText={m.cancel} onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} forceRender width={640}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<StandInForm>) => {
          // Who may stand in depends on the unit (and never the principal): choose again.
          if ('orgUnitId' in changed || 'principalUserId' in changed) form.setFieldValue('substituteUserId', undefined);
        }}
      >
        {admin ? (
          <Form.Item name="principalUserId" label={m.principal} rules={[{ required: true, message: m.principalRule }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={users.isPending}
              options={(users.data?.items ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item label={m.principal}>
            <Typography.Text strong>{m.principalMe(me?.fullName ?? '')}</Typography.Text>
          </Form.Item>
        )}
        <Form.Item name="orgUnitId" label={m.unit} extra={m.unitHelp} rules={[{ required: true, message: m.unitRule }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={units} loading={admin && allUnits.isPending} />
        </Form.Item>
        <Form.Item name="substituteUserId" label={m.substitute} extra={m.substituteHelp} rules={[{ required: true, message: m.substituteRule }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!unitId}
            placeholder={unitId ? undefined : m.substituteFirst}
            loading={!!unitId && people.isPending}
            notFoundContent={m.noPeople}
            options={[...candidates].map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
          <Form.Item name="validFrom" label={m.validFrom} rules={[{ required: true, message: m.validFromRule }]} style={{ flex: '1 1 200px' }}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={m.validTo}
            dependencies={['validFrom']}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, message: m.validToRule },
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error(m.validToBefore)) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => !!validFrom && d.isBefore(validFrom, 'day')} />
          </Form.Item>
        </div>
        <Form.Item name="scope" label={m.scope} rules={[{ required: true, whitespace: true, message: m.scopeRule }, { max: 1000 }]}>
          <Input.TextArea rows={3} placeholder={m.scopePlaceholder} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="reference" label={m.reference} rules={[{ required: true, whitespace: true, message: m.referenceRule }, { max: 300 }]}>
          <Input placeholder={m.referencePlaceholder} maxLength={300} />
        </Form.Item>
        {loadProblem ? <Alert type="warning" showIcon title={errorText(loadProblem, i18n.language, t('common.networkError'))} style={{ marginBottom: 12 }} /> : null}
        {general ? <Alert type="error" showIcon role="alert" title={general} /> : null}
      </Form>
    </Modal>
  );
}

