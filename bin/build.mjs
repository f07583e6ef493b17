#!/usr/bin/env node
// Build the product once: the web app (Vite → dist/web) and the server + CLI (esbuild → dist/server), each
// only when its sources changed since the last build (a content hash per part in dist/build.json). `npm start`
// and `npm test` run this first; `node bin/build.mjs --force` rebuilds both.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(ROOT, 'dist', 'build.json');

/** What each part is built from; a change in any of these files rebuilds that part. */
export const PARTS = {
  web: ['src/web', 'src/contract', 'vite.config.ts', 'package-lock.json'],
  server: ['src/server', 'src/cli', 'src/contract', 'package-lock.json', 'bin/build.mjs'],
};

function files(rel, out) {
  const abs = path.join(ROOT, rel);
  if (!fs.existsSync(abs)) return;
  if (fs.statSync(abs).isDirectory()) {
    for (const e of fs.readdirSync(abs).sort()) files(path.join(rel, e), out);
  } else out.push(rel);
}

export function hashOf(part) {
  const list = [];
  for (const p of PARTS[part]) files(p, list);
  const h = createHash('sha256');
  for (const f of list) h.update(f).update('\0').update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  return h.digest('hex');
}

export function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return {};
  }
}

/** True when dist/server holds a build of exactly the current server sources. */
export function serverBuildIsCurrent() {
  return readStamp().server === hashOf('server') && fs.existsSync(path.join(ROOT, 'dist', 'server', 'cli.mjs'));
}

async function buildServer() {
  const esbuild = await import('esbuild');
  const out = path.join(ROOT, 'dist', 'server');
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/index.ts', 'analyse.worker': 'src/server/analyse/analyse.worker.ts', 'pglite.worker': 'src/server/platform/pglite.worker.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Code splitting keeps the CLI lazy: a command's dynamic imports become chunks loaded only when it runs.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay in node_modules (native ones like sharp and argon2 cannot be bundled anyway).
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

function buildWeb() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build mislukt');
}

export async function build({ force = false, only } = {}) {
  const stamp = readStamp();
  const done = [];
  for (const part of only ? [only] : Object.keys(PARTS)) {
    const hash = hashOf(part);
    const present = fs.existsSync(path.join(ROOT, 'dist', part === 'web' ? 'web/index.html' : 'server/cli.mjs'));
    if (!force && present && stamp[part] === hash) continue;
    const t0 = Date.now();
    if (part === 'web') buildWeb();
    else await buildServer();
    stamp[part] = hash;
    fs.mkdirSync(path.dirname(STAMP), { recursive: true });
    fs.writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
    done.push(`${part} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv.includes('--web') ? 'web' : process.argv.includes('--server') ? 'server' : undefined;
  try {
    const done = await build({ force: process.argv.includes('--force'), only });
    process.stderr.write(done.length ? `Gebouwd: ${done.join(', ')}\n` : 'Build is bij.\n');
  } catch (e) {
    process.stderr.write(`Build mislukt: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
