import type { Token } from '../text/tokens';
import type { CompiledLexicon } from './lexicon/compile';

/**
 * Proper-name runs in a sentence's tokens: "Kim Jong Un", "M. Kim",
 * "Health Secretary Matt Hancock", "Ville de Montréal". A run records where
 * its name starts after any honorific or role words, so "Prime Minister Boris
 * Johnson" gives the name "Boris Johnson" and the role "prime minister".
 */
export interface NameRun {
  /** Token range of the whole run. */
  from: number;
  to: number;
  /** First token of the name proper (after titles and role words). */
  nameFrom: number;
  /** An honorific came first ("M.", "Mr", "Dr"): the name is a person. */
  titled: boolean;
  /** Role words inside the run ("Prime Minister"), as a token range, or null. */
  role: { from: number; to: number } | null;
}

/** Particles that may sit inside a name ("Ville de Montréal", "Ursula von der Leyen"). */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'bin', 'ben', 'al', 'el', 'da', 'di', 'del', 'della', 'dos', 'y']);

export function isNameToken(t: Token, compiled: CompiledLexicon, sentenceInitial: boolean): boolean {
  if (t.kind !== 'word' || !t.capitalized) return false;
  if (compiled.sets.notNames.has(t.lower)) return false;
  // A capitalized first word is a name only if it is not a common opener; the caller decides on context.
  return !sentenceInitial || !compiled.sets.determiners.has(t.lower);
}

/** "(Ademe)", "(Unesco)": a short name in brackets, written as a word; `expandAcronym` decides whether the words before spell it. */
export function isShortName(t: Token): boolean {
  return t.kind === 'word' && t.capitalized && t.text.length >= 3 && t.text.length <= 8 && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

export function isAcronym(t: Token): boolean {
  if (t.kind !== 'word' || !t.capitalized || t.text.length < 2 || t.text.length > 8) return false;
  const second = t.text[1]!;
  return second !== second.toLowerCase() && /^[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]+$/.test(t.text);
}

/**
 * Name runs of a sentence. `first` is the index of the sentence's first token
 * (a capitalized first word alone is not taken as a name unless `allowInitialSingle`).
 */
export function nameRuns(tokens: readonly Token[], compiled: CompiledLexicon, first = 0, allowInitialSingle = false): NameRun[] {
  const runs: NameRun[] = [];
  let i = first;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const initial = i === first || t.opensClause;
    if (!isNameToken(t, compiled, initial)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const n = tokens[j];
      // Inside a run, a capitalized stop word is part of the name ("Kim Jong Un", "Jean-Marie Le Pen").
      if (n && n.kind === 'word' && n.capitalized && adjacent(text(tokens, j - 1), n, compiled)) {
        j++;
        continue;
      }
      // A particle followed by a name token continues the run: "Ville de Montréal".
      const after = tokens[j + 1];
      if (n && PARTICLES.has(n.lower) && !n.capitalized && after && isNameToken(after, compiled, false) && adjacent(tokens[j - 1]!, n, compiled) && adjacent(n, after, compiled)) {
        j += 2;
        continue;
      }
      break;
    }
    const run = shapeRun(tokens, i, j, compiled);
    if (run && (j - i > 1 || !initial || allowInitialSingle)) runs.push(run);
    i = j;
  }
  return runs;
}

/** Tokens separated by a single space or hyphen, or by the period of a title or an initial ("M. Kim", "J. K. Rowling"). */
function adjacent(a: Token, b: Token, compiled: CompiledLexicon): boolean {
  const gap = b.start - a.end;
  if (gap <= 1) return true;
  return gap === 2 && (compiled.sets.titles.has(a.lower) || (a.text.length === 1 && a.capitalized));
}

function text(tokens: readonly Token[], i: number): Token {
  return tokens[i]!;
}

function shapeRun(tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): NameRun | null {
  let nameFrom = from;
  let titled = false;
  while (nameFrom < to && compiled.sets.titles.has(tokens[nameFrom]!.lower)) {
    nameFrom++;
    titled = true;
  }
  let role: NameRun['role'] = null;
  // Role words inside the run: the name is what follows the last one ("North Korean Leader Kim Jong-un").
  for (let k = to - 1; k >= nameFrom; k--) {
    if (compiled.sets.roles.has(tokens[k]!.lower)) {
      role = { from: nameFrom, to: k + 1 };
      nameFrom = k + 1;
      break;
    }
  }
  if (nameFrom >= to) return role ? { from, to, nameFrom: to, titled, role } : null;
  return { from, to, nameFrom, titled, role };
}

/** The words of a name, as written, joined by single spaces (hyphens kept). */
export function nameText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
}

/** The comparison key of a name: accents, case and hyphens folded ("Kim Jong-un" ≡ "Kim Jong Un"). */
const keys = new Map<string, string>();

export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // Names repeat through an article; the cache is dropped when it grows past any one article's names.
    if (keys.size > 20000) keys.clear();
    key = computeNameKey(name);
    keys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-‐‑.’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Small words an acronym may skip or spell ("Office central de lutte contre les atteintes à…" → OCLAESP). */
const ACRONYM_LINKS = new Set(['et', 'and', 'for', 'pour', 'contre', 'à', 'a', 'au', 'aux', 'sur', 'en', 'on', 'in', 'against', '&']); // words are compared folded: «à» is «a»

/**
 * "(OFAG)" after "l'Office fédéral de l'agriculture": the long form whose words
 * spell the acronym (each content word giving one or more leading letters,
 * "agriculture" giving "AG"), or null.
 */
export function expandAcronym(text: string, tokens: readonly Token[], acronymIndex: number, compiled: CompiledLexicon): string | null {
  const acronym = fold(tokens[acronymIndex]!.text.replace(/[^\p{L}]/gu, ''));
  const open = acronymIndex - 1;
  if (acronym.length < 2 || tokens[open]?.text !== '(') return null;
  const isLink = (w: string): boolean => compiled.sets.phraseConnectors.has(w) || PARTICLES.has(w) || compiled.sets.determiners.has(w) || ACRONYM_LINKS.has(w);
  const words: string[] = [];
  let k = open - 1;
  while (k >= 0 && open - k <= 18 && tokens[k]!.kind === 'word') {
    words.unshift(fold(tokens[k]!.lower));
    k--;
  }
  const base = open - words.length;
  for (let s = 0; s < words.length; s++) {
    if (isLink(words[s]!) || words[s]![0] !== acronym[0]) continue;
    if (spells(words, s, acronym, 0, isLink)) {
      const long = text.slice(tokens[base + s]!.start, tokens[open - 1]!.end).replace(/\s+/g, ' ');
      return long.charAt(0).toUpperCase() + long.slice(1);
    }
  }
  return null;
}

function spells(words: readonly string[], w: number, acronym: string, p: number, isLink: (w: string) => boolean): boolean {
  if (w === words.length) return p === acronym.length;
  const word = words[w]!;
  // A link word is skipped, or gives its initial ("Ademe": Agence De l'Environnement et de la Maîtrise de l'Énergie).
  if (isLink(word)) return spells(words, w + 1, acronym, p, isLink) || (word[0] === acronym[p] && spells(words, w + 1, acronym, p + 1, isLink));
  if (word[0] !== acronym[p]) return false;
  // A word gives its initial and possibly more letters found in order inside it ("environnement" gives "EV" in OFEV).
  let at = 1;
  for (let l = 1; p + l <= acronym.length; l++) {
    if (spells(words, w + 1, acronym, p + l, isLink)) return true;
    const next = acronym[p + l];
    if (next === undefined) break;
    at = word.indexOf(next, at);
    if (at < 0) break;
    at++;
  }
  return false;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
