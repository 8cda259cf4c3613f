import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseView } from '../../api/types';
import { CASE_STATUS_LOOKS } from '../../components/code-words';
import { useMessages } from '../../i18n/use-messages';
import { useCaseLabels } from './case-labels';

const M = {
  vi: {
    title: 'Hồ sơ liên quan',
    relation: { 'discipline-decision': 'Hồ sơ kỷ luật có quyết định bị khiếu nại', complaint: 'Khiếu nại đối với quyết định kỷ luật' } as Record<string, string>,
    hidden: 'bạn không có quyền xem',
  },
  en: {
    title: 'Related cases',
    relation: { 'discipline-decision': 'The discipline case whose decision is complained of', complaint: 'A complaint about the discipline decision' } as Record<string, string>,
    hidden: 'not visible to you',
  },
};

/** The cases tied to this one (`links`): the discipline case a complaint challenges, the complaints about a discipline. */
export function LinkedCasesCard({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const labels = useCaseLabels();
  const links = caseView.links ?? [];
  if (links.length === 0) return null;
  return (
    <Card size="small" title={m.title} data-testid="linked-cases">
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {links.map((l) => (
          <li key={`${l.relation}-${l.caseId}`} style={{ marginBottom: 4 }}>
            <Typography.Text type="secondary">{m.relation[l.relation] ?? l.label}: </Typography.Text>
            {l.visible ? <Link to={`/cases/${l.caseId}`}>{l.code}</Link> : <span>{l.code}</span>}
            {l.status && (
              <Tag color={CASE_STATUS_LOOKS[l.status]?.color ?? 'default'} style={{ marginInlineStart: 8 }}>
                {labels.status(l.status)}
              </Tag>
            )}
            {!l.visible && <Typography.Text type="secondary"> ({m.hidden})</Typography.Text>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
