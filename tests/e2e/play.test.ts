// Playing through the page: select a red unit and move it by clicking, see the rejection of
// an illegal command as a sentence, end the turn with the button (confirming the question
// about units that could still act), and see that it cannot be taken back.

import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { distance, hash, mapOf, playerView, reachable, type HexId } from "../../src/engine";
import { loadBundled } from "../../src/scenario";
import { GameSession } from "../../src/session";
import { openGame, shotPath, useBrowser } from "./browser";

const browser = useBrowser();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await openGame(browser(), "scenario=first-contact&seed=1"));
});

function startState() {
  const loaded = loadBundled("first-contact");
  if (!loaded.ok) throw new Error(loaded.error);
  return new GameSession(loaded.value, "1").state;
}

async function screenPoint(hex: HexId): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((id) => window.easternFlank?.hexToScreen(id), hex);
  if (!p) throw new Error("the debug API is missing");
  return p;
}

const log = () => page.locator("#event-log").textContent();

describe("playing in the page", () => {
  it("starts from the same state as Node", async () => {
    await expect(page.evaluate(() => window.easternFlank?.hash())).resolves.toBe(hash(startState()));
  });

  it("moves a red unit by clicking it and then a highlighted hex", async () => {
    const state = startState();
    const map = mapOf(state);
    const view = playerView(state, "red");
    const box = await page.locator("#board canvas").boundingBox();
    if (!box) throw new Error("no board canvas");
    const inside = (p: { x: number; y: number }) => p.x > box.x + 40 && p.x < box.x + box.width - 40 && p.y > box.y + 40 && p.y < box.y + box.height - 40;
    let choice: { unit: string; name: string; from: HexId; to: HexId } | null = null;
    for (const unit of state.units.filter((u) => u.side === "red")) {
      if (!inside(await screenPoint(unit.hex))) continue;
      const reach = reachable(map, view, unit);
      const far = reach.destinations
        .filter((h) => distance(map, unit.hex, h) >= 2 && !state.units.some((u) => u.hex === h))
        .sort((a, b) => distance(map, unit.hex, b) - distance(map, unit.hex, a) || a - b);
      for (const to of far) {
        if (inside(await screenPoint(to))) {
          choice = { unit: unit.id, name: unit.name, from: unit.hex, to };
          break;
        }
      }
      if (choice) break;
    }
    if (!choice) throw new Error("no red unit with an on-screen destination");

    const from = await screenPoint(choice.from);
    await page.mouse.click(from.x, from.y);
    await page.locator("#selected-unit").getByText(choice.name).waitFor({ timeout: 5000 });
    await page.mouse.move((await screenPoint(choice.to)).x, (await screenPoint(choice.to)).y);
    await page.locator("#board canvas").screenshot({ path: shotPath("unit-selected") });

    const to = await screenPoint(choice.to);
    await page.mouse.click(to.x, to.y);
    const moved = { unit: choice.unit, to: choice.to };
    await page.waitForFunction((m) => window.easternFlank?.state().units.find((u) => u.id === m.unit)?.hex === m.to, moved, { timeout: 5000 });
    await expect(log()).resolves.toContain(`${choice.name} moved`);
    await page.locator("#board canvas").screenshot({ path: shotPath("unit-moved") });
    await page.screenshot({ path: shotPath("page-after-move") });
  });

  it("shows a refused command as a sentence", async () => {
    const result = await page.evaluate(() => window.easternFlank?.dispatch({ type: "end-turn", side: "blue" }));
    expect(result?.rejection?.code).toBe("turn/not-your-turn");
    await expect(page.locator("#message").textContent()).resolves.toBe("It is red's turn, not blue's.");
  });

  it("ends the turn with the button, which cannot then be taken back", async () => {
    await page.locator("#end-turn").click();
    // Most red units have not moved, so the page asks first (tests/e2e/orders.test.ts covers the question).
    await page.locator("#end-turn-dialog").waitFor({ state: "visible" });
    await page.locator("#end-turn-confirm").click();
    await expect(page.evaluate(() => window.easternFlank?.state().active)).resolves.toBe("blue");
    await expect(page.locator("#side-to-play").textContent()).resolves.toBe("Blue");
    await expect(log()).resolves.toContain("Red ended its turn; Blue to play");
    await page.locator("#board canvas").screenshot({ path: shotPath("blue-to-play") });

    const undo = page.getByRole("button", { name: "Undo" });
    await expect(undo.getAttribute("aria-disabled")).resolves.toBe("true");
    // The button stays clickable when the rule says no (aria-disabled), so a click can say why; Playwright must be told.
    await undo.click({ force: true });
    await expect(page.locator("#message").textContent()).resolves.toBe("The last order was the end of a turn: only a move or a change of stance can be taken back.");
    await expect(page.evaluate(() => window.easternFlank?.state().active)).resolves.toBe("blue");
    expect(errors).toEqual([]);
  });

  it("shows the end of the game clearly when the turns run out", async () => {
    const status = await page.evaluate(() => {
      const api = window.easternFlank;
      if (!api) throw new Error("no debug API");
      for (let i = 0; i < 40 && api.state().status.kind === "playing"; i++) api.dispatch({ type: "end-turn", side: api.state().active });
      return api.state().status;
    });
    expect(status.kind).toBe("over");
    const banner = page.locator("#game-over");
    await banner.waitFor({ state: "visible" });
    await expect(banner.textContent()).resolves.toMatch(/^Game over: Blue wins\. Time is up/);
    await expect(page.getByRole("button", { name: "End turn" }).isDisabled()).resolves.toBe(true);
    // The game ends on its last turn: the panel does not count on past it, and the log says so.
    await expect(page.locator("#turn").textContent()).resolves.toBe("8 of 8");
    await expect(log()).resolves.toContain("Blue ended the last turn.");
    await page.screenshot({ path: shotPath("game-over") });
    expect(errors).toEqual([]);
  });
});
