/**
 * Denouncer identity protection (Luật Tố cáo 2018 Art. 8(3), 47(2)): who the denouncer is never leaves the people
 * assigned to the case. Free text typed about a case (its title, the content, a comment) may still name them; this
 * finds their name, address and contacts in such text, with or without Vietnamese diacritics and in any case, and
 * replaces them, so what is stored outside the protected record never carries them.
 */
export interface ProtectedIdentity {
  fullName: string;
  address?: string;
  phone?: string;
  email?: string;
}

export const REDACTED = '[đã ẩn danh tính]';

/** Each base letter with every Vietnamese vowel or đ that reads as it once the marks are dropped. */
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

/** The letter without its marks ('ệ' → 'e', 'Đ' → 'd'). */
function baseLetter(ch: string): string {
  const lower = ch.toLowerCase();
  if (lower === 'đ') return 'd';
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches `phrase` whatever its marks, case or spacing, as whole words. */
function looseWordPattern(phrase: string): string {
  const words = phrase.normalize('NFC').trim().split(/[\s,.;]+/).filter(Boolean);
  const word = (w: string) =>
    [...w]
      .map((ch) => {
        const base = baseLetter(ch);
        const variants = VARIANTS[base];
        return variants ? `[${variants}${variants.toUpperCase()}]` : escapeRegex(ch);
      })
      .join('');
  return words.map(word).join('[\\s,.;]+');
}

/** A phone number matched digit by digit, whatever separators were typed between the digits. */
function phonePattern(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 6 ? digits.split('').join('[\\s.\\-]*') : undefined;
}

/** The patterns of everything that identifies the person; a name of a single short word is too common to hunt for. */
function identityPatterns(identity: ProtectedIdentity): string[] {
  const patterns: string[] = [];
  const name = identity.fullName?.trim();
  if (name && (name.split(/\s+/).length > 1 || name.length >= 4)) patterns.push(looseWordPattern(name));
  const address = identity.address?.trim();
  if (address && address.length >= 6) patterns.push(looseWordPattern(address));
  const phone = identity.phone && phonePattern(identity.phone);
  if (phone) patterns.push(phone);
  const email = identity.email?.trim();
  if (email) patterns.push(escapeRegex(email));
  return patterns;
}

/** The text with the identity replaced; text that does not name them is returned unchanged. */
export function redactIdentity(text: string, identity: ProtectedIdentity | undefined): string {
  if (!identity || !text) return text;
  const patterns = identityPatterns(identity);
  if (patterns.length === 0) return text;
  // Longest first, so an address containing the name is replaced whole.
  const alternation = patterns.sort((a, b) => b.length - a.length).join('|');
  return text.normalize('NFC').replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu'), REDACTED);
}

/** Whether the text names the person (used by tests and checks that must prove nothing leaked). */
export function namesIdentity(text: string, identity: ProtectedIdentity): boolean {
  return redactIdentity(text, identity) !== text.normalize('NFC');
}
