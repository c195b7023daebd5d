import { frenchCatalogue } from '../../core/i18n';
import { en } from './en';
import { fr } from './fr';

/**
 * The interface's i18next resources: English, and French with its typography
 * (no-break spaces before : ; ! ? and inside « ») set once for every string.
 * Shared with the tests that read every string in both languages.
 */
export const UI_RESOURCES = { en: { translation: en }, fr: { translation: frenchCatalogue(fr) } } as const;
