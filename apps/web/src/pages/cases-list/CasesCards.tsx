import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { CaseStatusTag } from './CaseStatusTag';
import { LegalDueDate } from './LegalDueDate';
import { M } from './messages';

/** The cases on a phone: one card each instead of a wide table. */
export function CasesCards({ cases, nameOf, empty }: { cases: CaseSummary[]; nameOf: (code: string) => string; empty: ReactNode }) {
  const m = useMessages(M);
  if (cases.length === 0) return <>{empty}</>;
  return (
    <Flex vertical gap={10} role="list">
      {cases.map((c) => (
        <Card key={c.id} size="small" role="listitem" styles={{ body: { padding: 12 } }}>
          <Flex justify="space-between" align="start" gap={8} wrap>
            <Link to={`/cases/${c.id}`} style={{ fontWeight: 600 }}>
              {c.code}
            </Link>
            <CaseStatusTag status={c.status} />
          </Flex>
          <div>{c.title}</div>
          <Typography.Text type="secondary">{nameOf(c.procedureCode)}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{m.received}: </Typography.Text>
            {viDate(c.receivedAt)}
            <Typography.Text type="secondary"> · {m.due}: </Typography.Text>
            <LegalDueDate item={c} />
          </div>
        </Card>
      ))}
    </Flex>
  );
}
