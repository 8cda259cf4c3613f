/** Phrases the discipline templates (domain §5; QĐ 5130/QĐ-TLĐ) share. */
import { COLLECTIVE_BODY_LABELS } from '@congdoan/domain';
import type { DisciplineFacts, DocumentFacts } from '../document-facts';
import { lowerFirst, required } from './complaint-wording';

/** QĐ 5130/QĐ-TLĐ [S in domain §0; its title is paraphrased] */
export const DISCIPLINE_RULES =
  'Căn cứ Quy định về kỷ luật trong tổ chức công đoàn ban hành kèm theo Quyết định số 5130/QĐ-TLĐ ngày 12/08/2022 ' +
  'của Tổng Liên đoàn Lao động Việt Nam;';

export const disciplineOf = (facts: DocumentFacts): DisciplineFacts => required(facts.discipline, facts, 'the discipline facts (discipline)');

/** 'đồng chí Lê Văn Tám' for a person (sex is not recorded), the body's own name for a collective */
export const subjectName = ({ subject }: DisciplineFacts): string =>
  subject.kind === 'tap-the' ? subject.fullName.trim() : `đồng chí ${subject.fullName.trim()}`;

/** 'đồng chí Lê Văn Tám, Chủ tịch Công đoàn cơ sở …'; a member without a post: ', đoàn viên Công đoàn cơ sở …' */
export function subjectText(d: DisciplineFacts): string {
  const { subject } = d;
  const position = subject.position?.trim();
  const unit = subject.unitName?.trim();
  if (subject.kind === 'tap-the') return subject.fullName.trim();
  const role = position || (unit ? (subject.kind === 'doan-vien' ? `đoàn viên ${unit}` : `cán bộ ${unit}`) : '');
  return `${subjectName(d)}${role ? `, ${role}` : ''}`;
}

/** 'khiển trách': the form as a sentence writes it */
export const formWords = (d: DisciplineFacts): string => lowerFirst(d.formLabel.trim());

/** 'Ban Thường vụ' for a ballot body code; an unknown code is shown as given */
export const ballotBody = (facts: DocumentFacts, code: string): string =>
  `${(COLLECTIVE_BODY_LABELS as Record<string, string>)[code] ?? code} ${facts.issuer.name}`;
