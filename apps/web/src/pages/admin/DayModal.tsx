import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { CALENDAR_M } from './calendar-messages';
import { type DayKind, isWeekend, weekdayOf } from './calendar-model';

interface DayForm {
  kind: DayKind | 'none';
  name?: string;
}

/** Marks one day as a day off or a make-up working day, under a name, or unmarks it; applied to the draft only. */
export function DayModal(props: {
  date: string | null;
  current: { kind: DayKind; name: string } | null;
  onApply: (mark: { kind: DayKind; name: string } | null) => void;
  onClose: () => void;
}) {
  const m = useMessages(CALENDAR_M);
  const [form] = Form.useForm<DayForm>();
  const kind = Form.useWatch('kind', form);
  const { date, current } = props;
  const weekend = date ? isWeekend(date) : false;

  useEffect(() => {
    if (date) form.setFieldsValue({ kind: current?.kind ?? 'holiday', name: current?.name ?? '' });
  }, [date, current, form]);

  const apply = (values: DayForm) => {
    props.onApply(values.kind === 'none' ? null : { kind: values.kind, name: values.name ?? '' });
  };

  return (
    <Modal
      open={!!date}
      title={date ? m.dayTitle(viDate(date), m.weekdays[weekdayOf(date)]) : ''}
      okText={m.apply}
      cancelText={m.cancel}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={apply} requiredMark={false}>
        <Form.Item name="kind" label={m.kind}>
          <Radio.Group aria-label={m.kind} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Radio value="holiday">{m.kindHoliday}</Radio>
            <Radio value="workingDay" disabled={!weekend}>{m.kindWorking}</Radio>
            <Radio value="none">{m.kindNone}</Radio>
          </Radio.Group>
        </Form.Item>
        {!weekend ? <Alert type="info" showIcon title={m.workingOnlyWeekend} style={{ marginBottom: 16 }} /> : null}
        {kind !== 'none' ? (
          <Form.Item name="name" label={m.name} rules={[{ required: true, whitespace: true, message: m.nameRequired }, { max: 200 }]}>
            <Input placeholder={m.namePlaceholder} maxLength={200} autoFocus />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
