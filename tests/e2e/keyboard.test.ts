// A whole first turn with the keyboard alone: pick red's tank battalion with N, walk the hex
// cursor to where it should go with Shift and the arrow keys, move it with Enter, end both
// turns with E, close in and attack with T and Enter, read the result in the log, show the
// supply overlay with 1, jump to a log entry's hex, and end the turn. No mouse is used.

import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { mapOf, type HexId } from "../../src/engine";
import { APPROACH, ATTACKER, NEXT_TO_TARGET, newSession } from "../ui/fixture";
import { openGame, shotPath, useBrowser } from "./browser";

const browser = useBrowser();
let page: Page;
let errors: string[];
const map = mapOf(newSession().state);
const ATTACKER_NAME = "6th Tank Bde, BTG 1";

beforeAll(async () => {
  ({ page, errors } = await openGame(browser(), "scenario=first-contact&seed=1"));
});

const unitHex = (id: string) => page.evaluate((u) => window.easternFlank?.state().units.find((x) => x.id === u)?.hex, id);
const active = () => page.evaluate(() => window.easternFlank?.state().active);

/** Presses N until the selected-unit panel shows `name`. */
async function pickWithN(name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("n");
    if ((await page.locator("#selected-unit").textContent())?.includes(name)) return;
  }
  throw new Error(`N never reached ${name}`);
}

/** Walks the cursor from `from` to `to` with Shift and the arrow keys, by grid columns and rows. */
async function walkCursor(from: HexId, to: HexId): Promise<void> {
  const cols = map.cols;
  const dRow = Math.floor(to / cols) - Math.floor(from / cols);
  const dCol = (to % cols) - (from % cols);
  for (let i = 0; i < Math.abs(dRow); i++) await page.keyboard.press(dRow > 0 ? "Shift+ArrowDown" : "Shift+ArrowUp");
  for (let i = 0; i < Math.abs(dCol); i++) await page.keyboard.press(dCol > 0 ? "Shift+ArrowRight" : "Shift+ArrowLeft");
}

/** E, and Enter on the question if the page asks one. */
async function endTurnByKeys(): Promise<void> {
  const before = await active();
  await page.keyboard.press("e");
  const dialog = page.locator("#end-turn-dialog");
  if (await dialog.isVisible()) {
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
  }
  await page.waitForFunction((side) => window.easternFlank?.state().active !== side, before, { timeout: 5000 });
}

describe("a turn with the keyboard alone", () => {
  it("picks a unit with N and moves it with the cursor and Enter", async () => {
    await pickWithN(ATTACKER_NAME);
    const destination = APPROACH[0]?.type === "move" ? (APPROACH[0].path.at(-1) ?? -1) : -1;
    const start = (await unitHex(ATTACKER)) ?? -1;
    await walkCursor(start, destination);
    await page.locator("#board canvas").screenshot({ path: shotPath("keyboard-cursor") });
    await page.keyboard.press("Enter");
    await page.waitForFunction(([u, to]) => window.easternFlank?.state().units.find((x) => x.id === u)?.hex === to, [ATTACKER, destination] as const, { timeout: 5000 });
    await expect(page.locator("#event-log").textContent()).resolves.toContain(`${ATTACKER_NAME} moved`);
  });

  it("ends red's and blue's turns with E and Enter", async () => {
    await endTurnByKeys();
    await expect(active()).resolves.toBe("blue");
    await endTurnByKeys();
    await expect(active()).resolves.toBe("red");
  });

  it("closes in, attacks with T and Enter, and reads the result in the log", async () => {
    await pickWithN(ATTACKER_NAME);
    await walkCursor((await unitHex(ATTACKER)) ?? -1, NEXT_TO_TARGET);
    await page.keyboard.press("Enter");
    await page.waitForFunction(([u, to]) => window.easternFlank?.state().units.find((x) => x.id === u)?.hex === to, [ATTACKER, NEXT_TO_TARGET] as const, { timeout: 5000 });
    await page.keyboard.press("t");
    await page.locator("#attack-panel").waitFor({ state: "visible", timeout: 5000 });
    await page.keyboard.press("Enter");
    await page.locator("#attack-result").waitFor({ state: "visible", timeout: 5000 });
    await expect(page.locator("#event-log").textContent()).resolves.toMatch(/Red (carried the attack on|'s attack on)/);
    await page.keyboard.press("Escape");
    await page.locator("#attack-panel").waitFor({ state: "hidden" });
  });

  it("takes nothing back with U once the dice have rolled, and says why", async () => {
    await page.keyboard.press("u");
    await expect(page.locator("#message").textContent()).resolves.toMatch(/^The last order was an attack/);
  });

  it("shows the supply overlay with 1", async () => {
    await page.keyboard.press("1");
    await expect(page.locator("#overlay-legend").textContent()).resolves.toMatch(/[Ss]upply/);
    await page.keyboard.press("1");
  });

  it("jumps to a log entry's hex from the keyboard", async () => {
    const entry = page.locator("#event-log .log-jump").last();
    const hex = Number(await entry.getAttribute("data-hex"));
    await entry.focus();
    await page.keyboard.press("Enter");
    // The camera brings the hex to the middle of the board.
    await page.waitForFunction(
      (id) => {
        const api = window.easternFlank;
        const canvas = document.querySelector("#board canvas");
        if (!api || !canvas) return false;
        const p = api.hexToScreen(id);
        const r = canvas.getBoundingClientRect();
        return Math.abs(p.x - (r.left + r.width / 2)) < r.width * 0.35 && Math.abs(p.y - (r.top + r.height / 2)) < r.height * 0.35;
      },
      hex,
      { timeout: 5000 },
    );
  });

  it("ends the turn from the keyboard and logs no errors", async () => {
    await page.locator("#board").focus();
    await endTurnByKeys();
    await expect(active()).resolves.toBe("blue");
    await page.screenshot({ path: shotPath("keyboard-turn-done") });
    expect(errors).toEqual([]);
  });
});
