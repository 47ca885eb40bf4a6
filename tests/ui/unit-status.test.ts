// The selected-unit panel's words: mass against authorised strength, stocks in days,
// posture and supply, worded from the engine's own values.

import { describe, expect, it } from "vitest";
import { FULL_STOCKS, playerView, unitById, type Unit } from "../../src/engine";
import { STANCE_LABELS, massRows, ofAuthorised, ownUnitRows, postureText, stockDays, unitSupply } from "../../src/ui/unit-status";
import { ATTACKER, contactSession, newSession } from "./fixture";

function unitOf(id: string, session = newSession()): { unit: Unit; view: ReturnType<typeof playerView> } {
  const view = playerView(session.state, session.state.active);
  const unit = unitById(view, id);
  if (!unit) throw new Error(`no unit ${id}`);
  return { unit, view };
}

describe("the selected unit's condition", () => {
  it("gives mass against the authorised figure, with a percent", () => {
    expect(ofAuthorised(742, 800)).toBe("742 of 800 (93 %)");
    expect(ofAuthorised(0, 0)).toBe("none");
    expect(ofAuthorised(3, 0)).toBe("3 (none authorised)");
  });

  it("lists only the kinds of equipment a unit has or should have", () => {
    const { unit } = unitOf(ATTACKER);
    expect(massRows(unit).map((r) => r.label)).toEqual(["Personnel", "Tanks", "IFVs", "Artillery"]);
    expect(massRows({ ...unit, template: "baltic-inf-bn", tanks: 0, ifvs: 0 }).map((r) => r.label)).not.toContain("Tanks");
  });

  it("writes stocks, kept in tenths of a day, as days out of the full load", () => {
    expect(stockDays(FULL_STOCKS)).toBe("3.0 of 3.0 days");
    expect(stockDays(26)).toBe("2.6 of 3.0 days");
  });

  it("explains the posture from the stance and how long the unit has stood", () => {
    const { unit, view } = unitOf(ATTACKER);
    expect(postureText(view, unit)).toBe("hasty: it has stood for 0 full turns; prepared after 1");
    const moved = contactSession();
    const after = unitOf(ATTACKER, moved);
    expect(postureText(after.view, after.unit)).toBe("hasty: it moved this turn, so it starts digging in from here");
    expect(postureText(view, { ...unit, stance: "delay" })).toMatch(/^delay: /);
    expect(postureText(view, { ...unit, stance: "withdraw" })).toMatch(/^withdrawal: /);
  });

  it("uses the engine's supply sentence and marks a unit cut off", () => {
    const { unit } = unitOf(ATTACKER);
    expect(unitSupply(unit)).toEqual({ step: "supplied", cutOff: false, sentence: "In supply; fuel 3.0 days, ammunition 3.0 days." });
    expect(unitSupply({ ...unit, unsupplied: 2 })).toMatchObject({ step: "no-attack", cutOff: true });
  });

  it("lists cohesion, readiness, fuel, ammunition and posture after the mass", () => {
    const { unit, view } = unitOf(ATTACKER);
    const labels = ownUnitRows(view, unit).map((r) => r.label);
    expect(labels.slice(-5)).toEqual(["Cohesion", "Readiness", "Fuel", "Ammunition", "Posture"]);
    expect(ownUnitRows(view, { ...unit, condition: "broken", cohesion: 30 }).find((r) => r.label === "Cohesion")?.value).toBe("30 % (broken: it cannot attack until it rallies)");
  });

  it("describes each stance by the engine's posture factors", () => {
    expect(STANCE_LABELS.defend.meaning).toBe("digs in: defence ×1.30 at first, up to ×1.60 once fortified");
    expect(STANCE_LABELS.delay.meaning).toBe("defence ×1.20, but only 60 % of a hasty defence's losses");
  });
});
