import { Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { CaseStatusTag } from './CaseStatusTag';
import { LegalDueDate } from './LegalDueDate';
import { M } from './messages';

/** The cases on a wide screen; the code opens the case page. */
export function CasesTable({ cases, nameOf, empty }: { cases: CaseSummary[]; nameOf: (code: string) => string; empty: ReactNode }) {
  const m = useMessages(M);
  return (
    <Table<CaseSummary>
      rowKey="id"
      dataSource={cases}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
      columns={[
        {
          key: 'code',
          title: m.colCode,
          width: 150,
          render: (_, c) => (
            <Link to={`/cases/${c.id}`} style={{ fontWeight: 600 }}>
              {c.code}
            </Link>
          ),
        },
        { key: 'title', title: m.colTitle, dataIndex: 'title' },
        { key: 'procedure', title: m.colProcedure, width: 200, render: (_, c) => nameOf(c.procedureCode) },
        { key: 'received', title: m.colReceived, width: 120, render: (_, c) => viDate(c.receivedAt) },
        { key: 'due', title: m.colDue, width: 170, render: (_, c) => <LegalDueDate item={c} /> },
        { key: 'status', title: m.colStatus, width: 170, render: (_, c) => <CaseStatusTag status={c.status} /> },
      ]}
    />
  );
}
