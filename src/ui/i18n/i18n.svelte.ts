import i18next from 'i18next';
import { en } from './en';
import { fr } from './fr';

export type UiLanguage = 'en' | 'fr';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // Svelte escapes text itself
  initAsync: false,
});

/** The interface language, reactive: every `t()` in a template re-renders when it changes. */
class I18n {
  lang = $state<UiLanguage>('en');

  t = (key: string, options?: Record<string, unknown>): string => {
    return instance.t(key, { lng: this.lang, ...options });
  };

  /** Dates and numbers by locale. */
  formatDate = (iso: string | null): string => {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const withTime = /T\d{2}:\d{2}/.test(iso);
    return new Intl.DateTimeFormat(this.lang === 'fr' ? 'fr-CH' : 'en-GB', { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }).format(d);
  };

  use(setting: 'en' | 'fr' | 'system'): void {
    this.lang = setting === 'system' ? systemLanguage() : setting;
    document.documentElement.lang = this.lang;
  }
}

function systemLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const i18n = new I18n();
export const t = i18n.t;
