import { findVerdict } from '../../core/verdicts';
import { i18n, t } from '../i18n/i18n.svelte';
import type { AppState } from './app-state.svelte';

/** The desk's keys, in the order the help shows them. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['j', '↓'], what: 'shortcuts.next' },
  { keys: ['k', '↑'], what: 'shortcuts.previous' },
  { keys: ['Enter'], what: 'shortcuts.openClaim' },
  { keys: ['1…9', '0'], what: 'shortcuts.verdicts' },
  { keys: ['a'], what: 'shortcuts.accept' },
  { keys: ['d'], what: 'shortcuts.dismiss' },
  { keys: ['n'], what: 'shortcuts.newClaim' },
  { keys: ['/'], what: 'shortcuts.search' },
  { keys: ['Ctrl Z', '⌘ Z'], what: 'shortcuts.undo' },
  { keys: ['Ctrl Y', '⇧ ⌘ Z'], what: 'shortcuts.redo' },
  { keys: ['?'], what: 'shortcuts.help' },
  { keys: ['Esc'], what: 'shortcuts.escape' },
];

/** Typing in a field or in the article is typing, not a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file', 'color'].includes(type);
}

/**
 * Handles one key press on the window. Returns true when it was a shortcut
 * (the caller then prevents the default). Keys already handled by a control
 * (defaultPrevented), typing, and keys inside a modal dialog are left alone.
 */
export function handleShortcut(e: KeyboardEvent, app: AppState): boolean {
  if (e.defaultPrevented || e.isComposing) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey) {
    const key = e.key.toLowerCase();
    if (isTyping(e.target)) return false; // fields and the editor undo their own text
    if (key === 'z' && !e.shiftKey) return run(app.undo());
    if (key === 'y' || (key === 'z' && e.shiftKey)) return run(app.redo());
    return false;
  }
  // On the Verdict field itself (Enter brings the focus there) the digits give verdicts too.
  const onVerdict = e.target instanceof HTMLSelectElement && e.target.id === 'claim-verdict' && /^[0-9]$/.test(e.key);
  if (e.altKey || mod || (isTyping(e.target) && !onVerdict)) return false;
  if (e.target instanceof Element && e.target.closest('dialog[open]')) return false;

  const claim = app.selectedClaim;
  switch (e.key) {
    case 'j':
    case 'k':
      app.step(e.key === 'j' ? 1 : -1);
      return true;
    case 'Enter':
      if (!claim || (e.target instanceof HTMLElement && e.target.closest('button, a, summary'))) return false;
      app.focusPanel++;
      return true;
    case 'a':
    case 'd':
      if (!claim) return say(app, t('keys.noSelection'));
      void app.review(claim.id, e.key === 'a' ? 'accepted' : 'dismissed');
      return true;
    case 'n':
      newClaim(app);
      return true;
    case '/':
      app.focusSearch++;
      return true;
    case '?':
      app.dialog = 'shortcuts';
      return true;
  }
  if (/^[0-9]$/.test(e.key)) {
    if (!claim) return say(app, t('keys.noSelection'));
    if (e.key === '0') {
      void app.updateClaim(claim.id, { verdict: null }).then((ok) => ok && app.announce(t('keys.verdictCleared')));
      return true;
    }
    const verdict = app.scale?.verdicts[Number(e.key) - 1];
    if (!verdict) return say(app, t('keys.noVerdict', { n: e.key }));
    void app.updateClaim(claim.id, { verdict: verdict.id }).then((ok) => ok && app.announce(t('keys.verdictSet', { verdict: findVerdict(app.scale!, verdict.id)!.label[i18n.lang] })));
    return true;
  }
  return false;
}

/** The article view registers its command; until it does, its "New claim" button is pressed. */
function newClaim(app: AppState): void {
  if (app.newClaimFromSelection) return app.newClaimFromSelection();
  const label = t('claims.newClaim');
  const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label);
  if (!button || button.disabled) return say(app, t('claims.newClaimHint')) as unknown as void;
  button.click();
}

function say(app: AppState, message: string): true {
  app.announce(message);
  return true;
}

function run(p: Promise<void>): true {
  void p;
  return true;
}
