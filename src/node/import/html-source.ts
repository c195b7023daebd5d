/**
 * What a saved page's source says before extraction: the line breaks that
 * show on screen, the inline pieces of a sentence that only look like page
 * furniture, and whether the page builds its text with JavaScript.
 */

/** `white-space: pre`, `pre-wrap`, `pre-line` (or `break-spaces`) in an inline style: the element's line breaks show. */
const PRESERVED = /white-space\s*:\s*(?:pre|break-spaces)/iu;

/**
 * In HTML a line break inside a paragraph is a space, as a browser renders
 * it; only `<pre>`, `<textarea>` and elements styled `white-space: pre*` show
 * their line breaks. Those breaks are made `<br>` here, before extraction and
 * sanitizing drop the styles, so that every later step can read any other
 * newline of a text node as a space.
 */
export function markShownLineBreaks(document: Document): void {
  const shown = [...document.querySelectorAll('pre, textarea, [style]')].filter((el) => el.tagName === 'PRE' || el.tagName === 'TEXTAREA' || PRESERVED.test(el.getAttribute('style') ?? ''));
  for (const el of shown) {
    const walker = document.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    for (const t of texts) {
      const value = t.nodeValue ?? '';
      if (!/[\r\n]/u.test(value)) continue;
      const parts = value.replace(/\r\n?/gu, '\n').split('\n');
      const parent = t.parentNode!;
      parts.forEach((part, i) => {
        if (i > 0) parent.insertBefore(document.createElement('br'), t);
        if (part) parent.insertBefore(document.createTextNode(part), t);
      });
      parent.removeChild(t);
    }
  }
}

const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'TIME', 'ABBR', 'A', 'FONT', 'CITE']);
/** Readability's own byline pattern: an element whose class or id matches it is taken out as the byline. */
const BYLINE_LIKE = /byline|author|dateline|writtenby|p-author/iu;

/**
 * "<p><span class="dateline">ODESA (WND) —</span> A missile struck…": an
 * inline element that opens a paragraph's sentence is part of it, whatever its
 * class says. Readability would take such a span for the byline and cut it
 * out; its class and id are dropped so it stays in the first sentence.
 */
export function keepInlineDatelines(document: Document): void {
  for (const el of document.querySelectorAll('[class], [id]')) {
    if (!INLINE.has(el.tagName)) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!BYLINE_LIKE.test(marks) || /author|writtenby/iu.test(marks)) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const own = (el.textContent ?? '').trim().length;
    const around = (parent.textContent ?? '').trim().length;
    // The rest of the paragraph is running text: the span is a sentence's opening words, not a byline line.
    if (around - own >= 40) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}

/** Template placeholders of client-side frameworks: AngularJS/Vue/Handlebars `{{…}}`, Jinja-like `{%…%}`. */
export const TEMPLATE_MARK = /\{\{[^{}]{1,300}\}\}|\{%[^%]{1,300}%\}/u;

/** Markers of a page whose content a script renders: framework roots, an empty application container. */
const APP_ROOT = /\bng-(?:app|controller|view|bind(?:-html)?)\b|\bv-(?:app|cloak)\b|\bdata-reactroot\b|\bdata-server-rendered\b|<div[^>]+\bid=["'](?:root|app|__next|__nuxt)["'][^>]*>\s*<\/div>/iu;
const NOSCRIPT_ASK = /<noscript\b[^>]*>[^<]{0,300}(?:enable|activer|activez|requires?|nécessite)[^<]{0,80}javascript/iu;

/**
 * Signs that a page builds its text with JavaScript: template placeholders in
 * its visible text, a client-side application's root, or a <noscript> asking
 * for JavaScript. Only a sign: a page that also shows an article's text is
 * imported (its placeholder lines fold as script); one that shows none is
 * refused with a message that says why.
 */
export function looksScriptBuilt(html: string, visibleText: string): boolean {
  return TEMPLATE_MARK.test(visibleText) || APP_ROOT.test(html) || NOSCRIPT_ASK.test(html);
}
