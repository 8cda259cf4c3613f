/** Phrases the issuance templates (domain §8: the union's own documents, NĐ 30/2020) share. */
import type { DocumentFacts, IssuanceFacts } from '../document-facts';
import type { BodyParagraph } from '../document-model';
import { upperVi } from '../uppercase';
import { lowerFirst, required } from './complaint-wording';
import { dashItems } from './wording';

export const issuanceOf = (facts: DocumentFacts): IssuanceFacts => required(facts.issuance, facts, 'the issuance facts (issuance)');

/** The trích yếu without the 'V/v' or 'Về việc' a drafter may have typed. */
export const bareSummary = (summary: string): string => summary.trim().replace(/^(V\/v|Về việc)\s+/i, '');

/** 'tổ chức …' from 'Tổ chức …'; an abbreviation in capitals ('CĐCS …') keeps its case */
export function inSentence(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  return first.length > 1 && first === upperVi(first) ? text : lowerFirst(text);
}

/** A công văn's trích yếu (NĐ 30 Phụ lục I): 'V/v tổ chức …' */
export const vvSummary = (summary: string): string => `V/v ${inSentence(bareSummary(summary))}`;

/** 'HỎA TỐC' for an urgent document, dispatched the day it is signed (NĐ 30 Art. 18(1)) */
export const urgencyOf = (issuance: IssuanceFacts): { urgency?: string } => (issuance.urgent ? { urgency: 'HỎA TỐC' } : {});

const recipientName = (line: string): string => line.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]$/, '');

/** The addressees, without the drafter's '- Lưu …' line if they typed one. */
export const addressees = (issuance: IssuanceFacts): string[] =>
  issuance.recipients.map(recipientName).filter((name) => name && !/^Lưu\b/i.test(name));

/**
 * 'Kính gửi: …' of a công văn (NĐ 30 Phụ lục I): one addressee on the line, several each on a line of its own with a
 * dash, ';' after each and '.' after the last.
 */
export function kinhGui(facts: DocumentFacts, names: readonly string[]): BodyParagraph[] {
  if (names.length === 0) throw new RangeError(`${facts.kind} needs whom a công văn is addressed to (issuance.recipients)`);
  if (names.length === 1) return [{ align: 'center', runs: [{ text: `Kính gửi: ${names[0]}.` }] }];
  return [{ align: 'center', runs: [{ text: 'Kính gửi:' }] }, ...dashItems(names)];
}
