import type { DocumentFacts } from './document-facts';
import type { SignatureBlock } from './document-model';
import { upperVi } from './uppercase';

const COLLECTIVE = 'BAN THƯỜNG VỤ';
const HEAD = 'Chủ tịch';

/**
 * Collective signing (NĐ 30 Art. 13 and Phụ lục I; domain §8): the Chủ tịch signs "TM." the Ban Thường vụ, a Phó Chủ
 * tịch signs "KT." the Chủ tịch on its behalf, anyone else signs "TL." (thừa lệnh) under their own title.
 *
 * A signer whose `mode` is given signs that way whatever their title: "TM. BAN THƯỜNG VỤ" over their title; "KT." and
 * "TUQ." before the principal's title (default Chủ tịch), over their own title, and TUQ. without the collective's line
 * ("TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG", NĐ 30 Phụ lục I); "TL." before the principal's title, or the Ban Thường vụ.
 */
export function signatureBlock(signer: DocumentFacts['signer']): SignatureBlock {
  const title = (signer.title ?? '').trim();
  const own = title ? [upperVi(title)] : [];
  const principal = upperVi(signer.principalTitle?.trim() || HEAD);
  let lines: string[];
  switch (signer.mode) {
    case 'TM':
      lines = [`TM. ${COLLECTIVE}`, ...(own.length ? own : [upperVi(HEAD)])];
      break;
    case 'KT':
      lines = [`TM. ${COLLECTIVE}`, `KT. ${principal}`, ...own];
      break;
    case 'TUQ':
      lines = [`TUQ. ${principal}`, ...own];
      break;
    case 'TL':
      lines = [`TL. ${signer.principalTitle?.trim() ? principal : COLLECTIVE}`, ...own];
      break;
    default:
      lines = inferred(signer, title);
  }
  return { lines, fullName: signer.fullName.trim() };
}

/** Without a mode: the block follows from the title (and a leader without one is taken to be the head). */
function inferred(signer: DocumentFacts['signer'], title: string): string[] {
  const lowered = title.toLocaleLowerCase('vi');
  if (lowered === 'chủ tịch' || (lowered === '' && signer.role === 'leader')) return [`TM. ${COLLECTIVE}`, 'CHỦ TỊCH'];
  if (lowered.startsWith('phó chủ tịch')) return [`TM. ${COLLECTIVE}`, 'KT. CHỦ TỊCH', upperVi(title)];
  return [`TL. ${COLLECTIVE}`, ...(title ? [upperVi(title)] : [])];
}
