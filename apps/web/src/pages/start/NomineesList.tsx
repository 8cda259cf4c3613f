import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { Button, Card, Form, Input, Radio } from 'antd';
import { useMessages } from '../../i18n/use-messages';
import type { NomineeValues } from './commendation-request';
import { useIntakeRules } from './intake-rules';

const M = {
  vi: {
    nominee: (n: number) => `Người, tập thể được đề nghị ${n}`,
    kind: (n: number) => `Loại đối tượng ${n}`,
    person: 'Cá nhân',
    collective: 'Tập thể',
    fullName: 'Họ và tên',
    unitName: 'Tên tập thể',
    position: 'Chức vụ, nơi công tác',
    add: 'Thêm người, tập thể được đề nghị',
    remove: (n: number) => `Xóa đối tượng ${n}`,
    noNominee: 'Phải có ít nhất 1 cá nhân hoặc tập thể được đề nghị',
    what: { fullName: 'Họ và tên', unitName: 'Tên tập thể', position: 'Chức vụ, nơi công tác' },
  },
  en: {
    nominee: (n: number) => `Nominee ${n}`,
    kind: (n: number) => `Kind of nominee ${n}`,
    person: 'Person',
    collective: 'Collective',
    fullName: 'Full name',
    unitName: 'Name of the collective',
    position: 'Position and workplace',
    add: 'Add a nominee',
    remove: (n: number) => `Remove nominee ${n}`,
    noNominee: 'List at least 1 person or collective',
    what: { fullName: 'The full name', unitName: 'The name of the collective', position: 'The position' },
  },
};

/** The people and collectives proposed (`data.nominees`): a person by name (and position), a collective by its name. */
export function NomineesList() {
  const m = useMessages(M);
  const rules = useIntakeRules();
  const form = Form.useFormInstance();
  const nominees = (Form.useWatch(['data', 'nominees'], form) as NomineeValues[] | undefined) ?? [];
  return (
    <Form.List
      name={['data', 'nominees']}
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(m.noNominee);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const collective = nominees[index]?.kind === 'collective';
            return (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={m.nominee(index + 1)}
                extra={<Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={m.remove(index + 1)} title={m.remove(index + 1)} disabled={fields.length === 1} onClick={() => remove(field.name)} />}
                data-testid="nominee"
              >
                <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 12 }}>
                  <Radio.Group aria-label={m.kind(index + 1)} options={[{ value: 'person', label: m.person }, { value: 'collective', label: m.collective }]} />
                </Form.Item>
                <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
                  <Form.Item
                    label={collective ? `${m.unitName} ${index + 1}` : `${m.fullName} ${index + 1}`}
                    name={[field.name, 'name']}
                    rules={rules.text(collective ? m.what.unitName : m.what.fullName)}
                    style={{ flex: '1 1 240px', minWidth: 0, marginBottom: 0 }}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  {!collective && (
                    <Form.Item label={`${m.position} ${index + 1}`} name={[field.name, 'position']} rules={rules.optionalText(m.what.position)} style={{ flex: '1 1 240px', minWidth: 0, marginBottom: 0 }}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  )}
                </div>
              </Card>
            );
          })}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'person', name: '' })}>
              {m.add}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
