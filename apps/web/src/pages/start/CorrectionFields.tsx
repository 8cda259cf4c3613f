import { Form, Radio, Select, Switch } from 'antd';
import { viDate, vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { useRegister } from '../documents/use-register';

const M = {
  vi: {
    correcting: 'Đính chính, thay thế văn bản đã ban hành',
    document: 'Văn bản được đính chính, thay thế',
    documentRule: 'Hãy chọn văn bản đã ban hành',
    documentPlaceholder: 'Chọn trong sổ văn bản của đơn vị',
    kind: 'Sai sót về',
    format: 'Thể thức, kỹ thuật trình bày: công văn đính chính',
    content: 'Nội dung: văn bản thay thế',
    help: 'NĐ 30/2020/NĐ-CP Điều 18 khoản 3.',
  },
  en: {
    correcting: 'Corrects or replaces an issued document',
    document: 'Document corrected or replaced',
    documentRule: 'Choose the issued document',
    documentPlaceholder: "Choose from the unit's register",
    kind: 'The error is in',
    format: 'The format: a letter of correction',
    content: 'The content: a replacement document',
    help: 'Decree 30/2020 Art. 18(3).',
  },
};

/** A correction of an issued document (`data.corrects`): which one, from the unit's register this year and last, and of what. */
export function CorrectionFields({ unitId }: { unitId: string | undefined }) {
  const m = useMessages(M);
  const correcting = Form.useWatch('correcting', Form.useFormInstance()) === true;
  const year = Number(vietnamToday().slice(0, 4));
  const thisYear = useRegister(unitId, year, undefined, correcting);
  const lastYear = useRegister(unitId, year - 1, undefined, correcting);
  const options = [...(thisYear.entries ?? []), ...(lastYear.entries ?? [])].map((d) => ({ value: d.id, label: `${d.number} (${viDate(d.issuedOn)})${d.summary ? ` – ${d.summary}` : ''}` }));
  return (
    <>
      <Form.Item name="correcting" valuePropName="checked" label={m.correcting} extra={m.help}>
        <Switch aria-label={m.correcting} />
      </Form.Item>
      {correcting && (
        <>
          <Form.Item label={m.document} name={['data', 'corrects', 'documentId']} rules={[{ required: true, message: m.documentRule }]}>
            <Select options={options} loading={thisYear.isPending || lastYear.isPending} placeholder={m.documentPlaceholder} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item label={m.kind} name={['data', 'corrects', 'kind']} initialValue="format">
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={[{ value: 'format', label: m.format }, { value: 'content', label: m.content }]} />
          </Form.Item>
        </>
      )}
    </>
  );
}
