import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { api } from '../../api/client';
import type { CaseView, ComplaintCaseData } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { DeadlineResult } from './case-api';
import { COMPLAINT, RESOLUTION_STEPS, decisionSentOf } from './complaint-case';

const M = {
  vi: {
    sent: (number: string, sentOn: string) => `Quyết định giải quyết khiếu nại số ${number} đã gửi ngày ${sentOn}.`,
    effect: (date: string) => `Có hiệu lực pháp luật từ ngày ${date} nếu không có khiếu nại lần hai (Luật Khiếu nại 2011 Điều 44).`,
    secondUntil: (date: string) => `Người khiếu nại có quyền khiếu nại lần hai đến hết ngày ${date} (Luật Khiếu nại 2011 Điều 33).`,
    overdueTitle: 'Quá thời hạn giải quyết khiếu nại lần đầu',
    overdue: (due: string, until: string, days: number) =>
      `Thời hạn giải quyết đã hết ngày ${due} mà chưa có quyết định: người khiếu nại có quyền khiếu nại lần hai đến hết ngày ${until} (${days} ngày kể từ khi hết thời hạn, Luật Khiếu nại 2011 Điều 33).`,
    overdueUnknown: (due: string) => `Thời hạn giải quyết đã hết ngày ${due} mà chưa có quyết định: người khiếu nại có quyền khiếu nại lần hai lên công đoàn cấp trên (Luật Khiếu nại 2011 Điều 33).`,
  },
  en: {
    sent: (number: string, sentOn: string) => `Complaint decision No. ${number} was sent on ${sentOn}.`,
    effect: (date: string) => `It takes legal effect on ${date} unless a second complaint is made (Complaints Law 2011 Art. 44).`,
    secondUntil: (date: string) => `The complainant may complain a second time until ${date} (Complaints Law 2011 Art. 33).`,
    overdueTitle: 'The first-instance complaint is overdue',
    overdue: (due: string, until: string, days: number) =>
      `The period ended on ${due} without a decision: the complainant may complain a second time until ${until} (${days} days from the lapse, Complaints Law 2011 Art. 33).`,
    overdueUnknown: (due: string) => `The period ended on ${due} without a decision: the complainant may complain to the upper union (Complaints Law 2011 Art. 33).`,
  },
};

/** Art. 33: 30 days from the first decision, or from its period lapsing; 45 in remote or hard-to-reach areas. */
const secondInstanceDays = (remoteArea: boolean | undefined) => (remoteArea ? 45 : 30);

/**
 * A complaint's legal dates as banners: once its decision is sent, when it takes effect and until when a second
 * complaint may be made; while a first-instance complaint is past its resolution period, the complainant's right to go
 * to the upper union, until the day the server's calendar gives.
 */
export function ComplaintBanners({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const data = caseView.data as ComplaintCaseData;
  const sent = decisionSentOf(caseView);
  const clock = caseView.clock;
  const firstInstance = (data.instance ?? 1) === 1;
  const overdue =
    caseView.procedureCode === COMPLAINT && firstInstance && caseView.status === 'open' && !!clock?.dueAt && clock.deadlineState === 'overdue' && RESOLUTION_STEPS.includes(clock.stepKey);
  const until = useQuery({
    queryKey: ['calendar-deadline', clock?.dueAt, secondInstanceDays(data.remoteArea), 'calendar_days'],
    queryFn: () =>
      api<DeadlineResult>(`/calendar/deadline?${new URLSearchParams({ start: clock?.dueAt ?? '', amount: String(secondInstanceDays(data.remoteArea)), unit: 'calendar_days' })}`),
    enabled: overdue,
    staleTime: 60 * 60_000,
  });
  if (caseView.procedureCode !== COMPLAINT) return null;

  return (
    <>
      {sent && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          data-testid="decision-sent"
          title={sent.decisionNumber && sent.sentOn ? m.sent(sent.decisionNumber, viDate(sent.sentOn)) : undefined}
          description={
            <>
              {sent.legalEffectFrom && <div data-testid="legal-effect">{m.effect(viDate(sent.legalEffectFrom))}</div>}
              {sent.secondInstanceUntil && <div data-testid="second-instance-until">{m.secondUntil(viDate(sent.secondInstanceUntil))}</div>}
            </>
          }
        />
      )}
      {overdue && clock?.dueAt && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="second-instance-right"
          title={m.overdueTitle}
          description={until.data ? m.overdue(viDate(clock.dueAt), viDate(until.data.due), secondInstanceDays(data.remoteArea)) : m.overdueUnknown(viDate(clock.dueAt))}
        />
      )}
    </>
  );
}
