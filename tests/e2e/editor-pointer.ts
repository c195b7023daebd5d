import type { Page } from '@playwright/test';

/**
 * Selecting words and placing the caret in the article editor with the mouse,
 * as a person does, for the end-to-end tests of the editor and the desk.
 */

/** Resolves once the page has stopped scrolling (the desk restores an article's scroll position over a few frames). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const main = document.querySelector('.main');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = -1;
    for (let stable = 0; stable < 3; ) {
      await frame();
      const now = main?.scrollTop ?? 0;
      stable = now === last ? stable + 1 : 0;
      last = now;
    }
  });
}

/**
 * Selects words of the editor with the mouse, as a person would: press before the first letter, release
 * after the last. The page may still be scrolling (the desk restores an article's scroll position), so
 * the selection is checked and the drag made again if it missed.
 */
export async function selectWords(page: Page, words: string, occurrence = 0): Promise<void> {
  await scrollSettled(page);
  for (let attempt = 0; attempt < 3; attempt++) {
    await dragOver(page, words, occurrence);
    if ((await page.evaluate(() => getSelection()?.toString() ?? '')).replace(/\s+/g, ' ').trim() === words) return;
    await scrollSettled(page);
  }
  throw new Error(`could not select «${words}» with the mouse`);
}

async function dragOver(page: Page, words: string, occurrence: number): Promise<void> {
  const box = await page.getByTestId('Editor').evaluate(
    (root, [w, n]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      let all = '';
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        // Skip folded lines and glyphs (the editor itself is contenteditable="false" while reviewing).
        const widget = (t.parentElement as HTMLElement).closest('[contenteditable="false"], .claim-glyph');
        if (widget && widget !== root) continue;
        texts.push(t as Text);
        all += (t as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= (n as number); i++) at = all.indexOf(w as string, at + 1);
      if (at < 0) throw new Error(`not in the editor: ${w}`);
      // A start at the end of one text node belongs to the next one; an end, to the node it ends.
      const locate = (offset: number, end: boolean) => {
        for (const t of texts) {
          if (offset < t.data.length || (end && offset === t.data.length)) return { node: t, offset };
          offset -= t.data.length;
        }
        throw new Error('offset out of range');
      };
      const rectAt = (offset: number, end: boolean) => {
        const { node, offset: o } = locate(offset, end);
        const r = document.createRange();
        r.setStart(node, end ? o - 1 : o);
        r.setEnd(node, end ? o : o + 1);
        const rect = r.getClientRects()[0]!;
        return { x: end ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      };
      (root as HTMLElement).scrollIntoView({ block: 'nearest' });
      const first = locate(at, false).node.parentElement!;
      first.scrollIntoView({ block: 'center' });
      return { from: rectAt(at, false), to: rectAt(at + (w as string).length, true) };
    },
    [words, occurrence] as const,
  );
  await page.mouse.move(box.from.x, box.from.y);
  await page.mouse.down();
  await page.mouse.move((box.from.x + box.to.x) / 2, (box.from.y + box.to.y) / 2, { steps: 4 });
  await page.mouse.move(box.to.x, box.to.y, { steps: 4 });
  await page.mouse.up();
}

/** Puts the caret right before `words` by clicking there. */
export async function clickBefore(page: Page, words: string, shift = 0): Promise<void> {
  const at = await page.getByTestId('Editor').evaluate(
    (root, [w, s]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const i = (t as Text).data.indexOf(w as string);
        const widget = (t.parentElement as HTMLElement).closest('[contenteditable="false"]');
        if (i < 0 || (widget && widget !== root)) continue;
        const r = document.createRange();
        r.setStart(t, i + (s as number));
        r.setEnd(t, i + (s as number) + 1);
        (t.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + 0.5, y: rect.top + rect.height / 2 };
      }
      throw new Error(`not in the editor: ${w}`);
    },
    [words, shift] as const,
  );
  await page.mouse.click(at.x, at.y);
}

