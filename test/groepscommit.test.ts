import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GroepsCommit } from '../src/server/platform/groepscommit.ts';

describe('group commit', () => {
  test('items that arrive while a batch is written form the next batch; results go back in order', async () => {
    const batches: number[][] = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((r) => (started = r));
    const gc = new GroepsCommit<number, number>(async (items) => {
      batches.push(items);
      started();
      await new Promise((r) => setTimeout(r, 5));
      return items.map((i) => i * 10);
    });
    const first = [1, 2].map((i) => gc.submit(i));
    // Submitted while the first batch is being written: they wait for it and then go together.
    await firstStarted;
    const rest = [3, 4, 5].map((i) => gc.submit(i));
    assert.deepEqual(await Promise.all([...first, ...rest]), [10, 20, 30, 40, 50]);
    assert.deepEqual(batches, [[1, 2], [3, 4, 5]]);
  });

  test('a failing batch is retried item by item: only the bad item fails', async () => {
    const gc = new GroepsCommit<number, number>(async (items) => {
      await new Promise((r) => setTimeout(r, 1));
      if (items.includes(3)) throw new Error(`bad ${items.join(',')}`);
      return items;
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => gc.submit(i)));
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
      [1, 2, 'bad 3', 4],
    );
  });

  test('batches never exceed the maximum', async () => {
    const sizes: number[] = [];
    const gc = new GroepsCommit<number, number>(async (items) => {
      sizes.push(items.length);
      await new Promise((r) => setTimeout(r, 1));
      return items;
    }, 3);
    await Promise.all(Array.from({ length: 10 }, (_, i) => gc.submit(i)));
    assert.deepEqual(sizes, [3, 3, 3, 1]);
  });
});
