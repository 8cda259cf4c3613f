import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Collapse, Empty, Spin, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CaseView, IdentityRead } from '../../api/types';
import { errorText } from '../../components/api-error';
import { viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    title: 'Nhật ký xem danh tính người tố cáo',
    hint: 'Mỗi lần xem hồ sơ, mở văn bản hoặc tệp có thông tin người tố cáo đều được ghi lại.',
    when: 'Thời điểm',
    who: 'Người xem',
    what: 'Nội dung xem',
    purposes: { case: 'Xem hồ sơ', document: 'Mở văn bản', attachment: 'Mở tệp đính kèm' } as Record<string, string>,
    empty: 'Chưa có lượt xem nào',
  },
  en: {
    title: "Log of reads of the denouncer's identity",
    hint: 'Every opening of the case, of a document or of a file that identifies the denouncer is recorded.',
    when: 'When',
    who: 'Who',
    what: 'What',
    purposes: { case: 'Case page', document: 'Document', attachment: 'Attached file' } as Record<string, string>,
    empty: 'No reads yet',
  },
};

/**
 * Who read the denouncer's identity, when, and what (`GET /api/cases/:id/identity-reads`): shown, folded, only to
 * those who may read the identity themselves, and fetched only when unfolded.
 */
export function IdentityReadsCard({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const [open, setOpen] = useState(false);
  if (!caseView.identity?.visibleToYou) return null;
  return (
    <Collapse
      size="small"
      activeKey={open ? ['reads'] : []}
      onChange={(keys) => setOpen(keys.includes('reads'))}
      items={[{ key: 'reads', label: m.title, children: open ? <ReadsTable caseView={caseView} /> : null }]}
      data-testid="identity-reads"
    />
  );
}

function ReadsTable({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const reads = useQuery({ queryKey: ['identity-reads', caseView.id], queryFn: () => api<{ items: IdentityRead[] }>(`/cases/${caseView.id}/identity-reads`) });
  const subject = (r: IdentityRead) => {
    const doc = caseView.documents.find((d) => d.id === r.subjectId);
    if (doc) return `${m.purposes.document} ${doc.number}`;
    const file = caseView.attachments.find((a) => a.id === r.subjectId);
    if (file) return `${m.purposes.attachment}: ${file.fileName}`;
    return m.purposes[r.purpose] ?? r.purpose;
  };
  if (reads.isPending) return <Spin size="small" />;
  if (reads.isError)
    return <Alert type="warning" showIcon title={errorText(reads.error, i18n.language, t('common.networkError'))} action={<Button size="small" onClick={() => void reads.refetch()}>{t('common.retry')}</Button>} />;
  return (
    <>
      <p style={{ marginTop: 0 }}>{m.hint}</p>
      <Table<IdentityRead>
        size="small"
        rowKey={(r) => `${r.at}-${r.userId}-${r.subjectId ?? ''}`}
        dataSource={reads.data.items}
        pagination={reads.data.items.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} /> }}
        scroll={{ x: 420 }}
        columns={[
          { key: 'when', title: m.when, width: 140, render: (_, r) => viDateTime(r.at) },
          { key: 'who', title: m.who, dataIndex: 'fullName' },
          { key: 'what', title: m.what, render: (_, r) => subject(r) },
        ]}
      />
    </>
  );
}
