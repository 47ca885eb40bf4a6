// The combat model off the board: calibration against Dupuy's multipliers and rates, the
// smooth success curve, and the preview as an honest summary of the dice.

import { describe, expect, test } from "vitest";
import {
  COMBAT_DICE,
  defenderPower,
  distribution,
  makeRandom,
  previewEngagement,
  rollCombat,
  setupCombat,
  sideLossPct,
  sizeFactor,
  successChance,
  templateOf,
  type Engagement,
  type Force,
  type Posture,
} from "../../../src/engine";

function force(id: string, posture: Posture = "hasty", over: Partial<Force> = {}): Force {
  const t = templateOf(id);
  return { personnel: t.personnel, tanks: t.tanks, ifvs: t.ifvs, artillery: t.artillery, quality: t.quality, readiness: 100, cohesion: 100, broken: false, ammo: 30, ranged: false, crossing: "none", posture, ...over };
}

function engagement(attackers: Force[], defenders: Force[], over: Partial<Engagement> = {}): Engagement {
  return { attackers, defenders, terrain: "open", night: false, surprise: 0, friction: { attacker: 0, defender: 0 }, support: { attacker: 0, defender: 0 }, ...over };
}

const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

describe("calibration", () => {
  test("expected losses on open ground at even odds sit in Dupuy's 12-hour range (1–3 % a day for divisions)", () => {
    const e = engagement(times(4, () => force("ru-mr-brigade")), times(4, () => force("ru-mr-brigade")));
    const p = previewEngagement(e);
    // WWII division engagements lost 1–3 % a day (Dupuy): 0.5–1.5 % in a 12-hour turn.
    expect(p.attacker.mean).toBeGreaterThanOrEqual(0.5);
    expect(p.attacker.mean).toBeLessThanOrEqual(1.5);
    expect(p.defender.mean).toBeGreaterThanOrEqual(0.5 * 0.75);
    expect(p.defender.mean).toBeLessThanOrEqual(1.5);
    // QJM: the attacker's base rate (2.8 %) is nearly twice the defender's (1.5 %).
    expect(p.attacker.mean).toBeGreaterThan(p.defender.mean * 1.5);
  });

  test("prepared urban defence multiplies the defender by about 2.1 (QJM: prepared 1.5 × urban 1.4)", () => {
    const e = engagement([force("ru-mr-btg")], [force("baltic-inf-bn", "prepared")], { terrain: "urban" });
    const mods = defenderPower(e).modifiers;
    const posture = mods.find((m) => m.id === "posture")?.factor ?? 1;
    const terrain = mods.find((m) => m.id === "terrain")?.factor ?? 1;
    expect(posture * terrain).toBeCloseTo(2.1, 2);
    // Riflemen alone (no guns or vehicles, whose worth the town also changes): prepared in a
    // town against hasty in the open is 2.1 / 1.3.
    const open = defenderPower(engagement([force("ru-mr-btg")], [force("us-airborne-coy", "hasty")])).power;
    const city = defenderPower(engagement([force("ru-mr-btg")], [force("us-airborne-coy", "prepared")], { terrain: "urban" })).power;
    expect(city / open).toBeCloseTo(2.1 / 1.3, 2);
  });

  test("bad going hurts tanks far more than infantry", () => {
    const forestTanks = setupCombat(engagement([force("ru-tank-btg")], [force("baltic-inf-bn")], { terrain: "forest" })).attacker;
    const openTanks = setupCombat(engagement([force("ru-tank-btg")], [force("baltic-inf-bn")])).attacker;
    const forestInf = setupCombat(engagement([force("baltic-inf-bn")], [force("baltic-inf-bn")], { terrain: "forest" })).attacker;
    const openInf = setupCombat(engagement([force("baltic-inf-bn")], [force("baltic-inf-bn")])).attacker;
    expect(forestTanks.power / openTanks.power).toBeLessThan(0.85);
    expect(forestInf.power / openInf.power).toBeGreaterThan(0.95);
  });

  test("attacker success rises monotonically and smoothly with the force ratio, with no cliff at 3:1", () => {
    let last = 0;
    for (let r = 0.2; r <= 8; r += 0.05) {
      const p = successChance(r);
      expect(p).toBeGreaterThan(last);
      expect(p - last).toBeLessThan(0.05);
      last = p;
    }
    expect(successChance(3.05) - successChance(2.95)).toBeLessThan(0.01);
    // Poor odds sometimes succeed; good odds sometimes fail.
    expect(successChance(0.5)).toBeGreaterThan(0.1);
    expect(successChance(3)).toBeLessThan(0.95);
  });

  test("small forces take higher loss rates than large ones", () => {
    expect(sizeFactor(800)).toBeGreaterThan(sizeFactor(4500));
    expect(sizeFactor(4500)).toBeGreaterThan(sizeFactor(60000));
  });

  test("winners lose at lower rates than losers", () => {
    const s = setupCombat(engagement([force("ru-mr-btg")], [force("ru-mr-btg")]));
    const win = rollCombat(s, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.0, 0.5, 0.5]);
    const lose = rollCombat(s, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.999, 0.5, 0.5]);
    expect(win.success).toBe(true);
    expect(lose.success).toBe(false);
    expect(win.attackerRate).toBeLessThan(lose.attackerRate);
    expect(win.defenderRate).toBeGreaterThan(lose.defenderRate);
  });
});

describe("modifiers", () => {
  test("the itemised factors multiply to each side's power over its base mass", () => {
    const e = engagement([force("ru-mr-btg", "hasty", { crossing: "unbridged", readiness: 70 }), force("ru-tank-btg", "hasty", { cohesion: 60 })], [force("baltic-inf-bn", "fortified", { ammo: 0 })], {
      terrain: "forest",
      night: true,
      surprise: 0.5,
      friction: { attacker: 0.6, defender: 0.1 },
      support: { attacker: 300, defender: 100 },
    });
    const s = setupCombat(e);
    for (const side of [s.attacker, s.defender]) {
      const product = side.modifiers.reduce((p, m) => p * m.factor, 1);
      expect(side.base * product).toBeCloseTo(side.power, 6);
    }
    const ids = [...s.attacker.modifiers, ...s.defender.modifiers].map((m) => `${m.side}:${m.id}`);
    for (const id of ["attacker:river", "attacker:night", "attacker:surprise", "attacker:friction", "attacker:support", "attacker:readiness", "attacker:cohesion", "defender:posture", "defender:terrain", "defender:ammo"]) {
      expect(ids).toContain(id);
    }
  });

  test("command friction lowers power and widens the spread of losses", () => {
    const calm = setupCombat(engagement([force("ru-mr-btg")], [force("baltic-inf-bn")]));
    const rough = setupCombat(engagement([force("ru-mr-btg")], [force("baltic-inf-bn")], { friction: { attacker: 1, defender: 0 } }));
    expect(rough.attacker.power).toBeLessThan(calm.attacker.power * 0.7);
    expect(rough.spread.attacker).toBeGreaterThan(calm.spread.attacker);
  });
});

describe("preview", () => {
  test("the preview's expected losses match the mean of 1,000 seeded resolutions within 5 %", () => {
    const e = engagement(times(3, () => force("ru-mr-btg")), [force("baltic-inf-bn", "prepared")], { terrain: "forest" });
    const p = previewEngagement(e);
    const s = setupCombat(e);
    const random = makeRandom("preview-check");
    let att = 0;
    let def = 0;
    let wins = 0;
    const n = 1000;
    for (let i = 0; i < n; i++) {
      const dice = times(COMBAT_DICE, () => random.next());
      const roll = rollCombat(s, dice);
      att += sideLossPct(e.attackers, roll.attackerRate);
      def += sideLossPct(e.defenders, roll.defenderRate);
      if (roll.success) wins++;
    }
    expect(Math.abs(att / n - p.attacker.mean) / p.attacker.mean).toBeLessThan(0.05);
    expect(Math.abs(def / n - p.defender.mean) / p.defender.mean).toBeLessThan(0.05);
    expect(Math.abs(wins / n - p.successChance)).toBeLessThan(0.05);
  });

  test("the loss range brackets the mean, and the preview is the same every time", () => {
    const e = engagement([force("ru-mr-brigade")], [force("nato-armd-brigade", "prepared")]);
    const a = distribution(e).preview;
    const b = distribution(e).preview;
    expect(a).toEqual(b);
    expect(a.attacker.low).toBeLessThan(a.attacker.mean);
    expect(a.attacker.high).toBeGreaterThan(a.attacker.mean);
    expect(a.defender.low).toBeLessThan(a.defender.mean);
    expect(a.defender.high).toBeGreaterThan(a.defender.mean);
  });
});
