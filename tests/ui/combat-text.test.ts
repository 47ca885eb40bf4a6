// The attack panel's words and figures: formatting, the modifiers paired by side, and the
// explanation of where a rolled result fell among the likely ones.

import { describe, expect, it } from "vitest";
import { mapOf, playerView, previewCombat, type CombatPreview, type CombatResolvedEvent, type Modifier } from "../../src/engine";
import { chance, expectedCount, explainCombat, factor, lossList, lossRows, modifierRows, odds, percent, placement, previewSummary } from "../../src/ui/combat-text";
import { ATTACKER, TARGET_HEX, contactSession } from "./fixture";

const range = { mean: 3.2, low: 1.4, high: 5.55, personnel: 22.4, tanks: 0.42, ifvs: 1.6, artillery: 0 };
const preview: CombatPreview = {
  attackerPower: 5400.4,
  defenderPower: 2100.2,
  ratio: 2.571,
  successChance: 0.62,
  routChance: 0.181,
  posture: "hasty",
  modifiers: [],
  attacker: range,
  defender: { ...range, mean: 12.3, low: 8, high: 17.04, personnel: 140.6 },
};

function event(over: Partial<CombatResolvedEvent>): CombatResolvedEvent {
  return {
    type: "combat-resolved",
    side: "red",
    attackers: ["a"],
    defenders: ["d"],
    target: 1,
    attackerPower: 5400,
    defenderPower: 2100,
    ratio: 2.57,
    modifiers: [],
    dice: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.714, 0.5, 0.5],
    success: false,
    successChance: 0.62,
    attackerLosses: { personnel: 312, tanks: 2, ifvs: 0, artillery: 1, pct: 3.1 },
    defenderLosses: { personnel: 540, tanks: 0, ifvs: 0, artillery: 0, pct: 6 },
    percentile: { attacker: 80, defender: 45 },
    result: "held",
    advanced: null,
    ...over,
  };
}

describe("formatting the preview", () => {
  it("writes chances as whole percents and never rounds a small chance to 0 or a near-certain one to 100", () => {
    expect(chance(0.62)).toBe("62 %");
    expect(chance(0.001)).toBe("under 1 %");
    expect(chance(0.999)).toBe("over 99 %");
    expect(chance(0)).toBe("0 %");
    expect(chance(1)).toBe("100 %");
  });

  it("keeps a decimal for small loss percents and expected counts", () => {
    expect(percent(3.24)).toBe("3.2 %");
    expect(percent(12.6)).toBe("13 %");
    expect(expectedCount(0.42)).toBe("0.4");
    expect(expectedCount(0)).toBe("0");
    expect(expectedCount(0.037)).toBe("under 0.1");
    expect(expectedCount(1234.4)).toBe("1,234");
  });

  it("writes odds the way players read them, whichever side is stronger", () => {
    expect(odds(2.571)).toBe("2.57 : 1");
    expect(odds(0.625)).toBe("1 : 1.60");
    expect(odds(Number.NaN)).toBe("—");
    expect(factor(1)).toBe("×1.00");
    expect(factor(0.854)).toBe("×0.85");
  });

  it("lists mean, 10th–90th range and expected equipment for both sides", () => {
    const rows = lossRows(preview);
    expect(rows.map((r) => r.label)).toEqual([
      "Personnel lost, on average",
      "Likely range (10th–90th percentile)",
      "Personnel, expected",
      "Tanks, expected",
      "IFVs, expected",
      "Guns, expected",
    ]);
    expect(rows[0]).toEqual({ label: "Personnel lost, on average", attacker: "3.2 %", defender: "12 %" });
    expect(rows[1]).toEqual({ label: "Likely range (10th–90th percentile)", attacker: "1.4 % – 5.5 %", defender: "8.0 % – 17 %" });
    expect(rows[2]?.defender).toBe("141");
    expect(rows[3]?.attacker).toBe("0.4");
  });

  it("sums a preview up in one sentence with both chances, the ratio and the posture", () => {
    expect(previewSummary(preview)).toBe("62 % chance of taking the hex (18 % of routing the defenders) at a combat-power ratio of 2.57 : 1; the defenders stand in a hasty posture.");
  });
});

describe("pairing the modifiers", () => {
  const mods: Modifier[] = [
    { id: "quality", label: "Quality (combat effectiveness)", side: "attacker", factor: 1 },
    { id: "river", label: "Attacking across a river", side: "attacker", factor: 0.75 },
    { id: "quality", label: "Quality (combat effectiveness)", side: "defender", factor: 0.9 },
    { id: "posture", label: "Defensive posture", side: "defender", factor: 1.3 },
  ];

  it("puts a factor both sides have on one row and leaves the other side empty where it does not apply", () => {
    expect(modifierRows(mods)).toEqual([
      { id: "quality", label: "Quality (combat effectiveness)", attacker: 1, defender: 0.9 },
      { id: "river", label: "Attacking across a river", attacker: 0.75, defender: null },
      { id: "posture", label: "Defensive posture", attacker: null, defender: 1.3 },
    ]);
  });

  it("keeps every modifier of a real preview, those at ×1 included, labelled for its side", () => {
    const session = contactSession();
    const view = playerView(session.state, "red");
    const result = previewCombat(view, { type: "attack", side: "red", units: [ATTACKER], target: TARGET_HEX });
    if (!result.ok) throw new Error(result.message);
    const rows = modifierRows(result.preview.modifiers);
    const cells = rows.flatMap((r) => [r.attacker, r.defender]).filter((f) => f !== null);
    expect(cells).toHaveLength(result.preview.modifiers.length);
    expect(cells).toContain(1);
    expect(rows.find((r) => r.id === "posture")?.attacker).toBeNull();
    expect(rows.find((r) => r.id === "night")?.defender).toBeNull();
    expect(mapOf(view).size).toBeGreaterThan(0);
  });
});

describe("explaining a rolled attack", () => {
  it("says the defenders held, where the roll fell and that the attacker's losses were heavier than most", () => {
    expect(explainCombat(event({}))).toEqual([
      "The attack failed: the defenders held their ground.",
      "With a 62 % chance of success the roll had to come under 62 of 100; it came to 71.",
      "Your losses, 312 personnel, 2 tanks and 1 gun (3.1 % of your personnel), were heavier than in 80 % of the likely outcomes.",
      "The defenders lost 540 personnel (6.0 % of theirs), about as expected (heavier than in 45 % of the likely outcomes).",
    ]);
  });

  it("names a success by what became of the defenders", () => {
    const routed = explainCombat(event({ success: true, result: "routed" }));
    expect(routed[0]).toBe("The attack carried the hex: the defenders were routed.");
    expect(routed[3]).toMatch(/, the rout adding the losses of the flight to those of the fight\.$/);
    expect(explainCombat(event({ success: true, result: "retreated" }))[0]).toBe("The attack carried the hex: the defenders fell back.");
    expect(explainCombat(event({ success: false, result: "routed" }))[0]).toBe("The attack failed, yet the defenders broke under their losses.");
  });

  it("calls light losses light", () => {
    expect(placement(10)).toBe("lighter than in 90 % of the likely outcomes");
    expect(placement(90)).toBe("heavier than in 90 % of the likely outcomes");
    expect(placement(100)).toBe("heavier than in any of the likely outcomes");
    expect(placement(50)).toBe("about as expected (heavier than in 50 % of the likely outcomes)");
  });

  it("lists only the kinds of loss that happened", () => {
    expect(lossList({ personnel: 1200, tanks: 0, ifvs: 1, artillery: 0, pct: 5 })).toBe("1,200 personnel and 1 IFV");
    expect(lossList({ personnel: 0, tanks: 0, ifvs: 0, artillery: 0, pct: 0 })).toBe("0 personnel");
  });

  it("explains the engine's own event after a real attack", () => {
    const session = contactSession();
    const result = session.dispatch({ type: "attack", side: "red", units: [ATTACKER], target: TARGET_HEX });
    const e = result.events.find((ev): ev is CombatResolvedEvent => ev.type === "combat-resolved");
    if (!e) throw new Error("the attack resolved no combat");
    const lines = explainCombat(e);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`${Math.round(e.successChance * 100)} % chance of success`);
    expect(lines[2]).toMatch(/^Your losses, \d[\d,]* personnel/);
  });
});
