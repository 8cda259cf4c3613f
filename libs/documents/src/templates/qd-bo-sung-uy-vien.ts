import { COMMITTEE_BODY_LABELS } from '@congdoan/domain';
import { upperVi } from '../uppercase';
import { required } from './complaint-wording';
import {
  byPosition,
  CHARTER_GUIDANCE,
  date,
  decisionHead,
  decisionRecipients,
  positionLabel,
  submissionText,
  UNION_CHARTER,
  workingRules,
} from './procedure-wording';
import type { DocumentTemplate } from './template';
import { article, committeeAddition, countText, termText } from './wording';

/** Positions that the decision names besides membership (a new chair, vice-chair or UBKT chair). */
const OFFICES = new Set(['chu-tich', 'pho-chu-tich', 'chu-nhiem-ubkt', 'pho-chu-nhiem-ubkt']);

/**
 * QĐ công nhận (or chỉ định) bổ sung ủy viên Ban Chấp hành, Ban Thường vụ or Ủy ban Kiểm tra during a term (domain §3;
 * the BCH elects, or the upper union appoints, the new members). A decision of the upper union's Ban Thường vụ.
 */
export const qdBoSungUyVien: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định công nhận bổ sung ủy viên Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const a = required(facts.committeeAddition, facts, 'the committee addition facts (committeeAddition)');
    if (a.members.length === 0) throw new RangeError(`${facts.kind} needs the members added`);
    const bodyLabel = required((COMMITTEE_BODY_LABELS as Record<string, string>)[a.body], facts, `a known committee body, not ${JSON.stringify(a.body)}`);
    const members = byPosition(a.members);
    for (const m of members) positionLabel(facts, m.position);
    const unit = required(a.unitName, facts, 'the lower union’s name (committeeAddition.unitName)').trim();
    const term = termText(a.term);
    const body = `${bodyLabel} ${unit}${term}`;
    const appointed = a.origin === 'appointed';
    const offices = members
      .filter((m) => OFFICES.has(m.position))
      .map((m) => `đồng chí ${m.fullName.trim()} giữ chức ${positionLabel(facts, m.position)} ${unit}`);
    const considered = a.submission
      ? `${submissionText(a.submission)} của Ban Chấp hành ${unit}`
      : `hồ sơ đề nghị của Ban Chấp hành ${unit} nhận ngày ${date(facts.receivedAt)}`;
    const texts = [
      appointed
        ? `Chỉ định bổ sung ${countText(members.length)} đồng chí có tên trong danh sách kèm theo tham gia ${body}.`
        : `Công nhận bổ sung ${countText(members.length)} đồng chí có tên trong danh sách kèm theo, được bầu bổ sung ngày ` +
          `${date(a.electedOn)}, là ủy viên ${body}.`,
      ...(offices.length ? [`${appointed ? 'Chỉ định' : 'Công nhận'} ${offices.join('; ')}.`] : []),
      `Quyết định này có hiệu lực kể từ ngày ký. Ban Tổ chức ${facts.issuer.name}, Ban Chấp hành ${unit} và các đồng chí có tên ` +
        'trong danh sách kèm theo chịu trách nhiệm thi hành Quyết định này./.',
    ];
    return {
      summary: `Về việc ${committeeAddition(a)}`,
      body: [
        ...decisionHead(facts, [
          UNION_CHARTER,
          CHARTER_GUIDANCE,
          workingRules(facts),
          appointed
            ? `Xét ${considered} về việc bổ sung ủy viên ${body};`
            : `Xét ${considered} và biên bản bầu bổ sung ủy viên ${body} ngày ${date(a.electedOn)};`,
          'Theo đề nghị của Ban Tổ chức.',
        ]),
        ...texts.map((text, i) => article(i + 1, text)),
      ],
      recipients: decisionRecipients(facts, texts.length, 'ToC'),
      appendix: {
        titleLines: ['DANH SÁCH', upperVi(`Ủy viên ${appointed ? 'chỉ định' : ''} bổ sung ${body}`.replace('  ', ' '))],
        note: `(Kèm theo Quyết định số ${facts.numberText} ngày ${date(facts.issuedOn)} của Ban Thường vụ ${facts.issuer.name})`,
        columns: [
          { header: 'STT', width: 0.12, align: 'center' },
          { header: 'Họ và tên', width: 0.48, align: 'left' },
          { header: 'Chức danh', width: 0.4, align: 'left' },
        ],
        rows: members.map((m, i) => [String(i + 1), m.fullName.trim(), positionLabel(facts, m.position)]),
      },
    };
  },
};
