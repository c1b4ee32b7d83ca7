// The real server for browser tests: built as `npm start` builds it, seed plans on a temporary DATA_DIR, tokens
// from the token CLI, and Debian's Chromium through playwright-core (no browser is ever downloaded).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

export const root = join(import.meta.dirname, '..', '..');
/** Generous: Chromium and the server share two loaded cores with other work. */
export const WAIT_MS = 60_000;

export interface WebServer {
  base: string;
  dataDir: string;
  token(role: 'reader' | 'editor' | 'auditor' | 'admin', name: string): string;
  close(): void;
}

export async function startWebServer(): Promise<WebServer> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-web-'));
  const env = { ...serverEnvironment(dataDir), SEED: 'true' };
  const token = (role: string, name: string): string => {
    const output = execFileSync(
      process.execPath,
      ['dist/src/cli/token.js', 'create', '--name', name, '--role', role, '--organization', 'Ahus'],
      { cwd: root, env, encoding: 'utf8' },
    );
    const found = /^(shp_\S+)$/m.exec(output)?.[1];
    if (found === undefined) throw new Error(`no token in: ${output}`);
    return found;
  };
  const server = await startServerProcess(['dist/src/main.js'], { cwd: root, env });
  return {
    base: server.base,
    dataDir,
    token,
    close() {
      killServerProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: WAIT_MS,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh page (its own sessionStorage) signed in with the token, at the given hash. */
export async function signedIn(
  browser: Browser,
  base: string,
  token: string,
  hash = '',
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  await page.goto(`${base}/${hash}`);
  await page.getByLabel('Tilgangsnøkkel').fill(token);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByText('Innlogget som').waitFor();
  return page;
}
