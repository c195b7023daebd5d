/**
 * The calls a transport is answering right now. A host that stops or a window
 * that closes waits for them first: a write the user already made (the last
 * verdict, the selected claim) is answered and committed, never cut mid-way.
 */
export class InFlight {
  private readonly calls = new Set<Promise<unknown>>();

  track<T>(call: Promise<T>): Promise<T> {
    this.calls.add(call);
    const forget = () => this.calls.delete(call);
    call.then(forget, forget);
    return call;
  }

  get size(): number {
    return this.calls.size;
  }

  /**
   * Resolves when no call is in flight any more, or after `limitMs`
   * (a call stuck on a dead network must not keep the process alive forever);
   * true when they all settled.
   */
  async drain(limitMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<'limit'>((resolve) => (timer = setTimeout(() => resolve('limit'), limitMs)));
    try {
      // A call may arrive on a kept-alive connection while others finish: wait until none is left.
      while (this.calls.size > 0) {
        if ((await Promise.race([Promise.allSettled([...this.calls]), limit])) === 'limit') return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
