import { rankLanguages } from './trigram-ranking';
import type { LanguageCode } from '../model';

/** ISO 639-3 (what franc answers) → ISO 639-1 (what the app stores), for the languages franc-min knows. */
const ISO_639_1: Record<string, LanguageCode> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', cat: 'ca', pol: 'pl', ces: 'cs', slk: 'sk',
  ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', fin: 'fi', ell: 'el', rus: 'ru', ukr: 'uk', bul: 'bg',
  srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', tur: 'tr', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur',
  cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', swh: 'sw', tgl: 'tl', lit: 'lt', lav: 'lv',
  est: 'et', als: 'sq', hye: 'hy', kat: 'ka', aze: 'az', uzb: 'uz', kaz: 'kk', azj: 'az', tam: 'ta', tel: 'te', mar: 'mr',
  guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh', som: 'so',
  bel: 'be', mkd: 'mk', glg: 'gl', eus: 'eu', afr: 'af', mya: 'my', khm: 'km', npi: 'ne', sin: 'si',
};

export interface LanguageGuess {
  language: LanguageCode | null;
  /** Set when the page's declared language and the text disagree. */
  warning: string | null;
}

/** franc reads at most 2,048 characters; its cost grows with them, and 700 characters of running text are plenty. */
const SAMPLE = 1200;

/** "fr-FR", "fr_CA", "FR" → "fr". */
export function baseLanguage(tag: string | null | undefined): LanguageCode | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_].*)?$/iu.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The text's language by franc-min's trigram model, checked against what the
 * page declares (`<html lang>`, `og:locale`, the user's choice). A declaration
 * the text supports wins near ties (close languages, short texts); one the text
 * contradicts is overridden with a warning.
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const stated = baseLanguage(declared);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const ranked = rankLanguages(sample, 20)
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => [ISO_639_1[code] ?? code, score] as const);
  const best = ranked[0];
  if (!best) return { language: stated, warning: null };
  if (stated === null || stated === best[0]) return { language: best[0], warning: null };
  const statedScore = ranked.find(([code]) => code === stated)?.[1] ?? 0;
  // franc's scores crowd near 1 (0.96 for English on a French text): only a near tie lets the declaration win.
  if (best[1] - statedScore < 0.015 || sample.length < 200) return { language: stated, warning: null };
  return {
    language: best[0],
    warning: `The page says its language is "${stated}" but the text reads as "${best[0]}"; "${best[0]}" was kept.`,
  };
}
