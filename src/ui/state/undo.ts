/** One change the user can take back: what it was, and how to undo and redo it through the API. */
export interface UndoEntry {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * Undo and redo for changes made outside the article text (verdicts, statuses,
 * suggestions, speakers…). The editor keeps its own history for the text.
 * Bounded: a day of work is hundreds of changes, not millions.
 */
export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];

  constructor(private readonly limit = 200) {}

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** Takes back an entry whose change never reached the workspace. */
  drop(entry: UndoEntry): void {
    this.done = this.done.filter((e) => e !== entry);
    this.undone = this.undone.filter((e) => e !== entry);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Returns the entry undone, or null when there was nothing. A failed undo stays on the stack. */
  async undo(): Promise<UndoEntry | null> {
    const entry = this.done.pop();
    if (!entry) return null;
    try {
      await entry.undo();
    } catch (error) {
      this.done.push(entry);
      throw error;
    }
    this.undone.push(entry);
    return entry;
  }

  async redo(): Promise<UndoEntry | null> {
    const entry = this.undone.pop();
    if (!entry) return null;
    try {
      await entry.redo();
    } catch (error) {
      this.undone.push(entry);
      throw error;
    }
    this.done.push(entry);
    return entry;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
