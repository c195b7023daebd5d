/**
 * franc-min's language ranking (`francAll`), computed the same way on the same
 * data, only faster: franc compares every trigram of the sample with the
 * profile of each of the ~60 languages of its script through `in` on a
 * 300-key object, which made detection half the cost of a text import. Here
 * the profiles are inverted once, on first use, into one table from trigram to
 * the languages that list it; a sample then costs one lookup per distinct
 * trigram. Trigrams are read as numbers (three UTF-16 code units), so no
 * string is made per trigram.
 *
 * The scores are franc's to the last bit: the distances are sums of integers
 * (order does not matter), ties keep the data's language order (a stable
 * sort, as franc's), and the normalisation is franc's formula. The unit test
 * compares the two on texts in many languages and scripts.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants (franc-min 6.2.0). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  /** The script's languages, in the data's order (which breaks ties). */
  languages: string[];
  /** Trigram (as a number) → pairs of (language index, rank in that language's profile). */
  postings: Map<number, number[]>;
}

const models = new Map<string, ScriptModel>();

const SMALL_KEYS = 2 ** 30;

/**
 * Three code units as one number. Below U+0400 (Latin, Greek, Cyrillic's start)
 * the key is a small integer, which V8 keeps unboxed and hashes fastest; other
 * trigrams take 48 bits above 2^30, so the two ranges never meet.
 */
function trigramKey(a: number, b: number, c: number): number {
  return (a | b | c) < 0x400 ? (a << 20) | (b << 10) | c : SMALL_KEYS + a * 4294967296 + b * 65536 + c;
}


function modelOf(script: string): ScriptModel {
  let model = models.get(script);
  if (model) return model;
  const profiles = data[script]!;
  const languages = Object.keys(profiles);
  const postings = new Map<number, number[]>();
  languages.forEach((language, index) => {
    const trigrams = profiles[language]!.split('|');
    // franc keeps the first rank of a trigram listed twice.
    const seen = new Set<string>();
    trigrams.forEach((trigram, rank) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      // A profile entry that is not three code units can never equal a sample's trigram.
      if (trigram.length !== 3) return;
      const key = trigramKey(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));
      const list = postings.get(key);
      if (list) list.push(index, rank);
      else postings.set(key, [index, rank]);
    });
  });
  model = { languages, postings };
  models.set(script, model);
  return model;
}

const SCRIPTS = Object.keys(expressions);
/**
 * For each code unit below 0x250 (ASCII and Latin, most of any European text)
 * and of general punctuation (U+2000–U+206F: the ’ “ ” — … of news text), the
 * scripts whose expression matches it: one pass over such a sample counts
 * every script, where franc runs each script's expression over it. (Every
 * expression matches one code unit, or a surrogate pair, which cannot start
 * in these ranges: on such a sample a match is one tabled code unit.)
 */
const LOW = 0x250;
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x2070;
const tabledScripts: number[][] = Array.from({ length: PUNCTUATION_END }, () => []);
SCRIPTS.forEach((script, index) => {
  const single = new RegExp(`^(?:${expressions[script]!.source})$`, expressions[script]!.flags.replace('g', ''));
  for (let c = 0; c < PUNCTUATION_END; c++) {
    if (c >= LOW && c < PUNCTUATION_START) continue;
    if (single.test(String.fromCharCode(c))) tabledScripts[c]!.push(index);
  }
});

function countScripts(value: string): number[] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= LOW && c < PUNCTUATION_START) || c >= PUNCTUATION_END) {
      // Another script is present: count every script with its own expression, as franc does.
      return SCRIPTS.map((script) => value.match(expressions[script]!)?.length ?? 0);
    }
    for (const s of tabledScripts[c]!) counts[s]!++;
  }
  return counts;
}

/** franc's `getTopScript`: the script whose characters are the most frequent, the first on a tie. */
function topScript(value: string): [string | undefined, number] {
  const matches = countScripts(value);
  let topCount = -1;
  let top: string | undefined;
  for (let s = 0; s < SCRIPTS.length; s++) {
    const count = matches[s]! / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = SCRIPTS[s];
    }
  }
  return [top, topCount];
}

/** trigram-utils' `clean`: ASCII punctuation and digits become spaces, spaces collapse, lower case. */
function cleanSample(value: string): string {
  return value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Distinct trigrams of the padded, cleaned sample and how often each occurs. */
function countTrigrams(value: string): Map<number, number> {
  const text = ' ' + cleanSample(value) + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const key = trigramKey(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * `francAll(value, { minLength })`: every language of the sample's script with
 * a score from 1 (closest) down, or `[['und', 1]]` when the text is too short
 * or has no letters.
 */
export function rankLanguages(value: string, minLength = 10): [string, number][] {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, count] = topScript(sample);
  if (!script || !(script in data)) {
    if (!script || count === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const { languages, postings } = modelOf(script);
  const distances = new Float64Array(languages.length);
  const counts = countTrigrams(sample);
  // Every trigram costs MAX_DIFFERENCE in a language that lacks it; the postings correct the languages that have it.
  const base = counts.size * MAX_DIFFERENCE;
  for (const [key, occurrences] of counts) {
    const list = postings.get(key);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 2) {
      distances[list[k]!]! += Math.abs(occurrences - list[k + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  const ranked: [string, number][] = languages.map((language, index) => [language, base + distances[index]!]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
