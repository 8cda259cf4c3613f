import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

/** Vietnamese first; English on request, remembered in the browser. */
export const LANGUAGE_KEY = 'congdoan.language';
export type Language = 'vi' | 'en';

export const savedLanguage = (): Language => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi');

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: savedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false }, // React escapes
  showSupportNotice: false, // no advertisement in the users' browser console
});

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
