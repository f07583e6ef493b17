import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { startContext, type Started } from '../src/server/bootstrap.ts';
import { loadConfig, ROOT_DIR } from '../src/server/platform/config.ts';
import type { App } from '../src/server/platform/context.ts';

/** Shared pieces of the browser tests: Debian's Chromium through playwright-core, axe-core, a real server. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasBrowser = fs.existsSync(CHROMIUM);
export const hasBuild = fs.existsSync(path.join(ROOT_DIR, 'dist', 'web', 'index.html'));
export const SCREENSHOTS = path.join(ROOT_DIR, 'var', 'screenshots');
export const skipReason = !hasBrowser ? `${CHROMIUM} not installed` : !hasBuild ? 'web app not built (npm run build)' : false;

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A/AA scan of the current page; fails the test with every violation. */
export async function axeScan(page: Page, name: string): Promise<void> {
  // Injected over the DevTools protocol: our CSP (rightly) forbids inline scripts in the page itself.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
}

export interface BrowserHarness {
  started: Started;
  app: App;
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** A server on an in-memory database in demo mode (demo accounts, no demo data) and a headless Chromium. */
export async function startBrowserHarness(extra: Parameters<typeof loadConfig>[0] = {}): Promise<BrowserHarness> {
  const config = loadConfig({ dataDir: 'memory://', demo: true, logLevel: 'silent', port: 0, rateLimitLogin: 1000, outboxIntervalMs: 0, tileUrl: 'uit', locatieserverUrl: 'uit', ...extra }, {});
  const started = await startContext(config, { demoData: false });
  const app = await buildApp(started.ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://localhost:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    started,
    app,
    browser,
    base,
    close: async () => {
      await browser.close();
      await app.close();
      await started.database.close();
    },
  };
}

/** Log in through the login form as a demo account. */
export async function login(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('Maastricht-demo-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
}
