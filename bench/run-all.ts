import { benchLookup } from './gebieden-lookup.ts';
import { benchHttp } from './gebieden-zoek-http.ts';
import { machine } from './lib.ts';
import { benchMeldingenBatch } from './meldingen-batch.ts';
import { benchMeldingen } from './meldingen-http.ts';
import { benchNearRepeat } from './near-repeat.ts';
import { benchIncidentImport } from './incidenten-import.ts';
import { benchDashboard } from './monitor-dashboard.ts';
import { benchWerklijst } from './zaken-werklijst.ts';

// Runs every benchmark and prints the figures that docs/PERFORMANCE.md quotes.
console.log(`Machine: ${machine()}; date: ${new Date().toISOString().slice(0, 10)}`);
console.log('\n# point → buurt lookups (in process)');
console.log(JSON.stringify(await benchLookup(), null, 2));
console.log('\n# HTTP gebieden (autocannon, 50 connections)');
console.log(JSON.stringify(await benchHttp(), null, 2));
console.log('\n# POST /api/meldingen (autocannon, 50 connections)');
console.log(JSON.stringify(await benchMeldingen(), null, 2));
console.log('\n# melding intake without HTTP (50 concurrent create calls, group commit)');
console.log(JSON.stringify(await benchMeldingenBatch(), null, 2));
console.log('\n# casus work list over 100,000 casussen (in process)');
console.log(JSON.stringify(await benchWerklijst(), null, 2));
console.log('\n# near-repeat Knox test, 999 permutations (in process)');
console.log(JSON.stringify(await benchNearRepeat(), null, 2));
console.log('\n# import of 1,000,000 incidents (embedded engine)');
console.log(JSON.stringify(await benchIncidentImport(), null, 2));
console.log('\n# buurt dashboard over 1,000,000 incidents (embedded engine)');
console.log(JSON.stringify(await benchDashboard(), null, 2));
