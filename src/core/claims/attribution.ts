import type { Token } from '../text/tokens';
import type { SpeakerRegistry } from './coreference';
import type { CompiledLexicon, LexiconHit } from './lexicon/compile';
import type { QuoteLayout } from './quoting';

/** Who a sentence attributes its content to, and the words that say so. */
export interface Attribution {
  speaker: string;
  /** The attributing words ("a dit M. Kim", "selon Washington"). */
  evidence: string;
  person: boolean;
  /**
   * How the speaker was found: next to a quotation, as the subject of a
   * reporting verb, after "selon"/"according to", a pronoun or back-reference
   * carried from the previous attributed sentence, or a quotation continuing one.
   */
  via: 'quote' | 'subject' | 'according' | 'pronoun' | 'continuation';
  /** The reporting verb's class, when a verb attributes. */
  verb: 'speech' | 'report' | null;
}

/** What carries from one sentence to the next within an article. */
export interface AttributionContext {
  last: Attribution | null;
  /** The sentence before ended inside or right after a quotation by `last`. */
  lastWasQuote: boolean;
  /** The last person named in the text so far, for a pronoun before any attribution ("he said"). */
  lastMentioned: { speaker: string; person: boolean } | null;
}

export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  quotes: QuoteLayout;
  hits: readonly LexiconHit[];
}

export function attribute(view: SentenceView, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const verbs = view.hits.filter((h) => (h.category === 'speechVerbs' || h.category === 'reportVerbs') && !view.quotes.inQuote[h.from]);
  const found: Attribution[] = [];
  for (const hit of verbs) {
    const a = fromVerb(view, hit, compiled, registry, context);
    if (a) found.push(a);
  }
  // A verb right next to a quotation attributes it: «…», a dit M. Kim / “…,” he said.
  const byQuote = found.find((a) => a.via === 'quote');
  if (byQuote) return byQuote;
  if (found.length > 0) return found[0]!;

  for (const hit of view.hits) {
    if (hit.category === 'backReferences' && context.last && !view.quotes.inQuote[hit.from]) {
      return { ...context.last, evidence: span(view, hit.from, hit.to), via: 'pronoun' };
    }
  }
  for (const hit of view.hits) {
    if (hit.category !== 'according' || view.quotes.inQuote[hit.from]) continue;
    const a = fromAccording(view, hit, compiled, registry);
    if (a) return a;
  }
  // A sentence that opens a quotation, or lies inside one, continues the last quoted speaker.
  const q = view.quotes.quotations[0];
  if (q && context.last && context.lastWasQuote && (q.open === -1 || q.open === 0) && !hasOwnSubject(view)) {
    return { ...context.last, via: 'continuation', evidence: context.last.evidence };
  }
  return null;
}

function fromVerb(view: SentenceView, hit: LexiconHit, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const { tokens } = view;
  const verb: Attribution['verb'] = hit.category === 'speechVerbs' ? 'speech' : 'report';
  // The verb group: auxiliaries and fillers before it ("a encore déclaré", "avait indiqué").
  let groupStart = hit.from;
  for (;;) {
    const prev = tokens[groupStart - 1];
    if (prev && compiled.sets.auxiliaries.has(prev.lower)) {
      groupStart--;
      continue;
    }
    const filler = fillerEndingAt(view, groupStart, compiled);
    if (filler > 0 && filler < groupStart) {
      groupStart = filler;
      continue;
    }
    break;
  }
  // "a-t-il dit", "estime-t-elle": the subject is a pronoun glued to the verb.
  const glued = /-t-(il|elle|ils|elles)$|^(a|avait)-t-(il|elle)$/i.test(tokens[hit.from]!.text) || /-t-(il|elle)$/i.test(tokens[groupStart]!.text);
  const before = tokens[groupStart - 1];
  const gap = before ? view.text.slice(before.end, tokens[groupStart]!.start) : '';
  const quoteClose = before !== undefined && (before.text === '»' || before.text === '”' || before.text === '"') ? true : /[»”"]/.test(gap);
  const clauseStart = !before || quoteClose || /[,;:]/.test(gap) || before.text === ',' || before.lower === "qu'" || before.lower === 'que';

  if (glued) return carried(context, span(view, groupStart, hit.to), quoteClose ? 'quote' : 'pronoun', verb);

  if (clauseStart) {
    // Inverted subject: «…», a dit M. Kim / , estime Berne / “…,” said Smith.
    let k = skipFillers(view, hit.to, compiled);
    const end = phraseEnd(view, k, compiled);
    if (end > k && startsPhrase(tokens[k]!, compiled)) {
      if (isPronoun(tokens[k]!, compiled)) return carried(context, span(view, groupStart, end), quoteClose ? 'quote' : 'pronoun', verb);
      const resolved = resolvePhrase(view, k, end, compiled, registry);
      if (resolved) return { ...resolved, evidence: span(view, groupStart, end), via: quoteClose ? 'quote' : 'subject', verb };
    }
    if (!before || before.text === '»' || before.text === '”') return null;
  }

  // Subject before the verb: "Washington craint que", "le porte-parole du Kremlin, Dmitri Peskov, avait indiqué".
  let k = groupStart - 1;
  if (tokens[k]?.text === ',') k--;
  const subjectEnd = k + 1;
  let stoppedByConjunction = false;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'mark' || t.lower === "qu'" || t.lower === 'que' || t.lower === 'that') break;
    if (compiled.sets.phraseStoppers.has(t.lower) && !compiled.sets.phraseConnectors.has(t.lower)) {
      stoppedByConjunction = t.lower === 'et' || t.lower === 'and';
      break;
    }
    if (subjectEnd - k > 10) break;
    k--;
  }
  const subjectStart = k + 1;
  if (subjectStart >= subjectEnd) {
    if (stoppedByConjunction) return firstNameSubject(view, groupStart, hit.to, compiled, registry, verb);
    return null;
  }
  const quoteBefore = tokens[subjectStart - 1];
  const nearQuote = quoteBefore !== undefined && (quoteBefore.text === '”' || quoteBefore.text === '»' || quoteBefore.text === '"');
  const first = tokens[subjectStart]!;
  if (isPronoun(first, compiled) && subjectEnd - subjectStart === 1) {
    return carried(context, span(view, subjectStart, hit.to), nearQuote || quoteOpensAfter(view, hit.to) ? 'quote' : 'pronoun', verb);
  }
  const resolved = resolvePhrase(view, subjectStart, subjectEnd, compiled, registry);
  if (!resolved) return null;
  return { ...resolved, evidence: span(view, subjectStart, hit.to), via: nearQuote || quoteOpensAfter(view, hit.to) ? 'quote' : 'subject', verb };
}

/** A pronoun subject: the last attributed speaker, else the last person named. */
function carried(context: AttributionContext, evidence: Attribution['evidence'], via: Attribution['via'], verb: Attribution['verb']): Attribution | null {
  const from = context.last ?? (context.lastMentioned ? { ...context.lastMentioned } : null);
  if (!from) return null;
  return { speaker: from.speaker, person: from.person, evidence, via, verb };
}

function fromAccording(view: SentenceView, hit: LexiconHit, compiled: CompiledLexicon, registry: SpeakerRegistry): Attribution | null {
  const { tokens } = view;
  const start = hit.to;
  let end = phraseEnd(view, start, compiled);
  if (end <= start) return null;
  let head = start;
  while (head < end && compiled.sets.determiners.has(tokens[head]!.lower)) head++;
  const headWord = tokens[head]?.lower ?? '';
  if (compiled.sets.nonAgents.has(headWord)) return null;
  if (compiled.sets.documentNouns.has(headWord)) {
    // "selon une vidéo publiée par le Kremlin": the author of the document speaks.
    for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
      if (compiled.sets.agentPrepositions.has(tokens[k]!.lower)) {
        const agentEnd = phraseEnd(view, k + 1, compiled);
        if (agentEnd > k + 1) {
          const agent = resolvePhrase(view, k + 1, agentEnd, compiled, registry);
          if (agent) return { ...agent, evidence: span(view, hit.from, agentEnd), via: 'according', verb: null };
        }
        break;
      }
    }
    // A document of the outlet's own ("selon des images") has no speaker.
    end = Math.min(end, head + 1);
  }
  const resolved = resolvePhrase(view, start, end, compiled, registry);
  return resolved ? { ...resolved, evidence: span(view, hit.from, end), via: 'according', verb: null } : null;
}

/** "L'OFAG retire … et considère": the subject is the sentence's first name. */
function firstNameSubject(view: SentenceView, before: number, verbEnd: number, compiled: CompiledLexicon, registry: SpeakerRegistry, verb: Attribution['verb']): Attribution | null {
  const { tokens } = view;
  for (let i = 0; i < before; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.capitalized && !compiled.sets.notNames.has(t.lower) && !view.quotes.inQuote[i]) {
      const end = phraseEnd(view, i, compiled);
      const resolved = resolvePhrase(view, i, Math.max(end, i + 1), compiled, registry);
      if (resolved) return { ...resolved, evidence: span(view, i, verbEnd), via: 'subject', verb };
    }
    if (t.kind === 'word' && !t.capitalized && !compiled.sets.determiners.has(t.lower)) return null;
  }
  return null;
}

function resolvePhrase(view: SentenceView, from: number, to: number, compiled: CompiledLexicon, registry: SpeakerRegistry): { speaker: string; person: boolean } | null {
  const r = registry.resolve(view.text, view.tokens, from, to, compiled);
  if (!r) return null;
  return { speaker: r.name, person: r.person };
}

/** A noun phrase can start here: a name, a title, a determiner, a possessive, a role or a pronoun. */
function startsPhrase(t: Token, compiled: CompiledLexicon): boolean {
  if (t.kind !== 'word') return false;
  const s = compiled.sets;
  return t.capitalized || s.determiners.has(t.lower) || s.possessives.has(t.lower) || s.roles.has(t.lower) || s.titles.has(t.lower) || isPronoun(t, compiled);
}

function isPronoun(t: Token, compiled: CompiledLexicon): boolean {
  return compiled.sets.personPronouns.has(t.lower) || compiled.sets.pluralPronouns.has(t.lower);
}

/** End (exclusive) of the noun phrase starting at `from`: stops at punctuation and stop words, at most 8 tokens. */
function phraseEnd(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  const { tokens } = view;
  let k = from;
  while (k < tokens.length && k - from < 8) {
    const t = tokens[k]!;
    if (t.kind === 'mark') break;
    if (k > from && !joined(view, tokens[k - 1]!, t, compiled)) break;
    if (k > from && compiled.sets.phraseStoppers.has(t.lower) && !compiled.sets.phraseConnectors.has(t.lower)) break;
    if (k > from && compiled.sets.dateWords.has(t.lower)) break;
    k++;
  }
  // A phrase never ends on a connector ("porte-parole du").
  while (k > from && compiled.sets.phraseConnectors.has(tokens[k - 1]!.lower)) k--;
  return k;
}

/** Two tokens of one phrase: only spaces between them, or the period of a title ("M. Kim", "Dr. Ho"). */
function joined(view: SentenceView, a: Token, b: Token, compiled: CompiledLexicon): boolean {
  const gap = view.text.slice(a.end, b.start);
  if (gap.trim() === '') return true;
  return gap.trim() === '.' && (compiled.sets.titles.has(a.lower) || (a.text.length === 1 && a.capitalized));
}

function skipFillers(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  let k = from;
  for (;;) {
    const f = fillerStartingAt(view, k, compiled);
    if (f <= k) return k;
    k = f;
  }
}

function fillerStartingAt(view: SentenceView, at: number, compiled: CompiledLexicon): number {
  for (const filler of compiled.fillers) {
    let ok = true;
    for (let j = 0; j < filler.length; j++) {
      if (view.tokens[at + j]?.lower !== filler[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return at + filler.length;
  }
  return at;
}

/** Start of a filler phrase ending just before `end`, or -1. */
function fillerEndingAt(view: SentenceView, end: number, compiled: CompiledLexicon): number {
  for (const filler of compiled.fillers) {
    const at = end - filler.length;
    if (at < 0) continue;
    if (fillerStartingAt(view, at, compiled) === end) return at;
  }
  return -1;
}

function quoteOpensAfter(view: SentenceView, at: number): boolean {
  let k = at;
  while (k < view.tokens.length && k - at < 3) {
    const t = view.tokens[k]!.text;
    if (t === '«' || t === '“' || t === '"' || t === '„') return true;
    if (t !== ':' && t !== ',' && t !== "qu'" && t !== 'que') return false;
    k++;
  }
  return false;
}

function hasOwnSubject(view: SentenceView): boolean {
  return view.hits.some((h) => (h.category === 'speechVerbs' || h.category === 'reportVerbs') && !view.quotes.inQuote[h.from]);
}

function span(view: SentenceView, from: number, to: number): string {
  const a = view.tokens[from];
  const b = view.tokens[Math.max(from, to - 1)];
  return a && b ? view.text.slice(a.start, b.end) : '';
}
