// The start screen: shown without a scenario in the URL, fetches no Phaser, offers the computer
// as Red's player by default, refuses a bad seed in a sentence, starts the chosen game (by mouse
// and by keyboard alone) with the choice in the URL, and "New game" comes back to it. Started
// from the keyboard against the computer, Red's turn is played by the computer in its worker.

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { newPage, shotPath, useBrowser } from "./browser";

const browser = useBrowser();
const APP_JS_BUDGET_GZIP = 150 * 1024;

/** Opens the bare page and records the scripts it fetches. */
async function openStart(query = ""): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const { page, errors } = await newPage(browser());
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${inject("baseUrl")}${query}`);
  await page.locator("#start-screen").waitFor({ state: "visible" });
  return { page, errors, scripts };
}

const state = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset.state);
const waitReady = (page: Page): Promise<unknown> => page.waitForFunction(() => document.body.dataset.state === "ready", undefined, { timeout: 20_000 });

describe("the start screen", () => {
  it("offers the bundled scenario, the players and their level, and a seed, without fetching the board", async () => {
    const { page, errors, scripts } = await openStart();
    await expect(state(page)).resolves.toBe("start");
    const card = page.getByRole("radio", { name: /First Contact/i });
    await expect(card.isChecked()).resolves.toBe(true);
    await expect(page.locator(".scenario-card").first().textContent()).resolves.toMatch(/Map: baltic · 8 turns/);
    await expect(page.locator("#start-briefing").textContent()).resolves.toMatch(/Lake Peipus/);

    // Solo play is the default: the computer plays Red, a person Blue; both can be changed.
    await expect(page.locator("#seat-red-computer").isChecked()).resolves.toBe(true);
    await expect(page.locator("#seat-blue-human").isChecked()).resolves.toBe(true);
    for (const side of ["red", "blue"]) await expect(page.locator(`#seat-${side}-computer`).isDisabled()).resolves.toBe(false);
    await expect(page.locator("#ai-level").inputValue()).resolves.toBe("standard");
    // The menu says what each level does.
    await expect(page.locator("#level-note").textContent()).resolves.toMatch(/^Standard: marches by road/);
    await page.locator("#ai-level").selectOption("expert");
    await expect(page.locator("#level-note").textContent()).resolves.toMatch(/^Expert: .*several ways/);
    await page.locator("#ai-level").selectOption("standard");
    await expect(page.locator("#computer-note").textContent()).resolves.toMatch(/sees only what its side can see/);
    await expect(page.locator("#seed").inputValue()).resolves.toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}$/);
    await expect(page.getByLabel("Seed").count()).resolves.toBe(1);

    // No board behind the form: no canvas, and neither Phaser nor the game's chunk was fetched.
    await expect(page.locator("canvas").count()).resolves.toBe(0);
    expect(scripts.some((s) => /phaser|game-page|milsymbol/.test(s)), scripts.join(", ")).toBe(false);
    const gzipBytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(`dist${s}`)).length, 0);
    console.log(`start screen JavaScript: ${scripts.length} file(s), ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(gzipBytes).toBeLessThan(APP_JS_BUDGET_GZIP);

    await page.screenshot({ path: shotPath("start-screen-1280x800") });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: shotPath("start-screen-768x1024") });
    await page.screenshot({ path: shotPath("start-screen-768x1024-full"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses an empty seed in a sentence, then starts the game with its choice in the URL, and New game comes back", async () => {
    const { page, errors } = await openStart("?debug=1");
    await page.locator("#seed").fill("");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.locator("#seed-error").textContent()).resolves.toMatch(/^The seed must be 1 to 200 characters long/);
    await expect(page.locator("#seed").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("seed");
    await expect(state(page)).resolves.toBe("start");
    expect(new URL(page.url()).search).toBe("?debug=1");
    await page.screenshot({ path: shotPath("start-screen-bad-seed") });

    await page.locator("#seat-red-human").check();
    await page.locator("#seed").fill("shared game 7");
    await expect(page.locator("#seed-error").textContent()).resolves.toBe("");
    await Promise.all([page.waitForURL(/scenario=/), page.getByRole("button", { name: "Start" }).click()]);
    await waitReady(page);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ scenario: "first-contact", seed: "shared game 7", red: "human", blue: "human", debug: "1" });
    await expect(page.locator("#board canvas").count()).resolves.toBe(1);
    const firstHash = await page.evaluate(() => window.easternFlank?.hash());

    // A reload of the same URL is the same game.
    await page.reload();
    await waitReady(page);
    await expect(page.evaluate(() => window.easternFlank?.hash())).resolves.toBe(firstHash);

    // New game asks first; "Keep playing" keeps the game.
    const newGame = page.getByRole("button", { name: "New game" });
    await newGame.click();
    await expect(page.locator("#new-game-dialog").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: shotPath("new-game-dialog") });
    await page.getByRole("button", { name: "Keep playing" }).click();
    await expect(page.locator("#new-game-dialog").isVisible()).resolves.toBe(false);
    await expect(state(page)).resolves.toBe("ready");

    await newGame.click();
    await Promise.all([page.waitForURL((u) => !u.searchParams.has("scenario")), page.getByRole("button", { name: "Leave and set up a new game" }).click()]);
    await page.locator("#start-screen").waitFor({ state: "visible" });
    expect(new URL(page.url()).search).toBe("?debug=1");
    await expect(state(page)).resolves.toBe("start");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("can be used with the keyboard alone", async () => {
    const { page, errors } = await openStart();
    const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);
    const before = await page.locator("#seed").inputValue();
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press("Tab");
      order.push(await focused());
    }
    // The scenario, each side's checked seat, the computer's level, the four parameters, the seed and its button.
    expect(order).toEqual(["scenario-first-contact", "seat-red-computer", "seat-blue-human", "ai-level", "param-warningDays", "param-redFriction", "param-usCommitment", "param-alliedWill", "seed"]);
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("new-seed");
    await page.keyboard.press("Space");
    const seed = await page.locator("#seed").inputValue();
    expect(seed).not.toBe(before);
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("start-game");
    await Promise.all([page.waitForURL(/scenario=/), page.keyboard.press("Enter")]);
    await waitReady(page);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ scenario: "first-contact", seed, red: "ai", blue: "human", level: "standard" });

    // The computer plays Red's turn in its worker, while the page still answers the keyboard.
    await expect(page.locator("#computer-status").textContent()).resolves.toMatch(/Red \(computer, standard\)|Your turn|getting ready/);
    await page.keyboard.press("?");
    await page.locator("#help-overlay").waitFor({ state: "visible", timeout: 2000 });
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("#side-to-play")?.textContent === "Blue", undefined, { timeout: 25_000 });
    await expect(page.locator("#event-log").textContent()).resolves.toMatch(/Red: main effort toward /);
    await expect(page.locator("#computer-status").textContent()).resolves.toBe("Your turn: Blue to play.");
    await page.screenshot({ path: shotPath("computer-played-red") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the war scenarios with their parameters, and plays the RAND scenario against the computer", async () => {
    const { page, errors } = await openStart("?debug=1");
    await expect(page.locator(".scenario-card").count()).resolves.toBe(5);
    for (const id of ["rand-2016", "seven-brigades", "eastern-flank-2026", "suwalki-2026"]) {
      await page.locator(`#scenario-${id}`).check();
      const briefing = page.locator("#start-briefing");
      await expect(briefing.textContent()).resolves.toMatch(/Where the numbers come from/);
      for (const label of ["Strategic warning (days)", "Russian friction (0–1)", "US commitment (0–1)", "Allied will (0–1)"]) {
        await expect(briefing.locator("dt", { hasText: label }).count(), `${id}: ${label}`).resolves.toBe(1);
      }
    }
    await page.locator("#scenario-rand-2016").check();
    await expect(page.locator("#start-briefing dt", { hasText: "Strategic warning" }).locator("xpath=following-sibling::dd[1]").textContent()).resolves.toBe("7");
    // The dials hold the scenario's values; a bad one is refused in a sentence, a good one goes into the address.
    await expect(page.locator("#param-warningDays").inputValue()).resolves.toBe("7");
    await expect(page.locator("#param-redFriction").inputValue()).resolves.toBe("0");
    await page.locator("#param-redFriction").fill("3");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.locator("#param-error").textContent()).resolves.toBe("Russian friction (0–1) must be between 0 and 1, not 3.");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("param-redFriction");
    await expect(state(page)).resolves.toBe("start");
    await page.locator("#param-redFriction").fill("1");
    await page.screenshot({ path: shotPath("start-screen-rand-2016") });
    await Promise.all([page.waitForURL(/scenario=rand-2016/), page.getByRole("button", { name: "Start" }).click()]);
    await waitReady(page);
    const query = new URL(page.url()).searchParams;
    expect(query.get("redFriction")).toBe("1");
    expect(query.has("warningDays")).toBe(false);
    // The game is the scenario with Ukraine's friction: red's command friction at 100 %.
    await expect(page.evaluate(() => window.easternFlank?.state().settings.red.commandFriction)).resolves.toBe(100);
    await page.waitForFunction(() => document.querySelector("#side-to-play")?.textContent === "Blue", undefined, { timeout: 25_000 });
    await expect(page.locator("#event-log").textContent()).resolves.toMatch(/Red: main effort toward (Riga|Tallinn)/);
    // Blue's own reinforcements still to come are listed, with when and where they arrive.
    await expect(page.locator("#arrivals li").first().textContent()).resolves.toMatch(/: turn \d+ \(D\+\d+ \d\d:00\), by (air|sea|rail|road) /);
    await page.screenshot({ path: shotPath("rand-2016-after-red") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("ends the turn of a computer player that overruns its time budget, and the game goes on", async () => {
    const { page, errors } = await newPage(browser());
    // The worker stalls 3 s over every order; the budget is 0.4 s.
    await page.goto(`${inject("baseUrl")}?scenario=first-contact&seed=1&red=ai&blue=human&debug=1&thinkLimitMs=400&aiStallMs=3000`);
    await waitReady(page);
    // While the worker is stuck the page still answers.
    await page.keyboard.press("?");
    await page.locator("#help-overlay").waitFor({ state: "visible", timeout: 2000 });
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelector("#side-to-play")?.textContent === "Blue", undefined, { timeout: 10_000 });
    await expect(page.locator("#event-log").textContent()).resolves.toMatch(/Red \(computer, standard\) took more than 0\.4 s over one order, so its turn was ended\./);
    await expect(page.locator("#computer-status").textContent()).resolves.toBe("Your turn: Blue to play.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses an unknown computer level in the URL with a sentence", async () => {
    const { page, errors } = await newPage(browser());
    await page.goto(`${inject("baseUrl")}?scenario=first-contact&red=ai&level=grandmaster`);
    const fatal = page.locator("#fatal");
    await fatal.waitFor({ state: "visible" });
    await expect(fatal.textContent()).resolves.toBe('The level must be "novice", "standard" or "expert", not "grandmaster".');
    expect(errors).toEqual([]);
    await page.close();
  });
});
