import type { CreateCaseBody } from './founding-request';
import { compact, optional, trimmed } from './intake-rules';

/** The ban hành văn bản form's values, shaped like the `POST /api/cases` body. */
export interface IssuanceValues {
  orgUnitId?: string;
  title?: string;
  /** the form's switch only: this corrects an issued document */
  correcting?: boolean;
  /** nơi nhận, one per line */
  recipientLines?: string;
  data?: {
    documentType?: string;
    summary?: string;
    signerId?: string;
    drafterId?: string;
    content?: string;
    urgent?: boolean;
    secret?: boolean;
    corrects?: { documentId?: string; kind?: 'content' | 'format' };
  };
}

export const linesOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function issuanceRequest(values: IssuanceValues): CreateCaseBody {
  const data = values.data ?? {};
  return {
    procedureCode: 'ban-hanh-van-ban',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    data: compact({
      documentType: data.documentType,
      summary: trimmed(data.summary),
      signerId: data.signerId,
      drafterId: data.drafterId || undefined,
      content: optional(data.content),
      recipients: linesOf(values.recipientLines),
      urgent: data.urgent ? true : undefined,
      secret: data.secret ? true : undefined,
      corrects: values.correcting && data.corrects?.documentId ? { documentId: data.corrects.documentId, kind: data.corrects.kind ?? 'format' } : undefined,
    }),
  };
}

/** "Quyết định về việc …": the type's name and the trích yếu, while the drafter has not written their own title. */
export function proposedIssuanceTitle(typeName: string | undefined, summary: string | undefined): string {
  if (!trimmed(summary)) return '';
  return typeName ? `${typeName} ${trimmed(summary)}` : trimmed(summary);
}
