import type { Token } from '../text/tokens';
import type { SpeakerRegistry } from './coreference';
import type { CompiledLexicon, LexiconHit } from './lexicon/compile';
import { laterSource, organisationSubject, passiveAgent, type AgentPhrase } from './agents';
import { authorsAtWork, carriedFigure, isAuthorsReference, noteAuthors, studyAttribution, studyAuthors } from './context-sources';
import { mentionOfName, resolveDescription } from './descriptions';
import { isAcronym, nameRuns } from './names';
import { hasOrganisationWord } from './organisations';
import { fillerEndingAt, invertedSubjectStart, isPronoun, phraseEnd, quoteOpensAfter, skipFillers, span, startsPhrase, subjectBefore, type SentenceView } from './phrases';
import { isSpeakerMention } from './speaker-name';

export type { SentenceView } from './phrases';

/**
 * The words naming a speaker ("M. Kim", "le porte-parole du Kremlin"), kept
 * until the whole article has been read: they are resolved to a canonical name
 * only then, so a short mention early on can still reach a full name given later.
 */
export interface Mention {
  text: string;
  /** The phrase's tokens (a copy of the sentence's, offsets into `text`). */
  tokens: readonly Token[];
  compiled: CompiledLexicon;
  resolved: { name: string; person: boolean } | null;
  /** A study's authors, named after it (`target`), else its journal (`fallback`); nobody yet when both are null. */
  deferred?: { target: Mention | null; fallback: Mention | null };
}

/** Who a sentence attributes its content to, and the words that say so. */
export interface Attribution {
  mention: Mention;
  /** The attributing words ("a dit M. Kim", "selon Washington"). */
  evidence: string;
  /**
   * How the speaker was found: next to a quotation, as the subject of a
   * reporting verb, after "selon"/"according to", a pronoun or back-reference
   * carried from an earlier sentence, or a quotation continuing the last one.
   */
  via: 'quote' | 'subject' | 'according' | 'pronoun' | 'continuation' | 'agent' | 'context';
  /** The reporting verb's class, when a verb attributes. */
  verb: 'speech' | 'report' | null;
  /** The speaker is the author of a document the sentence cites ("selon une vidéo publiée par le Kremlin"). */
  document?: boolean;
  /** The attributing verb and its subject close the sentence after a comma («…, affirme la Société…»). */
  incise?: boolean;
}

/** What carries from one sentence to the next within an article. */
export interface AttributionContext {
  /** Index of the sentence being attributed. */
  index: number;
  last: Attribution | null;
  lastIndex: number;
  /** The sentence before ended inside or right after a quotation by `last`. */
  lastWasQuote: boolean;
  /** The last speaker of a quotation, and where: an unattributed quotation a few sentences on is usually theirs. */
  lastQuote: Attribution | null;
  lastQuoteIndex: number;
  /** The last person named in the text so far, for a pronoun ("he said") far from any attribution. */
  lastMentioned: Mention | null;
  mentionedIndex: number;
  /** The paragraph of the sentence being attributed, and of `last`. */
  paragraph: number;
  lastParagraph: number;
  /** A study whose authors are not named yet, and the authors «leur étude» refers to. */
  pendingStudy: { mention: Mention; index: number } | null;
  lastAuthors: Mention | null;
  lastAuthorsIndex: number;
  /** Where a figure's carried source was first given. */
  carriedFrom: number;
  /** An organisation introduced as «une …»/"a …", waiting for its name. */
  pendingOrganisation: { mention: Mention; nouns: ReadonlySet<string>; index: number } | null;
}

/** How many sentences back a pronoun may reach for its speaker. */
const PRONOUN_REACH = 3;

/** How many sentences back an unattributed quotation may reach for its speaker. */
const QUOTE_MEMORY = 6;

export function newContext(): AttributionContext {
  return {
    index: 0,
    last: null,
    lastIndex: -10,
    lastWasQuote: false,
    lastQuote: null,
    lastQuoteIndex: -100,
    lastMentioned: null,
    mentionedIndex: -10,
    paragraph: 0,
    lastParagraph: -1,
    pendingStudy: null,
    lastAuthors: null,
    lastAuthorsIndex: -100,
    carriedFrom: -100,
    pendingOrganisation: null,
  };
}

/**
 * Who the sentence attributes its content to. A description («l'agence»,
 * "the engineer") becomes who it describes; a speaker is always a name or a
 * noun phrase (never punctuation, a pronoun or «Personne»), else null.
 */
export function attribute(view: SentenceView, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const found = findAttribution(view, compiled, registry, context);
  if (!found) return null;
  let organisation: Mention | null | undefined;
  const sentenceOrganisation = (): Mention | null => {
    if (organisation === undefined) {
      const agent = organisationSubject(view, compiled) ?? passiveAgent(view, compiled);
      organisation = agent && !agent.authors ? mentionOf(view.text, view.tokens, agent.from, agent.to, compiled) : null;
    }
    return organisation;
  };
  const a = namedLater(resolveDescription(withAcronym(view, found, compiled), compiled, registry, context, sentenceOrganisation), compiled, context);
  if (!isSpeakerMention(a.mention)) return null;
  if (isAuthorGroup(a.mention, compiled)) noteAuthors(a.mention, context);
  // "The fire department said in its report…": the next "The report found…" is theirs.
  else if (!a.document && view.tokens.some((t, i) => compiled.sets.documentNouns.has(t.lower) && !view.quotes.inQuote[i])) {
    context.lastAuthors = a.mention;
    context.lastAuthorsIndex = context.index;
  }
  return a;
}

/**
 * «…d'après les données du système européen d'information sur les feux de forêt (EFFIS)»: a source described
 * in lower case and named by the acronym that follows is that acronym.
 */
function withAcronym(view: SentenceView, a: Attribution, compiled: CompiledLexicon): Attribution {
  const last = a.mention.tokens[a.mention.tokens.length - 1];
  if (!last || a.mention.tokens.some((t) => t.capitalized && !t.opensClause) || a.mention.text !== view.text) return a;
  const { tokens } = view;
  let k = tokens.findIndex((t) => t.start === last.start);
  if (k < 0) return a;
  for (k++; k < tokens.length && tokens[k]!.kind === 'word'; k++);
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !isAcronym(tokens[k + 1]!)) return a;
  return { ...a, mention: mentionOf(view.text, tokens, k + 1, k + 2, compiled) };
}

const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/**
 * "A hospital trust in the north of England has admitted…" then "Westmoor NHS Foundation Trust said…": an
 * organisation introduced by an indefinite description is the one named with the same noun in the next two
 * sentences; until then (and if never), the description itself.
 */
function namedLater(a: Attribution, compiled: CompiledLexicon, context: AttributionContext): Attribution {
  const pending = context.pendingOrganisation;
  if (pending && context.index - pending.index <= 2 && pending.mention.deferred && !a.mention.deferred) {
    const names = a.mention.tokens;
    if (names.some((t) => t.capitalized && !t.opensClause) && names.some((t) => pending.nouns.has(t.lower))) {
      pending.mention.deferred.target = a.mention;
      context.pendingOrganisation = null;
    }
  }
  // The description's own words, before any complement ("A hospital trust" in "… in the north of England").
  const all = a.mention.tokens;
  let cut = 1;
  while (cut < all.length && !(compiled.sets.phraseStoppers.has(all[cut]!.lower) || compiled.sets.phraseConnectors.has(all[cut]!.lower))) cut++;
  const tokens = all.slice(0, cut);
  if (a.mention.deferred || !INDEFINITE.has(tokens[0]?.lower ?? '') || tokens.some((t) => t.capitalized && !t.opensClause)) return a;
  const nouns = new Set(tokens.filter((t) => compiled.sets.organisations.has(t.lower)).map((t) => t.lower));
  if (nouns.size === 0) return a;
  const mention: Mention = { text: '', tokens: [], compiled, resolved: null, deferred: { target: null, fallback: a.mention } };
  context.pendingOrganisation = { mention, nouns, index: context.index };
  return { ...a, mention };
}

/** "Les chercheurs de l'université de Poitiers", "Scientists at the University of Miami": a study's authors. */
function isAuthorGroup(mention: Mention, compiled: CompiledLexicon): boolean {
  let k = 0;
  while (k < mention.tokens.length && compiled.sets.determiners.has(mention.tokens[k]!.lower)) k++;
  return mention.tokens.length > k + 1 && compiled.sets.authorNouns.has(mention.tokens[k]!.lower);
}

function fromAgent(view: SentenceView, agent: AgentPhrase | null, compiled: CompiledLexicon, context: AttributionContext): Attribution | null {
  if (!agent) return null;
  // A study's authors at work: they become the study's speaker (and «leur étude»'s authors), and speak for this sentence
  // only when it gives a figure («ont suivi 1 200 abeilles»), not when it says what they did («se sont intéressés à…»).
  if (agent.authors && !view.figures) {
    noteAuthors(mentionOf(view.text, view.tokens, agent.from, agent.to, compiled), context);
    return null;
  }
  return { mention: mentionOf(view.text, view.tokens, agent.from, agent.to, compiled), evidence: span(view, agent.evidenceFrom, agent.evidenceTo), via: 'agent', verb: null };
}

function findAttribution(view: SentenceView, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const found: Attribution[] = [];
  for (const hit of view.hits) {
    if ((hit.category !== 'speechVerbs' && hit.category !== 'reportVerbs') || (view.quotes.inQuote[hit.from] && !isIncise(view, hit, compiled))) continue;
    const a = fromVerb(view, hit, compiled, registry, context);
    if (a) found.push(a);
  }
  // A verb right next to a quotation attributes it: «…», a dit M. Kim / “…,” he said.
  const byQuote = found.find((a) => a.via === 'quote');
  if (byQuote) return byQuote;
  // «Personne n'a démontré que…, affirme la Société…»: the incise that ends the sentence attributes what comes before.
  const incise = found.find((a) => a.incise);
  if (incise) return incise;
  if (found.length > 0) return found[0]!;

  for (const hit of view.hits) {
    if (hit.category === 'backReferences' && !view.quotes.inQuote[hit.from]) {
      const a = carried(context, span(view, hit.from, hit.to), 'pronoun', null);
      if (a) return a;
    }
  }
  for (const hit of view.hits) {
    if (hit.category !== 'according' || view.quotes.inQuote[hit.from]) continue;
    const a = fromAccording(view, hit, compiled, registry, context);
    if (a) return a;
  }
  const leading = fromLeadingSource(view, compiled, registry);
  if (leading) return leading;
  const study = studyAttribution(view, compiled, context);
  if (study) return study;
  // The organisation rules need an organisation or an author word in the sentence: most sentences have none.
  if (view.tokens.some((t) => compiled.sets.authorNouns.has(t.lower)) || hasOrganisationWord(view.tokens, 0, view.tokens.length, compiled)) {
    const agent = fromAgent(view, laterSource(view, compiled) ?? passiveAgent(view, compiled) ?? organisationSubject(view, compiled), compiled, context);
    if (agent) return agent;
  } else {
    const later = fromAgent(view, laterSource(view, compiled), compiled, context);
    if (later) return later;
  }
  const authors = authorsAtWork(view, compiled, context);
  if (authors) return authors;
  // A sentence that opens a quotation, or lies inside one, continues the last quoted speaker.
  const quotes = view.quotes.quotations;
  const continues = quotes.some((q) => q.open === -1) || quotes[0]?.open === 0;
  if (continues && context.last && context.lastWasQuote) return { ...context.last, via: 'continuation' };
  // A sentence that is mostly a quotation, with no speaker of its own: the last person quoted, if recent.
  if (continues && context.lastQuote && context.index - context.lastQuoteIndex <= QUOTE_MEMORY) {
    let quoted = 0;
    for (const q of quotes) quoted += q.words;
    let words = 0;
    for (const t of view.tokens) if (t.kind !== 'mark') words++;
    if (quoted >= 0.6 * words) return { ...context.lastQuote, via: 'continuation' };
  }
  return carriedFigure(view, compiled, context);
}

/**
 * “La désinformation a été …, rappelle Ana Sofia Cardenal, professeure …: a
 * verb between commas inside a quotation left open (its closing mark comes in a
 * later sentence), followed by a name, is the writer's incise, not quoted words.
 */
function isIncise(view: SentenceView, hit: LexiconHit, compiled: CompiledLexicon): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  const invertible = compiled.sets.invertibleVerbs.size === 0 || compiled.sets.invertibleVerbs.has(view.tokens[hit.from]!.lower);
  return invertible && before?.text === ',' && after !== undefined && (after.capitalized || compiled.sets.titles.has(after.lower));
}

function fromVerb(view: SentenceView, hit: LexiconHit, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const { tokens } = view;
  const s = compiled.sets;
  const verb: Attribution['verb'] = hit.category === 'speechVerbs' ? 'speech' : 'report';
  // The verb group: auxiliaries and fillers before it ("a encore déclaré", "avait indiqué", "has also said").
  let groupStart = hit.from;
  for (;;) {
    const prev = tokens[groupStart - 1];
    if (prev && s.auxiliaries.has(prev.lower)) {
      groupStart--;
      continue;
    }
    const filler = fillerEndingAt(view, groupStart, compiled);
    if (filler >= 0 && filler < groupStart) {
      groupStart = filler;
      continue;
    }
    break;
  }
  const verbToken = tokens[hit.from]!;
  const auxiliary = groupStart < hit.from && s.auxiliaries.has(tokens[groupStart]!.lower);
  // "deaths announced in New York", "cases reported by": a participle used as an adjective.
  const next = tokens[hit.to];
  if (!auxiliary && next && s.participlePrepositions.has(next.lower) && /ed$/.test(verbToken.lower)) return null;

  // "a-t-il dit", "estime-t-elle": the subject is a pronoun glued to the verb.
  const glued = /-t-(il|elle|ils|elles)$|-(il|elle)$/i.test(verbToken.text) || /-t-(il|elle)$/i.test(tokens[groupStart]!.text);
  const before = tokens[groupStart - 1];
  const gap = before ? view.text.slice(before.end, tokens[groupStart]!.start) : '';
  const closes = (t: Token | undefined): boolean => t !== undefined && (t.text === '»' || t.text === '”' || t.text === '"');
  // «…», a dit M. Kim: the comma after the closing mark is still right after the quotation.
  const afterQuote = before !== undefined && (closes(before) || /[»”"]/.test(gap) || (before.text === ',' && closes(tokens[groupStart - 2])));
  // "comme l'a souligné l'Arcep": an object pronoun after "comme" also opens an inverted clause.
  const objectPronoun = before !== undefined && before.lower === "l'" && (tokens[groupStart - 2]?.lower === 'comme' || tokens[groupStart - 2]?.lower === "qu'");
  const clauseStart = !before || afterQuote || objectPronoun || /[,;:]/.test(gap) || before.text === ',' || before.lower === "qu'" || before.lower === 'que';
  const via = (nearQuote: boolean): Attribution['via'] => (nearQuote ? 'quote' : 'subject');

  if (glued) return carried(context, span(view, groupStart, hit.to), afterQuote ? 'quote' : 'pronoun', verb, antecedent(view, groupStart, compiled));
  // A verb of belief or finding reports only with a clause after it ("craint que", "revealed that", "considère … comme")
  // or as an incise; "the hospital reported the incident to the police" reports nothing.
  if (verb === 'report' && !clauseStart && !hasComplement(view, hit.to)) return null;

  const invertible = s.invertibleVerbs.size === 0 || s.invertibleVerbs.has(verbToken.lower);
  if (clauseStart && invertible) {
    // Inverted subject: «…», a dit M. Kim / , estime Berne / “…,” said Smith.
    let k = skipFillers(view, hit.to, compiled);
    // «…, vantée par Elon Musk», «…, jugé devant le tribunal de Strasbourg», "…, reported by the BBC": a participle
    // with its complement, not a verb with its subject.
    if (!auxiliary && (tokens[k]?.lower === 'par' || tokens[k]?.lower === 'by')) return null;
    if (!auxiliary && compiled.lexicon.lang === 'fr' && FR_PAST_PARTICIPLE.test(verbToken.lower) && tokens[k] !== undefined && !startsPhrase(tokens[k]!, compiled)) return null;
    const described = (t: Token | undefined): boolean => t !== undefined && (s.roles.has(t.lower) || s.organisations.has(t.lower) || s.professions.has(t.lower) || t.capitalized);
    if (!tokens[k] || !startsPhrase(tokens[k]!, compiled) || (s.determiners.has(tokens[k]!.lower) && !described(tokens[k + 1]))) {
      const found = invertedSubjectStart(view, k, compiled);
      if (found >= 0) k = found;
    }
    const end = phraseEnd(view, k, compiled);
    // An inverted subject closes its clause («…, estime Berne.», «…, a annoncé la préfecture du Var, qui…»);
    // "…, juge la situation « intenable »" and "…, said that was" have an object or a clause after the verb.
    const opensObject = (t: Token | undefined): boolean => t !== undefined && (t.text === '«' || t.text === '“' || t.text === '„' || t.kind === 'number' || s.determiners.has(t.lower) || s.possessives.has(t.lower));
    const complementizer = ['that', 'que', "qu'", 'if', 'whether', 'si'].includes(tokens[k]?.lower ?? '');
    let verbInside = false;
    for (let i = k; i < end; i++) if (s.auxiliaries.has(tokens[i]!.lower) || s.passiveAuxiliaries.has(tokens[i]!.lower)) verbInside = true;
    if (end > k && startsPhrase(tokens[k]!, compiled) && !complementizer && !verbInside && !opensObject(tokens[end])) {
      if (isPronoun(tokens[k]!, compiled)) return carried(context, span(view, groupStart, end), afterQuote ? 'quote' : 'pronoun', verb, antecedent(view, groupStart, compiled));
      const resolved = resolvePhrase(view, k, end, compiled, registry);
      if (resolved) return { mention: resolved, evidence: span(view, groupStart, end), via: via(afterQuote), verb, incise: !afterQuote && !objectPronoun && before !== undefined };
    }
    if (!before || afterQuote) return null;
  }

  // "It said …" after "UNESCO condemned the attack": an organisation's pronoun.
  if (tokens[groupStart - 1]?.lower === 'it' && compiled.lexicon.lang === 'en') {
    const organisation = registry.lastOrganisation(3);
    return organisation ? { mention: mentionOfName(organisation, compiled), evidence: span(view, groupStart - 1, hit.to), via: 'pronoun', verb } : null;
  }
  const subject = subjectBefore(view, relativeSkipped(view, groupStart, compiled), compiled) ?? leadingName(view, groupStart, compiled);
  if (!subject) return null;
  const opener = tokens[subject.from - 1];
  const nearQuote = (opener !== undefined && (opener.text === '”' || opener.text === '»' || opener.text === '"')) || quoteOpensAfter(view, hit.to);
  // «Il poursuit : « … »», "She continued: “…”": the words go on from the speaker quoted last, not from anyone named in between.
  if (subject.pronoun && compiled.sets.continuationVerbs.has(verbToken.lower) && quoteOpensAfter(view, hit.to) && context.lastQuote && context.index - context.lastQuoteIndex <= QUOTE_MEMORY) {
    return { mention: context.lastQuote.mention, evidence: span(view, subject.from, hit.to), via: 'quote', verb };
  }
  if (subject.pronoun) return carried(context, span(view, subject.from, hit.to), nearQuote ? 'quote' : 'pronoun', verb, antecedent(view, subject.from, compiled));
  if (subject.from >= subject.to) return subject.coordinated ? firstNameSubject(view, groupStart, hit.to, compiled, registry, verb) : null;
  const resolved = resolvePhrase(view, subject.from, subject.to, compiled, registry);
  if (!resolved) return null;
  return { mention: resolved, evidence: span(view, subject.from, hit.to), via: via(nearQuote), verb };
}

const FR_PAST_PARTICIPLE = /(?:é|ée|és|ées)$/u;
const RELATIVE_PRONOUNS = new Set(['qui', 'which', 'who', 'dont']);

/**
 * «La Métropole de Lyon, qui finance le réseau, a annoncé…», "The trust, which runs three hospitals, said…":
 * where the subject ends when a relative clause between commas stands before the verb.
 */
function relativeSkipped(view: SentenceView, verbStart: number, compiled: CompiledLexicon): number {
  const { tokens } = view;
  void compiled;
  if (tokens[verbStart - 1]?.text !== ',') return verbStart;
  for (let k = verbStart - 2; k >= 1 && verbStart - k <= 14; k--) {
    const t = tokens[k]!;
    if (t.kind === 'mark') return t.text === ',' && RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '') ? k : verbStart;
  }
  return verbStart;
}

/** A complement clause, a quotation or a figure follows within a few words ("estimated 40,000", «a recensé 94 cas»), or the sentence ends. */
const COMPLEMENT = new Set(['que', "qu'", 'that', 'comme', 'as', ':', '«', '“', '"', '„', ',', 'whether', 'if', 'si']);

/** A complement clause or a quotation follows within a few words, or the sentence ends. */
function hasComplement(view: SentenceView, from: number): boolean {
  if (from >= view.tokens.length) return true;
  for (let k = from; k < view.tokens.length && k - from < 6; k++) if (COMPLEMENT.has(view.tokens[k]!.lower) || (view.tokens[k]!.kind === 'number' && k - from < 3)) return true;
  return false;
}

/**
 * A pronoun subject: the speaker of the sentence just before, else the person
 * named most recently, else the last speaker.
 */
function carried(context: AttributionContext, evidence: string, via: Attribution['via'], verb: Attribution['verb'], inSentence: Mention | null = null): Attribution | null {
  if (inSentence) return { mention: inSentence, evidence, via, verb };
  const recent = context.last && context.lastIndex >= context.index - 1;
  const mention = context.lastMentioned && context.mentionedIndex > context.lastIndex && context.mentionedIndex >= context.index - PRONOUN_REACH ? context.lastMentioned : null;
  // A pronoun reaches back a few sentences at most: beyond, "il" is more likely someone the sentences between named.
  const older = context.last && context.lastIndex >= context.index - PRONOUN_REACH ? context.last.mention : null;
  const from = recent ? context.last!.mention : (mention ?? older);
  if (!from) return null;
  return { mention: from, evidence, via, verb };
}

/**
 * "Soon after Ms. Price was elected, she said…", «Quelques heures après que Mme Leclerc a été élue, elle a
 * annoncé…»: the person named as the subject of an earlier clause of the same sentence, before a comma.
 */
function antecedent(view: SentenceView, pronoun: number, compiled: CompiledLexicon): Mention | null {
  const { tokens } = view;
  const s = compiled.sets;
  let comma = -1;
  for (let i = pronoun - 1; i >= 0; i--) {
    if (tokens[i]!.text === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  let found: Mention | null = null;
  for (const run of view.runs ?? nameRuns(tokens, compiled, 0, false)) {
    if (run.to > comma) break;
    if (run.nameFrom >= run.to || view.quotes.inQuote[run.from] || !(run.titled || run.to - run.nameFrom >= 2)) continue;
    const next = tokens[run.to];
    if (next && (s.auxiliaries.has(next.lower) || s.eventAuxiliaries.has(next.lower) || s.passiveAuxiliaries.has(next.lower) || s.speechVerbs.has(next.lower) || s.reportVerbs.has(next.lower))) {
      found = mentionOf(view.text, tokens, run.nameFrom, run.to, compiled);
    }
  }
  return found;
}

function fromAccording(view: SentenceView, hit: LexiconHit, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext): Attribution | null {
  const { tokens } = view;
  const start = hit.to;
  const end = phraseEnd(view, start, compiled);
  if (end <= start) return null;
  let head = start;
  while (head < end && compiled.sets.determiners.has(tokens[head]!.lower)) head++;
  const headWord = tokens[head]?.lower ?? '';
  // «Selon leur étude», "according to their survey": the study's authors, read a sentence or two before.
  if (isAuthorsReference(tokens.slice(start, end), compiled)) {
    const authors = studyAuthors(context);
    return authors ? { mention: authors, evidence: span(view, hit.from, end), via: 'according', verb: null, document: true } : null;
  }
  if (compiled.sets.nonAgents.has(headWord) || isPronoun(tokens[head] ?? tokens[start]!, compiled)) return null;
  // «… classés selon la source»: a bare common noun that names no one (no role, profession or organisation) is a criterion, not a source.
  const s = compiled.sets;
  if (end - head === 1 && !tokens[head]!.capitalized && !s.roles.has(headWord) && !s.professions.has(headWord) && !s.organisations.has(headWord) && !s.authorNouns.has(headWord) && !s.documentNouns.has(headWord)) return null;
  if (compiled.sets.documentNouns.has(headWord)) {
    // "selon une vidéo publiée par le Kremlin": the author of the document speaks.
    // The author's preposition may be inside the phrase («les chiffres de l'exploitant») or just after it.
    for (let k = head + 1; k < Math.min(tokens.length, end + 4); k++) {
      if (compiled.sets.agentPrepositions.has(tokens[k]!.lower)) {
        const agentEnd = phraseEnd(view, k + 1, compiled);
        if (agentEnd > k + 1) {
          const agent = resolvePhrase(view, k + 1, agentEnd, compiled, registry);
          if (agent) return { mention: agent, evidence: span(view, hit.from, agentEnd), via: 'according', verb: null, document: true };
        }
        break;
      }
    }
    // «selon une étude publiée dans la revue Nature»: the journal, when the authors go unnamed.
    for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
      if (compiled.sets.journalNouns.has(tokens[k]!.lower) && tokens[k + 1]?.capitalized) {
        let e = k + 1;
        while (e < tokens.length && tokens[e]!.capitalized) e++;
        return { mention: mentionOf(view.text, tokens, k + 1, e, compiled), evidence: span(view, hit.from, e), via: 'according', verb: null, document: true };
      }
    }
    return null;
  }
  const resolved = resolvePhrase(view, start, end, compiled, registry);
  return resolved ? { mention: resolved, evidence: span(view, hit.from, end), via: 'according', verb: null } : null;
}

/**
 * "Pouria Amirshahi, député socialiste … qui a également voté contre, a annoncé":
 * when the words before the verb are a long apposition, the name that opens the sentence is its subject.
 */
function leadingName(view: SentenceView, verbStart: number, compiled: CompiledLexicon): { from: number; to: number; pronoun: boolean; coordinated: boolean } | null {
  const { tokens } = view;
  let k = 0;
  while (k < verbStart && (tokens[k]!.capitalized || compiled.sets.titles.has(tokens[k]!.lower)) && tokens[k]!.kind === 'word') k++;
  if (k < 2 && !(k === 1 && compiled.sets.titles.has(tokens[0]!.lower))) return null;
  if (tokens[k]?.text !== ',' || compiled.sets.notNames.has(tokens[0]!.lower)) return null;
  if (tokens[verbStart - 1]?.text !== ',' && !compiled.sets.auxiliaries.has(tokens[verbStart]?.lower ?? '')) return null;
  return { from: 0, to: k, pronoun: false, coordinated: false };
}

/** "Pour Jan Hamáček, cette attitude est méprisante": a source named at the head of the sentence. */
function fromLeadingSource(view: SentenceView, compiled: CompiledLexicon, registry: SpeakerRegistry): Attribution | null {
  const { tokens } = view;
  // «Pour X, …», or after a connective and its comma («Cependant, pour les auteurs, …»).
  let at = 0;
  if (tokens[1]?.text === ',' && tokens[0]?.kind === 'word' && compiled.sets.leadingAccording.has(tokens[2]?.lower ?? '')) at = 2;
  const first = tokens[at];
  if (!first || !compiled.sets.leadingAccording.has(first.lower)) return null;
  const end = phraseEnd(view, at + 1, compiled);
  if (end <= at + 1 || tokens[end]?.text !== ',') return null;
  const next = tokens[at + 1]!;
  const s = compiled.sets;
  // «Pour la toxicologue, …»: a role, a profession or an organisation after the determiner is a source too.
  const noun = tokens[at + 2]?.lower ?? '';
  const described = s.determiners.has(next.lower) && (s.roles.has(noun) || s.professions.has(noun) || s.organisations.has(noun) || s.authorNouns.has(noun));
  const named = (next.capitalized && !s.notNames.has(next.lower)) || s.titles.has(next.lower) || described;
  if (!named) return null;
  const resolved = resolvePhrase(view, at + 1, end, compiled, registry);
  return resolved ? { mention: resolved, evidence: span(view, at, end), via: 'according', verb: null } : null;
}

/** "L'OFAG retire … et considère": the subject is the sentence's first name. */
function firstNameSubject(view: SentenceView, before: number, verbEnd: number, compiled: CompiledLexicon, registry: SpeakerRegistry, verb: Attribution['verb']): Attribution | null {
  const { tokens } = view;
  for (let i = 0; i < before; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.capitalized && !compiled.sets.notNames.has(t.lower) && !view.quotes.inQuote[i]) {
      const end = phraseEnd(view, i, compiled);
      const resolved = resolvePhrase(view, i, Math.max(end, i + 1), compiled, registry);
      if (resolved) return { mention: resolved, evidence: span(view, i, verbEnd), via: 'subject', verb };
    }
    if (t.kind === 'word' && !t.capitalized && !compiled.sets.determiners.has(t.lower)) return null;
  }
  return null;
}

function resolvePhrase(view: SentenceView, from: number, to: number, compiled: CompiledLexicon, registry: SpeakerRegistry): Mention | null {
  void registry;
  // A document is not a speaker ("New data showed", "a study found", "le réexamen du chlorothalonil a montré").
  let head = from;
  while (head < to - 1 && compiled.sets.determiners.has(view.tokens[head]!.lower)) head++;
  if (compiled.sets.documentNouns.has(view.tokens[head]!.lower) || compiled.sets.documentNouns.has(view.tokens[to - 1]!.lower)) return null;
  // «Personne n'a démontré», "Nobody has shown", "No one": no one is not a speaker.
  if (compiled.sets.indefinites.has(view.tokens[head]!.lower) || (view.tokens[head]!.lower === 'no' && view.tokens[head + 1]?.lower === 'one')) return null;
  let start = from;
  while (start < to && (compiled.sets.determiners.has(view.tokens[start]!.lower) || compiled.sets.possessives.has(view.tokens[start]!.lower))) start++;
  if (start >= to) return null;
  return mentionOf(view.text, view.tokens, from, to, compiled);
}

/** A mention of tokens[from, to): the tokens are copied so the sentence's can be dropped. */
export function mentionOf(text: string, tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): Mention {
  return { text, tokens: tokens.slice(from, to), compiled, resolved: null };
}

/** The canonical speaker of an attribution, resolved against the article's names on first use; null for a study whose authors nobody named. */
export function speakerOf(mention: Mention, registry: SpeakerRegistry): { name: string; person: boolean } | null {
  if (mention.deferred) {
    const target = mention.deferred.target ?? mention.deferred.fallback;
    return target ? speakerOf(target, registry) : null;
  }
  if (!mention.resolved) {
    const r = registry.resolve(mention.text, mention.tokens, 0, mention.tokens.length, mention.compiled);
    mention.resolved = r ?? { name: mention.tokens.map((t) => t.text).join(' '), person: false };
  }
  return mention.resolved;
}
