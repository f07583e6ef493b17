import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { onderdruk, type Groep } from '../src/server/platform/onderdrukking.ts';

/** Whether any hidden cell can be pinned down from the shown cells of the groups (brute force over 0…max). */
function afleidbaar(aantallen: Map<string, number>, groepen: Groep[], verborgen: Set<string>, max = 40): string[] {
  const uit: string[] = [];
  for (const doel of verborgen) {
    const mogelijk = new Set<number>();
    const onbekend = [...verborgen];
    // Enumerate assignments of the hidden cells consistent with every shown total (small tables only).
    const zoek = (i: number, waarden: Map<string, number>) => {
      if (mogelijk.size > 1) return;
      if (i === onbekend.length) {
        const klopt = groepen.every((g) => {
          const t = waarden.get(g.totaal) ?? aantallen.get(g.totaal)!;
          return g.delen.reduce((s, d) => s + (waarden.get(d) ?? aantallen.get(d)!), 0) === t;
        });
        if (klopt) mogelijk.add(waarden.get(doel)!);
        return;
      }
      const k = onbekend[i]!;
      const echt = aantallen.get(k)!;
      // A hidden non-zero count could be any value the reader cannot exclude: 1..4 for a primary cell, larger for a secondary one.
      for (let v = 1; v <= max; v++) {
        if (echt < 5 && v >= 5) break;
        waarden.set(k, v);
        zoek(i + 1, waarden);
      }
      waarden.delete(k);
    };
    zoek(0, new Map());
    if (mogelijk.size === 1) uit.push(doel);
  }
  return uit;
}

describe('small-cell suppression', () => {
  test('1–4 hidden, zeros and larger counts shown', () => {
    const a = new Map([['a', 0], ['b', 3], ['c', 12]]);
    assert.deepEqual([...onderdruk(a, [])], ['b']);
  });

  test('one hidden part of a shown total takes the smallest other part with it', () => {
    const a = new Map([['wijk', 40], ['b1', 3], ['b2', 7], ['b3', 30]]);
    const g = [{ totaal: 'wijk', delen: ['b1', 'b2', 'b3'] }];
    const v = onderdruk(a, g);
    assert.deepEqual([...v].sort(), ['b1', 'b2']);
    assert.deepEqual(afleidbaar(a, g, v), []);
  });

  test('two hidden parts that add up to less than 5 are not enough', () => {
    const a = new Map([['wijk', 22], ['b1', 1], ['b2', 1], ['b3', 8], ['b4', 12]]);
    const g = [{ totaal: 'wijk', delen: ['b1', 'b2', 'b3', 'b4'] }];
    const v = onderdruk(a, g);
    assert.ok(v.has('b3'), [...v].join());
    assert.deepEqual(afleidbaar(a, g, v), []);
  });

  test('a cell in two groups (buurt × category) is protected in both directions', () => {
    // Rows: buurten; columns: categories; margins: buurt totals and the wijk's category totals.
    const cellen: Record<string, number> = { 'b1:x': 2, 'b1:y': 9, 'b2:x': 6, 'b2:y': 11 };
    const a = new Map<string, number>(Object.entries(cellen));
    a.set('b1', 11).set('b2', 17).set('w:x', 8).set('w:y', 20).set('w', 28);
    const g: Groep[] = [
      { totaal: 'b1', delen: ['b1:x', 'b1:y'] },
      { totaal: 'b2', delen: ['b2:x', 'b2:y'] },
      { totaal: 'w:x', delen: ['b1:x', 'b2:x'] },
      { totaal: 'w:y', delen: ['b1:y', 'b2:y'] },
      { totaal: 'w', delen: ['b1', 'b2'] },
      { totaal: 'w', delen: ['w:x', 'w:y'] },
    ];
    const v = onderdruk(a, g);
    assert.ok(v.has('b1:x'));
    assert.deepEqual(afleidbaar(a, g, v), []);
  });

  test('with no other part left, the total is hidden', () => {
    const a = new Map([['wijk', 3], ['b1', 3]]);
    assert.deepEqual([...onderdruk(a, [{ totaal: 'wijk', delen: ['b1'] }])].sort(), ['b1', 'wijk']);
  });
});
