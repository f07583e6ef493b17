import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../../src/server/platform/config.ts';

/** Start `buurtveilig serve` and resolve once it prints its URL. */
export function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'bin', 'buurtveilig.mjs'), 'serve', '--port', '0', '--demo'], {
    env: { ...process.env, LOG_LEVEL: 'warn', BUURTVEILIG_TILE_URL: 'uit', BUURTVEILIG_LOCATIESERVER_URL: 'uit', ...env },
    cwd: ROOT_DIR,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /draait op (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited ${code}: ${err}`));
    });
  });
  ready.catch(() => undefined); // a server expected to fail is awaited through `exited`
  return { child, ready, exited, output: () => out, errors: () => err };
}
