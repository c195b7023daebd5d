import type { SpeakerKind } from '../model';
import type { Attribution, Mention } from './attribution';
import type { SpeakerRegistry } from './coreference';
import { tokenize } from '../text/tokens';
import { isAcronym } from './names';

/**
 * Whether a claim's speaker is a person or an organisation, for ClaimReview's
 * author type: an organisation when its name or the words that named it hold an
 * organisation noun or an acronym, or the article named it as one (a phrase
 * headed by "préfecture", "agency"…, a place standing for its authorities:
 * "à Lausanne"); a person when the article named it as one (a title, a role,
 * a first and last name); otherwise an organisation, as news copy names
 * governments by their seat ("Washington", «Berne»).
 */
export function speakerKindOf(resolved: { name: string; person: boolean }, attribution: Attribution, registry: SpeakerRegistry): SpeakerKind {
  const mention = concrete(attribution.mention);
  const compiled = mention.compiled;
  const words = mention.tokens.length > 0 ? mention.tokens : [];
  // The name decides, not the words around it («l'avocat de la défense, Maître Olivier Brunet» is a person).
  const nameWords = resolved.name.toLowerCase().split(/[\s'’]+/u);
  const organisationWord = nameWords.some((w) => compiled.sets.organisations.has(w) || compiled.sets.journalNouns.has(w)) || tokenize(resolved.name).some((t) => isAcronym(t));
  if (organisationWord || attribution.document || registry.isOrganisation(resolved.name) || /^[A-Z0-9]{2,8}$/u.test(resolved.name)) return 'organisation';
  const s = compiled.sets;
  const personCue = words.some((t) => s.titles.has(t.lower) || s.roles.has(t.lower) || s.professions.has(t.lower) || s.personPronouns.has(t.lower));
  if (resolved.person || personCue) return 'person';
  return resolved.name.trim().split(/\s+/u).length >= 2 && /^\p{Lu}/u.test(resolved.name) ? 'person' : 'organisation';
}

/** The mention a study's deferred authors stand for (its authors, else its journal). */
function concrete(mention: Mention): Mention {
  const d = mention.deferred;
  return d ? concrete(d.target ?? d.fallback ?? { ...mention, deferred: undefined }) : mention;
}
