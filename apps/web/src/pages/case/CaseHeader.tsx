import { Breadcrumb, Flex, Grid, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseView } from '../../api/types';
import { CASE_STATUS_LOOKS } from '../../components/code-words';
import { viDate, viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { useCaseLabels } from './case-labels';
import { LateTag } from './LateTag';

const M = {
  vi: { cases: 'Hồ sơ', received: (d: string) => `Tiếp nhận ngày ${d}`, closed: (d: string) => `Kết thúc ngày ${d}` },
  en: { cases: 'Cases', received: (d: string) => `Received ${d}`, closed: (d: string) => `Closed ${d}` },
};


/** The case's code, title, procedure, status in words, unit and dates. */
export function CaseHeader({ caseView, procedureName, unitName }: { caseView: CaseView; procedureName?: string; unitName?: string }) {
  const m = useMessages(M);
  const labels = useCaseLabels();
  // Below lg the menu folds into a button at the content's top left corner: the breadcrumb steps aside for it.
  const menuFolded = !Grid.useBreakpoint().lg;
  return (
    <header style={{ marginBottom: 16 }}>
      <Breadcrumb style={{ paddingInlineStart: menuFolded ? 44 : 0 }} items={[{ title: <Link to="/cases">{m.cases}</Link> }, { title: caseView.code }]} />
      <Typography.Title level={3} style={{ margin: '8px 0 4px', overflowWrap: 'anywhere' }}>
        <span style={{ whiteSpace: 'nowrap' }}>{caseView.code}</span> · {caseView.title}
      </Typography.Title>
      {procedureName && <Typography.Paragraph style={{ margin: '0 0 6px' }}>{procedureName}</Typography.Paragraph>}
      <Flex gap={8} wrap align="center">
        <Tag color={CASE_STATUS_LOOKS[caseView.status]?.color ?? 'default'} data-case-status={caseView.status}>
          <span aria-hidden>{CASE_STATUS_LOOKS[caseView.status]?.icon ?? '•'} </span>
          {labels.status(caseView.status)}
        </Tag>
        <LateTag caseView={caseView} />
        <Typography.Text type="secondary">{m.received(viDate(caseView.receivedAt))}</Typography.Text>
        {caseView.closedAt && <Typography.Text type="secondary">· {m.closed(viDateTime(caseView.closedAt).slice(0, 10))}</Typography.Text>}
        {unitName && <Typography.Text type="secondary">· {unitName}</Typography.Text>}
      </Flex>
    </header>
  );
}
