import i18next from 'i18next';
import { resolveParams, type Message } from '../../core/i18n';
import { UI_RESOURCES } from './resources';

export type UiLanguage = 'en' | 'fr';
export type LanguageSetting = UiLanguage | 'system';

const instance = i18next.createInstance();
void instance.init({
  resources: UI_RESOURCES,
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // Svelte escapes text itself
  initAsync: false,
});

/** When the system speaks another language than the interface: day before month, 24-hour clock. */
const FALLBACK_LOCALES: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The interface language, reactive: every `t()` in a template re-renders when it changes. */
class I18n {
  lang = $state<UiLanguage>('en');
  setting = $state<LanguageSetting>('system');

  /** Dates and numbers follow the system's region when it speaks the interface's language (fr-CH, fr-CA, en-US…). */
  get locale(): string {
    const system = typeof navigator === 'undefined' ? '' : (navigator.language ?? '');
    return system.toLowerCase().startsWith(this.lang) ? system : FALLBACK_LOCALES[this.lang];
  }

  t = (key: string, options?: Record<string, unknown>): string => {
    return instance.t(key, { lng: this.lang, ...options });
  };

  /** A message from the Node side (an error, a history line) in the interface language. */
  word = (message: Message): string => this.t(message.key, resolveParams(message.params, this.lang, this.t));

  /** Whether a key exists (reason codes from the detector may be new). */
  has = (key: string): boolean => instance.exists(key, { lng: this.lang });

  /** Dates by locale; a date-only value stays date-only. */
  formatDate = (iso: string | null, withTime?: boolean): string => {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const time = withTime ?? /T\d{2}:\d{2}/.test(iso);
    const parts = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', ...(time ? { timeStyle: 'short' } : {}) }).formatToParts(d);
    // French writes the first day of a month as an ordinal: «1er décembre», never «1 décembre».
    return parts.map((p) => (this.lang === 'fr' && p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value)).join('');
  };

  formatTime = (iso: string): string => new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).format(new Date(iso));

  formatNumber = (n: number): string => new Intl.NumberFormat(this.locale).format(n);

  /** 0.87 → "87 %" in French, "87%" in English. */
  formatPercent = (fraction: number): string => new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

  formatBytes = (bytes: number): string => {
    const units = ['byte', 'kilobyte', 'megabyte'] as const;
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return new Intl.NumberFormat(this.locale, { style: 'unit', unit: units[unit], unitDisplay: 'narrow', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  };

  use(setting: LanguageSetting): void {
    this.setting = setting;
    this.lang = setting === 'system' ? systemLanguage() : setting;
    document.documentElement.lang = this.lang;
  }
}

export function systemLanguage(): UiLanguage {
  return (navigator.language ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const i18n = new I18n();
export const t = i18n.t;
