import { describe, expect, it, vi } from 'vitest';
import { UndoSlot, type Timers } from '../../../lib/popup/undo';

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (fn) => (pending.set(++next, fn), next),
    clear: (h) => pending.delete(h as number),
  };
  return { timers, fire: () => [...pending.values()].forEach((fn) => fn()), count: () => pending.size };
}

describe('UndoSlot', () => {
  it('offers an item until its time is up', () => {
    const t = fakeTimers();
    const changes = vi.fn();
    const slot = new UndoSlot<string>(changes, 8000, t.timers);
    slot.offer('a');
    expect(slot.current).toBe('a');
    t.fire();
    expect(slot.current).toBeNull();
    expect(changes.mock.calls).toEqual([['a'], [null]]);
    expect(slot.take()).toBeNull();
  });

  it('hands the item to Undo once, and stops its timer', () => {
    const t = fakeTimers();
    const slot = new UndoSlot<string>(() => {}, 8000, t.timers);
    slot.offer('a');
    expect(slot.take()).toBe('a');
    expect(slot.take()).toBeNull();
    expect(t.count()).toBe(0);
  });

  it('replaces an earlier offer, with a fresh timer', () => {
    const t = fakeTimers();
    const slot = new UndoSlot<string>(() => {}, 8000, t.timers);
    slot.offer('a');
    slot.offer('b');
    expect(t.count()).toBe(1);
    expect(slot.take()).toBe('b');
  });

  it('runs on real timers for 8 seconds by default', () => {
    vi.useFakeTimers();
    try {
      const slot = new UndoSlot<string>(() => {});
      slot.offer('a');
      vi.advanceTimersByTime(7999);
      expect(slot.current).toBe('a');
      vi.advanceTimersByTime(1);
      expect(slot.current).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
