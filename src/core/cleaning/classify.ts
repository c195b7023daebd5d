import type { FoldKind } from '../model';
import type { LanguageRules, LabelRole } from './rules/types';
import { parseDateLine } from './dates';
import { type LineState, setText } from './units';
import { mayMatch } from './rules/requires';
import { lineRuleTable } from './line-rules';

/**
 * The local pass: each unit on its own, against the rule data — datelines,
 * labels ("Par", "Image caption"), bylines, whole-line rules, section headings,
 * and pieces cut off the ends of a line (credits, rights tags).
 */
export function classifyUnits(states: LineState[], rules: LanguageRules[]): void {
  const keep = rules.flatMap((r) => r.keep);
  const lines = lineRuleTable(rules);
  const sections = rules.flatMap((r) => r.sections);
  const labels = rules.flatMap((r) => r.labels);
  const bylines = rules.flatMap((r) => r.bylines);
  const inline = rules.flatMap((r) => r.inline);

  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    // Already settled by the label before it.
    if (s.fold !== null || s.block !== null) continue;
    const text = s.text;
    const keepRule = keep.find((k) => mayMatch(k, text, null) && k.pattern.test(text));
    if (keepRule) {
      s.block = keepRule.block;
      const previous = states[i - 1];
      if (keepRule.withPrevious && previous && previous.fold === null && previous.block === null) previous.block = keepRule.block;
      continue;
    }
    if (s.words <= 14) {
      const date = parseDateLine(text, rules);
      if (date) {
        s.fold = 'dateline';
        s.date = date;
        continue;
      }
    }
    // Labels and bylines often come with the separators of the line they were scraped from ("• Mis à jour le", "| Par …").
    const bare = text.replace(LEADING_SEPARATORS, '');
    const label = labels.find((l) => l.pattern.test(bare));
    if (label && labelApplies(label.role, states[i + 1], rules)) {
      applyLabel(s, states[i + 1]!, label.role, rules);
      continue;
    }
    const byline = s.words <= 16 ? firstMatch(bylines, bare.replace(/\s+/gu, ' ')) : null;
    if (byline) {
      s.fold = 'credit';
      s.byline = byline;
      continue;
    }
    const section = s.words <= 8 ? sections.find((r) => r.pattern.test(text)) : undefined;
    if (section) {
      s.fold = section.kind;
      s.opensSection = section.kind;
      continue;
    }
    const line = lines.firstMatch(text, s.words);
    if (line) {
      s.fold = line.kind;
      continue;
    }
    cutInline(s, inline);
  }
}

function firstMatch(patterns: RegExp[], text: string): string | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return (m.groups?.name ?? m[0]).trim();
  }
  return null;
}

/** A label only counts when the line after it is what the label announces. */
function labelApplies(role: LabelRole, next: LineState | undefined, rules: LanguageRules[]): boolean {
  if (!next) return false;
  switch (role) {
    case 'byline':
    case 'photo-credit':
      return !next.bodyLike && next.words <= 8;
    case 'published':
    case 'modified':
      return next.words <= 14 && parseDateLine(next.text, rules) !== null;
    case 'caption':
      return true;
  }
}

const LABEL_FOLD: Record<LabelRole, FoldKind> = {
  byline: 'credit',
  published: 'dateline',
  modified: 'dateline',
  'photo-credit': 'photo-credit',
  caption: 'caption',
};

function applyLabel(label: LineState, next: LineState, role: LabelRole, rules: LanguageRules[]): void {
  label.fold = LABEL_FOLD[role];
  label.labelFor = role;
  // The announced line is settled here; the loop still visits it, so mark it now and let the loop skip it.
  switch (role) {
    case 'byline':
      next.fold = 'credit';
      next.byline = next.text;
      break;
    case 'photo-credit':
      next.fold = 'photo-credit';
      break;
    case 'published':
    case 'modified': {
      const date = parseDateLine(next.text, rules);
      next.fold = 'dateline';
      if (date) next.date = { iso: date.iso, role };
      break;
    }
    case 'caption':
      next.block = 'caption';
      break;
  }
}

const INLINE_WINDOW = 240;
const LEADING_SEPARATORS = /^[\s•|·▪–—-]+/u;

/** Cut credits and tags off the ends of a line; what remains may become a caption. */
function cutInline(s: LineState, inline: LanguageRules['inline']): void {
  if (s.fold !== null) return;
  for (const rule of inline) {
    // Credits and tags are short: look at the line's ends only, so a long paragraph costs no more than a short one.
    const offset = rule.at === 'end' ? Math.max(0, s.text.length - INLINE_WINDOW) : 0;
    const window = rule.at === 'end' ? s.text.slice(offset) : s.text.slice(0, INLINE_WINDOW);
    if (rule.requires !== undefined && !window.includes(rule.requires)) continue;
    const m = rule.pattern.exec(window);
    if (!m || m[0].trim() === '') continue;
    const piece = m[0].trim();
    const at = offset + m.index;
    const rest = rule.at === 'end' ? s.text.slice(0, at).trim() : s.text.slice(at + m[0].length).trim();
    if (rest === '') {
      s.fold = rule.kind;
      return;
    }
    s.cuts.push({ text: piece, kind: rule.kind, at: rule.at });
    setText(s, rest);
    if (rule.restIs) s.block = rule.restIs;
  }
}
