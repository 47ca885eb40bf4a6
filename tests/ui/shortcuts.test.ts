// The shortcut list: the order keys never take the board's own keys, and extra groups (the
// board overlays') are listed with the rest.

import { describe, expect, it } from "vitest";
import { OVERLAY_SHORTCUTS } from "../../src/render/overlay-keys";
import { BOARD_SHORTCUTS, ORDER_SHORTCUTS, shortcutGroups } from "../../src/ui/shortcuts";

const BOARD_KEYS = ["W", "A", "S", "D", "+", "-", "−", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", ...OVERLAY_SHORTCUTS.map((s) => s.key.toUpperCase())];

describe("the shortcut list", () => {
  it("gives no order key that the board already uses for panning, zooming or its overlays", () => {
    for (const s of ORDER_SHORTCUTS) {
      const key = s.key.replace(/^Shift \+ /, "");
      expect(BOARD_KEYS, s.key).not.toContain(key.toUpperCase());
    }
  });

  it("names every key once", () => {
    const keys = [...BOARD_SHORTCUTS, ...OVERLAY_SHORTCUTS, ...ORDER_SHORTCUTS].map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lists an extra group after the map's and leaves out an empty one", () => {
    const extra = { title: "Overlays", shortcuts: [{ key: "O", action: "show supply" }] };
    expect(shortcutGroups([extra, { title: "Empty", shortcuts: [] }]).map((g) => g.title)).toEqual(["Map", "Overlays", "Orders", "In a panel"]);
  });
});
