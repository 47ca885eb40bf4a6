// Giving orders in the page: an attack from the preview to the explained result, a stance,
// an air mission the engine refuses, the help overlay and the end-turn question by keyboard.
// The approach march is dispatched through the debug API; the rest is clicks and keys.

import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { HexId } from "../../src/engine";
import { APPROACH, ATTACKER, NEXT_TO_TARGET, TARGET_HEX } from "../ui/fixture";
import { openGame, shotPath, useBrowser } from "./browser";

const browser = useBrowser();
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ page, errors } = await openGame(browser(), "scenario=first-contact&seed=1"));
});

async function screenPoint(hex: HexId): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((id) => window.easternFlank?.hexToScreen(id), hex);
  if (!p) throw new Error("the debug API is missing");
  return p;
}

async function clickHex(hex: HexId): Promise<void> {
  const box = await page.locator("#board canvas").boundingBox();
  if (!box) throw new Error("no board canvas");
  const p = await screenPoint(hex);
  if (p.x < box.x + 20 || p.x > box.x + box.width - 20 || p.y < box.y + 20 || p.y > box.y + box.height - 20) {
    throw new Error(`hex ${hex} is off the board's screen at (${Math.round(p.x)}, ${Math.round(p.y)})`);
  }
  await page.mouse.click(p.x, p.y);
}

const unitState = (id: string) => page.evaluate((u) => window.easternFlank?.state().units.find((x) => x.id === u), id);
const attackPanel = () => page.locator("#attack-panel");

describe("orders in the page", () => {
  it("brings red's tank battalion up to a Latvian battalion and selects it", async () => {
    for (const command of APPROACH) {
      const result = await page.evaluate((c) => window.easternFlank?.dispatch(c), command);
      expect(result?.rejection, command.type).toBeUndefined();
    }
    await page.locator("#side-to-play").getByText("Red").waitFor();
    await clickHex((await unitState(ATTACKER))?.hex ?? -1);
    const panel = page.locator("#selected-unit");
    await panel.getByText("6th Tank Bde, BTG 1").waitFor({ timeout: 5000 });
    // The panel shows mass against authorised strength, stocks in days and supply.
    await expect(panel.textContent()).resolves.toMatch(/Personnel\d[\d,]* of 700 \(\d+ %\)/);
    await expect(panel.textContent()).resolves.toContain("Fuel");
    await expect(panel.textContent()).resolves.toContain("In supply;");
    await clickHex(NEXT_TO_TARGET);
    await page.waitForFunction((u) => window.easternFlank?.state().units.find((x) => x.id === u)?.hex === 5044, ATTACKER, { timeout: 5000 });
    await expect(page.locator("#attack-targets").textContent()).resolves.toContain("Attack");
  });

  it("opens the attack preview on a click on the enemy, and updates it as attackers are ticked", async () => {
    await clickHex(TARGET_HEX);
    await attackPanel().waitFor({ state: "visible", timeout: 5000 });
    await expect(page.locator("#attack-title").textContent()).resolves.toMatch(/^Red attacks /);
    const odds = page.locator("#attack-odds");
    await expect(odds.textContent()).resolves.toMatch(/Chance of success\d+ %/);
    await expect(odds.textContent()).resolves.toMatch(/Combat-power ratio\d+\.\d\d : 1|Combat-power ratio1 : \d+\.\d\d/);
    const modifiers = page.locator("#attack-modifiers");
    await expect(modifiers.locator("tr[data-modifier=posture]").textContent()).resolves.toMatch(/Defensive posture—×1\.\d\d/);
    await expect(modifiers.textContent()).resolves.toContain("×1.00");
    await expect(page.locator("#attack-losses").textContent()).resolves.toMatch(/Likely range \(10th–90th percentile\)\d+\.\d % – \d+\.\d %/);

    const box = attackPanel().getByRole("checkbox", { name: /6th Tank Bde, BTG 1/ });
    await expect(box.isChecked()).resolves.toBe(true);
    await box.uncheck();
    await expect(page.locator("#attack-refusal").textContent()).resolves.toBe("An attack needs at least one unit.");
    await expect(page.locator("#attack-confirm").isDisabled()).resolves.toBe(true);
    await box.check();
    await expect(page.locator("#attack-refusal").isHidden()).resolves.toBe(true);
    await page.locator("#attack-confirm").focus();
    await page.screenshot({ path: shotPath("attack-panel") });
  });

  it("attacks on Enter and explains where the result fell", async () => {
    await page.keyboard.press("Enter");
    const result = page.locator("#attack-result");
    await result.waitFor({ state: "visible", timeout: 5000 });
    const text = (await result.textContent()) ?? "";
    expect(text).toMatch(/The attack (carried the hex|failed)/);
    expect(text).toMatch(/the roll had to come under \d+ of 100; it came to \d+\./);
    expect(text).toMatch(/Your losses, \d[\d,]* personnel.*likely outcomes/);
    await expect(page.locator("#event-log").textContent()).resolves.toMatch(/Red (carried the attack on|'s attack on) .*percentile/);
    await expect(unitState(ATTACKER).then((u) => u?.attacked)).resolves.toBe(true);
    await page.screenshot({ path: shotPath("attack-result") });
    await page.keyboard.press("Escape");
    await attackPanel().waitFor({ state: "hidden" });
  });

  it("sets a stance from the selected-unit panel", async () => {
    const delay = page.locator("#stance-control").getByRole("button", { name: "Delay" });
    await delay.click();
    await page.waitForFunction((u) => window.easternFlank?.state().units.find((x) => x.id === u)?.stance === "delay", ATTACKER, { timeout: 5000 });
    await expect(page.locator("#stance-control").getByRole("button", { name: "Delay" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.locator("#selected-unit").textContent()).resolves.toContain("delay: it gives ground");
    await expect(page.locator("#event-log").textContent()).resolves.toContain("6th Tank Bde, BTG 1 now stands to delay.");
    await page.locator("#panel").screenshot({ path: shotPath("selected-unit-panel") });
  });

  it("shows the engine's refusal of an air mission with no sorties left", async () => {
    await expect(page.locator("#mission-pools").textContent()).resolves.toBe("Red has 0 air sorties and 0 fire missions left this turn.");
    await page.locator("#mission-fly").click();
    await expect(page.locator("#mission-result").textContent()).resolves.toBe("red has 0 air sorties left this turn; the mission asks for 1.");
  });

  it("opens the help with ? and closes it with Escape, from the keyboard alone", async () => {
    await page.locator("#board").focus();
    await page.keyboard.press("?");
    const help = page.locator("#help-overlay");
    await help.waitFor({ state: "visible" });
    const text = (await help.textContent()) ?? "";
    for (const item of ["W A S D", "Mouse wheel", "Shift + N", "Attack with the selected unit", "End the turn", "Board overlays"]) expect(text).toContain(item);
    await page.screenshot({ path: shotPath("help-overlay") });
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
    await page.keyboard.press("n");
    await expect(page.locator("#selected-unit dd strong").count()).resolves.toBe(1);
  });

  it("asks before ending a turn with units that could still act: Escape keeps playing, Enter ends it", async () => {
    await page.locator("#end-turn").click();
    const dialog = page.locator("#end-turn-dialog");
    await dialog.waitFor({ state: "visible" });
    await expect(page.locator("#end-turn-question").textContent()).resolves.toMatch(/^\d+ of your units have not moved or attacked this turn and could still do so: .*End Red's turn anyway\?$/);
    await page.screenshot({ path: shotPath("end-turn-question") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.evaluate(() => window.easternFlank?.state().active)).resolves.toBe("red");

    await page.locator("#board").focus();
    await page.keyboard.press("e");
    await dialog.waitFor({ state: "visible" });
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.evaluate(() => window.easternFlank?.state().active)).resolves.toBe("blue");
    await expect(page.locator("#event-log").textContent()).resolves.toContain("Red ended its turn; Blue to play");
    expect(errors).toEqual([]);
  });
});
