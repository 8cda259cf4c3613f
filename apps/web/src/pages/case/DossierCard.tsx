import { DownloadOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tag, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, downloadFile } from '../../api/client';
import type { Attachment, CaseView, DossierItem } from '../../api/types';
import { errorText } from '../../components/api-error';
import { viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { newRequestKey } from './case-api';
import { DENOUNCER_DOSSIER_ITEMS, DENUNCIATION, PROTECTED_FILE_NAME } from './complaint-case';

const M = {
  vi: {
    title: 'Thành phần hồ sơ và tệp đính kèm',
    required: 'Bắt buộc',
    optional: 'Không bắt buộc',
    missing: 'Còn thiếu',
    files: (n: number) => `Đã có ${n} tệp`,
    none: 'Chưa có tệp',
    upload: 'Nộp tệp',
    uploadFor: (item: string) => `Nộp tệp cho: ${item}`,
    download: (name: string) => `Tải ${name}`,
    by: (who: string, when: string) => `${who} nộp lúc ${when}`,
    accepted: 'Nhận tệp PDF, PNG, JPEG, TIFF hoặc DOCX.',
    tooLarge: 'Tệp quá lớn so với dung lượng cho phép.',
    wrongType: 'Định dạng tệp không được chấp nhận (chỉ nhận PDF, PNG, JPEG, TIFF, DOCX).',
    other: 'Tệp khác',
    uploaded: (name: string) => `Đã nộp tệp "${name}".`,
    identifies: 'Có thông tin người tố cáo',
    protectedFile: 'Chỉ người được phân công giải quyết được mở tệp này',
  },
  en: {
    title: 'Dossier checklist and files',
    required: 'Required',
    optional: 'Optional',
    missing: 'Missing',
    files: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
    none: 'No file yet',
    upload: 'Upload',
    uploadFor: (item: string) => `Upload a file for: ${item}`,
    download: (name: string) => `Download ${name}`,
    by: (who: string, when: string) => `uploaded by ${who} on ${when}`,
    accepted: 'PDF, PNG, JPEG, TIFF or DOCX files.',
    tooLarge: 'The file is larger than allowed.',
    wrongType: 'This file type is not accepted (PDF, PNG, JPEG, TIFF, DOCX only).',
    other: 'Other files',
    uploaded: (name: string) => `"${name}" uploaded.`,
    identifies: 'Identifies the denouncer',
    protectedFile: 'Only the people assigned to the case may open this file',
  },
};

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,application/pdf,image/png,image/jpeg,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** What happened to the last upload or download of one checklist item, shown under it. */
type Note = { type: 'success' | 'error'; text: string };

/**
 * The procedure's checklist with each item's files (missing required items said in words), a download per file, and
 * while the case is open an upload per item (POST /api/cases/:id/attachments, multipart: file, dossierItem).
 */
export function DossierCard({ caseView, onChanged }: { caseView: CaseView; onChanged(): void }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const [notes, setNotes] = useState<Record<string, Note>>({});
  const note = (key: string, value: Note) => setNotes((all) => ({ ...all, [key]: value }));
  const open = caseView.status === 'open';

  const problem = (error: unknown): string => {
    // A proxy's 413 or 415 may come without the API's JSON body: say it in words anyway.
    if (error instanceof ApiError && !error.body && error.status === 413) return m.tooLarge;
    if (error instanceof ApiError && !error.body && error.status === 415) return m.wrongType;
    return errorText(error, i18n.language, t('common.networkError'));
  };

  const uploadTo = (item: string): UploadProps['customRequest'] => ({ file, onSuccess, onError }) => {
    if (!(file instanceof Blob)) return;
    setNotes(({ [item]: _previous, ...rest }) => rest);
    const form = new FormData();
    form.append('file', file, (file as File).name);
    form.append('dossierItem', item);
    api<Attachment>(`/cases/${caseView.id}/attachments`, { method: 'POST', form, headers: { 'Idempotency-Key': newRequestKey() } }).then(
      (attachment) => {
        onSuccess?.(attachment);
        note(item, { type: 'success', text: m.uploaded(attachment.fileName) });
        onChanged();
      },
      (error: unknown) => {
        onError?.(error instanceof Error ? error : new Error(String(error)));
        note(item, { type: 'error', text: problem(error) });
      },
    );
  };

  const download = (item: string, a: Attachment) =>
    downloadFile(`/cases/${caseView.id}/attachments/${a.id}`, a.fileName).then(onChanged, (error: unknown) => note(item, { type: 'error', text: problem(error) }));

  const known = new Set(caseView.dossier.map((d) => d.key));
  const others = caseView.attachments.filter((a) => !known.has(a.dossierItem));
  return (
    <Card title={m.title} size="small">
      {open && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{m.accepted}</Typography.Paragraph>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {caseView.dossier.map((d) => (
          <ItemRow
            key={d.key}
            item={d}
            identifies={caseView.procedureCode === DENUNCIATION && DENOUNCER_DOSSIER_ITEMS.includes(d.key)}
            files={caseView.attachments.filter((a) => a.dossierItem === d.key)}
            note={notes[d.key]}
            onDownload={(file) => void download(d.key, file)}
            upload={
              open && (
                <Upload customRequest={uploadTo(d.key)} showUploadList={false} accept={ACCEPT}>
                  <Button size="small" icon={<UploadOutlined />} aria-label={m.uploadFor(d.name)}>
                    {m.upload}
                  </Button>
                </Upload>
              )
            }
          />
        ))}
        {others.length > 0 && (
          <ItemRow item={{ key: 'other', name: m.other, required: false, attachmentCount: others.length }} files={others} note={notes.other} onDownload={(file) => void download('other', file)} />
        )}
      </ul>
    </Card>
  );
}

/** One checklist item: its name and state, its upload control, its files each with a download, and the last outcome. */
function ItemRow({
  item,
  files,
  note,
  upload,
  identifies = false,
  onDownload,
}: {
  item: DossierItem;
  files: Attachment[];
  note?: Note;
  upload?: ReactNode;
  /** its files name the denouncer (a tố cáo's letter, their papers) */
  identifies?: boolean;
  onDownload(file: Attachment): void;
}) {
  const m = useMessages(M);
  const { t } = useTranslation();
  const missing = item.required && item.attachmentCount === 0;
  return (
    <li style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }} data-dossier-item={item.key}>
      <Flex gap={8} wrap justify="space-between" align="start">
        <div style={{ minWidth: 0, flex: '1 1 220px' }}>
          <div>{item.name}</div>
          <Flex gap={4} wrap style={{ marginTop: 4 }}>
            <Tag>{item.required ? m.required : m.optional}</Tag>
            {missing ? <Tag color="red">⚠ {m.missing}</Tag> : <Tag color={item.attachmentCount > 0 ? 'green' : 'default'}>{item.attachmentCount > 0 ? `✓ ${m.files(item.attachmentCount)}` : m.none}</Tag>}
            {identifies && (
              <Tag color="blue" icon={<LockOutlined aria-hidden />}>
                {m.identifies}
              </Tag>
            )}
          </Flex>
        </div>
        {upload}
      </Flex>
      {files.length > 0 && (
        <ul style={{ margin: '6px 0 0', paddingInlineStart: 18 }}>
          {files.map((f) =>
            f.fileName === PROTECTED_FILE_NAME ? (
              // The API keeps this file from this user: its name would identify the denouncer, and it does not open.
              <li key={f.id} style={{ overflowWrap: 'anywhere' }} data-protected-file>
                <LockOutlined aria-hidden /> {f.fileName} <Typography.Text type="secondary">({size(f.size)}; {m.by(f.uploadedBy.fullName, viDateTime(f.uploadedAt))})</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>{m.protectedFile}</Typography.Text>
              </li>
            ) : (
              <li key={f.id} style={{ overflowWrap: 'anywhere' }}>
                {f.fileName} <Typography.Text type="secondary">({size(f.size)}; {m.by(f.uploadedBy.fullName, viDateTime(f.uploadedAt))})</Typography.Text>
                <Button size="small" type="link" icon={<DownloadOutlined />} aria-label={m.download(f.fileName)} onClick={() => onDownload(f)}>
                  {t('common.download')}
                </Button>
              </li>
            ),
          )}
        </ul>
      )}
      {note && <Alert type={note.type} showIcon role={note.type === 'error' ? 'alert' : 'status'} style={{ marginTop: 6 }} title={note.text} />}
    </li>
  );
}
