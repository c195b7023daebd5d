import type { SpeakerKind as ClaimSpeakerKind } from '../model';
import type { SpeakerKind } from './input';

/**
 * Whether a speaker is a person or an organisation, for ClaimReview's
 * `itemReviewed.author`. News writing names institutions by their seat
 * ("Washington", "le Kremlin", "Pyongyang"), by acronyms ("OTAN", "UN") or by
 * institutional words ("the ministry", "le gouvernement"); those are
 * Organization. Anything else is taken for a Person. A workspace that knows
 * better passes `speakerKinds` in the report input.
 */

/** Seats of power and countries that stand for a government in news copy (lower case). */
const SEATS = new Set([
  'washington', 'kremlin', 'le kremlin', 'the kremlin', 'maison blanche', 'la maison blanche', 'white house', 'the white house',
  'pentagon', 'pentagone', 'le pentagone', 'the pentagon', 'élysée', "l'élysée", 'elysee', 'matignon', 'downing street', 'whitehall',
  'moscou', 'moscow', 'pékin', 'beijing', 'pyongyang', 'séoul', 'seoul', 'kiev', 'kyiv', 'londres', 'london', 'paris', 'berlin',
  'bruxelles', 'brussels', 'tokyo', 'téhéran', 'tehran', 'jérusalem', 'jerusalem', 'ankara', 'berne', 'bern', 'genève', 'geneva',
  'taipei', 'damas', 'damascus', 'minsk', 'varsovie', 'warsaw', 'rome', 'madrid', 'ottawa', 'canberra', 'new delhi', 'brasilia',
  'états-unis', 'les états-unis', 'etats-unis', 'united states', 'the united states', 'us', 'usa', 'russie', 'la russie', 'russia',
  'chine', 'la chine', 'china', 'corée du nord', 'la corée du nord', 'north korea', 'ukraine', "l'ukraine", 'suisse', 'la suisse',
  'switzerland', 'france', 'la france', 'allemagne', "l'allemagne", 'germany', 'iran', "l'iran", 'israël', 'israel',
]);

/** Words that make a name an institution, in French and English (lower case, whole words). */
const INSTITUTION_WORDS =
  /(^|[\s'’(-])(gouvernement|government|ministère|ministry|ministre des|département|department|office|agence|agency|administration|parlement|parliament|sénat|senate|congrès|congress|conseil|council|commission|committee|comité|cour|court|tribunal|police|armée|army|navy|marine|état-major|parti|party|union|nations|organisation|organization|institut|institute|université|university|banque|bank|fédération|federation|association|ambassade|embassy|porte-parole du|spokesperson for|fondation|foundation|société|company|group|groupe|inc|ltd|corp|gmbh|sa|ag|analystes|analysts|experts|officials|responsables|autorités|authorities|médias|media|télévision|television|agences|press)(?=$|[\s.,)'’-])/i;

/** "UN", "OTAN", "KCNA", "U.S." — two or more capitals, digits or dots and nothing else. */
const ACRONYM = /^(?:[A-Z0-9]{2,}|(?:[A-Z]\.){2,})$/;

export function speakerKind(name: string, known?: Record<string, SpeakerKind>): SpeakerKind {
  const exact = known?.[name];
  if (exact) return exact;
  const n = name.trim();
  const lower = n.toLowerCase();
  if (SEATS.has(lower) || ACRONYM.test(n) || INSTITUTION_WORDS.test(lower)) return 'Organization';
  return 'Person';
}

/** What detection (or a fact-checker) says a speaker is: null when unknown, absent on report inputs built without it. */
export type DetectedSpeakerKind = ClaimSpeakerKind | null | undefined;

/**
 * The schema.org type of who made a claim, for ClaimReview's
 * `itemReviewed.author`: the speaker kind the claim carries when attribution
 * gave one, else the workspace's own list, else `speakerKind()`'s inference
 * (Organization only for seats of power, acronyms and institutional words;
 * a name is a Person). The one place that decides it.
 */
export function claimAuthorType(claim: { speaker: string | null; speakerKind?: DetectedSpeakerKind }, known?: Record<string, SpeakerKind>): SpeakerKind {
  if (claim.speakerKind === 'organisation') return 'Organization';
  if (claim.speakerKind === 'person') return 'Person';
  return speakerKind(claim.speaker ?? '', known);
}
