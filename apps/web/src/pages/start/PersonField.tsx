import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Form, type FormInstance, type FormRule } from 'antd';
import { api } from '../../api/client';
import type { OrgUnitPerson } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    picked: 'Đã chọn tài khoản trong đơn vị',
    typed: 'Nhập họ tên hoặc chọn trong danh sách cán bộ của đơn vị',
  },
  en: {
    picked: 'An account of the unit is chosen',
    typed: "Type the name, or choose from the unit's staff",
  },
};

/** Someone of the unit, once: a person holding two roles is listed with the first role's title. */
export interface UnitPerson {
  userId: string;
  fullName: string;
  title: string | null;
  roles: string[];
}

/** The active people of a unit today (`GET /api/org-units/:id/people`), one entry per person. */
export function useUnitPeople(unitId: string | undefined) {
  return useQuery({
    queryKey: ['org-unit-people', unitId, 'all'],
    queryFn: () => api<{ items: OrgUnitPerson[] }>(`/org-units/${unitId}/people`),
    enabled: !!unitId,
    staleTime: 5 * 60_000,
    select: (page): UnitPerson[] => {
      const byId = new Map<string, UnitPerson>();
      for (const p of page.items) {
        const known = byId.get(p.userId);
        if (known) {
          known.roles.push(p.role);
          known.title ??= p.title;
        } else byId.set(p.userId, { userId: p.userId, fullName: p.fullName, title: p.title, roles: [p.role] });
      }
      return [...byId.values()];
    },
  });
}

/** Holds the picked account in the form; shows nothing (the name field says whether one is picked). */
function AccountHolder(_props: { value?: string; onChange?: (value: string | undefined) => void }) {
  return null;
}

/** Lower case without diacritics, so "nguyen van" finds "Nguyễn Văn". */
const folded = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

interface Props {
  form: FormInstance;
  /** where the person sits in the form, e.g. `['data', 'accused']`: its `fullName` (or `nameKey`) and `userId` go there */
  base: (string | number)[];
  /** the field holding the name (default `fullName`; `signerName` for the signer of a decision) */
  nameKey?: string;
  /** the field holding the account (default `userId`; `signerUserId` for the signer of a decision) */
  idKey?: string;
  /** a field filled with the person's title when one is picked (the accused's `position`) */
  titleKey?: string;
  label: string;
  unitId: string | undefined;
  rules?: FormRule[];
  extra?: string;
  onPicked?: (person: UnitPerson | null) => void;
}

/**
 * A person's name, typed freely or picked from the unit's staff: picking also records their account (`userId`), which
 * the API uses to keep the case away from them (conflict of interest); typing over a picked name forgets the account.
 */
export function PersonField({ form, base, nameKey = 'fullName', idKey = 'userId', titleKey, label, unitId, rules, extra, onPicked }: Props) {
  const m = useMessages(M);
  const people = useUnitPeople(unitId);
  const idPath = [...base, idKey];
  const picked = Form.useWatch(idPath, form) as string | undefined;
  const options = (people.data ?? []).map((p) => ({ key: p.userId, value: p.fullName, label: p.title ? `${p.fullName} — ${p.title}` : p.fullName, person: p }));

  return (
    <>
      <Form.Item label={label} name={[...base, nameKey]} rules={rules} extra={extra ?? (picked ? m.picked : m.typed)}>
        <AutoComplete
          options={options}
          filterOption={(input, option) => folded(String(option?.label ?? '')).includes(folded(input))}
          onSelect={(_value: string, option: (typeof options)[number]) => {
            form.setFieldValue(idPath, option.person.userId);
            if (titleKey && option.person.title) form.setFieldValue([...base, titleKey], option.person.title);
            onPicked?.(option.person);
          }}
          onChange={(value: string) => {
            const chosen = people.data?.find((p) => p.userId === form.getFieldValue(idPath));
            if (chosen && chosen.fullName !== value) {
              form.setFieldValue(idPath, undefined);
              onPicked?.(null);
            }
          }}
        />
      </Form.Item>
      <Form.Item name={idPath} hidden noStyle>
        <AccountHolder />
      </Form.Item>
    </>
  );
}
