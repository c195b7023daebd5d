import type { TFunction } from 'i18next';
import { claimSummary } from '../claim-summary';
import { wordEvent } from '../history';
import { actorName, msg, scaleName, word, type Message } from '../i18n';
import type { ClaimSource } from '../model';
import { findVerdict, type Verdict } from '../verdicts';
import { BADGE_GLYPHS, type BadgeTone } from './badges';
import { claimContext, type ClaimContext } from './context';
import { formatDate } from './dates';
import { normaliseSha256, safeHttpUrl } from './escape';
import { fill, reportStrings, reportT, type ReportStrings } from './i18n';
import type { HistoryEntry, ReportClaim, ReportInput, ReportLanguage, ReusedCheck } from './input';

/**
 * The report as every human-readable format shows it (HTML, Markdown, DOCX,
 * CSV): claims filtered and numbered, labels in the report language, dates
 * formatted, URLs checked. Strings here are NOT escaped: each renderer escapes
 * for its own format.
 */

export interface Badge {
  tone: BadgeTone;
  glyph: string;
  label: string;
}

export interface SourceView {
  source: ClaimSource;
  title: string;
  /** The URL when it is http(s) (then it may be a link), else null (then `source.url` is shown as text). */
  href: string | null;
  stance: string;
  published: string | null;
  accessed: string | null;
  sha256: string | null;
  archivedOn: string | null;
}

export interface HistoryView {
  date: string;
  actor: string;
  summary: string;
}

export interface ClaimView {
  claim: ReportClaim;
  /** 1-based, in article order; also the `#claim-N` fragment. */
  number: number;
  /** The short summary (the fact-checker's, else made from the text): ClaimReview's `claimReviewed`. */
  summary: string;
  /** "Checked before by …" for each past check the claim reuses, in the report language. */
  reused: string[];
  verdict: Verdict | null;
  badge: Badge;
  speaker: string;
  type: string;
  status: string;
  context: ClaimContext | null;
  /** Why the context is missing or unusual (orphaned, in a caption), else null. */
  contextNote: string | null;
  /** Live anchors (body and captions). */
  occurrences: number;
  sources: SourceView[];
  /** The most recent changes, oldest first. */
  history: HistoryView[];
  olderHistory: number;
}

export interface CountRow {
  /** A verdict of the scale (or a verdict id the scale no longer has), or a state without verdict. */
  kind: 'verdict' | 'state';
  /** The verdict id, or the state: 'in-progress', 'unchecked', 'dismissed'. */
  id: string;
  tone: BadgeTone;
  glyph: string;
  label: string;
  count: number;
}

export interface MetaRow {
  label: string;
  value: string;
  href?: string | null;
}

export interface ReportView {
  input: ReportInput;
  language: ReportLanguage;
  /** For plural forms only; every other label is in `s`. */
  t: TFunction;
  /** The report's strings in its language (templates for `fill`). */
  s: ReportStrings;
  /** ":" as the language writes it after a label (French puts a no-break space before it). */
  colon: string;
  title: string;
  kicker: string | null;
  /** What the article is (outlet, byline, dates, URL, language). */
  articleMeta: MetaRow[];
  /** Who reviewed it, when, on which scale. */
  reviewMeta: MetaRow[];
  claims: ClaimView[];
  counts: CountRow[];
  progress: { checked: number; total: number; percent: number };
  /** Sentences about the claims this report leaves out. */
  exclusions: string[];
  methodology: string;
  /** The verdict scale's name in the report language (a preset's is translated, a newsroom's is its own). */
  scaleName: string;
  scale: { glyph: string; label: string; rating: string }[];
  corrections: HistoryView[];
  generated: string;
}

const HISTORY_SHOWN = 5;

function hasVerdict(c: ReportClaim): boolean {
  return c.verdict !== null;
}

function firstBodyOffset(c: ReportClaim): number {
  let best = Number.POSITIVE_INFINITY;
  for (const a of c.anchors) if (!a.orphaned && a.foldedLineId === null && a.start < best) best = a.start;
  return best;
}

export function badgeFor(c: ReportClaim, verdict: Verdict | null, language: ReportLanguage, S: ReportStrings): Badge {
  if (c.review === 'dismissed') return { tone: 'dismissed', glyph: BADGE_GLYPHS.dismissed, label: S.badge.dismissed };
  if (verdict) return { tone: verdict.tone, glyph: BADGE_GLYPHS[verdict.tone], label: verdict.label[language] };
  // A verdict id the scale no longer has is still shown, as written.
  if (c.verdict !== null) return { tone: 'unknown', glyph: BADGE_GLYPHS.unknown, label: c.verdict };
  if (c.status === 'in-progress') return { tone: 'in-progress', glyph: BADGE_GLYPHS['in-progress'], label: S.badge.inProgress };
  return { tone: 'unchecked', glyph: BADGE_GLYPHS.unchecked, label: S.badge.unchecked };
}

function languageName(code: string | null, language: ReportLanguage): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function historyView(entries: readonly HistoryEntry[], language: ReportLanguage): HistoryView[] {
  return entries.map((h) => ({ date: formatDate(h.at, language), actor: actorName(h.actor, language), summary: wordEvent(h.changes, language) }));
}

/** A reused past check as a message: "Checked before by AFP Fact Check: False." */
export function reuseMessage(r: ReusedCheck): Message {
  const verdict = r.verdict ?? msg('reuse.noRating');
  if (r.kind === 'claim') return r.where ? msg('reuse.claim', { where: r.where, verdict }) : msg('reuse.claimNoTitle', { verdict });
  return r.reviewer ? msg('reuse.review', { reviewer: r.reviewer, verdict }) : msg('reuse.reviewUnknown', { verdict });
}

function sourceView(s: ClaimSource, language: ReportLanguage, S: ReportStrings): SourceView {
  return {
    source: s,
    title: s.title.trim() === '' ? S.source.untitled : s.title,
    href: safeHttpUrl(s.url),
    stance: S.stance[s.stance],
    published: s.publishedAt ? formatDate(s.publishedAt, language) : null,
    accessed: s.accessedAt ? formatDate(s.accessedAt, language) : null,
    sha256: normaliseSha256(s.snapshotSha256) ?? (s.snapshotSha256?.trim() || null),
    archivedOn: s.snapshotAt ? fill(S.source.archivedOn, { date: formatDate(s.snapshotAt, language) }) : null,
  };
}

/** Which claims the report shows, in article order (claims without a place in the body last). */
export function selectClaims(input: ReportInput): ReportClaim[] {
  const { includeDismissed, includeUnchecked } = input.options;
  const shown = input.claims.filter((c) => (includeDismissed || c.review !== 'dismissed') && (includeUnchecked || hasVerdict(c)));
  const keyed = shown.map((c) => ({ c, at: firstBodyOffset(c) }));
  keyed.sort((x, y) => x.at - y.at || x.c.createdAt.localeCompare(y.c.createdAt) || x.c.id.localeCompare(y.c.id));
  return keyed.map((k) => k.c);
}

function claimView(c: ReportClaim, number: number, input: ReportInput, S: ReportStrings): ClaimView {
  const language = input.options.language;
  const verdict = findVerdict(input.scale, c.verdict);
  const context = claimContext(input.article, c.anchors);
  const live = c.anchors.filter((a) => !a.orphaned).length;
  let contextNote: string | null = null;
  if (context?.where === 'folded') contextNote = S.claims.inCaption;
  else if (!context) contextNote = c.anchors.length > 0 ? S.claims.orphaned : S.claims.noAnchor;
  const recent = c.history.slice(-HISTORY_SHOWN);
  return {
    claim: c,
    number,
    summary: claimSummary(c),
    reused: (c.reused ?? []).map((r) => word(reuseMessage(r), language)),
    verdict,
    badge: badgeFor(c, verdict, language, S),
    speaker: c.speaker ?? S.claims.outletOwn,
    type: S.type[c.type],
    status: S.status[c.status],
    context,
    contextNote,
    occurrences: live,
    sources: c.sources.map((s) => sourceView(s, language, S)),
    history: historyView(recent, language),
    olderHistory: c.history.length - recent.length,
  };
}

function countKey(v: ClaimView): { kind: CountRow['kind']; id: string } {
  if (v.badge.tone === 'dismissed' || v.claim.verdict === null) return { kind: 'state', id: v.badge.tone };
  return { kind: 'verdict', id: v.claim.verdict };
}

function countRows(claims: readonly ClaimView[], input: ReportInput): CountRow[] {
  const language = input.options.language;
  // Every verdict of the scale is listed, even at zero: an editor reads "False: 0" as information.
  const rows: CountRow[] = input.scale.verdicts.map((v) => ({
    kind: 'verdict',
    id: v.id,
    tone: v.tone,
    glyph: BADGE_GLYPHS[v.tone],
    label: v.label[language],
    count: 0,
  }));
  const index = new Map(rows.map((r, i) => [`verdict:${r.id}`, i]));
  const extra: CountRow[] = [];
  for (const v of claims) {
    const k = countKey(v);
    const key = `${k.kind}:${k.id}`;
    let i = index.get(key);
    if (i === undefined) {
      i = rows.length + extra.length;
      index.set(key, i);
      extra.push({ ...k, tone: v.badge.tone, glyph: v.badge.glyph, label: v.badge.label, count: 0 });
    }
    const row = i < rows.length ? rows[i] : extra[i - rows.length];
    if (row) row.count += 1;
  }
  // States after verdicts, in workflow order.
  const order = ['verdict', 'in-progress', 'unchecked', 'dismissed'];
  extra.sort((a, b) => order.indexOf(a.kind === 'verdict' ? 'verdict' : a.id) - order.indexOf(b.kind === 'verdict' ? 'verdict' : b.id));
  return [...rows, ...extra];
}

export function buildView(input: ReportInput): ReportView {
  const language = input.options.language;
  const t = reportT(language);
  const S = reportStrings(language);
  const meta = input.article.meta;
  const notKnown = S.notKnown;
  const claims = selectClaims(input).map((c, i) => claimView(c, i + 1, input, S));

  // Progress is over the whole review (every claim not dismissed), whatever the report shows.
  const live = input.claims.filter((c) => c.review !== 'dismissed');
  const checked = live.filter(hasVerdict).length;
  const percent = live.length === 0 ? 0 : Math.round((checked / live.length) * 100);

  const exclusions: string[] = [];
  if (!input.options.includeUnchecked) {
    const n = input.claims.filter((c) => !hasVerdict(c) && (input.options.includeDismissed || c.review !== 'dismissed')).length;
    if (n > 0) exclusions.push(t('summary.excludedUnchecked', { count: n }));
  }
  if (!input.options.includeDismissed) {
    const n = input.claims.filter((c) => c.review === 'dismissed').length;
    if (n > 0) exclusions.push(t('summary.excludedDismissed', { count: n }));
  }

  const generated = formatDate(input.generatedAt, language);
  return {
    input,
    language,
    t,
    s: S,
    colon: language === 'fr' ? '\u00a0:' : ':',
    title: meta.title ?? notKnown,
    kicker: meta.kicker,
    articleMeta: [
      { label: S.meta.outlet, value: meta.outlet ?? notKnown },
      { label: S.meta.byline, value: meta.byline ?? notKnown },
      { label: S.meta.published, value: meta.publishedAt ? formatDate(meta.publishedAt, language) : notKnown },
      { label: S.meta.url, value: meta.url ?? meta.canonicalUrl ?? notKnown, href: safeHttpUrl(meta.url ?? meta.canonicalUrl) },
      { label: S.meta.language, value: languageName(meta.language, language) ?? notKnown },
    ],
    reviewMeta: [
      { label: S.meta.reviewer, value: input.settings.reviewer || notKnown },
      { label: S.meta.organisation, value: input.settings.organisation || notKnown, href: safeHttpUrl(input.settings.organisationUrl) },
      { label: S.meta.reportDate, value: generated },
      { label: S.meta.scale, value: scaleName(input.scale, language) },
      { label: S.meta.reference, value: input.article.id },
    ],
    claims,
    counts: countRows(claims, input),
    progress: { checked, total: live.length, percent },
    exclusions,
    methodology: input.settings.methodology.trim() || S.methodology.default,
    scaleName: scaleName(input.scale, language),
    scale: input.scale.verdicts.map((v) => ({
      glyph: BADGE_GLYPHS[v.tone],
      label: v.label[language],
      rating: v.rating === null ? S.methodology.noRating : `${v.rating} / ${input.scale.bestRating}`,
    })),
    corrections: historyView(input.corrections, language),
    generated,
  };
}
