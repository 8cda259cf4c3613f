import LockOutlined from '@ant-design/icons/LockOutlined';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Spin, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { type DenunciationValues, denunciationRequest, proposedDenunciationTitle } from './denunciation-request';
import { IntakeFields, SECTION, unitsWithRole } from './IntakeFields';
import { MAX_EMAIL, MAX_LONG_TEXT, MAX_PHONE, MAX_PLACES, useIntakeRules } from './intake-rules';
import { PersonField, type UnitPerson } from './PersonField';
import { roleWords } from './procedure-words';
import { useIntakeSubmit } from './use-intake-submit';

const M = {
  vi: {
    protectedTitle: 'Danh tính người tố cáo được giữ bí mật',
    protectedBody:
      'Họ tên, địa chỉ, số điện thoại và thư điện tử của người tố cáo được mã hóa và chỉ hiện với người tiếp nhận đơn, tổ xác minh được phân công và lãnh đạo giải quyết tố cáo; mỗi lần xem đều được ghi nhật ký. Tiêu đề, nội dung và tệp mà người khác thấy được xóa các thông tin này (Luật Tố cáo 2018 Điều 8, Điều 47).',
    anonymousTitle: 'Đơn nặc danh, mạo danh không phải là tố cáo',
    anonymousBody:
      'Đơn không rõ họ tên, địa chỉ người tố cáo hoặc mạo danh được xử lý như thông tin phản ánh: nếu nội dung rõ ràng, có tài liệu, chứng cứ cụ thể thì kiểm tra theo thẩm quyền; không gửi thông báo cho ai (Luật Tố cáo 2018 Điều 25).',
    sectionDenouncer: 'Người tố cáo',
    anonymous: 'Đơn nặc danh / mạo danh',
    anonymousHelp: 'Bật khi đơn không ghi rõ họ tên, địa chỉ người tố cáo, hoặc ghi tên người khác.',
    confidential: 'Thông tin bảo mật: chỉ người được phân công được xem',
    denouncerName: 'Họ và tên người tố cáo',
    denouncerAddress: 'Địa chỉ người tố cáo',
    denouncerPhone: 'Số điện thoại',
    denouncerEmail: 'Thư điện tử',
    form: 'Hình thức tố cáo',
    written: 'Đơn tố cáo (có chữ ký)',
    oral: 'Tố cáo trực tiếp (biên bản ghi nhận có chữ ký)',
    sectionAccused: 'Người bị tố cáo',
    accused: 'Họ và tên người bị tố cáo',
    position: 'Chức vụ, nơi công tác',
    isHead: 'Người bị tố cáo là người đứng đầu hoặc cấp phó của đơn vị tiếp nhận',
    headWarning: (name: string) =>
      `${name} là lãnh đạo của đơn vị tiếp nhận: tố cáo đối với người đứng đầu hoặc cấp phó do công đoàn cấp trên trực tiếp giải quyết (QĐ 333/QĐ-TLĐ Điều 16). Hãy chuyển đơn để công đoàn cấp trên tiếp nhận.`,
    headWarningTicked: 'Tố cáo đối với người đứng đầu hoặc cấp phó do công đoàn cấp trên trực tiếp giải quyết (QĐ 333/QĐ-TLĐ Điều 16): hệ thống sẽ không tiếp nhận tại đơn vị này.',
    sectionContent: 'Nội dung tố cáo',
    content: 'Nội dung tố cáo',
    contentHelp: 'Hành vi vi phạm, thời gian, địa điểm, tài liệu kèm theo. Tên, địa chỉ người tố cáo ghi trong nội dung sẽ được ẩn với người khác.',
    places: 'Số địa điểm phải xác minh',
    placesHelp: 'Từ 2 địa điểm trở lên: thời hạn xử lý ban đầu là 10 ngày làm việc thay vì 7 (Luật Tố cáo 2018 Điều 24).',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo người bị tố cáo; không ghi tên người tố cáo vào tiêu đề.',
    what: {
      denouncerName: 'Họ và tên người tố cáo',
      denouncerAddress: 'Địa chỉ người tố cáo',
      phone: 'Số điện thoại',
      accused: 'Họ và tên người bị tố cáo',
      position: 'Chức vụ người bị tố cáo',
      content: 'Nội dung tố cáo',
      places: 'Số địa điểm phải xác minh',
      title: 'Tiêu đề hồ sơ',
    },
    submit: 'Tiếp nhận đơn tố cáo',
    noRole: (role: string) => `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể tiếp nhận đơn tố cáo. Liên hệ quản trị hệ thống nếu cần được phân quyền.`,
  },
  en: {
    protectedTitle: "The denouncer's identity is kept confidential",
    protectedBody:
      "The denouncer's name, address, phone and email are encrypted and shown only to the officer who received the letter, the verification team assigned and the leader who resolves it; every read is logged. Everyone else sees the title, content and files cleared of them (Denunciation Law 2018 Art. 8, 47).",
    anonymousTitle: 'An anonymous or false-name letter is not a denunciation',
    anonymousBody:
      'A letter without the name and address of its author, or under a false name, is handled as an information report: checked under the unit’s own powers if it is specific and evidenced; nobody is notified (Denunciation Law 2018 Art. 25).',
    sectionDenouncer: 'Denouncer',
    anonymous: 'Anonymous / false name',
    anonymousHelp: "Turn on when the letter gives no clear name and address, or someone else's name.",
    confidential: 'Confidential: only the people assigned see this',
    denouncerName: "Denouncer's full name",
    denouncerAddress: "Denouncer's address",
    denouncerPhone: 'Phone',
    denouncerEmail: 'Email',
    form: 'Form of the denunciation',
    written: 'Signed letter',
    oral: 'In person (signed record)',
    sectionAccused: 'Accused',
    accused: "Accused's full name",
    position: 'Position, workplace',
    isHead: 'The accused is the head or a deputy head of the receiving unit',
    headWarning: (name: string) =>
      `${name} leads the receiving unit: a denunciation against a head or deputy head is resolved by the direct upper union (QĐ 333/QĐ-TLĐ Art. 16). Pass the letter on for the upper union to receive.`,
    headWarningTicked: 'A denunciation against a head or deputy head is resolved by the direct upper union (QĐ 333/QĐ-TLĐ Art. 16): it will not be received at this unit.',
    sectionContent: 'Content',
    content: 'What is denounced',
    contentHelp: "The violation, when, where, the papers attached. The denouncer's name and address written here are hidden from others.",
    places: 'Places to check',
    placesHelp: 'Two or more places: 10 working days of initial processing instead of 7 (Denunciation Law 2018 Art. 24).',
    title: 'Case title',
    titleHelp: 'Filled in from the accused; never put the denouncer’s name in the title.',
    what: {
      denouncerName: "The denouncer's full name",
      denouncerAddress: "The denouncer's address",
      phone: 'The phone number',
      accused: "The accused's full name",
      position: "The accused's position",
      content: 'The content',
      places: 'The number of places',
      title: 'The case title',
    },
    submit: 'Receive the denunciation',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot receive a denunciation. Ask the administrator for the role if you need it.`,
  },
};

/** Tố cáo: the UBKT member enters the letter they received, with the denouncer's identity kept under protection. */
export function DenunciationForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<DenunciationValues>();
  const { submit, pending, alert } = useIntakeSubmit(form, denunciationRequest, onCreated);
  const anonymous = Form.useWatch(['data', 'anonymous'], form) === true;
  const unitId = Form.useWatch('orgUnitId', form);
  const isHead = Form.useWatch(['data', 'accused', 'isHead'], form) === true;
  const [pickedHead, setPickedHead] = useState<string | null>(null);
  // The title follows the accused until the officer writes their own.
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = procedure.steps[0]?.role ?? 'ubkt';
  const units = unitsWithRole(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;

  const follow = (changed: DenunciationValues) => {
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    const accused = changed.data?.accused?.fullName;
    if (accused !== undefined && !ownTitle.current) form.setFields([{ name: 'title', value: proposedDenunciationTitle(accused), errors: [] }]);
  };
  // The API refuses a denunciation against a leader of the receiving unit: say so as soon as one is picked.
  const picked = (person: UnitPerson | null) => setPickedHead(person && person.roles.some((r) => r === 'leader' || r === 'cdcs-chair') ? person.fullName : null);

  return (
    <Form<DenunciationValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, receivedAt: dayjs(vietnamToday()), title: '', data: { anonymous: false, form: 'written', channel: 'truc-tiep', places: 1 } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <Alert
        type={anonymous ? 'warning' : 'info'}
        showIcon
        icon={anonymous ? undefined : <LockOutlined aria-hidden />}
        title={anonymous ? m.anonymousTitle : m.protectedTitle}
        description={anonymous ? m.anonymousBody : m.protectedBody}
        data-testid="identity-notice"
      />

      <IntakeFields units={units} role={role} />

      <Typography.Title {...SECTION}>{m.sectionDenouncer}</Typography.Title>
      <Form.Item name={['data', 'anonymous']} valuePropName="checked" extra={m.anonymousHelp} label={m.anonymous}>
        <Switch aria-label={m.anonymous} />
      </Form.Item>
      {!anonymous && (
        <Card
          size="small"
          data-testid="denouncer-fields"
          title={
            <span>
              <LockOutlined aria-hidden /> {m.confidential}
            </span>
          }
          style={{ marginBottom: 16, borderColor: '#91caff', background: '#f7fbff' }}
          styles={{ title: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          <Form.Item label={m.denouncerName} name={['data', 'denouncer', 'fullName']} rules={rules.text(m.what.denouncerName)}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label={m.denouncerAddress} name={['data', 'denouncer', 'address']} rules={rules.text(m.what.denouncerAddress)}>
            <Input autoComplete="off" />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item label={m.denouncerPhone} name={['data', 'denouncer', 'phone']} rules={rules.optionalText(m.what.phone, MAX_PHONE)} style={{ flex: '1 1 200px' }}>
              <Input autoComplete="off" inputMode="tel" maxLength={MAX_PHONE} />
            </Form.Item>
            <Form.Item label={m.denouncerEmail} name={['data', 'denouncer', 'email']} rules={rules.email} style={{ flex: '1 1 240px' }}>
              <Input autoComplete="off" inputMode="email" maxLength={MAX_EMAIL} />
            </Form.Item>
          </div>
        </Card>
      )}
      <Form.Item label={m.form} name={['data', 'form']}>
        <Radio.Group options={[{ value: 'written', label: m.written }, { value: 'oral', label: m.oral }]} />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionAccused}</Typography.Title>
      <PersonField form={form} base={['data', 'accused']} titleKey="position" label={m.accused} unitId={unitId} rules={rules.text(m.what.accused)} onPicked={picked} />
      <Form.Item label={m.position} name={['data', 'accused', 'position']} rules={rules.optionalText(m.what.position)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name={['data', 'accused', 'isHead']} valuePropName="checked">
        <Checkbox>{m.isHead}</Checkbox>
      </Form.Item>
      {(pickedHead || isHead) && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} title={pickedHead ? m.headWarning(pickedHead) : m.headWarningTicked} />}

      <Typography.Title {...SECTION}>{m.sectionContent}</Typography.Title>
      <Form.Item label={m.content} name={['data', 'content']} rules={rules.text(m.what.content, MAX_LONG_TEXT)} extra={m.contentHelp}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={MAX_LONG_TEXT} />
      </Form.Item>
      <Form.Item label={m.places} name={['data', 'places']} rules={rules.optionalInt(m.what.places, 1, MAX_PLACES)} extra={m.placesHelp}>
        <InputNumber inputMode="numeric" min={1} max={MAX_PLACES} step={1} style={{ width: '100%', maxWidth: 160 }} />
      </Form.Item>
      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>

      <Button type="primary" htmlType="submit" size="large" loading={pending}>{m.submit}</Button>
    </Form>
  );
}
