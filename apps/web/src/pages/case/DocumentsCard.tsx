import { FilePdfOutlined, FileWordOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import type { CaseDocument } from '../../api/types';
import { errorText } from '../../components/api-error';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { withoutApiPrefix } from './case-api';
import { PROTECTED_DOCUMENT_KINDS } from './complaint-case';

const M = {
  vi: {
    title: 'Văn bản đã ban hành',
    empty: 'Chưa có văn bản nào',
    number: (n: string) => `Số: ${n}`,
    issued: (date: string) => `ngày ${date}`,
    signer: 'Người ký',
    pdf: 'Tải PDF',
    docx: 'Tải DOCX',
    protectedTag: 'Có thông tin người tố cáo',
    protectedHidden: 'Văn bản gửi người tố cáo: chỉ người được phân công giải quyết được mở (Luật Tố cáo 2018 Điều 47).',
  },
  en: {
    title: 'Issued documents',
    empty: 'No documents yet',
    number: (n: string) => `No. ${n}`,
    issued: (date: string) => `of ${date}`,
    signer: 'Signed by',
    pdf: 'Download PDF',
    docx: 'Download DOCX',
    protectedTag: 'Names the denouncer',
    protectedHidden: 'Addressed to the denouncer: only the people assigned to the case may open it (Denunciation Law 2018 Art. 47).',
  },
};

/**
 * The decisions and notices issued on the case, in issue order, each as PDF (to print) or DOCX (to edit). The notices
 * addressed to a denouncer are marked; to someone who may not see the denouncer they are listed without a link.
 */
export function DocumentsCard({ documents, identityHidden = false }: { documents: CaseDocument[]; identityHidden?: boolean }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const fetchFile = (path: string, name: string) => {
    setFailure(null);
    downloadFile(withoutApiPrefix(path), name).catch(setFailure);
  };
  // The server names the file after the number; this is only the fallback, without the slashes a file name cannot hold.
  const fileName = (d: CaseDocument, ext: string) => `${d.number.replace(/\//g, '_')}.${ext}`;
  return (
    <Card title={m.title} size="small">
      {failure ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 8 }} title={errorText(failure, i18n.language, t('common.networkError'))} /> : null}
      {documents.length === 0 ? (
        <Empty description={m.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {documents.map((d) => (
            <li key={d.id} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>
                {m.number(d.number)} {m.issued(viDate(d.issuedAt))}
              </Typography.Text>
              <div style={{ overflowWrap: 'anywhere' }}>{d.summary}</div>
              <Typography.Text type="secondary">
                {m.signer}: {d.signer}
                {d.signerTitle ? ` (${d.signerTitle})` : ''}
              </Typography.Text>
              {PROTECTED_DOCUMENT_KINDS.includes(d.kind) && (
                <div>
                  <Tag color="blue" icon={<LockOutlined aria-hidden />} data-protected-document={d.kind}>
                    {m.protectedTag}
                  </Tag>
                </div>
              )}
              {identityHidden && PROTECTED_DOCUMENT_KINDS.includes(d.kind) ? (
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>{m.protectedHidden}</Typography.Text>
              ) : (
                <Flex gap={8} wrap style={{ marginTop: 6 }}>
                  <Button size="small" icon={<FilePdfOutlined />} onClick={() => fetchFile(d.files.pdf, fileName(d, 'pdf'))} aria-label={`${m.pdf}: ${d.number}`}>
                    {m.pdf}
                  </Button>
                  <Button size="small" icon={<FileWordOutlined />} onClick={() => fetchFile(d.files.docx, fileName(d, 'docx'))} aria-label={`${m.docx}: ${d.number}`}>
                    {m.docx}
                  </Button>
                </Flex>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
