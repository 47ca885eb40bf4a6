// The same seed and commands give the same states in Chromium as in Node: a seeded random
// game is recorded in Node, replayed through the page's dispatch, and compared hash by hash.

import { describe, expect, it } from "vitest";
import { loadBundled } from "../../src/scenario";
import { recordRandomGame } from "../../src/session";
import { useBrowser, openGame } from "./browser";

const browser = useBrowser();

describe("determinism across Node and Chromium", () => {
  it("replays 40 seeded random commands to the same hash after every command", async () => {
    const loaded = loadBundled("first-contact");
    if (!loaded.ok) throw new Error(loaded.error);
    const replay = recordRandomGame(loaded.value, "7", 40).toReplay();
    expect(replay.commands.length).toBeGreaterThan(10);
    const expected = replay.checkpoints.map((c) => c.hash);

    const { page, errors } = await openGame(browser(), "scenario=first-contact&seed=7");
    const actual = await page.evaluate((commands) => {
      const api = window.easternFlank;
      if (!api) throw new Error("no debug API");
      const hashes = [api.hash()];
      for (const command of commands) {
        const result = api.dispatch(command);
        hashes.push(result.rejection ? `refused: ${result.rejection.code}` : api.hash());
      }
      return hashes;
    }, replay.commands);
    expect(actual).toEqual(expected);
    await expect(page.locator("#event-log li").count()).resolves.toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
