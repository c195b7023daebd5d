/**
 * Capped posting lists from a 32-bit shingle hash to group numbers, in typed
 * arrays: an open-addressing table of keys and one pool of fixed-width lists.
 * A Map<number, number[]> held a key (a heap number above 2^30), an entry and an
 * array for each distinct shingle of an article: hundreds of thousands of small
 * objects for the collector on a long one. Same contents, same order.
 */
export class PostingIndex {
  private keys = new Uint32Array(1024);
  /** Per table cell: 0 when empty, else the list's number + 1. */
  private cells = new Int32Array(1024);
  private lengths = new Int32Array(256);
  private pool: Int32Array;
  private lists = 0;
  /** Room per list: the cap, and at least the one member a list starts with. */
  private readonly width: number;

  /** `cap`: a whole number, the most groups a list keeps. */
  constructor(private readonly cap: number) {
    this.width = Math.max(1, cap);
    this.pool = new Int32Array(256 * this.width);
  }

  /** The list of a shingle, or -1. */
  find(shingle: number): number {
    const mask = this.keys.length - 1;
    for (let at = hash(shingle) & mask; ; at = (at + 1) & mask) {
      const cell = this.cells[at]!;
      if (cell === 0) return -1;
      if (this.keys[at] === shingle) return cell - 1;
    }
  }

  size(list: number): number {
    return this.lengths[list]!;
  }

  member(list: number, k: number): number {
    return this.pool[list * this.width + k]!;
  }

  /** Adds a group to a shingle's list: a new list holds it, a list already at the cap is left as it is. */
  add(shingle: number, group: number): void {
    const list = this.find(shingle);
    if (list >= 0) {
      const n = this.lengths[list]!;
      if (n < this.cap) {
        this.pool[list * this.width + n] = group;
        this.lengths[list] = n + 1;
      }
      return;
    }
    if ((this.lists + 1) * 2 > this.keys.length) this.growTable();
    if (this.lists === this.lengths.length) this.growLists();
    const created = this.lists++;
    this.pool[created * this.width] = group;
    this.lengths[created] = 1;
    this.place(shingle, created);
  }

  private place(shingle: number, list: number): void {
    const mask = this.keys.length - 1;
    let at = hash(shingle) & mask;
    while (this.cells[at] !== 0) at = (at + 1) & mask;
    this.keys[at] = shingle;
    this.cells[at] = list + 1;
  }

  private growTable(): void {
    const keys = this.keys;
    const cells = this.cells;
    this.keys = new Uint32Array(keys.length * 2);
    this.cells = new Int32Array(cells.length * 2);
    for (let i = 0; i < keys.length; i++) if (cells[i] !== 0) this.place(keys[i]!, cells[i]! - 1);
  }

  private growLists(): void {
    const lengths = new Int32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const pool = new Int32Array(lengths.length * this.width);
    pool.set(this.pool);
    this.pool = pool;
  }
}

/** The shingles are hashes already; a multiply and a shift spread them over the table's low bits. */
function hash(x: number): number {
  const h = Math.imul(x, 0x9e3779b1);
  return (h ^ (h >>> 16)) >>> 0;
}
