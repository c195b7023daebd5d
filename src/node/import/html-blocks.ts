import type { BlockKind } from '../../core/model';
import type { Unit } from '../../core/cleaning/index';

/**
 * Sanitized article HTML → units for the cleaner, keeping the structure the
 * editor shows: headings, paragraphs, block quotes, list items, captions.
 * A paragraph that is all bold and short is a crosshead, as news sites write them.
 */

const HEADING = /^H([1-6])$/u;
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'UL', 'OL', 'DL', 'BODY', 'TBODY', 'THEAD', 'CENTER']);
const INLINE_BREAK = 'BR';

export interface BlockOptions {
  /** Collapse every run of whitespace (HTML) or only line breaks and tabs (DOCX text, where spaces are meant). */
  collapseSpaces: boolean;
  /**
   * Word documents made of wire copy: paragraphs are the lines of flat text (kind left to the
   * cleaner) and an empty paragraph is the blank line that separates groups.
   */
  flatParagraphs?: boolean;
}

function clean(text: string, options: BlockOptions): string {
  return (options.collapseSpaces ? text.replace(/[ \t\n\r\f]+/gu, ' ') : text.replace(/[\t\n\r\f]+/gu, ' ')).trim();
}

/**
 * A text node's words: a line break in the source is a space, as a browser
 * shows it (the breaks a page shows — <pre>, white-space: pre — were made <br>
 * before extraction, see html-source.ts; Word's own breaks are <br> too).
 */
function textOf(node: Node): string {
  return (node.nodeValue ?? '').replace(/[\r\n]+/gu, ' ');
}

/** Text of an element with <br> as line breaks, nested lists left out (they become units of their own). */
function textWithBreaks(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += textOf(child);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === INLINE_BREAK) out += '\n';
        else if (tag !== 'UL' && tag !== 'OL') walk(child);
      }
    }
  };
  walk(el);
  return out;
}

/** Short, and not a sentence: "Thème récurrent", not "Revivez le direct du vote." */
function isShortTitle(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/u).length <= 15 && !/[.,;]$/u.test(t);
}

function isBoldOnly(el: Element): boolean {
  const text = el.textContent?.trim() ?? '';
  if (!text || el.children.length !== 1) return false;
  const only = el.children[0]!;
  return (only.tagName === 'B' || only.tagName === 'STRONG') && only.textContent?.trim() === text;
}

export function htmlUnits(root: Element, options: BlockOptions): Unit[] {
  const units: Unit[] = [];
  let group = 0;
  const flat = options.flatParagraphs === true;
  const push = (raw: string, kind: BlockKind | null, level?: number) => {
    // A <br> splits a block into lines of the same group (a caption and its credit).
    let pushed = false;
    for (const line of raw.split('\n')) {
      const text = clean(line, options);
      if (!text) continue;
      const unit: Unit = { text, kind, group };
      if (level !== undefined) unit.level = level;
      units.push(unit);
      pushed = true;
    }
    if (!flat || !pushed) group++;
  };
  const visit = (el: Element, inQuote: boolean) => {
    const tag = el.tagName;
    const heading = HEADING.exec(tag);
    if (heading) return push(textWithBreaks(el), 'heading', Number(heading[1]));
    if (tag === 'BLOCKQUOTE') {
      const before = units.length;
      for (const child of el.children) visit(child, true);
      if (units.length === before) push(textWithBreaks(el), 'quote');
      return;
    }
    if (tag === 'LI') {
      push(textWithBreaks(el), inQuote ? 'quote' : 'list-item');
      for (const nested of el.querySelectorAll(':scope > ul > li, :scope > ol > li')) visit(nested, inQuote);
      return;
    }
    if (tag === 'FIGCAPTION') return push(textWithBreaks(el), 'caption');
    if (tag === 'TR') return push([...el.children].map((c) => c.textContent?.trim() ?? '').filter(Boolean).join(' | '), 'paragraph');
    if (tag === 'TABLE') {
      for (const row of el.querySelectorAll('tr')) visit(row, inQuote);
      return;
    }
    if (tag === 'P' || tag === 'PRE' || tag === 'DT' || tag === 'DD' || !CONTAINERS.has(tag)) {
      if (tag === 'P' && isBoldOnly(el) && isShortTitle(el.textContent ?? '')) return push(textWithBreaks(el), 'heading', 3);
      return push(textWithBreaks(el), inQuote ? 'quote' : flat ? null : 'paragraph');
    }
    // A container: its block children in order, and loose text between them as paragraphs.
    let loose = '';
    const flushLoose = () => {
      if (loose.trim()) push(loose, inQuote ? 'quote' : flat ? null : 'paragraph');
      loose = '';
    };
    for (const child of el.childNodes) {
      if (child.nodeType === 3) loose += textOf(child);
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.tagName === INLINE_BREAK) loose += '\n';
        else if (isBlock(c)) {
          flushLoose();
          visit(c, inQuote);
        } else loose += textWithBreaks(c);
      }
    }
    flushLoose();
  };
  visit(root, false);
  return units;
}

const BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'FIGCAPTION', 'TABLE', 'TR', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', ...CONTAINERS]);

function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName);
}
