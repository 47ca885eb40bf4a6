// The panel's lines on a side's own coming reinforcements and its limit of losses.

import { describe, expect, it } from "vitest";
import { mapOf, playerView, templateOf, type GameState } from "../../src/engine";
import { loadBundled, startGame } from "../../src/scenario";
import { arrivalLines, lossLimitLine } from "../../src/ui/arrivals-text";

function start(id: string, changes = {}): GameState {
  const loaded = loadBundled(id, changes);
  if (!loaded.ok) throw new Error(loaded.error);
  return startGame(loaded.value, "1");
}

describe("the reinforcements panel", () => {
  it("lists a side's own coming units, soonest first, with the turn, the clock, the means and the place", () => {
    const state = start("rand-2016", { warningDays: 0 });
    const blue = arrivalLines(mapOf(state), playerView(state, "blue"));
    expect(blue.length).toBe(state.arrivals.filter((a) => a.side === "blue").length);
    expect(blue[0]).toMatch(/^.+: turn \d+ \(D\+\d+ \d\d:00\), by (air|sea|rail|road) (at|near) .+\.$/);
    const turns = blue.map((line) => Number(/turn (\d+)/.exec(line)?.[1]));
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    // Red's list names none of blue's units.
    const red = arrivalLines(mapOf(state), playerView(state, "red")).join("\n");
    for (const a of state.arrivals.filter((x) => x.side === "blue")) expect(red).not.toContain(a.name);
  });

  it("states the viewer's own limit of losses where the scenario sets one", () => {
    const state = start("suwalki-2026");
    expect(lossLimitLine(playerView(state, "red"))).toBe("Red gives up the war at 25 % of its personnel lost (now 0 %).");
    expect(lossLimitLine(playerView(state, "blue"))).toBeNull();
    const bled: GameState = { ...state, units: state.units.map((u) => (u.side === "red" ? { ...u, personnel: Math.floor(templateOf(u.template).personnel * 0.9) } : u)) };
    expect(lossLimitLine(playerView(bled, "red"))).toMatch(/\(now (9|10) %\)/);
    expect(lossLimitLine(playerView(start("rand-2016"), "red"))).toBeNull();
  });
});
