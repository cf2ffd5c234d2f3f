import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright's own download does not work here): CHROMIUM_PATH, else `chromium` on the PATH. */
export function chromiumPath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const found = chromiumPath();
if (!found && process.env.CI === 'true')
  throw new Error('no Chromium found (set CHROMIUM_PATH or install Debian chromium); CI must run the browser tests');
if (!found) console.log('Browser tests skipped: no Chromium found (set CHROMIUM_PATH or apt-get install chromium).');

/** `describe` when a Chromium exists, else a skipped describe (outside CI only; CI fails above). */
export const describeInBrowser = found ? describe : describe.skip;
export const CHROMIUM = found ?? '';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
