import { describe, expect, it, vi } from 'vitest';
import { handleShortcut } from '../../src/ui/state/shortcuts';
import { claim, deskWith } from './fake-api';

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

describe('the desk keys', () => {
  it('j/k walk the list, digits give verdicts from the scale, 0 takes the verdict away', async () => {
    const { app } = deskWith([claim('c1', 'One'), claim('c2', 'Two')]);
    expect(handleShortcut(press('j'), app)).toBe(true);
    expect(app.selectedClaimId).toBe('c1');
    handleShortcut(press('j'), app);
    expect(app.selectedClaimId).toBe('c2');
    handleShortcut(press('k'), app);
    expect(app.selectedClaimId).toBe('c1');
    handleShortcut(press('4'), app); // the fourth verdict of the default scale
    expect(app.claims[0]!.verdict).toBe('false');
    await vi.waitFor(() => expect(app.announcement).toBe('Verdict: False'));
    handleShortcut(press('0'), app);
    expect(app.claims[0]!.verdict).toBeNull();
    await vi.waitFor(() => expect(app.announcement).toBe('Verdict taken away.'));
    handleShortcut(press('9'), app);
    await vi.waitFor(() => expect(app.announcement).toBe('The scale has no verdict 9.'));
  });

  it('a and d accept and dismiss; Ctrl+Z and Ctrl+Y undo and redo', async () => {
    const { app } = deskWith([claim('c1', 'One'), claim('c2', 'Two')]);
    await app.selectClaim('c1');
    handleShortcut(press('d'), app);
    expect(app.claims[0]!.review).toBe('dismissed');
    await vi.waitFor(() => expect(app.selectedClaimId).toBe('c2'));
    handleShortcut(press('z', { ctrlKey: true }), app);
    await vi.waitFor(() => expect(app.claims[0]!.review).toBe('suggested'));
    handleShortcut(press('y', { ctrlKey: true }), app);
    await vi.waitFor(() => expect(app.claims[0]!.review).toBe('dismissed'));
    await vi.waitFor(() => expect(app.saveState).toBe('saved'));
    handleShortcut(press('a'), app); // on the claim selected now
    await vi.waitFor(() => expect(app.claims.find((c) => c.id === app.selectedClaimId)!.review).toBe('accepted'));
  });

  it('leaves typing alone: fields, the editor, and keys a control already took', () => {
    const { app } = deskWith([claim('c1', 'One')]);
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(input, area, editable);
    for (const target of [input, area, editable]) {
      expect(handleShortcut(press('j', {}, target), app)).toBe(false);
      expect(handleShortcut(press('z', { ctrlKey: true }, target), app)).toBe(false); // the field's own undo
    }
    const taken = press('j');
    taken.preventDefault();
    expect(handleShortcut(taken, app)).toBe(false);
    expect(app.selectedClaimId).toBeNull();
  });

  it('/ asks for the search box, ? opens the shortcuts, n presses the editor’s New claim', async () => {
    const { app } = deskWith([claim('c1', 'One')]);
    handleShortcut(press('/'), app);
    expect(app.focusSearch).toBe(1);
    handleShortcut(press('?'), app);
    expect(app.dialog).toBe('shortcuts');
    const button = document.createElement('button');
    button.textContent = 'New claim';
    let pressed = 0;
    button.addEventListener('click', () => pressed++);
    document.body.append(button);
    handleShortcut(press('n'), app);
    expect(pressed).toBe(1);
    button.disabled = true;
    handleShortcut(press('n'), app);
    expect(pressed).toBe(1);
    await vi.waitFor(() => expect(app.announcement).toBe('Select words in the article first.'));
  });
});
