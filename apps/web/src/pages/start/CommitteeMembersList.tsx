import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { Button, Form, type FormRule, Input, Select } from 'antd';
import type { CodeLabel } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { BUTTON_CELL } from './form-bits';

const M = {
  vi: {
    member: (n: number) => `Họ và tên người thứ ${n}`,
    position: 'Chức danh',
    positionOf: (n: number) => `Chức danh của người thứ ${n}`,
    positionPlaceholder: 'Chọn chức danh',
    positionRule: 'Hãy chọn chức danh',
    add: 'Thêm người',
    remove: (n: number) => `Xóa người thứ ${n}`,
    noMember: 'Danh sách phải có ít nhất 1 người',
  },
  en: {
    member: (n: number) => `Full name of person ${n}`,
    position: 'Position',
    positionOf: (n: number) => `Position of person ${n}`,
    positionPlaceholder: 'Choose a position',
    positionRule: 'Choose a position',
    add: 'Add a person',
    remove: (n: number) => `Remove person ${n}`,
    noMember: 'List at least 1 person',
  },
};

interface Props {
  /** the list's place in the form, e.g. `['data', 'members']` (the API names its problems by this path) */
  name: (string | number)[];
  positions: CodeLabel[];
  nameRules: FormRule[];
  addLabel?: string;
  /** the position a newly added row starts with */
  newPosition?: string;
}

/**
 * The people elected (or appointed), each with a position from the catalog's list. Problems of the whole list (a BCH
 * above its cap, a BTV under a BCH of 9) show under it, as the API words them.
 */
export function CommitteeMembersList({ name, positions, nameRules, addLabel, newPosition }: Props) {
  const m = useMessages(M);
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(m.noMember);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }} data-testid="member-row">
              <Form.Item label={m.member(index + 1)} name={[field.name, 'fullName']} rules={nameRules} style={{ flex: '2 1 220px', minWidth: 0 }}>
                <Input autoComplete="off" />
              </Form.Item>
              <div style={{ display: 'flex', gap: 8, flex: '1 1 220px', minWidth: 0 }}>
                <Form.Item label={m.position} name={[field.name, 'position']} rules={[{ required: true, message: m.positionRule }]} style={{ flex: 1, minWidth: 0 }}>
                  <Select aria-label={m.positionOf(index + 1)} placeholder={m.positionPlaceholder} options={positions.map((p) => ({ value: p.code, label: p.label }))} />
                </Form.Item>
                <Form.Item {...BUTTON_CELL}>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={m.remove(index + 1)} title={m.remove(index + 1)} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                </Form.Item>
              </div>
            </div>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ fullName: '', position: newPosition })}>
              {addLabel ?? m.add}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
