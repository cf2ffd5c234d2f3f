import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { fromProjectRoot } from '../../../src/config/project-root';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app';
import { checkAccessibility } from './accessibility';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';
import { fontConfigWithChinese } from './fonts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
  /** A fresh browser profile (no cookies), like a new user on a new machine (in Taipei unless told otherwise). */
  newUser(options?: { timezoneId?: string }): Promise<Page>;
  /** Opens the login page and signs in. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** Fills in and sends the login form already shown. */
  submitLogin(page: Page, username: string, password?: string): Promise<void>;
  /** Checks the page now shown (axe, console, phone width) and saves its screenshots at both sizes. */
  visited(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** Fills in and sends the login form the page shows. */
async function submitLogin(page: Page, username: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByLabel('帳號').fill(username);
  await page.getByLabel('密碼').fill(password);
  await page.getByRole('button', { name: '登入' }).click();
}

/**
 * The real app on its own cloned database, listening on a free port, and a headless Chromium
 * with a fresh profile. Every page records console errors and failed (5xx) requests; each
 * visited page must pass axe and fit a phone without horizontal scrolling.
 */
export async function startBrowserApp(suite: string): Promise<BrowserApp> {
  const t = await startTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];
  const problems = new Map<Page, string[]>();
  const screenshots = fromProjectRoot(join('test-results', 'browser', suite));
  mkdirSync(screenshots, { recursive: true });
  // Playwright launches Chromium with a new, empty temporary --user-data-dir of its own and removes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, FONTCONFIG_FILE: fontConfigWithChinese() },
  });

  return {
    t,
    baseUrl,
    async newUser({ timezoneId = 'Asia/Taipei' } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: DESKTOP, locale: 'zh-TW', timezoneId });
      contexts.push(context);
      const page = await context.newPage();
      const seen: string[] = [];
      problems.set(page, seen);
      page.on('console', (message) => {
        // A refused request (401, 404, 422) is part of the flows tested; its network line is not an app error.
        if (
          message.type() === 'error' &&
          !message.text().startsWith('Failed to load resource: the server responded with a status of 4')
        )
          seen.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 500) seen.push(`${response.status()} from ${response.url()}`);
      });
      return page;
    },
    async signIn(page, username, password) {
      await page.goto('/login');
      await submitLogin(page, username, password);
    },
    submitLogin,
    async visited(page, name) {
      await page.waitForLoadState('networkidle');
      await checkAccessibility(page, name);
      await page.screenshot({ path: join(screenshots, `${name}-desktop.png`), fullPage: true });
      await page.setViewportSize(PHONE);
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      await page.screenshot({ path: join(screenshots, `${name}-phone.png`), fullPage: true });
      await page.setViewportSize(DESKTOP);
      expect({ page: name, horizontalOverflowPx: overflow }).toEqual({ page: name, horizontalOverflowPx: 0 });
      expect({ page: name, problems: problems.get(page) }).toEqual({ page: name, problems: [] });
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await t.close();
    },
  };
}
