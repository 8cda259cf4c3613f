import { DomainError, Forbidden, vietnameseDate } from '@congdoan/domain';
import type { StandInRow } from '@congdoan/persistence';

/** How a document is signed (NĐ 30/2020 Art. 13; domain §8–§9). */
export type SigningMode = 'TM' | 'KT' | 'TUQ';

/** What the API tells the workflow about a signature: the mode, whom it is for, and the written delegation it rests on. */
export interface Signing {
  signingMode: SigningMode;
  principalTitle?: string;
  delegationRef?: string;
}

/** The head of a union's executive: signs TM. the collective; everyone else signs for them. */
export const HEAD_TITLE = 'Chủ tịch';

const folded = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * The assigned signer signing in person: the Chủ tịch (or a leader with no title on record, taken to be the head,
 * as the signature block does) signs "TM." the collective; any other leader, a Phó Chủ tịch, signs "KT." the Chủ tịch.
 */
export function ownSigning(title: string | null): Signing {
  const t = folded(title ?? '');
  return t === '' || t === folded(HEAD_TITLE) ? { signingMode: 'TM' } : { signingMode: 'KT', principalTitle: HEAD_TITLE };
}

/**
 * Words in which "ký" does not mean signing: đăng ký (register), thư ký (secretary), ký hiệu (the number's symbol),
 * ký tự, nhật ký, ký túc xá, ký quỹ, ký gửi, ký ức, ký sự.
 */
const NOT_SIGNING = /(đăng|thư|nhật) ký|ký (hiệu|tự|túc|quỹ|gửi|ức|sự)/gu;
/** "ký" as a word of its own (not kỳ, kỷ: other letters), or the TUQ. abbreviation itself. */
const SIGNING = /(^|[^\p{L}])(ký|tuq\.?)(?=$|[^\p{L}])/u;

/**
 * Whether a stand-in's scope (free text, as the giấy ủy quyền words it) covers signing documents: the scope must say
 * so. A TUQ. is limited in content (NĐ 30/2020 Art. 13(3)): "toàn bộ công việc" does not name signing, so it does
 * not give it; "ký các văn bản …", "ký thay …", "TUQ." do.
 */
export function scopeCoversSigning(scope: string): boolean {
  // "kí" is the other spelling of "ký"
  return SIGNING.test(folded(scope).replace(/kí/g, 'ký').replace(NOT_SIGNING, ' '));
}

const period = (s: StandInRow) => `từ ngày ${vietnameseDate(s.validFrom, true)} đến hết ngày ${vietnameseDate(s.validTo, true)}`;

/** Who signs for whom, by which paper: checked when the substitute signs, not only when the stand-in was recorded. */
export interface DelegationCheck {
  standIn: StandInRow;
  signer: { userId: string; fullName: string };
  actorId: string;
  /** the issuing unit (the step's) */
  orgUnitId: string;
  orgUnitName: string;
  today: string;
}

/**
 * Why this written delegation does not let the actor sign for the signer today, or null when it does (TUQ.): it names
 * the actor as substitute (else 403) in the issuing unit, the signer themself as principal (no sub-delegation), is in
 * force today, and its scope covers signing documents (422 each, naming the paper and its dates).
 */
export function delegationRefusal(c: DelegationCheck): DomainError | null {
  const s = c.standIn;
  const ref = `"${s.reference}"`;
  if (s.substituteUserId !== c.actorId) {
    return new Forbidden('Giấy ủy quyền này không ủy quyền cho bạn nên bạn không thể ký thừa ủy quyền theo giấy này', 'This stand-in does not name you as the substitute');
  }
  if (s.orgUnitId !== c.orgUnitId) {
    return new DomainError(
      'rule',
      'DELEGATION_OTHER_UNIT',
      `Giấy ủy quyền ${ref} ủy quyền tại ${s.orgUnitName}, không phải tại ${c.orgUnitName} là đơn vị ban hành văn bản`,
      `Stand-in ${s.reference} is for ${s.orgUnitCode}, not the issuing unit ${c.orgUnitName}`,
    );
  }
  if (s.principalUserId !== c.signer.userId) {
    return new DomainError(
      'rule',
      'DELEGATION_NOT_FROM_SIGNER',
      `Giấy ủy quyền ${ref} là của ${s.principalName}, không phải của người ký ${c.signer.fullName}: chỉ chính người ký mới được ủy quyền ký thay, không được ủy quyền lại (Nghị định 30/2020/NĐ-CP Điều 13)`,
      `Stand-in ${s.reference} is given by ${s.principalName}, not by the signer ${c.signer.fullName}: only the signer may delegate signing, and no sub-delegation (Decree 30/2020 Art. 13)`,
    );
  }
  if (s.validTo < c.today) {
    return new DomainError(
      'rule',
      'DELEGATION_EXPIRED',
      `Giấy ủy quyền ${ref} chỉ có hiệu lực ${period(s)}; đã hết hiệu lực nên không thể ký thừa ủy quyền (hôm nay là ${vietnameseDate(c.today, true)})`,
      `Stand-in ${s.reference} was valid from ${s.validFrom} to ${s.validTo}; it has expired (today is ${c.today})`,
    );
  }
  if (s.validFrom > c.today) {
    return new DomainError(
      'rule',
      'DELEGATION_NOT_YET_VALID',
      `Giấy ủy quyền ${ref} có hiệu lực ${period(s)}; chưa đến ngày hiệu lực (hôm nay là ${vietnameseDate(c.today, true)})`,
      `Stand-in ${s.reference} is valid from ${s.validFrom} to ${s.validTo}; not yet in force (today is ${c.today})`,
    );
  }
  if (!scopeCoversSigning(s.scope)) {
    return new DomainError(
      'rule',
      'DELEGATION_SCOPE',
      `Phạm vi ủy quyền của giấy ủy quyền ${ref} ("${s.scope}") không gồm việc ký văn bản: thừa ủy quyền phải giới hạn nội dung và ghi rõ việc ký (Nghị định 30/2020/NĐ-CP Điều 13)`,
      `The scope of stand-in ${s.reference} ("${s.scope}") does not include signing documents; a TUQ must say so (Decree 30/2020 Art. 13)`,
    );
  }
  return null;
}

/** The order to try a user's several stand-ins from the same signer: one in force first, then the latest ended. */
export function byRelevance(today: string): (a: StandInRow, b: StandInRow) => number {
  const inForce = (s: StandInRow) => (s.validFrom <= today && today <= s.validTo ? 0 : 1);
  return (a, b) => inForce(a) - inForce(b) || b.validTo.localeCompare(a.validTo);
}
