// The overlay keys are data the help overlay lists: one key each, none taken by the board or the panels.

import { describe, expect, test } from "vitest";
import { OVERLAYS, OVERLAY_SHORTCUTS, overlayForKey } from "../../src/render/overlay-keys";

/** Keys the board and the panels use already: panning, zoom, help, the order keys, confirm and cancel. */
const TAKEN = ["w", "a", "s", "d", "arrowup", "arrowdown", "arrowleft", "arrowright", "+", "-", "=", "?", "n", "t", "e", "u", "escape", "enter"];

describe("overlay keys", () => {
  test("each overlay has its own key, and none clashes with a key in use", () => {
    const keys = OVERLAYS.map((o) => o.key.toLowerCase());
    expect(new Set(keys).size).toBe(OVERLAYS.length);
    for (const key of keys) expect(TAKEN).not.toContain(key);
  });

  test("the shortcuts list every overlay's key with what it does", () => {
    expect(OVERLAY_SHORTCUTS.map((s) => s.key)).toEqual(OVERLAYS.map((o) => o.key));
    for (const s of OVERLAY_SHORTCUTS) expect(s.action).toMatch(/^Show or hide the .+ overlay$/);
  });

  test("a key finds its overlay, and other keys none", () => {
    for (const o of OVERLAYS) expect(overlayForKey(o.key)).toBe(o.id);
    expect(overlayForKey("w")).toBeNull();
    expect(overlayForKey("9")).toBeNull();
  });

  test("the objectives are shown at the start, as before the overlays could be toggled", () => {
    expect(OVERLAYS.find((o) => o.id === "objectives")?.initially).toBe(true);
  });
});
