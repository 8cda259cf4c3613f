import { useQuery } from '@tanstack/react-query';
import { Form, type FormRule, Select } from 'antd';
import { api } from '../../api/client';
import type { OrgUnitPerson, Role } from '../../api/types';
import { useCaseLabels } from '../case/case-labels';

interface Props {
  name: (string | number)[];
  label: string;
  unitId: string | undefined;
  /** only the people holding this role in the unit (the leaders who sign) */
  role?: Role;
  rules?: FormRule[];
  extra?: string;
  placeholder?: string;
}

/** Someone of the unit today (`GET /api/org-units/:id/people`), picked by name and title; the form keeps their account id. */
export function UnitPersonSelect({ name, label, unitId, role, rules, extra, placeholder }: Props) {
  const labels = useCaseLabels();
  const people = useQuery({
    queryKey: ['org-unit-people', unitId, role ?? 'all'],
    queryFn: () => api<{ items: OrgUnitPerson[] }>(`/org-units/${unitId}/people${role ? `?role=${encodeURIComponent(role)}` : ''}`),
    enabled: !!unitId,
    staleTime: 5 * 60_000,
  });
  const seen = new Set<string>();
  const options = (people.data?.items ?? [])
    .filter((p) => !seen.has(p.userId) && !!seen.add(p.userId))
    .map((p) => ({ value: p.userId, label: `${p.fullName} — ${p.title ?? labels.role(p.role)}` }));
  return (
    <Form.Item label={label} name={name} rules={rules} extra={extra}>
      <Select options={options} loading={people.isPending && !!unitId} placeholder={placeholder} showSearch={{ optionFilterProp: 'label' }} allowClear={!rules?.length} />
    </Form.Item>
  );
}
