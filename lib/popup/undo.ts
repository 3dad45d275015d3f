// One pending undo at a time (a deleted bookmark): offered, then taken by Undo or dropped
// when its time is up. Timers are passed in so tests can drive them.

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const UNDO_MS = 8000;

export class UndoSlot<T> {
  #item: T | null = null;
  #timer: unknown = null;

  /** `onChange` hears every change of the pending item (null: nothing to undo). */
  constructor(
    private readonly onChange: (item: T | null) => void,
    private readonly ms = UNDO_MS,
    private readonly timers: Timers = realTimers,
  ) {}

  get current(): T | null {
    return this.#item;
  }

  /** Offers `item` for undo, replacing (and so dropping) any earlier one. */
  offer(item: T): void {
    this.#stop();
    this.#item = item;
    this.#timer = this.timers.set(() => this.#set(null), this.ms);
    this.onChange(item);
  }

  /** Takes the pending item to undo it; null when the time is up or nothing was offered. */
  take(): T | null {
    const item = this.#item;
    this.#set(null);
    return item;
  }

  /** Drops the pending item (closing the toast, or the popup going away). */
  dismiss(): void {
    this.#set(null);
  }

  #stop() {
    if (this.#timer !== null) this.timers.clear(this.#timer);
    this.#timer = null;
  }

  #set(item: T | null) {
    this.#stop();
    if (this.#item === item) return;
    this.#item = item;
    this.onChange(item);
  }
}
