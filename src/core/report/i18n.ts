import i18next, { type TFunction } from 'i18next';
import { frenchCatalogue } from '../i18n/typography';
import en from './locales/en.json';
import frWritten from './locales/fr.json';
import type { ReportLanguage } from './input';

/** French with its typography (no-break spaces before : ; ! ? and inside « »), set once here. */
const fr = frenchCatalogue(frWritten);

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

/** The report strings of one language, as plain data (the English tree's shape). Plural forms stay with `reportT`. */
export type ReportStrings = typeof en;

const stringsCache = new Map<ReportLanguage, ReportStrings>();

/**
 * Every string of the report in one language, resolved once through i18next
 * (so fallbacks apply) and then read as plain properties: a 1,000-claim report
 * calls for tens of thousands of labels, and i18next's `t` costs microseconds
 * each. Placeholders stay in the strings ("Claim {{n}}") for `fill`.
 */
export function reportStrings(language: ReportLanguage): ReportStrings {
  const cached = stringsCache.get(language);
  if (cached) return cached;
  const t = reportT(language);
  const walk = (node: Record<string, unknown>, prefix: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        const key = `${prefix}${k}`;
        if (typeof v !== 'string') return [k, walk(v as Record<string, unknown>, `${key}.`)];
        // Each placeholder is given itself as its value, so the template comes back intact.
        const vars = Object.fromEntries([...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1], `{{${m[1]}}}`]));
        return [k, t(key, vars)];
      }),
    );
  const strings = walk(en, '') as ReportStrings;
  stringsCache.set(language, strings);
  return strings;
}

/** A template's {{placeholders}} replaced by the values given (others left as they are). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
