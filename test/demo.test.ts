import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { seedDemoData } from '../src/server/demo/demo.service.ts';
import { describeEngines } from './helpers/engines.ts';

describeEngines('demo data', (h) => {
  test('two years of meldingen with seasonality and casussen in every state, all marked demo', async () => {
    const r = await seedDemoData(h.started.ctx, { perDag: 0.6, seed: 7 });
    assert.ok(r.meldingen > 300, `meldingen ${r.meldingen}`);
    const db = h.started.ctx.db;
    const rows = await db.selectFrom('melding').select(['demo', 'ingediend_op', 'categorie', 'buurt_code']).execute();
    assert.ok(rows.every((m) => m.demo));
    const days = (Date.now() - Math.min(...rows.map((m) => m.ingediend_op.getTime()))) / 86_400_000;
    assert.ok(days > 700 && days <= 731, `span ${days} days`);
    assert.ok(new Set(rows.map((m) => m.categorie)).size === 10);
    assert.ok(new Set(rows.map((m) => m.buurt_code).filter(Boolean)).size >= 30, 'spread over the buurten');
    const winter = rows.filter((m) => m.categorie === 'inbraak_diefstal' && [10, 11, 0, 1].includes(m.ingediend_op.getUTCMonth())).length;
    const zomer = rows.filter((m) => m.categorie === 'inbraak_diefstal' && [4, 5, 6, 7].includes(m.ingediend_op.getUTCMonth())).length;
    assert.ok(winter > zomer, `burglary winter ${winter} > summer ${zomer}`);
    const zaken = await db.selectFrom('zaak').select(['zaaktype', 'status', 'demo']).execute();
    for (const zt of h.started.ctx.gemeente.zaaktypen.zaaktypen) {
      for (const s of zt.statussen) assert.ok(zaken.some((z) => z.zaaktype === zt.code && z.status === s.code), `${zt.code}/${s.code}`);
    }
    assert.ok(zaken.every((z) => z.demo));
    // Monitor demo: ten years of incidents (all demo), buurt populations and a survey round.
    const inc = await db.selectFrom('incident').select(['demo', 'jaar']).execute();
    assert.ok(inc.length > 10_000 && inc.every((x) => x.demo), `incidents ${inc.length}`);
    assert.equal(new Set(inc.map((x) => x.jaar)).size, 10);
    const jaar = String(new Date().getFullYear() - 1);
    const beleving = await h.started.ctx.monitor.observaties('VM_ONV_BUURT_WELEENS', 'buurt', jaar);
    assert.ok(beleving.filter((o) => o.waarde !== null).length >= 30, 'survey figures for most buurten');
    const rate = await h.started.ctx.monitor.observaties('POL_WONINGINBRAAK_PER1000W', 'buurt', jaar);
    assert.ok(rate.every((o) => o.noemer !== null && o.waarde !== null), 'burglary per 1,000 dwellings everywhere');
    assert.equal((await verifyChain(db)).intact, true);
    assert.deepEqual(await seedDemoData(h.started.ctx), { meldingen: 0, zaken: 0 }, 'runs only once');
  });
});
