import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../src/server/platform/config.ts';

/** Deterministic PRNG (the product's mulberry32) so every run measures the same points. */
import { prng } from '../src/server/platform/prng.ts';
export { prng as rng };

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Start `buurtveilig serve` in a child process (so the load generator does not share its event loop). */
export async function startServer(
  env: Record<string, string>,
  script?: string,
  opts: { dataDir?: string; extraArgs?: string[] } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  // A data directory passed in is kept after stop (a second start on the same database); a new one is removed.
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-'));
  const args = script ? ['--import', 'tsx', script] : [path.join(ROOT_DIR, 'bin', 'buurtveilig.mjs'), 'serve', '--port', '0', ...(opts.extraArgs ?? [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, BUURTVEILIG_DATA_DIR: dataDir, BUURTVEILIG_RATE_LIMIT_PUBLIEK: '0', BUURTVEILIG_RATE_LIMIT_MELDEN: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const t = setInterval(() => {
      const m = /draait op (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(t);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(t);
      reject(new Error(`server exited with ${code}`));
    });
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A CSV of `n` synthetic incidents in 10 years (2015–2024, five kinds), uniformly over the gemeente's buurten:
 * the load of the dashboard and public-page benchmarks.
 */
export function incidentenCsv(binnen: (x: number, y: number) => boolean, n: number, soorten = ['1.1.1', '1.2.3', '1.2.4', '1.4.5', '2.2.1']): string {
  const r = prng(5);
  const regels = ['soort,datum,x,y'];
  while (regels.length <= n) {
    const x = Math.round(170500 + r() * 13000);
    const y = Math.round(311000 + r() * 13000);
    if (!binnen(x, y)) continue;
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3652) * 86_400_000).toISOString().slice(0, 10);
    regels.push(`${soorten[Math.floor(r() * soorten.length)]},${d},${x},${y}`);
  }
  return regels.join('\n');
}
