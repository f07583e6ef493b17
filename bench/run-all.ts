import { benchLookup } from './gebieden-lookup.ts';
import { benchHttp } from './gebieden-zoek-http.ts';
import { machine } from './lib.ts';

// Runs every benchmark and prints the figures that docs/PERFORMANCE.md quotes.
console.log(`Machine: ${machine()}; date: ${new Date().toISOString().slice(0, 10)}`);
console.log('\n# point → buurt lookups (in process)');
console.log(JSON.stringify(await benchLookup(), null, 2));
console.log('\n# HTTP (autocannon, 50 connections)');
console.log(JSON.stringify(await benchHttp(), null, 2));
