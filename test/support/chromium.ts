import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

// Debian's chromium; .ci/run installs it when it is missing.
const CHROMIUM = '/usr/bin/chromium';

/**
 * Starts Debian's chromium headless with a fresh profile and every
 * background connection off (the machine has no network to offer them).
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  }
  return chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'reachplan-chromium-')),
    {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  );
}
