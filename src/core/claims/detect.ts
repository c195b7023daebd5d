import type { CleanedArticle, DetectedClaim, Occurrence } from '../model';
import { guessLanguage, guessLanguageOfTokens } from '../text/language';
import { tokenize } from '../text/tokens';
import { attribute, mentionOf, newContext, speakerOf, type Attribution, type AttributionContext, type Mention } from './attribution';
import { collectCandidates, type Candidate } from './candidates';
import { classifyClaim } from './classify';
import { clusterItems, type ClusterItem } from './cluster';
import { SpeakerRegistry, type SpeakerEntry } from './coreference';
import { lexiconFor } from './lexicon';
import { compileLexicon, type CompiledLexicon } from './lexicon/compile';
import { checkWorthiness, englishRanker, learnedLogit, learnedReason } from './learned/ranker';
import { modelOffsetLogit, ruleLogit, ruleScore, round, sigmoid, sortReasons } from './score';
import { ShingleArena, tokenShingles } from './shingles';
import { analyzeSentence, factsOf, type AnalyzedSentence, type SentenceFacts } from './signals';
import { speakerKindOf } from './speaker-kind';
import { isSpeakerName } from './speaker-name';
import { ruleWeightsFor } from './weights';

export interface DetectOptions {
  /** Language of the article; null lets the detector decide. */
  language?: string | null;
  /**
   * Return only claims scoring at or above this (0–1). Defaults to the
   * language's calibrated threshold; pass 0 to get every candidate sentence
   * so the UI can move its own threshold.
   */
  minScore?: number;
}

/** The claims of an article and the speakers they were attributed to. */
export interface ClaimAnalysis {
  language: string;
  claims: DetectedClaim[];
  /** Canonical speakers with the mentions resolved to them, for the article's speaker list. */
  speakers: SpeakerEntry[];
}

type ArticleInput = Pick<CleanedArticle, 'body' | 'blocks' | 'folded' | 'meta'>;

/** What is kept of a candidate sentence after its single pass: its score, its facts, its attribution. */
interface Scored {
  index: number;
  logit: number;
  /** The English model's probability, when the model gave the sentence its score (it rated it above the rules). */
  probability: number | null;
  lang: string;
  facts: SentenceFacts;
  attribution: Attribution | null;
}

/** A sentence already analysed, kept so that its word-for-word repeats reuse the work. */
interface Seen {
  lang: string;
  attribution: Attribution | null;
  endsInQuote: boolean;
  quoted: boolean;
  mentioned: Mention | null;
  logit: number;
  probability: number | null;
  facts: SentenceFacts;
  key: number;
  shingles: Uint32Array;
}

/** Finds the check-worthy claims of a cleaned article. */
export function detectClaims(article: ArticleInput, options: DetectOptions = {}): DetectedClaim[] {
  return analyzeClaims(article, options).claims;
}

/**
 * One pass over the candidate sentences, in reading order: tokens, signals,
 * names, attribution and score are computed and the tokens dropped, so memory
 * stays proportional to the claims, not to the text. Speaker mentions are
 * resolved to canonical names after the pass, when every name of the article
 * is known. Then repeated sentences are clustered and the claims built.
 */
export function analyzeClaims(article: ArticleInput, options: DetectOptions = {}): ClaimAnalysis {
  const language = (options.language ?? article.meta.language ?? guessLanguage(article.body.slice(0, 5000), 'en') ?? 'en').slice(0, 2).toLowerCase();
  const candidates = collectCandidates(article, language);
  const registry = new SpeakerRegistry();
  const base = compileLexicon(lexiconFor(language));

  const attributions: (Attribution | null)[] = new Array<Attribution | null>(candidates.length).fill(null);
  const scored: Scored[] = [];
  const items: ClusterItem[] = [];
  const tracker = new ContextTracker();
  // A sentence met again word for word (a caption repeating the lead, a re-sent wire paragraph) is not analysed twice.
  const seen = new Map<string, Seen>();
  const arena = new ShingleArena();
  let paragraph = -1;
  let paragraphLang: string | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.paragraph !== paragraph) {
      paragraph = c.paragraph;
      paragraphLang = null;
    }
    const again = seen.get(c.text);
    if (again && c.partOf === null && again.lang === (paragraphLang ?? again.lang)) {
      paragraphLang ??= again.lang;
      tracker.before(c);
      attributions[i] = again.attribution;
      if (c.split) continue;
      tracker.afterFacts(again.attribution, again.endsInQuote, again.quoted, again.mentioned);
      scored.push({ index: i, logit: again.logit, probability: again.probability, lang: again.lang, facts: again.facts, attribution: again.attribution });
      items.push({ key: again.key, shingles: again.shingles, folded: c.folded !== null });
      continue;
    }
    const tokens = tokenize(c.text);
    // A paragraph in another language (an English caption in a French wire story) gets its own lexicon;
    // the language is guessed once per paragraph, from its first sentence long enough to tell.
    if (paragraphLang === null && tokens.length >= 14) paragraphLang = guessLanguageOfTokens(tokens, language) ?? language;
    const lang = paragraphLang ?? language;
    const compiled = lang === language ? base : compileLexicon(lexiconFor(lang));
    const sentence = analyzeSentence(c.text, compiled, lang, tokens);
    if (c.partOf === null) registry.observe(sentence.text, sentence.tokens, compiled, sentence.runs);

    const context = tracker.before(c);
    const whole = c.partOf !== null ? attributions[c.partOf] : null;
    const attribution = whole ?? attribute(sentence, compiled, registry, context);
    attributions[i] = attribution;
    let endsInQuote = false;
    for (const q of sentence.quotes.quotations) if (q.close === -1) endsInQuote = true;
    const quoted = sentence.quotes.quotations.length > 0;
    const mentioned = lastPerson(sentence, compiled);
    // The context follows real sentences: the pieces of a long quotation, not the whole they were cut from.
    if (!c.split) tracker.afterFacts(attribution, endsInQuote, quoted, mentioned);
    const facts = factsOf(sentence);
    // English: the model (plus the news signals debates lack) or the news rules, whichever rates the sentence higher.
    // The model knows the claims of debates; the rules know news' quotations, events and announcements, which
    // debate transcripts rarely hold. Other languages: the rules.
    const weights = ruleWeightsFor(lang);
    const rules = ruleLogit(sentence, attribution !== null, weights);
    const p = c.split || lang !== 'en' ? null : checkWorthiness(sentence);
    const model = p === null ? -Infinity : learnedLogit(p) + modelOffsetLogit(sentence, attribution !== null, weights);
    const probability = model > rules ? p : null;
    const logit = Math.max(rules, model);
    const { key, shingles } = tokenShingles(sentence.tokens, 2, arena);
    if (c.partOf === null) seen.set(c.text, { lang, attribution, endsInQuote, quoted, mentioned, logit, probability, facts, key, shingles });
    if (c.split) continue;
    scored.push({ index: i, logit, probability, lang, facts, attribution });
    items.push({ key, shingles, folded: c.folded !== null });
  }

  const clustering = clusterItems(items);
  const minScore = options.minScore ?? ruleWeightsFor(language).threshold;
  const built: { claim: DetectedClaim; group: number; position: number }[] = [];
  clustering.groups.forEach((members, g) => {
    let best = scored[members[0]!]!;
    for (const m of members) if (scored[m]!.logit > best.logit) best = scored[m]!;
    const repeated = members.length > 1 ? ruleWeightsFor(best.lang).repeated : 0;
    // Only groups that make the cut get a claim object, reasons, a type and a resolved speaker.
    if (sigmoid(best.logit + repeated) < minScore) return;
    const claim = buildClaim(
      members.map((m) => scored[m]!),
      best,
      candidates,
      registry,
    );
    const first = candidates[scored[members[0]!]!.index]!;
    const position = first.folded === null ? first.start : (article.folded[first.folded]?.position ?? article.body.length);
    built.push({ claim, group: g, position });
  });
  built.sort((a, b) => a.position - b.position);
  const indexOfGroup = new Map<number, number>();
  built.forEach((b, i) => indexOfGroup.set(b.group, i));
  for (const b of built) {
    const other = clustering.relatedTo[b.group]!;
    b.claim.relatedTo = other >= 0 ? (indexOfGroup.get(other) ?? null) : null;
  }
  const claims = built.map((b) => b.claim);
  const used = claims.map((c) => c.speaker).filter((s): s is string => s !== null);
  return { language, claims, speakers: registry.entries(used) };
}

/**
 * Carries the attribution context through the article in reading order: the
 * last speaker, whether a quotation is still running, the last person named.
 * Each folded line (a caption) stands alone: no speaker carries into or out of it.
 */
class ContextTracker {
  private context: AttributionContext = newContext();
  private fold: number | null = null;
  private ordinal = 0;

  before(c: Candidate): AttributionContext {
    if (c.folded !== this.fold) {
      this.fold = c.folded;
      this.context = newContext();
    }
    if (!c.split) this.ordinal++;
    this.context.index = this.ordinal;
    this.context.paragraph = c.paragraph;
    return this.context;
  }

  /** Updates the context after a sentence: its attribution, whether it ends inside a quotation, whether it quotes, the last person it names. */
  afterFacts(a: Attribution | null, endsInQuote: boolean, hasQuotation: boolean, mentioned: Mention | null): void {
    const context = this.context;
    if (a) {
      context.last = a;
      context.lastIndex = this.ordinal;
      context.lastParagraph = context.paragraph;
    }
    const quoted = a !== null && (a.via === 'quote' || a.via === 'continuation') && hasQuotation;
    context.lastWasQuote = quoted || (endsInQuote && (a !== null || context.lastWasQuote));
    if (a !== null && hasQuotation && (quoted || endsInQuote)) {
      context.lastQuote = a;
      context.lastQuoteIndex = this.ordinal;
    }
    if (mentioned) {
      context.lastMentioned = mentioned;
      context.mentionedIndex = this.ordinal;
    }
  }
}

/** The last person named in a sentence (a titled name, a full name, or a name with its role), outside quotations. */
function lastPerson(s: AnalyzedSentence, compiled: CompiledLexicon): Mention | null {
  const runs = s.runs;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    if (run.nameFrom >= run.to || s.quotes.inQuote[run.from]) continue;
    if (!run.titled && run.to - run.nameFrom < 2 && !run.role) continue;
    // "le Conseil d'Etat", "la Commission nationale": an institution is not who "il" or "elle" stands for.
    let institution = false;
    for (let k = run.nameFrom; k < run.to; k++) if (compiled.sets.institutions.has(s.tokens[k]!.lower)) institution = true;
    if (institution) continue;
    return mentionOf(s.text, s.tokens, run.nameFrom, run.to, compiled);
  }
  return null;
}

function buildClaim(group: readonly Scored[], best: Scored, candidates: readonly Candidate[], registry: SpeakerRegistry): DetectedClaim {
  const lead = group[0]!;
  const weights = ruleWeightsFor(lead.lang);
  const repeated = group.length > 1;
  const logit = best.logit + (repeated ? weights.repeated : 0);
  // The first occurrence with a speaker that makes a name (never punctuation, a pronoun or «Personne»: see speaker-name.ts).
  let attributed: Attribution | null = null;
  let resolved: { name: string; person: boolean } | null = null;
  for (const s of group) {
    const found = s.attribution ? speakerOf(s.attribution.mention, registry) : null;
    if (found && isSpeakerName(found.name)) {
      attributed = s.attribution;
      resolved = { name: found.name.replace(/\s+/gu, ' ').trim(), person: found.person };
      break;
    }
  }
  const speaker = resolved?.name ?? null;
  const bestFound = best.attribution ? speakerOf(best.attribution.mention, registry) : null;
  const bestSpeaker = bestFound && isSpeakerName(bestFound.name) ? bestFound.name : null;
  const text = candidates[best.index]!.text;
  // The model's words are explained for the suggestions only: the sentence is analysed again, once, here.
  const explanation = best.probability === null ? null : englishRanker.explain(analyzeSentence(text, compileLexicon(lexiconFor('en')), 'en'));
  const reasons = ruleScore(best.facts, text, bestSpeaker, weights, false, explanation?.signals ?? null).reasons;
  if (best.probability !== null) reasons.push(learnedReason(best.probability, explanation));
  if (repeated) reasons.push({ code: 'repeated', evidence: `${group.length} occurrences`, weight: round(weights.repeated) });
  const anchors: Occurrence[] = [];
  for (const s of group) {
    const c = candidates[s.index]!;
    anchors.push(c.folded === null ? { start: c.start, end: c.end } : { start: c.start, end: c.end, folded: c.folded });
  }
  anchors.sort((a, b) => (a.folded ?? -1) - (b.folded ?? -1) || a.start - b.start);
  return {
    text: candidates[lead.index]!.text,
    type: classifyClaim(lead.facts, lead.attribution),
    speaker,
    speakerEvidence: attributed ? attributed.evidence || speaker : null,
    speakerKind: resolved ? speakerKindOf(resolved, attributed!, registry) : null,
    score: round(sigmoid(logit)),
    reasons: sortReasons(reasons),
    anchors,
    relatedTo: null,
  };
}
