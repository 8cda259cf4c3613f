import { Tag, Tooltip } from 'antd';
import type { CaseView } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    late: 'Nộp muộn',
    due: (date: string) => `Hạn nộp hồ sơ là ngày ${date} (10 ngày làm việc sau hội nghị bầu, HD 38/HD-TLĐ Mục 10.4): hồ sơ vẫn được xét.`,
    plain: 'Hồ sơ nộp sau 10 ngày làm việc kể từ hội nghị bầu (HD 38/HD-TLĐ Mục 10.4): vẫn được xét.',
  },
  en: {
    late: 'Filed late',
    due: (date: string) => `The dossier was due on ${date} (10 working days after the electing meeting, HD 38 item 10.4): it is still examined.`,
    plain: 'Filed more than 10 working days after the electing meeting (HD 38 item 10.4): it is still examined.',
  },
};

/** "Nộp muộn" for a committee dossier filed after its period (`submissionLate`): flagged, never refused. */
export function LateTag({ caseView }: { caseView: Pick<CaseView, 'submissionLate' | 'submissionDue'> }) {
  const m = useMessages(M);
  if (!caseView.submissionLate) return null;
  const due = caseView.submissionDue;
  return (
    <Tooltip title={due ? m.due(viDate(due)) : m.plain}>
      <Tag color="orange" data-testid="late-tag" tabIndex={0}>
        {m.late}
      </Tag>
    </Tooltip>
  );
}
