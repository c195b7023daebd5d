import type { Token } from '../text/tokens';
import type { Attribution, AttributionContext, Mention } from './attribution';
import type { CompiledLexicon } from './lexicon/compile';
import { nameRuns } from './names';
import { organisationEnd, skipDeterminers } from './organisations';
import { span, type SentenceView } from './phrases';

/**
 * Sources the context carries:
 * - a study's claims go to its authors: named in the study's own sentence
 *   ("published by", «publiée par»), else in one of the next two sentences
 *   («Les chercheurs de l'université de Poitiers ont suivi…»), else the journal
 *   it appeared in ("in the journal Urban Climate"); «Selon leur étude» and
 *   "Its authors" are those authors again;
 * - a figure in the sentence right after «selon X» or "X said", in the same
 *   paragraph, is X's too.
 */

/** How many sentences after a study its authors may be named. */
const AUTHORS_REACH = 2;
const DEFINITE = new Set(['the', 'this', 'le', 'la', "l'", 'les', 'ce', 'cette', 'ces']);
/** How many sentences a carried figure may follow its source. */
const FIGURE_REACH = 2;

/** A mention to be decided later: a study's authors, named after it, else its journal. */
export function deferredMention(compiled: CompiledLexicon, fallback: Mention | null): Mention {
  return { text: '', tokens: [], compiled, resolved: null, deferred: { target: null, fallback } };
}

function nameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.kind === 'word' && (tokens[k]!.capitalized || (k > from && (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'de') && tokens[k + 1]?.capitalized))) k++;
  return k;
}

function mentionOf(view: SentenceView, from: number, to: number, compiled: CompiledLexicon): Mention {
  return { text: view.text, tokens: view.tokens.slice(from, to), compiled, resolved: null };
}

/**
 * «Une étude publiée mardi dans une revue spécialisée montre que…», "A study
 * published in the journal Urban Climate estimated that…": a study (or a
 * report, a survey) that opens the sentence and says something.
 */
export function studyAttribution(view: SentenceView, compiled: CompiledLexicon, context: AttributionContext): Attribution | null {
  const { tokens } = view;
  const s = compiled.sets;
  let doc = -1;
  for (let k = skipDeterminers(tokens, 0, compiled); k < tokens.length && k < 4; k++) {
    if (s.documentNouns.has(tokens[k]!.lower)) {
      doc = k;
      break;
    }
    if (tokens[k]!.kind !== 'word' || (tokens[k]!.capitalized && k > 0)) break;
  }
  if (doc < 0) return null;
  const verb = view.hits.find((h) => (h.category === 'reportVerbs' || h.category === 'speechVerbs') && h.from > doc && !view.quotes.inQuote[h.from]);
  if (!verb) return null;
  let fallback: Mention | null = null;
  let author: Mention | null = null;
  for (let k = doc + 1; k < verb.from; k++) {
    const t = tokens[k]!;
    // "publiée par l'Inserm", "published by the Met Office": the author.
    if ((t.lower === 'par' || t.lower === 'by') && !author) {
      const head = skipDeterminers(tokens, k + 1, compiled);
      const end = Math.max(organisationEnd(view.text, tokens, head, compiled), tokens[head]?.capitalized ? nameEnd(tokens, head) : head);
      if (end > head) author = mentionOf(view, k + 1, end, compiled);
    }
    // "in the journal Urban Climate", «dans la revue Nature»: the journal, if no author is ever named.
    if (s.journalNouns.has(t.lower) && tokens[k + 1]?.capitalized && !fallback) fallback = mentionOf(view, k + 1, nameEnd(tokens, k + 1), compiled);
  }
  // "The report found…", «Ce rapport montre…» right after the sentence that gave it: the report of whoever gave it.
  const definite = DEFINITE.has(tokens[0]!.lower) && doc <= 2;
  if (!author && definite && context.lastAuthors && context.index - context.lastAuthorsIndex <= AUTHORS_REACH) author = context.lastAuthors;
  const mention = author ?? deferredMention(compiled, fallback);
  context.pendingStudy = author ? null : { mention, index: context.index };
  context.lastAuthors = mention;
  context.lastAuthorsIndex = context.index;
  return { mention, evidence: span(view, 0, verb.to), via: 'according', verb: verb.category === 'speechVerbs' ? 'speech' : 'report', document: true };
}

/** Authors named after their study: they become the study's speaker, and the authors «leur étude» refers to. */
export function noteAuthors(mention: Mention, context: AttributionContext): void {
  const pending = context.pendingStudy;
  if (pending && context.index - pending.index <= AUTHORS_REACH && pending.mention.deferred) pending.mention.deferred.target = mention;
  context.pendingStudy = null;
  context.lastAuthors = mention;
  context.lastAuthorsIndex = context.index;
}

/** How many sentences «les auteurs», «leur étude» may reach back for a study's authors (quotes and tweets come between). */
const STUDY_MEMORY = 12;

/** «Selon leur étude», "its authors", «ses auteurs»: the authors of the study read last. */
export function studyAuthors(context: AttributionContext): Mention | null {
  return context.lastAuthors && context.index - context.lastAuthorsIndex <= STUDY_MEMORY ? context.lastAuthors : null;
}

/**
 * «Puis, ils ont classifié les 25 tweets…», "They then analysed 1,200 records": a plural pronoun at work on
 * figures, right after a study's authors, is those authors.
 */
export function authorsAtWork(view: SentenceView, compiled: CompiledLexicon, context: AttributionContext): Attribution | null {
  if (!view.figures || !context.lastAuthors || context.index - context.lastAuthorsIndex > AUTHORS_REACH) return null;
  const { tokens } = view;
  let k = 0;
  if (tokens[1]?.text === ',') k = 2;
  const pronoun = tokens[k];
  if (!pronoun || !compiled.sets.pluralPronouns.has(pronoun.lower) || !compiled.sets.auxiliaries.has(tokens[k + 1]?.lower ?? '')) return null;
  return { mention: context.lastAuthors, evidence: span(view, k, k + 3), via: 'pronoun', verb: null };
}

/** A possessive and a study or its authors: «leur étude», "their survey", «ses auteurs», "its authors". */
export function isAuthorsReference(tokens: readonly Token[], compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  if (tokens.length < 2 || !s.possessives.has(tokens[0]!.lower)) return false;
  const head = tokens[tokens.length - 1]!.lower;
  return tokens.length <= 3 && (s.documentNouns.has(head) || s.authorNouns.has(head));
}

/**
 * "Ticket sales fell by 12%, the association said. Attendance dropped to 117
 * million…": a figure right after an attributed sentence of the same paragraph,
 * with no speaker or name of its own, carries that sentence's source.
 */
export function carriedFigure(view: SentenceView, compiled: CompiledLexicon, context: AttributionContext): Attribution | null {
  const last = context.last;
  if (!view.figures || !last || context.lastIndex !== context.index - 1 || context.lastParagraph !== context.paragraph) return null;
  if (last.via === 'agent' || (last.via === 'context' && context.index - context.carriedFrom > FIGURE_REACH)) return null;
  if (view.quotes.quotations.length > 0) return null;
  // A sentence that opens on a name of its own is about someone else.
  const runs = view.runs ?? nameRuns(view.tokens, compiled, 0, false);
  if (runs.some((r) => r.from <= 1 && (r.to - r.nameFrom >= 2 || r.titled))) return null;
  // "Economists had expected 3.5%", «Les syndicats revendiquent 60 %»: people or an organisation of its own open it.
  const s = compiled.sets;
  const head = view.tokens[skipDeterminers(view.tokens, 0, compiled)];
  if (head && (s.roles.has(head.lower) || s.professions.has(head.lower) || s.authorNouns.has(head.lower) || s.organisations.has(head.lower))) return null;
  if (last.via !== 'context') context.carriedFrom = context.lastIndex;
  return { ...last, via: 'context', evidence: last.evidence };
}
