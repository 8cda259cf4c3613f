import type { DocumentFacts } from './document-facts';
import type { SignatureBlock } from './document-model';
import { upperVi } from './uppercase';

/**
 * Collective signing (NĐ 30 Art. 13; domain §8): the Chủ tịch signs "TM." the Ban Thường vụ, a Phó Chủ tịch signs
 * "KT." the Chủ tịch on its behalf, anyone else signs "TL." (thừa lệnh) under their own title.
 */
export function signatureBlock(signer: DocumentFacts['signer']): SignatureBlock {
  const title = (signer.title ?? '').trim();
  const lowered = title.toLocaleLowerCase('vi');
  let lines: string[];
  // A leader without a recorded title is taken to be the head.
  if (lowered === 'chủ tịch' || (lowered === '' && signer.role === 'leader')) lines = ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'];
  else if (lowered.startsWith('phó chủ tịch')) lines = ['TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', upperVi(title)];
  else lines = ['TL. BAN THƯỜNG VỤ', ...(title ? [upperVi(title)] : [])];
  return { lines, fullName: signer.fullName.trim() };
}
