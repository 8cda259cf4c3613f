import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    network: 'Không kết nối được máy chủ, hồ sơ có thể chưa được gửi. Bấm "Gửi lại": hệ thống không tạo hồ sơ trùng.',
    fixFields: 'Hồ sơ chưa được tiếp nhận: vui lòng sửa các mục được đánh dấu bên dưới.',
    resend: 'Gửi lại',
    reusedHint: 'Lần gửi trước (khi mất kết nối) có thể đã tạo hồ sơ này. Hãy kiểm tra danh sách hồ sơ; chỉ gửi thành hồ sơ mới nếu chưa có.',
    viewCases: 'Xem danh sách hồ sơ',
    sendAsNew: 'Gửi thành hồ sơ mới',
  },
  en: {
    network: 'The server could not be reached; the case may not have been sent. Press "Send again": no duplicate case is created.',
    fixFields: 'The case was not opened: please correct the fields marked below.',
    resend: 'Send again',
    reusedHint: 'The earlier attempt (when the connection dropped) may already have opened this case. Check the case list; send it as a new case only if it is not there.',
    viewCases: 'View the case list',
    sendAsNew: 'Send as a new case',
  },
};

export interface Refusal {
  error: unknown;
  /** problems of a 400 that no input shows (already placed ones are under their fields) */
  unplaced: string[];
  /** how many problems were placed under fields */
  placed: number;
}

/** Why a submit did not open the case, with what the officer can do next; what they typed stays in the form. */
export function SubmitRefusal({ refusal, onResend, onSendAsNew }: { refusal: Refusal; onResend: () => void; onSendAsNew: () => void }) {
  const { t, i18n } = useTranslation();
  const m = useMessages(M);
  const { error, unplaced, placed } = refusal;
  const status = error instanceof ApiError ? error.status : -1;
  const retryable = error instanceof ApiError && (error.isNetwork || status >= 500);
  const reused = error instanceof ApiError && error.body?.error === 'IDEMPOTENCY_KEY_REUSED';

  const title = error instanceof ApiError && error.isNetwork ? m.network : placed > 0 ? m.fixFields : errorText(error, i18n.language, t('common.networkError'));
  const description = reused ? (
    <>
      <p style={{ marginBottom: 8 }}>{m.reusedHint}</p>
      <Space wrap>
        <Link to="/cases">{m.viewCases}</Link>
        <Button size="small" onClick={onSendAsNew}>{m.sendAsNew}</Button>
      </Space>
    </>
  ) : unplaced.length > 0 && placed > 0 ? (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {unplaced.map((text) => <li key={text}>{text}</li>)}
    </ul>
  ) : undefined;

  return (
    <Alert
      type={retryable ? 'warning' : 'error'}
      showIcon
      title={title}
      description={description}
      action={retryable ? <Button onClick={onResend}>{m.resend}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
