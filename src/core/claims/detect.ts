import type { CleanedArticle, ClaimType, DetectedClaim, Occurrence, ScoreReason } from '../model';
import { guessLanguage } from '../text/language';
import { attribute, newContext, type Attribution } from './attribution';
import { collectCandidates, type Candidate } from './candidates';
import { classifyClaim } from './classify';
import { clusterItems } from './cluster';
import { SpeakerRegistry, type SpeakerEntry } from './coreference';
import { compileLexicon, type CompiledLexicon } from './lexicon/compile';
import { lexiconFor } from './lexicon';
import { learnedScore } from './learned/ranker';
import { nameRuns, nameText } from './names';
import { ruleScore, round, sigmoid, sortReasons } from './score';
import { matchWords, shingles } from './shingles';
import { analyzeSentence, type AnalyzedSentence } from './signals';
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

interface Scored {
  candidate: Candidate;
  sentence: AnalyzedSentence;
  attribution: Attribution | null;
  type: ClaimType;
  logit: number;
  reasons: ScoreReason[];
  lang: string;
}

/** Finds the check-worthy claims of a cleaned article. */
export function detectClaims(article: ArticleInput, options: DetectOptions = {}): DetectedClaim[] {
  return analyzeClaims(article, options).claims;
}

export function analyzeClaims(article: ArticleInput, options: DetectOptions = {}): ClaimAnalysis {
  const language = (options.language ?? article.meta.language ?? guessLanguage(article.body.slice(0, 5000), 'en') ?? 'en').slice(0, 2).toLowerCase();
  const candidates = collectCandidates(article, language);

  const sentences: AnalyzedSentence[] = [];
  const lexicons: CompiledLexicon[] = [];
  const registry = new SpeakerRegistry();
  for (const c of candidates) {
    // A caption in another language (an English caption in a French wire story) gets its own lexicon.
    const lang = c.text.length > 80 ? (guessLanguage(c.text, language) ?? language) : language;
    const compiled = compileLexicon(lexiconFor(lang));
    const sentence = analyzeSentence(c.text, compiled, lang);
    sentences.push(sentence);
    lexicons.push(compiled);
    if (c.partOf === null) registry.observe(sentence.text, sentence.tokens, compiled);
  }

  const attributions = attributeAll(candidates, sentences, lexicons, registry);

  const scored: Scored[] = [];
  const items = [];
  const itemOf: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.split) continue;
    const sentence = sentences[i]!;
    const attribution = attributions[i] ?? null;
    const lang = lexicons[i]!.lexicon.lang;
    const rules = ruleScore(sentence, attribution, ruleWeightsFor(lang), false);
    const learned = lang === 'en' ? learnedScore(sentence) : null;
    const logit = learned ? rules.logit + learned.logit : rules.logit;
    const reasons = learned ? [...rules.reasons, ...learned.reasons] : rules.reasons;
    scored.push({ candidate: c, sentence, attribution, type: classifyClaim(sentence, attribution), logit, reasons, lang });
    const words = matchWords(c.text);
    items.push({ key: words.join(' '), shingles: shingles(words, 2), folded: c.folded !== null });
    itemOf.push(scored.length - 1);
  }

  const clustering = clusterItems(items);
  const minScore = options.minScore ?? ruleWeightsFor(language).threshold;
  const built: { claim: DetectedClaim; group: number; position: number }[] = [];
  clustering.groups.forEach((members, g) => {
    const group = members.map((m) => scored[itemOf[m]!]!);
    const claim = buildClaim(group);
    if (claim.score < minScore) return;
    const first = group[0]!.candidate;
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

function attributeAll(candidates: readonly Candidate[], sentences: readonly AnalyzedSentence[], lexicons: readonly CompiledLexicon[], registry: SpeakerRegistry): (Attribution | null)[] {
  const out: (Attribution | null)[] = new Array(candidates.length).fill(null);
  let context = newContext();
  let currentFold: number | null = null;
  let ordinal = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.folded !== currentFold) {
      // Each folded line (a caption) stands alone: no speaker carries into or out of it.
      currentFold = c.folded;
      context = newContext();
    }
    const s = sentences[i]!;
    const compiled = lexicons[i]!;
    if (c.partOf === null) ordinal++;
    context.index = ordinal;
    const whole = c.partOf !== null ? out[c.partOf] : null;
    const a = whole ?? attribute({ text: s.text, tokens: s.tokens, quotes: s.quotes, hits: s.hits }, compiled, registry, context);
    out[i] = a;
    if (c.partOf !== null) continue;
    if (a) {
      context.last = a;
      context.lastIndex = ordinal;
    }
    const endsInQuote = s.quotes.quotations.some((q) => q.close === -1);
    const quoted = a !== null && (a.via === 'quote' || a.via === 'continuation') && s.quotes.quotations.length > 0;
    context.lastWasQuote = quoted || (endsInQuote && (a !== null || context.lastWasQuote));
    const mentioned = lastPerson(s, compiled, registry);
    if (mentioned) {
      context.lastMentioned = mentioned;
      context.mentionedIndex = ordinal;
    }
  }
  return out;
}

function lastPerson(s: AnalyzedSentence, compiled: CompiledLexicon, registry: SpeakerRegistry): { speaker: string; person: boolean } | null {
  const runs = nameRuns(s.tokens, compiled, 0, false);
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    if (run.nameFrom >= run.to || s.quotes.inQuote[run.from]) continue;
    if (!run.titled && run.to - run.nameFrom < 2 && !run.role) continue;
    const found = registry.canonical(nameText(s.text, s.tokens, run.nameFrom, run.to));
    if (found.person || run.titled || run.role) return { speaker: found.name, person: true };
  }
  return null;
}

function buildClaim(group: readonly Scored[]): DetectedClaim {
  const lead = group[0]!;
  let best = lead;
  for (const s of group) if (s.logit > best.logit) best = s;
  const repeated = group.length > 1;
  const weights = ruleWeightsFor(lead.lang);
  const logit = best.logit + (repeated ? weights.repeated : 0);
  const reasons = [...best.reasons];
  if (repeated) reasons.push({ code: 'repeated', evidence: `${group.length} occurrences`, weight: round(weights.repeated) });
  const attributed = group.find((s) => s.attribution !== null)?.attribution ?? null;
  const anchors: Occurrence[] = [];
  for (const s of group) {
    const c = s.candidate;
    anchors.push(c.folded === null ? { start: c.start, end: c.end } : { start: c.start, end: c.end, folded: c.folded });
  }
  anchors.sort((a, b) => (a.folded ?? -1) - (b.folded ?? -1) || a.start - b.start);
  return {
    text: lead.candidate.text,
    type: lead.type,
    speaker: attributed ? attributed.speaker : null,
    speakerEvidence: attributed ? attributed.evidence || attributed.speaker : null,
    score: round(sigmoid(logit)),
    reasons: sortReasons(reasons),
    anchors,
    relatedTo: null,
  };
}
