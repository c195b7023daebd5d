/**
 * Maps the browser selection back to body offsets. Every rendered run of body
 * text is an element carrying `data-start` (its offset in the body), so a DOM
 * position (text node, offset) becomes `data-start + offset`.
 */
export function selectionToRange(root: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const a = toOffset(root, range.startContainer, range.startOffset);
  const b = toOffset(root, range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return end > start ? { start, end } : null;
}

function toOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run) return null;
    return Number(run.dataset.start) + offset;
  }
  // An element boundary: use the run just before or after the boundary.
  const el = node as Element;
  const child = el.childNodes[offset] ?? null;
  const after = child instanceof HTMLElement ? (child.matches('[data-start]') ? child : child.querySelector<HTMLElement>('[data-start]')) : null;
  if (after) return Number(after.dataset.start);
  const runs = el.querySelectorAll<HTMLElement>('[data-start]');
  const last = runs[runs.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}
