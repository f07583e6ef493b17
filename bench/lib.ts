import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../src/server/platform/config.ts';

/** Deterministic PRNG (the product's mulberry32) so every run measures the same points. */
export { prng as rng } from '../src/server/platform/prng.ts';

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
