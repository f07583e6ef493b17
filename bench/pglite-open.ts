import { openDatabase } from '../src/server/platform/database.ts';
import { median } from './lib.ts';

/**
 * Opening an embedded database (a new in-memory PGlite in its worker thread, initdb included), as every test
 * file and every CLI command does: median of 5 opens after the first, which also compiles the WebAssembly.
 */
export async function benchPgliteOpen(): Promise<Record<string, number>> {
  const tijden: number[] = [];
  let eerste = 0;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const d = await openDatabase({ dataDir: 'memory://' });
    const ms = performance.now() - t;
    await d.close();
    if (i === 0) eerste = ms;
    else tijden.push(ms);
  }
  return { eersteMs: Math.round(eerste), mediaanMs: Math.round(median(tijden)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchPgliteOpen(), null, 2));
}
