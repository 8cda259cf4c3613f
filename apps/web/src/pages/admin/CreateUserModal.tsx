import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMessages } from '../../i18n/use-messages';
import type { NewUser, UserItem } from './admin-types';
import { showRefusal } from './form-errors';

const M = {
  vi: {
    title: 'Thêm người dùng',
    username: 'Tên đăng nhập',
    usernameHelp: '3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
    usernameRule: 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm (.), gạch ngang (-) hoặc gạch dưới (_)',
    fullName: 'Họ và tên',
    fullNameRule: 'Vui lòng nhập họ và tên',
    email: 'Email (để nhận thông báo)',
    emailRule: 'Email không hợp lệ',
    password: 'Mật khẩu ban đầu',
    passwordRule: 'Mật khẩu phải có ít nhất 8 ký tự',
    create: 'Tạo người dùng',
    cancel: 'Hủy',
  },
  en: {
    title: 'Add a user',
    username: 'Username',
    usernameHelp: '3–64 characters: letters without accents, digits, dot, dash, underscore',
    usernameRule: 'A username has 3–64 letters without accents, digits, dots (.), dashes (-) or underscores (_)',
    fullName: 'Full name',
    fullNameRule: 'Please enter the full name',
    email: 'Email (for notifications)',
    emailRule: 'Not a valid email address',
    password: 'Initial password',
    passwordRule: 'The password needs at least 8 characters',
    create: 'Create user',
    cancel: 'Cancel',
  },
};

/** POST /api/users. A refusal shows under the field it is about (a taken username under the username); nothing typed is lost. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: UserItem) => void }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<NewUser>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  const submit = async (values: NewUser) => {
    setBusy(true);
    setGeneral(null);
    try {
      const user = await api<UserItem>('/users', { method: 'POST', body: { ...values, email: values.email?.trim() || undefined } });
      form.resetFields();
      onCreated(user);
    } catch (error) {
      setGeneral(showRefusal(form, error, i18n.language, t('common.networkError'), { USERNAME_TAKEN: 'username' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={m.title} okText={m.create} cancelText={m.cancel} onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} forceRender>
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off">
        <Form.Item name="username" label={m.username} extra={m.usernameHelp} rules={[{ required: true, pattern: /^[a-zA-Z0-9._-]{3,64}$/, message: m.usernameRule }]}>
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="fullName" label={m.fullName} rules={[{ required: true, whitespace: true, message: m.fullNameRule }, { max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={m.email} rules={[{ type: 'email', message: m.emailRule }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={m.password} rules={[{ required: true, min: 8, message: m.passwordRule }, { max: 200 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {general ? <Alert type="error" showIcon role="alert" title={general} /> : null}
      </Form>
    </Modal>
  );
}
