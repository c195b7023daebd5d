/**
 * A claim's short summary: what ClaimReview publishes as `claimReviewed`
 * (Google shows it in a search result, and recommends a short one) and what the
 * reports show beside the full sentence. Stored only when a fact-checker edits
 * it; until then it is made from the claim's text by `autoSummary`, so it
 * follows the text through edits, merges and splits.
 */

export const SUMMARY_MAX = 75;

/**
 * Words a phrase does not end on (articles, prepositions, conjunctions,
 * relative pronouns, auxiliaries) in French and English: a cut just after one
 * of them leaves the phrase open ("…la Corée du Nord et la…").
 */
const DANGLING = new Set(
  (
    'le la les l un une des du de d au aux à a et ou ni mais donc or car que qu qui dont où ce cet cette ces son sa ses leur leurs ' +
    'mon ma mes notre nos votre vos en dans par pour sur sous avec sans entre vers chez selon après avant depuis pendant contre ' +
    'comme si ne n pas plus très est sont été être avait ont sera serait se s y lors ' +
    'the a an and or nor but so of to in on at by for with from into onto about as than that which who whom whose what when where ' +
    'if is are was were be been being has have had will would shall should can could may might must its his her their our your my ' +
    'this these those not no very more most between after before since during against under over'
  ).split(' '),
);

/** Where a phrase ends inside a sentence: after these marks (the mark stays with the phrase when it closes something). */
const PHRASE_END = /[.!?…,;:)\]»”—–]/u;

/** Leading and trailing marks that make no sense once the phrase is cut out. */
const OPEN_TAIL = /[\s.!?…,;:«"“([—–-]+$/u;

function lastWord(s: string): string {
  const m = /([\p{L}\p{N}]+)[’']?$/u.exec(s);
  return m ? m[1]!.toLowerCase() : '';
}

/** Drops trailing words a phrase cannot end on ("…du Nord et la" → "…du Nord"). */
function closePhrase(s: string): string {
  let out = s.replace(OPEN_TAIL, '');
  for (let guard = 0; guard < 8; guard++) {
    const word = lastWord(out);
    if (!word || !DANGLING.has(word)) break;
    const cut = out.slice(0, out.length - word.length).replace(/[’']$/u, '');
    if (cut.trim().length < SUMMARY_MAX / 3) break; // never strip a short summary down to nothing
    out = cut.replace(OPEN_TAIL, '');
  }
  return out;
}

/** Keeps « » and " " balanced: a summary that opens a quotation closes it, or drops the opening mark. */
function balanceQuotes(s: string): string {
  const opens = (s.match(/«/g) ?? []).length;
  const closes = (s.match(/»/g) ?? []).length;
  if (opens > closes) return s.replace(/«\s*(?!.*«)/u, '');
  return s;
}

/**
 * The claim in at most 75 characters: whole when it fits; else the longest
 * beginning that ends at a phrase boundary (a comma, a colon, a closing quote or
 * bracket, a dash, a sentence's end) and keeps at least half the room, else at a word that can end
 * a phrase, followed by "…". Never cut inside a word.
 */
export function autoSummary(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_MAX) return flat;
  const room = SUMMARY_MAX - 1; // the "…"
  // Word boundaries within the room: positions where a space follows.
  let bestPhrase = -1;
  let bestWord = -1;
  for (let i = 1; i <= room; i++) {
    if (flat[i] !== ' ' && i !== room) continue;
    if (i === room && flat[i] !== ' ') break; // the room ends inside a word
    const before = flat.slice(0, i);
    bestWord = i;
    if (PHRASE_END.test(flat[i - 1]!) || /\s[—–-]$/u.test(before)) bestPhrase = i;
  }
  const cutAt = bestPhrase >= room / 2 ? bestPhrase : bestWord;
  const head = cutAt > 0 ? flat.slice(0, cutAt) : flat.slice(0, room);
  const closed = balanceQuotes(closePhrase(head));
  return `${closed}…`;
}

/** What a claim publishes and shows as its summary: the edited one, else the automatic one. */
export function claimSummary(claim: { text: string; summary?: string | null }): string {
  const own = claim.summary?.trim();
  return own ? own : autoSummary(claim.text);
}
