import { useTranslation } from 'react-i18next';

/**
 * A page's own wording, in both languages, kept beside the page instead of in one shared file:
 * `const M = { vi: {...}, en: {...} }` then `const m = useMessages(M)`. The shape of `en` must match `vi`.
 */
export function useMessages<T>(messages: { vi: T; en: T }): T {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? messages.en : messages.vi;
}
