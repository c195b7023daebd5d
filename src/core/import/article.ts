import type { ArticleMeta, CleanedArticle } from '../model';
import { cleanUnits } from '../cleaning/clean';
import { rulesFor } from '../cleaning/rules/index';
import type { Unit } from '../cleaning/units';
import { assembleText } from './assemble';
import { baseLanguage, detectLanguage } from './language';

export interface BuildOptions {
  /** Flat text (paste, .txt, PDF, DOCX lines) rather than blocks extracted from a page. */
  flat: boolean;
  /** The decoded import, verbatim. */
  original: string;
  /** Metadata the source declares (meta tags, JSON-LD): it wins over what the text suggests. */
  declared?: Partial<ArticleMeta>;
  /** The language the user chose: it is kept as given (a page's own declaration, in `declared`, is checked instead). */
  language?: string | null;
  /** Problems met before cleaning (invalid bytes…), passed through. */
  warnings?: string[];
}

function sampleText(units: Unit[]): string {
  let text = '';
  for (const u of units) {
    if (text.length > 2000) break;
    text += u.text + '\n';
  }
  return text;
}

/**
 * What the language is read from: the article's paragraphs (not its headings,
 * captions or names), a few hundred characters of them — enough for a trigram
 * model, and the detector's cost grows with its sample.
 */
const SAMPLE_CHARS = 500;

function languageSample(body: string, blocks: CleanedArticle['blocks']): string {
  let text = '';
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'quote') continue;
    text += body.slice(b.start, Math.min(b.end, b.start + SAMPLE_CHARS - text.length)) + ' ';
    if (text.length >= SAMPLE_CHARS) break;
  }
  return text.trim();
}

/**
 * Units of an import → a cleaned article: noise folded with its kind, metadata
 * read from the source's declarations first and from the text second.
 * The body may come out empty (a page with no article); the caller decides what that means.
 */
export function buildArticle(units: Unit[], options: BuildOptions): CleanedArticle {
  const declared = options.declared ?? {};
  const chosen = baseLanguage(options.language);
  const stated = chosen ?? declared.language ?? null;
  // Every language's rules apply; the declared language only decides which wins a tie, so no detection is needed yet.
  const { states, meta: found } = cleanUnits(units, { rules: rulesFor(baseLanguage(stated)), flat: options.flat, title: declared.title ?? null });
  const { body, blocks, folded } = assembleText(states);
  const warnings = [...(options.warnings ?? [])];
  const language = chosen ? { language: chosen, warning: null } : detectLanguage(languageSample(body, blocks) || sampleText(units), stated);
  if (language.warning) warnings.push(language.warning);
  const meta: ArticleMeta = {
    title: declared.title ?? found.title,
    kicker: declared.kicker ?? found.kicker,
    outlet: declared.outlet ?? found.outlet,
    byline: declared.byline ?? found.byline,
    publishedAt: declared.publishedAt ?? found.publishedAt,
    modifiedAt: declared.modifiedAt ?? found.modifiedAt,
    language: language.language,
    url: declared.url ?? null,
    canonicalUrl: declared.canonicalUrl ?? null,
  };
  return { meta, body, blocks, folded, original: options.original, warnings };
}
