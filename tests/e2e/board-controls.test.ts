// The board's own controls in a real browser: + and − zoom, a mouse resting at the edge pans
// (and stops when it leaves), the box naming the hex under the mouse, a stack fanning out on
// hover with its counters clickable, dragging the selected unit to a lit hex, and N bringing
// the picked unit into view.

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { mapOf, pathTo, playerView, reachable, type GameState, type HexId, type Unit } from "../../src/engine";
import { loadBundled } from "../../src/scenario";
import { openGame, shotPath, useBrowser } from "./browser";

const browser = useBrowser();
const QUERY = "scenario=first-contact&seed=7";

// Registers the Baltic map, so mapOf() answers for the page's states.
if (!loadBundled("first-contact").ok) throw new Error("first-contact does not load");

const gameState = (page: Page): Promise<GameState> =>
  page.evaluate(() => {
    const api = window.easternFlank;
    if (!api) throw new Error("no debug API");
    return api.state();
  });
const camera = (page: Page) => page.evaluate(() => window.easternFlank?.camera() ?? { zoom: 0, scrollX: 0, scrollY: 0 });
const screenOf = async (page: Page, hex: HexId): Promise<{ x: number; y: number }> => {
  const p = await page.evaluate((id) => window.easternFlank?.hexToScreen(id), hex);
  if (!p) throw new Error("no debug API");
  return p;
};

async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator("#board canvas").boundingBox();
  if (!box) throw new Error("the board canvas has no box");
  return box;
}

/** Whether a page point lies inside the canvas with a margin. */
function onCanvas(box: { x: number; y: number; width: number; height: number }, p: { x: number; y: number }, margin = 60): boolean {
  return p.x > box.x + margin && p.x < box.x + box.width - margin && p.y > box.y + margin && p.y < box.y + box.height - margin;
}

/** A page point off the canvas, beside it (the panels). */
function outside(box: { x: number; y: number; width: number; height: number }): [number, number] {
  return box.x + box.width < 1270 ? [box.x + box.width + 8, box.y + box.height / 2] : [box.x + box.width / 2, box.y + box.height + 8];
}

/** Red's units nearest the middle of the canvas first (so the ones on the screen). */
async function redOnScreen(page: Page, state: GameState): Promise<Unit[]> {
  const box = await canvasBox(page);
  const placed = await Promise.all(redUnits(state).map(async (u) => ({ u, p: await screenOf(page, u.hex) })));
  const off = (p: { x: number; y: number }): number => Math.hypot(p.x - box.x - box.width / 2, p.y - box.y - box.height / 2);
  return placed.sort((a, b) => off(a.p) - off(b.p)).map((x) => x.u);
}

/** Red's units on the board, the side to play at the start. */
function redUnits(state: GameState): Unit[] {
  return state.units.filter((u) => u.side === "red" && u.hex >= 0);
}

describe("the board's controls", () => {
  it("zooms in with + and = and out with −, about the middle of the view", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    await page.mouse.move(10, 10); // off the board: no hover, no edge
    const start = await camera(page);
    await page.keyboard.press("+");
    const zoomedIn = await camera(page);
    expect(zoomedIn.zoom).toBeCloseTo(start.zoom * 1.15, 5);
    await page.keyboard.press("=");
    expect((await camera(page)).zoom).toBeCloseTo(start.zoom * 1.15 * 1.15, 5);
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    const back = await camera(page);
    expect(back.zoom).toBeCloseTo(start.zoom, 5);
    // About the middle: the scroll comes back with the zoom.
    expect(back.scrollX).toBeCloseTo(start.scrollX, 3);
    expect(back.scrollY).toBeCloseTo(start.scrollY, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pans while the mouse rests at the canvas's edge, and stops when it leaves the canvas", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    const box = await canvasBox(page);
    const start = await camera(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(900);
    const panned = await camera(page);
    expect(panned.scrollX).toBeLessThan(start.scrollX - 20);
    expect(panned.scrollY).toBeCloseTo(start.scrollY, 3);
    // Out of the canvas: the pan stops.
    await page.mouse.move(...outside(box));
    await page.waitForTimeout(100);
    const left = await camera(page);
    await page.waitForTimeout(500);
    expect((await camera(page)).scrollX).toBeCloseTo(left.scrollX, 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names the hex under the mouse in the hex-info box", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    const box = await canvasBox(page);
    const unit = (await redOnScreen(page, await gameState(page)))[0];
    if (!unit) throw new Error("red has no unit");
    const at = await screenOf(page, unit.hex);
    expect(onCanvas(box, at)).toBe(true);
    await page.mouse.move(at.x, at.y);
    const info = page.locator("#hex-info");
    await page.waitForFunction((hex) => document.getElementById("hex-info")?.dataset.hex === String(hex), unit.hex, { timeout: 5000 });
    const text = (await info.innerText()) ?? "";
    expect(text).toContain(`hex ${unit.hex}`);
    expect(text).toMatch(/Red supply here: (traced|short|out)/);
    expect(text).toContain("Units: 1 Red (yours)");
    expect(text).not.toMatch(/\b(EE|LV|RU|LT)\b/);
    // Tartu, an objective in a town, when it is on the screen.
    const tartu = await screenOf(page, 3685);
    if (onCanvas(box, tartu)) {
      await page.mouse.move(tartu.x, tartu.y);
      await page.waitForFunction(() => document.getElementById("hex-info")?.dataset.hex === "3685", undefined, { timeout: 5000 });
      await expect(info.innerText()).resolves.toMatch(/Tartu · built-up · Estonia · hex 3685[\s\S]*Objective Tartu \(3 points\): held by Blue/);
    }
    const infoBox = await info.boundingBox();
    if (!infoBox) throw new Error("the hex-info box has no box");
    await page.screenshot({ path: shotPath("board-hex-info"), clip: { x: 0, y: Math.max(0, infoBox.y - 160), width: Math.min(900, box.width + box.x), height: Math.min(800 - Math.max(0, infoBox.y - 160), infoBox.height + 320) } });
    // Off the board, the box names the cursor (none yet): it hides.
    await page.mouse.move(...outside(box));
    await info.waitFor({ state: "hidden", timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fans out a stack the mouse rests on, selects a unit from it by its counter, and folds it when the mouse leaves", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    const box = await canvasBox(page);
    const state = await gameState(page);
    const map = mapOf(state);
    const view = playerView(state, "red");
    // Two red units on one hex: one moves onto another's.
    const units = await redOnScreen(page, state);
    let stack: { mover: Unit; host: Unit } | null = null;
    for (const mover of units) {
      const reach = reachable(map, view, mover);
      const host = units.find((u) => u.id !== mover.id && reach.destinations.includes(u.hex));
      if (host) {
        stack = { mover, host };
        break;
      }
    }
    if (!stack) throw new Error("no red unit can reach another's hex");
    const { mover, host } = stack;
    const path = pathTo(reachable(map, view, mover), host.hex);
    const moved = await page.evaluate((c) => window.easternFlank?.dispatch(c), { type: "move" as const, side: "red" as const, unit: mover.id, path });
    expect(moved?.rejection).toBeUndefined();
    // Closer, so the screenshot shows the symbols; the stack was near the middle, so it stays on screen.
    await page.mouse.move(...outside(box));
    for (let i = 0; i < 6; i++) await page.keyboard.press("+");
    const centre = await screenOf(page, host.hex);
    expect(onCanvas(box, centre)).toBe(true);
    await page.mouse.move(centre.x, centre.y);
    await page.waitForFunction((hex) => document.getElementById("board")?.dataset.fanned === String(hex), host.hex, { timeout: 5000 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: shotPath("board-stack-fanned"), clip: { x: centre.x - 150, y: centre.y - 120, width: 300, height: 240 } });
    // The stack's counters in the page's order: the second sits at the upper right (fan-out.ts).
    const here = (await gameState(page)).units.filter((u) => u.hex === host.hex);
    const second = here[1];
    if (!second) throw new Error("the stack has no second unit");
    const { zoom } = await camera(page);
    await page.mouse.move(centre.x + 22.5 * zoom, centre.y - 16 * zoom);
    await page.mouse.down();
    await page.mouse.up();
    await page.locator("#selected-unit").getByText(second.name).waitFor({ timeout: 5000 });
    // Away from the stack, it folds up again.
    const far = { x: centre.x + 200 * zoom, y: centre.y + 200 * zoom };
    await page.mouse.move(far.x, far.y);
    await page.waitForFunction(() => document.getElementById("board")?.dataset.fanned === "", undefined, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("moves the selected unit when it is dragged to a lit hex, and not when dropped where it cannot go", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    const box = await canvasBox(page);
    const state = await gameState(page);
    const map = mapOf(state);
    const view = playerView(state, "red");
    const units = redUnits(state);
    const unit = (await redOnScreen(page, state)).find((u) => reachable(map, view, u).destinations.length > 3);
    if (!unit) throw new Error("no red unit can move");
    const destinations = reachable(map, view, unit).destinations.filter((h) => !units.some((u) => u.hex === h));
    const at = await screenOf(page, unit.hex);
    expect(onCanvas(box, at)).toBe(true);
    await page.mouse.click(at.x, at.y);
    await page.locator("#selected-unit").getByText(unit.name).waitFor({ timeout: 5000 });
    await page.screenshot({ path: shotPath("board-cursor-selection"), clip: { x: at.x - 120, y: at.y - 100, width: 240, height: 200 } });

    // Dropped on a hex it cannot reach: nothing moves, and the map did not pan either.
    const before = await camera(page);
    const nowhere = { x: at.x + 2 * 40 * before.zoom * 12, y: at.y };
    const unreachable = nowhere.x < box.x + box.width - 30 ? nowhere : { x: at.x - 2 * 40 * before.zoom * 12, y: at.y };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(unreachable.x, unreachable.y, { steps: 10 });
    await page.mouse.up();
    expect((await gameState(page)).units.find((u) => u.id === unit.id)?.hex).toBe(unit.hex);
    const after = await camera(page);
    expect(after.scrollX).toBeCloseTo(before.scrollX, 3);
    expect(after.scrollY).toBeCloseTo(before.scrollY, 3);

    // Dragged to the farthest lit hex on the screen: it goes there.
    const candidates = await Promise.all(destinations.map(async (hex) => ({ hex, p: await screenOf(page, hex) })));
    const target = candidates.filter((c) => onCanvas(box, c.p)).sort((a, b) => Math.hypot(b.p.x - at.x, b.p.y - at.y) - Math.hypot(a.p.x - at.x, a.p.y - at.y))[0];
    if (!target) throw new Error("no lit hex on the screen");
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(target.p.x, target.p.y, { steps: 12 });
    await page.screenshot({ path: shotPath("board-drag-path") });
    await page.mouse.up();
    await page.waitForFunction(([id, hex]) => window.easternFlank?.state().units.find((u) => u.id === id)?.hex === hex, [unit.id, target.hex] as const, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("glides to the unit N picks when it is out of the middle of the view", async () => {
    const { page, errors } = await openGame(browser(), QUERY);
    const box = await canvasBox(page);
    // Drag the map far off red's units.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y + 40, { steps: 10 });
    await page.mouse.up();
    await page.mouse.move(...outside(box));
    await page.keyboard.press("n");
    await page.waitForTimeout(600);
    const state = await gameState(page);
    const picked = await page.evaluate(() => document.getElementById("hex-info")?.dataset.hex);
    expect(picked).toBeDefined();
    const p = await screenOf(page, Number(picked));
    // Well inside: within the middle 70 % of the canvas.
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(box.width * 0.35);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(box.height * 0.35);
    expect(redUnits(state).some((u) => u.hex === Number(picked))).toBe(true);
    // Closer, with the cursor moved two hexes off the selected unit, for a look at both.
    for (let i = 0; i < 4; i++) await page.keyboard.press("+");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await page.waitForTimeout(400);
    const q = await screenOf(page, Number(picked));
    await page.screenshot({ path: shotPath("board-cursor"), clip: { x: q.x - 100, y: q.y - 110, width: 420, height: 220 } });
    expect(errors).toEqual([]);
    await page.close();
  });
});
