import { getRandomValues } from 'node:crypto';
import { V7Generator } from 'uuidv7';

/**
 * Cryptographic random words drawn from the system 2,048 at a time: the
 * library's default asks the system every few ids, which was a third of the
 * time of storing the 400,000 rows of a 20 MB article.
 */
class BufferedRandom {
  private readonly words = new Uint32Array(2048);
  private next = this.words.length;

  nextUint32(): number {
    if (this.next === this.words.length) {
      getRandomValues(this.words);
      this.next = 0;
    }
    return this.words[this.next++]!;
  }
}

const generator = new V7Generator(new BufferedRandom());

/** Time-ordered random ids (UUIDv7): sortable, and safe to merge across machines one day. */
export const newId = (): string => generator.generate().toString();

/** Timestamps are ISO 8601 UTC strings with milliseconds. */
export const now = (): string => new Date().toISOString();
