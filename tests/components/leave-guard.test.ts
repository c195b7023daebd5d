import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../src/contract/client';
import { DeskPrefs } from '../../src/ui/state/desk-prefs.svelte';
import { LeaveGuard } from '../../src/ui/state/leave-guard';

/** A client that records every ui.saveState patch it is sent. */
function recordingClient() {
  const saved: unknown[] = [];
  const api = {
    try: vi.fn(async (method: string, input: { patch?: unknown }) => {
      if (method === 'ui.saveState') saved.push(input.patch);
      return { ok: true, value: {} };
    }),
  } as unknown as Client;
  return { api, saved };
}

describe('where the user is, written however the page goes away', () => {
  afterEach(() => vi.useRealTimers());

  it('a burst that never pauses is still written, at most a second after its first change', () => {
    vi.useFakeTimers();
    const { api, saved } = recordingClient();
    const prefs = new DeskPrefs();
    prefs.api = api;
    prefs.save({ lastClaimId: '019a0000-0000-7000-8000-000000000001' });
    // Scrolling every 100 ms postpones a plain debounce forever.
    for (let i = 1; i <= 9; i++) {
      vi.advanceTimersByTime(100);
      prefs.save({ scroll: { articleId: '019a0000-0000-7000-8000-0000000000aa', top: i * 10 } }, 500);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(saved).toEqual([{ lastClaimId: '019a0000-0000-7000-8000-000000000001', scroll: { articleId: '019a0000-0000-7000-8000-0000000000aa', top: 90 } }]);
  });

  it('a quiet change waits for its pause, as before', () => {
    vi.useFakeTimers();
    const { api, saved } = recordingClient();
    const prefs = new DeskPrefs();
    prefs.api = api;
    prefs.save({ sort: 'score' });
    vi.advanceTimersByTime(299);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ sort: 'score' }]);
  });

  for (const [what, leave] of [
    ['the tab is hidden', () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }],
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
  ] as const) {
    it(`what waits is sent at once when ${what}`, () => {
      vi.useFakeTimers();
      const { api, saved } = recordingClient();
      const prefs = new DeskPrefs();
      prefs.api = api;
      const guard = new LeaveGuard();
      guard.register(prefs);
      const uninstall = guard.install(window);
      try {
        prefs.save({ lastClaimId: '019a0000-0000-7000-8000-000000000002' });
        leave();
        expect(saved).toEqual([{ lastClaimId: '019a0000-0000-7000-8000-000000000002' }]);
      } finally {
        uninstall();
        Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      }
    });
  }

  it('the browser asks before leaving only when something cannot outlive the page', () => {
    const guard = new LeaveGuard();
    let risky = false;
    const flushed: string[] = [];
    guard.register({ flush: () => flushed.push('small') });
    guard.register({ flush: () => flushed.push('text'), atRisk: () => risky });
    const uninstall = guard.install(window);
    try {
      const calm = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(calm);
      expect(calm.defaultPrevented).toBe(false);
      risky = true;
      const ask = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(ask);
      expect(ask.defaultPrevented).toBe(true);
      expect(flushed).toEqual(['small', 'text', 'small', 'text']);
    } finally {
      uninstall();
    }
  });
});
