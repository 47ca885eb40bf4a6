// Shared e2e helpers: launch the system Chromium, open the game with ?debug=1, collect every
// console error and page error, and wait for the board's first frame.

import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = "test-results";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is used before it was launched");
    return browser;
  };
}

export interface OpenedGame {
  page: Page;
  /** Console errors and uncaught page errors, as text; a test expects none. */
  errors: string[];
  /** Milliseconds from the start of navigation until the board's first frame (page clock). */
  boardVisibleMs: number;
}

/** Opens a new page and records its errors from the very first script on. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  return { page, errors };
}

/**
 * Loads the game with `query` (debug is added) and waits until `easternFlank.ready` resolves.
 * The query must name a scenario: without one the page shows the start screen (start.test.ts).
 */
export async function openGame(browser: Browser, query = "scenario=first-contact&seed=1"): Promise<OpenedGame> {
  const { page, errors } = await newPage(browser);
  await page.goto(`${inject("baseUrl")}?debug=1&${query}`);
  await page.waitForFunction(() => window.easternFlank !== undefined);
  await page.evaluate(() => window.easternFlank?.ready);
  const boardVisibleMs = await page.evaluate(() => performance.getEntriesByName("board-visible")[0]?.startTime ?? -1);
  return { page, errors, boardVisibleMs };
}

export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}.png`;
}

/**
 * Frames drawn per second while the board is dragged about (DESIGN.md §7 budget: 30 fps),
 * counted with requestAnimationFrame in the page. Printed by the tests, not asserted: the
 * machines are shared.
 */
export async function panFrameRate(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { frames: number };
    w.frames = 0;
    const tick = (): void => {
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const frames = (): Promise<number> => page.evaluate(() => (window as unknown as { frames: number }).frames);
  const t0 = Date.now();
  const f0 = await frames();
  await page.mouse.move(600, 400);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(600 - (i % 20) * 10, 400 - (i % 10) * 8);
  await page.mouse.up();
  return ((await frames()) - f0) / ((Date.now() - t0) / 1000);
}
