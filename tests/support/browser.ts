import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { projectRoot } from '../../subgraphs/platform/project-root';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium as this machine allows it: no sandbox (root), no GPU, no calls home. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Every URL a page asks for that is not on this machine (the pages must load nothing from elsewhere). */
export function requestsLeavingLocalhost(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!local && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(request.url());
  });
  return outside;
}

/** Where a suite's screenshots go (data/screenshots/, not committed), to be looked at. */
export function screenshotPath(name: string): string {
  const dir = join(projectRoot(), 'data', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
