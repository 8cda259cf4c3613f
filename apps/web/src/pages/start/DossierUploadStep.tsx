import LoadingOutlined from '@ant-design/icons/LoadingOutlined';
import UploadOutlined from '@ant-design/icons/UploadOutlined';
import { Alert, Button, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CatalogProcedure } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { newIdempotencyKey } from './idempotency-key';
import { canRetryUpload, uploadAttachment, uploadErrorText } from './upload-attachment';

const M = {
  vi: {
    opened: (code: string) => `Đã tiếp nhận hồ sơ ${code}.`,
    intro: 'Nộp tệp hồ sơ ngay bây giờ (không bắt buộc) hoặc để sau, trên trang hồ sơ. Nhận tệp PDF, PNG, JPEG, TIFF hoặc DOCX; định dạng được xác định theo nội dung tệp.',
    heading: 'Nộp tệp hồ sơ',
    required: 'Bắt buộc',
    optional: 'Không bắt buộc',
    choose: 'Chọn tệp',
    uploading: 'Đang tải lên',
    done: 'Đã nộp',
    failed: 'Không nộp được',
    retry: 'Thử lại',
    progress: (n: number, total: number) => `Đã có tệp cho ${n}/${total} thành phần bắt buộc.`,
    open: (code: string) => `Mở hồ sơ ${code}`,
    wait: 'Đang tải tệp lên, vui lòng chờ…',
    another: 'Tiếp nhận hồ sơ khác',
  },
  en: {
    opened: (code: string) => `Case ${code} opened.`,
    intro: 'Attach the dossier files now (optional) or later, on the case page. PDF, PNG, JPEG, TIFF or DOCX; the type is judged by the content.',
    heading: 'Attach dossier files',
    required: 'Required',
    optional: 'Optional',
    choose: 'Choose files',
    uploading: 'Uploading',
    done: 'Attached',
    failed: 'Not attached',
    retry: 'Retry',
    progress: (n: number, total: number) => `Files attached for ${n} of ${total} required items.`,
    open: (code: string) => `Open case ${code}`,
    wait: 'Files are uploading, please wait…',
    another: 'Open another case',
  },
};

interface SentFile {
  uid: string;
  item: string;
  file: File;
  /** kept for a retry, so a lost answer does not attach the file twice */
  key: string;
  state: 'uploading' | 'done' | 'error';
  message?: string;
  retryable?: boolean;
}

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx';

/** After the case is opened: files per checklist item (multipart POST each), each file's outcome in words. */
export function DossierUploadStep({ caseId, caseCode, dossier, onAnother }: { caseId: string; caseCode: string; dossier: CatalogProcedure['dossier']; onAnother: () => void }) {
  const { t, i18n } = useTranslation();
  const m = useMessages(M);
  const navigate = useNavigate();
  const [files, setFiles] = useState<SentFile[]>([]);

  const update = (uid: string, change: Partial<SentFile>) => setFiles((all) => all.map((f) => (f.uid === uid ? { ...f, ...change } : f)));
  const send = async (sent: SentFile): Promise<void> => {
    const sending: SentFile = { ...sent, state: 'uploading', message: undefined };
    setFiles((all) => (all.some((f) => f.uid === sent.uid) ? all.map((f) => (f.uid === sent.uid ? sending : f)) : [...all, sending]));
    try {
      await uploadAttachment(caseId, sent.item, sent.file, sent.key);
      update(sent.uid, { state: 'done' });
    } catch (error) {
      update(sent.uid, { state: 'error', message: uploadErrorText(error, i18n.language, t('common.networkError')), retryable: canRetryUpload(error) });
    }
  };

  const required = dossier.filter((d) => d.required);
  const covered = required.filter((d) => files.some((f) => f.item === d.key && f.state === 'done')).length;
  const busy = files.some((f) => f.state === 'uploading');

  return (
    <section aria-labelledby="upload-heading">
      <Alert type="success" showIcon title={m.opened(caseCode)} description={m.intro} style={{ marginBottom: 16 }} />
      <Typography.Title level={2} id="upload-heading" style={{ fontSize: 18 }}>{m.heading}</Typography.Title>
      <Typography.Paragraph>{m.progress(covered, required.length)}</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, maxWidth: 760 }}>
        {dossier.map((item) => (
          <li key={item.key} style={{ marginBottom: 16 }}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
              <span>
                {item.name}{' '}
                <Tag color={item.required ? 'geekblue' : 'default'}>{item.required ? m.required : m.optional}</Tag>
              </span>
              <Upload
                multiple
                accept={ACCEPT}
                showUploadList={false}
                customRequest={({ file, onSuccess, onError }) => {
                  const picked = file as File & { uid: string };
                  void send({ uid: picked.uid, item: item.key, file: picked, key: newIdempotencyKey(), state: 'uploading' }).then(() => onSuccess?.(null), onError);
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />} aria-label={`${m.choose}: ${item.name}`}>{m.choose}</Button>
              </Upload>
            </div>
            <ul aria-live="polite" style={{ listStyle: 'none', paddingInlineStart: 0, margin: '4px 0 0' }}>
              {files
                .filter((f) => f.item === item.key)
                .map((f) => (
                  <li key={f.uid} style={{ overflowWrap: 'anywhere' }}>
                    <FileState file={f} words={m} />{' '}
                    {f.file.name}
                    {f.message ? <Typography.Text type="danger" style={{ display: 'block' }}>{f.message}</Typography.Text> : null}
                    {f.state === 'error' && f.retryable ? (
                      <Button size="small" onClick={() => void send(f)} aria-label={`${m.retry}: ${f.file.name}`}>{m.retry}</Button>
                    ) : null}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      <Space wrap>
        <Button type="primary" size="large" disabled={busy} onClick={() => navigate(`/cases/${caseId}`)}>{m.open(caseCode)}</Button>
        <Button size="large" disabled={busy} onClick={onAnother}>{m.another}</Button>
        {busy ? <Typography.Text type="secondary">{m.wait}</Typography.Text> : null}
      </Space>
    </section>
  );
}

/** A file's outcome in colour and words (text colours dark enough for 4.5:1 on the tags' tints). */
function FileState({ file, words }: { file: SentFile; words: (typeof M)['vi'] }) {
  if (file.state === 'uploading') return <Tag color="blue" icon={<LoadingOutlined aria-hidden />}>{words.uploading}</Tag>;
  if (file.state === 'done') return <Tag color="green" style={{ color: '#237804' }}><span aria-hidden>✓ </span>{words.done}</Tag>;
  return <Tag color="red"><span aria-hidden>⚠ </span>{words.failed}</Tag>;
}
