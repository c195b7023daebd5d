import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../../src/ui/editor/save-queue';

describe('saving the text after a pause in typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function queue(fail = () => false) {
    const saves: number[] = [];
    const cycles: boolean[] = [];
    let n = 0;
    const q = new SaveQueue(
      500,
      async (work) => {
        try {
          await work();
          cycles.push(true);
          return true;
        } catch {
          cycles.push(false);
          return false;
        }
      },
      async () => {
        n++;
        if (fail()) throw new Error('the workspace is locked');
        saves.push(n);
      },
    );
    return { q, saves, cycles };
  }

  it('saves once after the keys stop, and the wait counts as saving', async () => {
    const { q, saves, cycles } = queue();
    q.touch();
    await vi.advanceTimersByTimeAsync(300);
    q.touch();
    await vi.advanceTimersByTimeAsync(300);
    q.touch();
    expect(q.pending).toBe(true); // "Saving…" from the first key
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(1);
    expect(cycles).toEqual([true]);
    expect(q.pending).toBe(false);
  });

  it('saves at once when asked (before a new claim, a merge, leaving the article)', async () => {
    const { q, saves } = queue();
    q.touch();
    await q.flush();
    expect(saves).toHaveLength(1);
  });

  it('keeps an edit whose save failed, and saves it on the next attempt', async () => {
    let failing = true;
    const { q, saves, cycles } = queue(() => failing);
    q.touch();
    await q.flush();
    expect(cycles).toEqual([false]);
    expect(q.pending).toBe(true);
    failing = false;
    await q.flush();
    expect(saves).toHaveLength(1);
    expect(q.pending).toBe(false);
  });
});
