import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/session';
import { useMessages } from '../../i18n/use-messages';
import { BCH_POSITIONS, type FoundingValues, foundingRequest, proposedTitle } from './founding-request';
import { MIN_CDCS_MEMBERS, useFoundingRules } from './founding-rules';
import type { CaseFormProps } from './case-form-props';
import { roleWords } from './procedure-words';
import { showFieldProblems } from './server-field-errors';
import { type Refusal, SubmitRefusal } from './SubmitRefusal';
import { useCreateCase } from './use-create-case';
import { vietnamToday } from '../../components/dates';

const M = {
  vi: {
    sectionIntake: 'Tiếp nhận',
    sectionUnit: 'Đơn vị đề nghị thành lập công đoàn cơ sở',
    sectionApplicants: 'Người đề nghị (xin gia nhập công đoàn)',
    sectionBch: 'Ban Chấp hành bầu tại đại hội (không bắt buộc)',
    orgUnitId: 'Đơn vị tiếp nhận',
    orgUnitHelp: (role: string) => `Đơn vị nơi bạn là ${role}.`,
    receivedAt: 'Ngày nhận hồ sơ',
    receivedAtHelp: 'Thời hạn giải quyết tính từ ngày này; hồ sơ nhập muộn vẫn tính từ ngày thực nhận.',
    unitName: 'Tên đơn vị, doanh nghiệp',
    unitNamePlaceholder: 'Ví dụ: Công ty TNHH May Gia Lai',
    memberCount: 'Số đoàn viên',
    memberCountHelp: `Ít nhất ${MIN_CDCS_MEMBERS} đoàn viên (HD 03/2020/HD-TLĐ Mục 12.1).`,
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo tên đơn vị; có thể sửa.',
    applicant: (n: number) => `Họ và tên người đề nghị ${n}`,
    addApplicant: 'Thêm người đề nghị',
    removeApplicant: (n: number) => `Xóa người đề nghị ${n}`,
    bchHelp: 'Nếu đại hội đã bầu Ban Chấp hành, nhập danh sách để công nhận cùng quyết định thành lập.',
    bchMember: (n: number) => `Họ và tên thành viên ${n}`,
    position: 'Chức danh',
    positionOf: (n: number) => `Chức danh của thành viên ${n}`,
    positionPlaceholder: 'Chọn chức danh',
    positions: { 'Chủ tịch': 'Chủ tịch', 'Phó Chủ tịch': 'Phó Chủ tịch', 'Ủy viên': 'Ủy viên' } as Record<string, string>,
    addBch: 'Thêm thành viên Ban Chấp hành',
    removeBch: (n: number) => `Xóa thành viên ${n} của Ban Chấp hành`,
    submit: 'Tiếp nhận hồ sơ',
    noRole: (role: string) =>
      `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể tiếp nhận hồ sơ của thủ tục này. Liên hệ quản trị hệ thống nếu cần được phân quyền.`,
  },
  en: {
    sectionIntake: 'Intake',
    sectionUnit: 'The unit asking to found a grassroots union',
    sectionApplicants: 'Applicants (joining the union)',
    sectionBch: 'Executive Committee elected at the congress (optional)',
    orgUnitId: 'Receiving unit',
    orgUnitHelp: (role: string) => `A unit where you are ${role}.`,
    receivedAt: 'Date received',
    receivedAtHelp: 'The legal period runs from this day; a dossier entered late still counts from the day it arrived.',
    unitName: 'Unit or enterprise name',
    unitNamePlaceholder: 'For example: Công ty TNHH May Gia Lai',
    memberCount: 'Number of members',
    memberCountHelp: `At least ${MIN_CDCS_MEMBERS} members (HD 03/2020/HD-TLĐ §12.1).`,
    title: 'Case title',
    titleHelp: 'Filled in from the unit name; you may change it.',
    applicant: (n: number) => `Full name of applicant ${n}`,
    addApplicant: 'Add an applicant',
    removeApplicant: (n: number) => `Remove applicant ${n}`,
    bchHelp: 'If the congress has elected its Executive Committee, list it to be recognised by the same decision.',
    bchMember: (n: number) => `Full name of member ${n}`,
    position: 'Position',
    positionOf: (n: number) => `Position of member ${n}`,
    positionPlaceholder: 'Choose a position',
    positions: { 'Chủ tịch': 'Chair', 'Phó Chủ tịch': 'Vice-chair', 'Ủy viên': 'Member' } as Record<string, string>,
    addBch: 'Add an Executive Committee member',
    removeBch: (n: number) => `Remove Executive Committee member ${n}`,
    submit: 'Open the case',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot open a case of this procedure. Ask the administrator for the role if you need it.`,
  },
};

const SECTION = { level: 2, style: { fontSize: 18, marginTop: 28 } } as const;

// A label-high spacer so a row's remove button lines up with the input beside it, whatever the font size.
const BUTTON_CELL = { label: ' ', style: { flex: 'none' } } as const;

/** Thành lập CĐCS: the officer enters the dossier they received (POST /api/cases), then may attach its files. */
export function FoundingForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useFoundingRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<FoundingValues>();
  const { create, pending, renewKey } = useCreateCase();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The title follows the unit name until the officer writes their own.
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = procedure.steps[0]?.role ?? 'officer';
  const units = me.units.filter((u) => u.roles.some((r) => r.role === role));
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;

  const submit = async (values: FoundingValues) => {
    if (pending) return;
    setRefusal(null);
    try {
      onCreated(await create(foundingRequest(values)));
    } catch (error) {
      const problems = error instanceof ApiError && error.status === 400 ? showFieldProblems(form, error, i18n.language) : { placed: 0, unplaced: [] };
      setRefusal({ error, ...problems });
    }
  };

  const followUnitName = (changed: FoundingValues) => {
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (changed.data?.unitName !== undefined && !ownTitle.current) {
      form.setFields([{ name: 'title', value: proposedTitle(changed.data.unitName), errors: [] }]);
    }
  };

  return (
    <Form<FoundingValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={followUnitName}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, receivedAt: dayjs(vietnamToday()), title: '', data: { applicants: [{ fullName: '' }], bch: [] } }}
      style={{ maxWidth: 760 }}
    >
      {refusal ? (
        <SubmitRefusal
          refusal={refusal}
          onResend={() => form.submit()}
          onSendAsNew={() => {
            renewKey();
            form.submit();
          }}
        />
      ) : null}

      <Typography.Title {...SECTION}>{m.sectionIntake}</Typography.Title>
      <Form.Item label={m.orgUnitId} name="orgUnitId" rules={rules.orgUnitId} extra={m.orgUnitHelp(roleWords(role, i18n.language))}>
        <Select options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))} />
      </Form.Item>
      <Form.Item label={m.receivedAt} name="receivedAt" rules={rules.receivedAt} extra={m.receivedAtHelp}>
        <DatePicker
          format="DD/MM/YYYY"
          allowClear={false}
          disabledDate={(d) => d.format('YYYY-MM-DD') > vietnamToday()}
          style={{ width: '100%', maxWidth: 220 }}
        />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionUnit}</Typography.Title>
      <Form.Item label={m.unitName} name={['data', 'unitName']} rules={rules.unitName}>
        <Input placeholder={m.unitNamePlaceholder} autoComplete="off" />
      </Form.Item>
      <Form.Item label={m.memberCount} name={['data', 'memberCount']} rules={rules.memberCount} extra={m.memberCountHelp}>
        <InputNumber inputMode="numeric" step={1} style={{ width: '100%', maxWidth: 220 }} />
      </Form.Item>
      <Form.Item label={m.title} name="title" rules={rules.title} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionApplicants}</Typography.Title>
      <Form.List name={['data', 'applicants']} rules={rules.applicants}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} style={{ display: 'flex', gap: 8 }}>
                <Form.Item label={m.applicant(index + 1)} name={[field.name, 'fullName']} rules={rules.fullName} style={{ flex: 1, minWidth: 0 }}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item {...BUTTON_CELL}>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={m.removeApplicant(index + 1)} title={m.removeApplicant(index + 1)} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                </Form.Item>
              </div>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ fullName: '' })}>{m.addApplicant}</Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>

      <Typography.Title {...SECTION}>{m.sectionBch}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.bchHelp}</Typography.Paragraph>
      <Form.List name={['data', 'bch']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                <Form.Item label={m.bchMember(index + 1)} name={[field.name, 'fullName']} rules={rules.fullName} style={{ flex: '2 1 200px', minWidth: 0 }}>
                  <Input autoComplete="off" />
                </Form.Item>
                <div style={{ display: 'flex', gap: 8, flex: '1 1 180px', minWidth: 0 }}>
                  <Form.Item label={m.position} name={[field.name, 'position']} style={{ flex: 1, minWidth: 0 }}>
                    <Select
                      aria-label={m.positionOf(index + 1)}
                      allowClear
                      placeholder={m.positionPlaceholder}
                      options={BCH_POSITIONS.map((p) => ({ value: p, label: m.positions[p] }))}
                    />
                  </Form.Item>
                  <Form.Item {...BUTTON_CELL}>
                    <Button icon={<DeleteOutlined aria-hidden />} aria-label={m.removeBch(index + 1)} title={m.removeBch(index + 1)} onClick={() => remove(field.name)} />
                  </Form.Item>
                </div>
              </div>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ fullName: '' })}>{m.addBch}</Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>

      <Button type="primary" htmlType="submit" size="large" loading={pending}>{m.submit}</Button>
    </Form>
  );
}
