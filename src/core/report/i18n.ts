import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import type { ReportLanguage } from './input';

/** The report's own string tables: the report language is chosen per export, independent of the UI language. */
export const REPORT_RESOURCES = { en, fr } as const;

const cache = new Map<ReportLanguage, TFunction>();

/**
 * A translate function for one report language. Each language gets its own
 * i18next instance (never the UI's global one, so exporting a French report
 * from an English interface changes nothing on screen). Values are not
 * escaped here: every renderer escapes for its own format.
 */
export function reportT(language: ReportLanguage): TFunction {
  const cached = cache.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = instance.t.bind(instance) as TFunction;
  cache.set(language, t);
  return t;
}
