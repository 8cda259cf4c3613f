import { Card, Empty, Flex, Grid, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegisterEntry } from '../../api/types';
import { viDate } from '../../components/dates';
import { DOCUMENT_TYPE_WORDS, wordOf } from '../../components/union-words';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: { number: 'Số, ký hiệu', date: 'Ngày', type: 'Loại', summary: 'Trích yếu', signer: 'Người ký', case: 'Hồ sơ', secret: 'Mật', empty: 'Chưa có văn bản nào trong sổ.', restricted: '(không có quyền xem hồ sơ)' },
  en: { number: 'Number', date: 'Date', type: 'Type', summary: 'Summary', signer: 'Signed by', case: 'Case', secret: 'Secret', empty: 'No document in the register yet.', restricted: '(case not visible to you)' },
};

/** The register's lines: a table on a wide screen, one card per document on a phone. */
export function RegisterTable({ entries }: { entries: RegisterEntry[] }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const type = (code: string) => wordOf(DOCUMENT_TYPE_WORDS, i18n.language, code);
  const caseLink = (e: RegisterEntry) => (e.caseId ? <Link to={`/cases/${e.caseId}`}>{e.caseCode ?? m.case}</Link> : null);
  const number = (e: RegisterEntry) => (
    <>
      <strong style={{ whiteSpace: 'nowrap' }}>{e.number}</strong>
      {e.secret && <Tag color="red" style={{ marginInlineStart: 6 }}>{m.secret}</Tag>}
    </>
  );
  if (entries.length === 0) return <Empty description={m.empty} />;
  if (!wide) {
    return (
      <Flex vertical gap={10} role="list" data-testid="register-cards">
        {entries.map((e) => (
          <Card key={e.id} size="small" role="listitem" styles={{ body: { padding: 12 } }}>
            <Flex justify="space-between" gap={8} wrap>
              <span>{number(e)}</span>
              <Typography.Text type="secondary">{viDate(e.issuedOn)}</Typography.Text>
            </Flex>
            <div style={{ margin: '4px 0', overflowWrap: 'anywhere' }}>
              {type(e.typeCode)} {e.summary ?? <Typography.Text type="secondary">{m.restricted}</Typography.Text>}
            </div>
            <Typography.Text type="secondary">
              {e.signer}
              {e.caseId ? ' · ' : ''}
            </Typography.Text>
            {caseLink(e)}
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<RegisterEntry>
      rowKey="id"
      size="small"
      dataSource={entries}
      pagination={entries.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      data-testid="register-table"
      columns={[
        { key: 'number', title: m.number, render: (_v, e) => number(e), width: 170 },
        { key: 'date', title: m.date, render: (_v, e) => viDate(e.issuedOn), width: 110 },
        { key: 'type', title: m.type, render: (_v, e) => type(e.typeCode), width: 130 },
        { key: 'summary', title: m.summary, render: (_v, e) => e.summary ?? <Typography.Text type="secondary">{m.restricted}</Typography.Text> },
        { key: 'signer', title: m.signer, render: (_v, e) => (e.signerTitle ? `${e.signer} (${e.signerTitle})` : e.signer), width: 200 },
        { key: 'case', title: m.case, render: (_v, e) => caseLink(e), width: 130 },
      ]}
    />
  );
}
