// The game page on a tablet held upright (768 × 1024, touch): the board keeps most of the screen,
// the hex-info box and the overlays' legend stay small and apart over it, every control of the
// panel docked below can be reached and tapped (the overlays too, with no keyboard), no text is
// under 13 px, and nothing is logged as an error. Screenshots go to test-results/.

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { shotPath, useBrowser } from "./browser";

const TABLET = { width: 768, height: 1024 };
/** The hex-info box and the legend together may cover this share of the board, at most. */
const CORNER_SHARE = 0.12;
const MIN_TEXT_PX = 13;

const browser = useBrowser();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Opens the game as a tablet shows it, recording errors as browser.ts's newPage does. */
async function openTablet(b: Browser, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await b.newPage({ viewport: TABLET, hasTouch: true, isMobile: true });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
  await page.goto(`${inject("baseUrl")}?debug=1&${query}`);
  await page.waitForFunction(() => window.easternFlank !== undefined);
  await page.evaluate(() => window.easternFlank?.ready);
  return { page, errors };
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Whether the control is on screen once scrolled to (within its own scrolling column if need
 * be) and the topmost thing at its centre, so a tap there reaches it.
 */
async function reachable(page: Page, selector: string): Promise<string | null> {
  const control = page.locator(selector).first();
  await control.scrollIntoViewIfNeeded();
  return control.evaluate((e) => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return "has no size";
    if (r.left < 0 || r.top < 0 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5) return `lies off the screen at ${JSON.stringify(r)}`;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && (hit === e || e.contains(hit)) ? null : `is covered by ${hit?.tagName ?? "nothing"}#${hit?.id ?? ""}.${hit?.className ?? ""}`;
  });
}

/** Visible text set smaller than MIN_TEXT_PX in the panel and over the board. */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const e of document.querySelectorAll("#panel *, #board-corner *")) {
      if (!(e instanceof HTMLElement) || e.getClientRects().length === 0) continue;
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      const style = getComputedStyle(e);
      // The legend keeps each switch's full name for screen readers in a one-pixel box.
      if (!own || e.offsetWidth <= 1 || style.visibility === "hidden") continue;
      if (parseFloat(style.fontSize) < min) small.push(`${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 40)}" at ${style.fontSize}`);
    }
    return small;
  }, MIN_TEXT_PX);
}

describe("the game page on a tablet held upright", () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openTablet(browser(), "scenario=first-contact&seed=1&red=ai&blue=human"));
  });

  afterAll(async () => {
    await page.close();
  });

  it("gives the board most of the screen and docks the panel below it, with no page to scroll", async () => {
    const canvas = await box(page, "#board canvas");
    const panel = await box(page, "#panel");
    await page.screenshot({ path: shotPath("tablet-768x1024") });
    console.log(`tablet board ${canvas.width} × ${canvas.height}, panel ${panel.width} × ${panel.height}`);
    expect(canvas.width).toBeGreaterThanOrEqual(0.95 * TABLET.width);
    expect(canvas.height).toBeGreaterThanOrEqual(0.5 * TABLET.height);
    expect(canvas.height).toBeLessThanOrEqual(0.7 * TABLET.height);
    expect(panel.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(TABLET.height + 1);
    const extent = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(extent).toEqual(TABLET);
    expect(errors).toEqual([]);
  });

  it("keeps the hex-info box and the legend small and apart, with an overlay on and a hex named", async () => {
    const canvas = await box(page, "#board canvas");
    // A tap names the hex in the box; a tap on the legend's switch shows the supply overlay.
    await page.touchscreen.tap(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.4);
    await page.locator("#hex-info").waitFor({ state: "visible" });
    await page.locator('#overlay-legend li[data-overlay="supply"] button').tap();
    await expect(page.locator('#overlay-legend li[data-overlay="supply"]').textContent()).resolves.toContain("Supply: on");
    const info = await box(page, "#hex-info");
    const legend = await box(page, "#overlay-legend");
    await page.screenshot({ path: shotPath("tablet-768x1024-overlay") });
    const share = (info.width * info.height + legend.width * legend.height) / (canvas.width * canvas.height);
    console.log(`tablet: hex-info ${Math.round(info.width)} × ${Math.round(info.height)}, legend ${Math.round(legend.width)} × ${Math.round(legend.height)}, ${(share * 100).toFixed(1)} % of the board`);
    expect(overlap(info, legend)).toBe(0);
    expect(share).toBeLessThan(CORNER_SHARE);
    for (const b of [info, legend]) expect(overlap(b, canvas)).toBeCloseTo(b.width * b.height, 0);
    // The key to the shading is a tap away, and folds back.
    await page.locator("#overlay-legend .legend-fold").tap();
    await expect(page.locator("#overlay-legend .legend-note").first().isVisible()).resolves.toBe(true);
    await page.locator("#overlay-legend .legend-fold").tap();
    await page.locator('#overlay-legend li[data-overlay="supply"] button').tap();
    await expect(page.locator('#overlay-legend li[data-overlay="supply"]').textContent()).resolves.toContain("Supply: off");
    expect(errors).toEqual([]);
  });

  it("lets every control of the panel and every overlay switch be reached and tapped", async () => {
    const controls = ["#end-turn", "#undo", "#help-button", "#new-game", "#computer-pace", "#computer-pause", "#missions select", "#missions button", "#objectives", "#event-log", ".help summary"];
    for (const o of ["supply", "enemy", "objectives", "fog", "front"]) controls.push(`#overlay-legend li[data-overlay="${o}"] button`);
    for (const selector of controls) expect(await reachable(page, selector), selector).toBeNull();
    // End turn and Undo never scroll away: they are in view with the panel's columns scrolled to their ends.
    for (const column of [".panel-main", ".panel-more"]) await page.locator(column).evaluate((e) => e.scrollTo(0, e.scrollHeight));
    for (const selector of ["#end-turn", "#undo"]) {
      const b = await box(page, selector);
      expect(b.y + b.height, selector).toBeLessThanOrEqual(TABLET.height);
    }
    await expect(smallText(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("a tablet player's turn (hot seat)", () => {
  it("selects a unit with a tap and shows its orders in the panel, the board still in view", async () => {
    const { page, errors } = await openTablet(browser(), "scenario=first-contact&seed=1");
    const unit = await page.evaluate(() => window.easternFlank?.state().units.find((u) => u.side === "red" && u.hex >= 0));
    if (!unit) throw new Error("Red has no unit on the board");
    const at = await page.evaluate((hex) => window.easternFlank?.hexToScreen(hex), unit.hex);
    if (!at) throw new Error("no screen position");
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.locator("#selected-unit").textContent()).resolves.toContain(unit.name);
    await page.screenshot({ path: shotPath("tablet-768x1024-selected") });
    // Its name is in view at once, beside the missions; its stances a scroll of its column away.
    const selected = await box(page, "#selected-unit");
    expect(selected.y + 40).toBeLessThanOrEqual(TABLET.height);
    const stances = await page.locator("#stance-control button.stance").count();
    expect(stances).toBeGreaterThan(0);
    for (let i = 0; i < stances; i++) expect(await reachable(page, `#stance-control button.stance >> nth=${i}`), `stance ${i}`).toBeNull();
    const canvas = await box(page, "#board canvas");
    expect(canvas.y).toBe(0);
    await expect(smallText(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
