import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { median, startServer } from './lib.ts';

/**
 * Whole-process timings of the built product (bin/build.mjs first): `buurtveilig --help`, `buurtveilig analyse
 * near-repeat` on 11,700 events with 999 permutations, and the time until a second `buurtveilig serve --demo`
 * on an existing embedded database answers /api/health. Median of 5 (3 for the server).
 */
const CLI = path.join(ROOT_DIR, 'bin', 'buurtveilig.mjs');

function tijd(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

function gebeurtenissenCsv(n: number): string {
  const rng = xoroshiro128plus(7);
  const u = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
  const regels = ['x;y;datum'];
  for (let i = 0; i < n; i++) {
    const dag = new Date(Date.UTC(2023, 0, 1) + Math.floor(u() * 365) * 86_400_000).toISOString().slice(0, 10);
    regels.push(`${(170000 + u() * 14000).toFixed(1)};${(311000 + u() * 13000).toFixed(1)};${dag}`);
  }
  return regels.join('\n');
}

async function tijdTotGezond(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const server = await startServer({ DATABASE_URL: '', BUURTVEILIG_RATE_LIMIT_PUBLIEK: '300' }, undefined, { dataDir, extraArgs: ['--demo'] });
  for (;;) {
    const ok = await fetch(`${server.url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const s = (performance.now() - t0) / 1000;
  await server.stop();
  return s;
}

export async function benchCliStart(): Promise<Record<string, unknown>> {
  const build = spawnSync(process.execPath, [path.join(ROOT_DIR, 'bin', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const help = Array.from({ length: 5 }, () => tijd(['--help']));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-cli-'));
  try {
    const csv = path.join(dir, 'gebeurtenissen.csv');
    fs.writeFileSync(csv, gebeurtenissenCsv(11_700));
    const nr = Array.from({ length: 5 }, () => tijd(['analyse', 'near-repeat', '--input', csv, '--permutaties', '999', '--json']));
    const dataDir = path.join(dir, 'db');
    const eerste = await tijdTotGezond(dataDir); // fresh database: migrations, seed, demo data
    const tweede = [await tijdTotGezond(dataDir), await tijdTotGezond(dataDir), await tijdTotGezond(dataDir)];
    return {
      'buurtveilig --help (s, median of 5)': Number(median(help).toFixed(3)),
      'analyse near-repeat 11,700 events, 999 permutations, whole process (s, median of 5)': Number(median(nr).toFixed(3)),
      'serve --demo, first start on a new embedded database → healthy (s)': Number(eerste.toFixed(2)),
      'serve --demo, second start on that database → healthy (s, median of 3)': Number(median(tweede).toFixed(2)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(JSON.stringify(await benchCliStart(), null, 2));
}
