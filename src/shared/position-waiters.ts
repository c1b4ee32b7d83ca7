interface Waiter {
  position: bigint;
  resolve(reached: boolean): void;
  timer: NodeJS.Timeout;
}

/**
 * Callers waiting until a follower of the log has applied a position (read-your-writes, the audit log's next
 * head): each is answered true when the position is reached, false when its time runs out or the follower stops.
 */
export class PositionWaiters {
  #waiters: Waiter[] = [];

  /** Resolves true once `reached(position)` is called for this position or a later one, false after `timeoutMs`. */
  wait(position: bigint, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.#waiters = this.#waiters.filter((other) => other !== waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.#waiters.push(waiter);
    });
  }

  /** The follower applied `position`: answer everyone waiting for it or an earlier one. */
  reached(position: bigint): void {
    if (this.#waiters.length === 0) return;
    const still: Waiter[] = [];
    for (const waiter of this.#waiters) {
      if (waiter.position <= position) {
        clearTimeout(waiter.timer);
        waiter.resolve(true);
      } else still.push(waiter);
    }
    this.#waiters = still;
  }

  /** The follower stopped: everyone still waiting is answered false. */
  cancelAll(): void {
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(false);
    }
    this.#waiters = [];
  }
}
