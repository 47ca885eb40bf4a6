// Which attacks the panels offer: targets in reach of the selected unit, and the units that
// can join one, each ticked or with the engine's reason why it cannot.

import { describe, expect, it } from "vitest";
import { attackOptions, distance, mapOf, playerView, previewCombat, unitById, type PlayerView } from "../../src/engine";
import { attackCandidates, enemiesAt, reaches, targetsOf, tickedUnits } from "../../src/ui/attack-options";
import { ATTACKER, DEFENDER, TARGET_HEX, contactSession, newSession } from "./fixture";

describe("attack options for the panels", () => {
  it("finds no target for a unit far from every enemy it can see", () => {
    const session = newSession();
    const view = playerView(session.state, "red");
    const unit = unitById(view, ATTACKER);
    if (!unit) throw new Error("no attacker");
    expect(targetsOf(mapOf(view), view, unit)).toEqual([]);
  });

  it("offers the seen enemy next to the unit, and ticks the same units as the engine's attack options", () => {
    const session = contactSession();
    const view = playerView(session.state, "red");
    const map = mapOf(view);
    const unit = unitById(view, ATTACKER);
    if (!unit) throw new Error("no attacker");
    expect(targetsOf(map, view, unit)).toEqual([TARGET_HEX]);
    expect(enemiesAt(view, TARGET_HEX).map((u) => u.id)).toEqual([DEFENDER]);
    expect(reaches(map, unit, TARGET_HEX)).toBe(true);
    const candidates = attackCandidates(map, view, "red", TARGET_HEX);
    const option = attackOptions(map, view, "red").find((o) => o.target === TARGET_HEX);
    expect(tickedUnits(candidates)).toEqual(option?.units);
    expect(candidates[0]).toMatchObject({ able: true, ticked: true, reason: null, distance: 1 });
  });

  it("keeps a unit that has attacked in the list, unticked, with the engine's reason", () => {
    const session = contactSession();
    session.dispatch({ type: "attack", side: "red", units: [ATTACKER], target: TARGET_HEX });
    const view = playerView(session.state, "red");
    const map = mapOf(view);
    // The defender was routed next door and the attacker followed into its hex, so it still reaches it.
    const target = unitById(view, DEFENDER)?.hex ?? -1;
    expect(target).not.toBe(TARGET_HEX);
    const mine = attackCandidates(map, view, "red", target).find((c) => c.unit.id === ATTACKER);
    expect(mine).toMatchObject({ able: false, ticked: false, reason: "6th Tank Bde, BTG 1 has already attacked this turn." });
  });

  it("includes guns within their reach, ticked with the attack, and lets the preview refuse guns alone", () => {
    const session = contactSession();
    const view = playerView(session.state, "red");
    const map = mapOf(view);
    const gunsAt = view.units.find((u) => u.side === "red" && u.id !== ATTACKER);
    const twoAway = [...Array(map.size).keys()].find((h) => distance(map, h, TARGET_HEX) === 2 && !view.units.some((u) => u.hex === h));
    if (!gunsAt || twoAway === undefined) throw new Error("no room for the guns");
    const withGuns = (units: PlayerView["units"]): PlayerView => ({ ...view, units });
    const guns = { ...gunsAt, template: "ru-artillery-brigade", hex: twoAway };
    const armed = withGuns(view.units.map((u) => (u.id === guns.id ? guns : u)));
    const together = attackCandidates(map, armed, "red", TARGET_HEX);
    expect(together.find((c) => c.unit.id === guns.id)).toMatchObject({ able: true, ticked: true, distance: 2 });

    // With the tanks gone, the guns are still offered, and the preview says why they cannot attack alone.
    const alone = withGuns(armed.units.filter((u) => u.id !== ATTACKER));
    const only = attackCandidates(map, alone, "red", TARGET_HEX);
    expect(only.map((c) => [c.unit.id, c.ticked])).toEqual([[guns.id, true]]);
    const preview = previewCombat(alone, { type: "attack", side: "red", units: tickedUnits(only), target: TARGET_HEX });
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.message).toBe("Guns alone cannot take ground: add a unit next to the target, or fly a fire mission.");
  });
});
