import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseHold, CaseView } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    title: 'Tạm dừng xét khen thưởng',
    basis: 'Không khen thưởng, đề nghị khen thưởng khi người được đề nghị đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn khiếu nại, tố cáo đang giải quyết (NĐ 152/2025/NĐ-CP Điều 4). Hồ sơ tự tiếp tục khi các vụ việc này kết thúc.',
    resumes: 'Hồ sơ tự tiếp tục khi các vụ việc này kết thúc.',
    unknown: 'Có người được đề nghị đang có vụ việc chưa kết thúc.',
  },
  en: {
    title: 'Commendation on hold',
    basis: 'No commendation or proposal while a nominee is under discipline review, investigation or inspection, or party to a pending complaint or denunciation (Decree 152/2025 Art. 4). The case resumes by itself once those cases close.',
    resumes: 'The case resumes by itself once those cases close.',
    unknown: 'A nominee has a case that is not closed yet.',
  },
};

/** The holds of the case: the API's `holds`, else the last `hold_placed` event's. */
export function holdsOf(caseView: Pick<CaseView, 'holds' | 'timeline'>): CaseHold[] {
  if (caseView.holds?.length) return caseView.holds;
  const placed = [...caseView.timeline].reverse().find((e) => e.kind === 'hold_placed');
  const holds = placed?.data?.holds;
  return Array.isArray(holds) ? (holds as CaseHold[]).filter((h) => typeof h?.reason === 'string') : [];
}

/** A commendation ON_HOLD: why (each nominee and their pending matter, never the other case's code) and on what basis. */
export function HoldBanner({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const en = useTranslation().i18n.language === 'en';
  if (caseView.status !== 'ON_HOLD') return null;
  const holds = holdsOf(caseView);
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      data-testid="hold-banner"
      title={m.title}
      description={
        <>
          {holds.length ? (
            <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
              {holds.map((h, i) => (
                <li key={`${h.nominee}-${i}`}>{en && h.reasonEn ? h.reasonEn : h.reason}</li>
              ))}
            </ul>
          ) : (
            <p style={{ margin: '0 0 8px' }}>{m.unknown}</p>
          )}
          {/* The API's reasons cite the decree already: then only what happens next. */}
          <span style={{ fontSize: 13 }}>{holds.some((h) => h.reason.includes('152/2025')) ? m.resumes : m.basis}</span>
        </>
      }
    />
  );
}
