/**
 * Past-tense cues for the English ranker. "I terminated the individual
 * mandate", "We took away…", "I sold tank busters to Ukraine": a speaker
 * telling what someone did is the commonest check-worthy claim in debates, and
 * its words change with every election while its shape does not. A word list
 * and a suffix rule are enough for that shape; the learned weights decide how
 * much it counts.
 */

/** Subjects that make a past-tense verb an act someone claims ("I cut", "they raised"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', "i've", "we've", "he's", "they've", "you've"]);

/** Irregular past forms and participles (lower-case). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'got', 'took', 'sold', 'made', 'did', 'went', 'gave', 'paid', 'built', 'cut', 'lost', 'won', 'brought', 'bought',
  'left', 'put', 'said', 'told', 'sent', 'spent', 'kept', 'held', 'led', 'met', 'ran', 'saw', 'became', 'began',
  'came', 'grew', 'knew', 'wrote', 'fell', 'rose', 'broke', 'chose', 'drove', 'forgot', 'hid', 'hit', 'let', 'set',
  'shut', 'stood', 'taught', 'thought', 'understood', 'done', 'gone', 'given', 'taken', 'written', 'been', 'had',
  'was', 'were',
]);

/** Words in -ed that are not past tenses. */
const NOT_PAST: ReadonlySet<string> = new Set([
  'need', 'indeed', 'speed', 'feed', 'seed', 'united', 'hundred', 'proceed', 'succeed', 'exceed', 'agreed',
  'guaranteed', 'deed', 'weed', 'bleed', 'breed', 'greed', 'freed', 'naked', 'wicked', 'sacred', 'kindred',
]);

/** Whether a lower-cased word reads as a past tense or participle. */
export function isPastTense(word: string): boolean {
  if (word.length > 4 && word.charCodeAt(word.length - 1) === 100 /* d */ && word.charCodeAt(word.length - 2) === 101 /* e */) return !NOT_PAST.has(word);
  return IRREGULAR_PAST.has(word);
}
