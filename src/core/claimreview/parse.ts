import type { IsoDate } from '../model';
import { guessLanguage } from '../text/language';
import { isoDate } from './dates';
import { verdictClass, type VerdictClass } from './verdict';

/**
 * A claim already checked by someone, read from published ClaimReview JSON-LD,
 * to match new claims against ("Already checked by AFP Fact Check — False").
 */
export interface PastCheck {
  /** The claim as the fact-checker worded it (claimReviewed). */
  claim: string;
  /** Who made the claim (itemReviewed.author), when named. */
  claimant: string | null;
  claimDate: IsoDate | null;
  /** Where the claim appeared (itemReviewed url and appearances). */
  appearances: string[];
  /** The verdict as published (reviewRating.alternateName, else its name). */
  verdict: string | null;
  rating: { value: number | null; best: number | null; worst: number | null } | null;
  /**
   * The rating on 0 (worst) … 1 (best), only when the value and both ends of its
   * scale are published as numbers (scales differ by outlet; prefer `verdictClass`).
   */
  normalizedRating: number | null;
  /** The verdict read as false / misleading / mixed / true / unproven, from its words in any of several languages. */
  verdictClass: VerdictClass | null;
  reviewUrl: string | null;
  reviewTitle: string | null;
  /** The fact-checking organisation (ClaimReview author). */
  reviewer: string | null;
  reviewDate: IsoDate | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Every ClaimReview in a JSON-LD document, accepting what publishers really
 * emit: a bare object or an array, `@graph`, `@type` as an array, `"type"` for
 * `"@type"`, DataFeed wrappers (`DataFeedItem.item`, `dataFeedElement`),
 * non-ISO dates ("2020-06-24 00:03", "+0200" offsets), ratings as numbers or
 * strings or text only, and author names as arrays. Malformed parts are
 * skipped, never thrown on; a string that is not JSON gives no checks.
 */
export function parseClaimReview(input: unknown): PastCheck[] {
  let root: unknown = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input);
    } catch {
      return [];
    }
  }
  const out: PastCheck[] = [];
  visit(root as Json, out, 0);
  return out;
}

function visit(node: Json, out: PastCheck[], depth: number): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) visit(n, out, depth + 1);
    return;
  }
  if (hasType(node, 'ClaimReview')) {
    const check = readClaimReview(node);
    if (check) out.push(check);
    return;
  }
  // Containers: @graph, DataFeed / DataFeedItem wrappers, ItemList elements.
  for (const key of ['@graph', 'item', 'dataFeedElement', 'itemListElement', 'mainEntity']) {
    const child = node[key];
    if (child !== undefined) visit(child, out, depth + 1);
  }
}

function hasType(node: JsonObject, type: string): boolean {
  const t = node['@type'] ?? node.type;
  if (typeof t === 'string') return t === type || t.endsWith(`/${type}`);
  return Array.isArray(t) && t.some((x) => typeof x === 'string' && (x === type || x.endsWith(`/${type}`)));
}

function readClaimReview(node: JsonObject): PastCheck | null {
  const claim = text(node.claimReviewed);
  if (!claim) return null;
  const item = object(node.itemReviewed);
  const rating = object(node.reviewRating);
  const value = number(rating?.ratingValue);
  const best = number(rating?.bestRating);
  const worst = number(rating?.worstRating);
  const normalized = value !== null && best !== null && worst !== null && best !== worst ? clamp((value - worst) / (best - worst)) : null;
  const verdict = text(rating?.alternateName) ?? text(rating?.name);
  const appearances = [item?.url, ...list(item?.appearance).map((a) => (typeof a === 'object' && a !== null && !Array.isArray(a) ? a.url : a))]
    .map(text)
    .filter((u): u is string => !!u && /^https?:\/\//i.test(u));
  const inLanguage = node.inLanguage;
  const language = typeof inLanguage === 'string' ? inLanguage.slice(0, 2).toLowerCase() : text(object(inLanguage)?.alternateName)?.slice(0, 2).toLowerCase() ?? guessLanguage(claim, null);
  return {
    claim,
    claimant: name(item?.author) ?? name(item?.creator),
    claimDate: isoDate(text(item?.datePublished)),
    appearances: [...new Set(appearances)],
    verdict,
    rating: rating ? { value, best, worst } : null,
    normalizedRating: normalized,
    verdictClass: verdictClass(verdict),
    reviewUrl: text(node.url),
    reviewTitle: text(node.name) ?? text(node.headline),
    reviewer: name(node.author) ?? name(node.publisher),
    reviewDate: isoDate(text(node.datePublished)),
    language,
  };
}

function object(v: Json | undefined): JsonObject | null {
  if (Array.isArray(v)) return object(v[0]);
  return v !== null && typeof v === 'object' ? v : null;
}

function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A display string: HTML tags dropped, entities decoded, whitespace collapsed; null when empty. */
function text(v: Json | undefined): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const clean = decodeEntities(v.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return clean || null;
}

/** A person's or organisation's name: a string, an object with `name`, or a list of either (joined). */
function name(v: Json | undefined): string | null {
  const names: string[] = [];
  for (const x of list(v)) {
    if (typeof x === 'string') names.push(x);
    else if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
      for (const n of list(x.name)) {
        const t = text(n);
        if (t) names.push(t);
      }
    }
  }
  const joined = names.map((n) => n.trim()).filter(Boolean).join(', ');
  return joined || null;
}

function number(v: Json | undefined): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(v)) return Number(v.replace(',', '.'));
  return null;
}

function clamp(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
