import { Form, Radio } from 'antd';
import type { CodeLabel } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    label: 'Hình thức kỷ luật quyết định',
    help: 'Ban Thường vụ biểu quyết không đạt quá 1/2: công đoàn cấp trên quyết định hình thức (không nặng hơn hình thức kỷ luật về Đảng, chính quyền nếu có).',
    rule: 'Hãy chọn hình thức kỷ luật',
  },
  en: {
    label: 'Form of discipline decided',
    help: 'The Standing Committee’s ballot gave no form more than half: the upper union decides the form (never heavier than a Party or administrative discipline).',
    rule: 'Choose the form of discipline',
  },
};

/** The upper union's decision on a discipline (`data.form`): one of the forms the subject can receive. */
export function DecidedFormField({ forms }: { forms: CodeLabel[] }) {
  const m = useMessages(M);
  return (
    <Form.Item name="form" label={m.label} extra={m.help} rules={[{ required: true, message: m.rule }]}>
      <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={forms.map((f) => ({ value: f.code, label: f.label }))} />
    </Form.Item>
  );
}
