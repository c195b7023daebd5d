/**
 * "One language at a time", as a reader would check it: in text rendered in
 * French, no English word and no internal code; in English, no French word.
 *
 * A word is English when it is in a list of common English words that French
 * does not share (so "source", "type", "article", "image", "note" are not
 * counted); French when it has a French diacritic or is a French function or
 * interface word. Codes are what users must never see: hyphenated ids
 * ("in-progress", "mostly-true"), catalogue keys ("errors.code.internal"),
 * placeholders left unfilled, "undefined", "null", "[object Object]" and ids.
 * Proper nouns and format names are allowed. The test content itself (titles,
 * claims, names) is made of invented words that are neither language.
 */

const ENGLISH = new Set(
  `the and of to is are was were be been being with for from by this that these those it its not yes you your we our they their there here
which what when where who whom why how all any each every some more most less than then into onto about after before over under again already
also only just yet still first last next new old one two three has have had will would can could should may might must do does did done get got give
given make made take taken keep kept show shown find found open close closed save saved saving edit edited add added remove removed change changed
create created delete deleted import imported export exported search results result claim claims speaker speakers status rationale evidence file
files folder text settings workspace backup backups restored report reports summary checked unchecked dismissed accepted suggested progress loading
error failed reach empty none other mostly true false misleading unverifiable verified default levels like local reused reuses past check checks
checking fact facts sound video data database program address addresses name names title outlet byline published modified language link links copy
paste undo redo quit view reload zoom full screen select selection cursor word words between split merged merge another others dismiss accept
automatic characters reviewer review reviews answered answer within seconds larger holds binary nothing something went wrong please tags tag
assigned assignee threshold below above hidden filters filter sort order highest said nobody person context statistic prediction supports refutes
quote event unknown scale already yours use used using written writes write read reads reading print printing printed finished finding
folding noise downloading comparing placing archiving gathering reached answer page's article's claim's connection refused reset timed network
unreachable trusted certificate closed host lookup looked spreadsheets presentations supported save it e-books old files whole damaged copied
memory kept newer release schema`.split(/\s+/),
);

const FRENCH = new Set(
  `le la les des du et est une pour avec dans pas sur par aux au ce cette ces qui que vous votre vos nous sans mais où ne son sa ses leur leurs ici
aucun aucune tous toutes tout entre après avant depuis selon chaque fichier affirmation affirmations rapport rapports justification auteur espace
travail sauvegarde sauvegardes enregistrer annuler fermer ouvrir importer exporter réglages trouvée trouvées écartée suggérée lire lu été être déjà`.split(/\s+/),
);

const FRENCH_LETTER = /[àâçéèêëîïôûùüÿœæ]/i;

/** Names of products, formats and people that are the same in both languages. */
const ALLOWED = new Set(
  `Factbench ClaimReview JSON JSON-LD HTML PDF DOCX CSV Markdown SHA-256 URL http https PolitiFact AFP ATS Word Excel PowerPoint OpenDocument
Pages WebP WAV PNG JPEG GIF TIFF HEIC AVIF SVG ZIP gzip 7-Zip RAR SQLite WebAssembly Ogg Chromium RTF MB Mo KB OK Covid-19 English Français
A4 UTC`.split(/\s+/),
);

const CODE_PATTERNS: [RegExp, string][] = [
  [/\{\{[^}]*\}\}/g, 'an unfilled placeholder'],
  [/\b(?:errors|history|progress|menu|dialog|settingName|fileType|reuse|panel|claims|export)\.[a-zA-Z-]+(?:\.[a-zA-Z-]+)*\b/g, 'a catalogue key'],
  [/\b(?:undefined|null|NaN)\b|\[object Object\]/g, 'a program value'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, 'an id'],
  [/(?<![\p{L}-])(?:in-progress|mostly-true|half-true|mostly-false|pants-on-fire|partly-false|missing-context|not-found|invalid-input|bad-request|import-failed|export-failed|settings-required|unknown-method|direct-quote|reported-speech|short-quote|named-entity|learned-ranker|marked-by-user|claim_source|claim_attachment|dismiss-match|linkedTo|mergedInto)(?![\p{L}-])/gu, 'an internal code'],
];

export interface Leak {
  word: string;
  why: string;
  context: string;
}

const context = (text: string, at: number) => text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ');

/** Codes anywhere, and words of the other language, in a text meant to be in `lang`. */
export function leaks(text: string, lang: 'en' | 'fr'): Leak[] {
  const out: Leak[] = [];
  for (const [re, why] of CODE_PATTERNS) for (const m of text.matchAll(re)) out.push({ word: m[0], why, context: context(text, m.index ?? 0) });
  // {article}, {slug}, {claim}: the placeholders a user types in the review address, shown as they are typed.
  const words = text.replace(/\{(?:article|slug|claim)\}/g, ' ');
  for (const m of words.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (ALLOWED.has(word)) continue;
    const lower = word.toLowerCase().replace(/^(?:l|d|qu|n|s|c|j)['’]/u, '');
    if (lang === 'fr' && ENGLISH.has(lower) && !FRENCH.has(lower)) out.push({ word, why: 'an English word', context: context(text, m.index ?? 0) });
    if (lang === 'en' && (FRENCH.has(lower) || FRENCH_LETTER.test(word))) out.push({ word, why: 'a French word', context: context(text, m.index ?? 0) });
  }
  return out;
}
