import { describe, expect, it } from '@jest/globals';
import type { JourneyGraph } from '@cascade/journey';
import { Autosaver, type DraftChanges, type SaveStatus } from './autosaver';

function setup(fail = false) {
  const graphs: JourneyGraph[] = [{ nodes: [], edges: [] }];
  let current = { graph: graphs[0], name: 'Cart' };
  const saves: DraftChanges[] = [];
  const statuses: SaveStatus[] = [];
  const timers: (() => void)[] = [];
  let failing = fail;
  const saver = new Autosaver(current, {
    read: () => current,
    save: async (changes) => {
      saves.push(changes);
      if (failing) throw new Error('down');
    },
    onStatus: (status) => statuses.push(status),
    timers: { set: (run) => timers.push(run), clear: () => undefined },
  });
  return {
    saver, saves, statuses, timers,
    edit: (change: Partial<typeof current>) => { current = { ...current, ...change }; saver.changed(); },
    fireTimer: async () => { timers.shift()?.(); await new Promise((resolve) => setTimeout(resolve, 0)); },
    recover: () => { failing = false; },
  };
}

describe('draft autosave', () => {
  it('never saves while nothing changed', async () => {
    const { saver, saves, timers } = setup();
    saver.changed();
    expect(timers).toHaveLength(0);
    await saver.flush();
    expect(saves).toEqual([]);
  });

  it('saves only what changed, after the delay, and reports the states', async () => {
    const { edit, saves, statuses, fireTimer } = setup();
    const graph = { nodes: [{ id: 'a', type: 'exit' }], edges: [] };
    edit({ graph });
    expect(statuses).toEqual(['unsaved']);
    await fireTimer();
    expect(saves).toEqual([{ graph }]);
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
    edit({ name: 'Cart 2' });
    await fireTimer();
    expect(saves[1]).toEqual({ name: 'Cart 2' });
  });

  it('is back to saved when an edit is undone before the save', () => {
    const { edit, saver, statuses } = setup();
    const original = saver.pendingChanges();
    expect(original).toBeNull();
    edit({ name: 'Other' });
    edit({ name: 'Cart' });
    expect(statuses).toEqual(['unsaved', 'saved']);
  });

  it('reports a failed save and retries on the next change or flush', async () => {
    const { edit, statuses, fireTimer, saver, recover, saves } = setup(true);
    edit({ name: 'x' });
    await fireTimer();
    expect(statuses.at(-1)).toBe('failed');
    recover();
    await saver.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect(saves).toHaveLength(2);
  });
});
