/**
 * A small stop-word vote between the languages the segmenter and the claim
 * lexicons know. The importer's detector (franc) decides an article's language;
 * this is for a sentence or caption whose language differs from its article
 * (an English caption inside a French wire story), where a cheap answer is enough.
 */

const STOPWORDS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'avec', 'au', 'aux', 'ce', 'il', 'elle', 'sont', 'a', 'ont', 'été', 'selon', 'mais', 'nous', 'leur'],
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'with', 'on', 'as', 'he', 'she', 'by', 'at', 'from', 'are', 'this', 'be', 'have', 'has', 'an', 'were', 'they', 'said', 'not', 'but', 'which'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'des', 'auf', 'für', 'im', 'dem', 'von', 'auch', 'es', 'sie', 'er', 'wird', 'wurde', 'bei', 'nach', 'aus', 'sagte'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'es', 'por', 'con', 'para', 'una', 'se', 'su', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'según', 'dijo'],
  it: ['il', 'di', 'che', 'è', 'della', 'per', 'non', 'con', 'gli', 'una', 'del', 'sono', 'nel', 'alla', 'anche', 'ha', 'dei', 'delle', 'ma', 'lo', 'secondo', 'detto'],
};

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    const list = WORD_LANGS.get(w) ?? [];
    list.push(lang);
    WORD_LANGS.set(w, list);
  }
}

const WORD = /\p{L}+/gu;

/** The same vote over a sentence's tokens (their lower-cased words). */
export function guessLanguageOfTokens(tokens: readonly { kind: string; lower: string }[], fallback: string | null = null, minVotes = 3): string | null {
  let votes: Record<string, number> | null = null;
  let total = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const langs = WORD_LANGS.get(t.lower);
    if (!langs) continue;
    votes ??= {};
    for (const l of langs) votes[l] = (votes[l] ?? 0) + 1;
    total++;
  }
  return votes ? decide(votes, total, fallback, minVotes) : fallback;
}

/**
 * The most likely of fr/en/de/es/it for a piece of text, or `fallback` when
 * the text has too few function words to tell (fewer than `minVotes`).
 */
export function guessLanguage(text: string, fallback: string | null = null, minVotes = 3): string | null {
  const votes: Record<string, number> = {};
  let total = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    if (!langs) continue;
    for (const l of langs) votes[l] = (votes[l] ?? 0) + 1;
    total++;
  }
  return decide(votes, total, fallback, minVotes);
}

function decide(votes: Record<string, number>, total: number, fallback: string | null, minVotes: number): string | null {
  if (total < minVotes) return fallback;
  let best = fallback;
  let bestVotes = 0;
  for (const [l, v] of Object.entries(votes)) {
    if (v > bestVotes) {
      best = l;
      bestVotes = v;
    }
  }
  // A tie or a weak lead keeps the fallback: only a clear majority overrides the article's language.
  if (fallback && best !== fallback && bestVotes < (votes[fallback] ?? 0) * 1.5 + 2) return fallback;
  return best;
}
