// The engagement study: the engine's combat model fought off the board, N seeded times —
// deterministic, monotone in mass, sensitive to posture, and calibrated against Dupuy.

import { describe, expect, test } from "vitest";
import { checkEngagementSpec, closeTemplateIds, engagementRun, runEngagement, type EngagementSpec } from "../../src/analysis";

const btgs = (count: number, over: Partial<EngagementSpec> = {}): EngagementSpec => ({
  attacker: [{ template: "ru-mr-btg", count }],
  defender: [{ template: "baltic-inf-bn", count: 1 }],
  terrain: "open",
  posture: "hasty",
  turns: 1,
  runs: 2000,
  seed: "engagement-test",
  ...over,
});

describe("runEngagement", () => {
  test("the same spec gives the same result, to the last digit of its JSON", () => {
    const spec = btgs(3, { terrain: "forest", posture: "prepared", turns: 4, runs: 300 });
    expect(JSON.stringify(runEngagement(spec))).toBe(JSON.stringify(runEngagement(spec)));
  });

  test("another seed gives other dice", () => {
    const a = runEngagement(btgs(2, { runs: 300 }));
    const b = runEngagement(btgs(2, { runs: 300, seed: "another" }));
    expect(a.attackerLossPct).not.toBe(b.attackerLossPct);
  });

  test("run r of the study is engagementRun(spec, r)", () => {
    const spec = btgs(2, { turns: 3, runs: 5 });
    const runs = [0, 1, 2, 3, 4].map((r) => engagementRun(spec, r));
    const study = runEngagement(spec);
    const meanLoss = runs.reduce((s, r) => s + r.attackerLossPct, 0) / runs.length;
    expect(study.attackerLossPct).toBeCloseTo(meanLoss, 3);
    expect(study.attackerSuccessRate).toBe(runs.filter((r) => r.success).length / runs.length);
    expect(study.defenderBrokeRate).toBe(runs.filter((r) => r.defenderBroke).length / runs.length);
  });

  test("the attacker's success rate rises smoothly with the number of BTGs (1, 2, 3, 6) against a light infantry battalion", () => {
    const rates = [1, 2, 3, 6].map((n) => runEngagement(btgs(n)).attackerSuccessRate);
    for (let i = 1; i < rates.length; i++) {
      const [before, after] = [rates[i - 1] ?? 0, rates[i] ?? 0];
      expect(after, `rates ${rates.join(", ")}`).toBeGreaterThan(before);
      expect(after - before, `rates ${rates.join(", ")}`).toBeLessThanOrEqual(0.35);
    }
  });

  test("a prepared or fortified defence lowers the attacker's success against a hasty one", () => {
    const rate = (posture: EngagementSpec["posture"]): number => runEngagement(btgs(1, { posture })).attackerSuccessRate;
    const hasty = rate("hasty");
    const prepared = rate("prepared");
    const fortified = rate("fortified");
    expect(prepared).toBeLessThan(hasty);
    expect(fortified).toBeLessThan(prepared);
  });

  test("expected losses on open ground at even odds sit in Dupuy's 12-hour range (1–3 % a day, MODEL.md §2)", () => {
    const spec: EngagementSpec = {
      attacker: [{ template: "ru-mr-brigade", count: 4 }],
      defender: [{ template: "ru-mr-brigade", count: 4 }],
      terrain: "open",
      posture: "hasty",
      turns: 1,
      runs: 4000,
      seed: "dupuy",
    };
    const r = runEngagement(spec);
    const numbers = `attacker ${r.attackerLossPct} %, defender ${r.defenderLossPct} % in 12 h`;
    expect(r.attackerLossPct, numbers).toBeGreaterThanOrEqual(0.5);
    expect(r.attackerLossPct, numbers).toBeLessThanOrEqual(1.5);
    expect(r.defenderLossPct, numbers).toBeGreaterThanOrEqual(0.5);
    expect(r.defenderLossPct, numbers).toBeLessThanOrEqual(1.5);
  });

  test("a longer fight wears both sides down: losses only grow with the turns allowed", () => {
    const one = runEngagement(btgs(1, { posture: "fortified", runs: 500 }));
    const six = runEngagement(btgs(1, { posture: "fortified", runs: 500, turns: 6 }));
    expect(six.attackerLossPct).toBeGreaterThan(one.attackerLossPct);
    expect(six.meanTurns).toBeGreaterThan(1);
    // Ammunition lasts six turns of fighting (params.ts FULL_STOCKS / CONSUMPTION.combat).
    expect(runEngagement(btgs(1, { posture: "fortified", runs: 200, turns: 60 })).meanTurns).toBeLessThanOrEqual(6);
  });

  test("the model's curve starts at full strength and never rises; the Lanchester fit starts at the same place", () => {
    const r = runEngagement(btgs(3, { turns: 5, runs: 200 }));
    expect(r.model.attacker[0]).toBe(2400);
    expect(r.lanchester.attacker[0]).toBe(2400);
    expect(r.model.attacker).toHaveLength(6);
    expect(r.lanchester.defender).toHaveLength(6);
    for (let i = 1; i < r.model.attacker.length; i++) expect(r.model.attacker[i] ?? 0).toBeLessThanOrEqual(r.model.attacker[i - 1] ?? 0);
  });

  test("the endings add up to one and defenderBrokeRate counts at least the runs where every defender broke", () => {
    const r = runEngagement(btgs(2, { turns: 6, runs: 500 }));
    const total = Object.values(r.endings).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(r.attackerSuccessRate).toBeCloseTo(r.endings["attack-succeeded"] + r.endings["defenders-broke"], 6);
    expect(r.defenderBrokeRate).toBeGreaterThanOrEqual(r.endings["defenders-broke"]);
  });

  test("the preview itemises the defender's posture and terrain", () => {
    const p = runEngagement(btgs(3, { terrain: "forest", posture: "prepared", runs: 10 })).preview;
    expect(p.modifiers).toEqual(expect.arrayContaining([expect.objectContaining({ id: "posture", side: "defender", factor: 1.5 }), expect.objectContaining({ id: "terrain", side: "defender", factor: 1.3 })]));
    expect(p.ratio).toBeGreaterThan(0);
  });

  test("a spec that does not check is a bug to run", () => {
    expect(() => runEngagement(btgs(1, { runs: 0 }))).toThrow(/runs/i);
  });
});

describe("checkEngagementSpec", () => {
  test.each([
    [btgs(1, { attacker: [{ template: "ru-mr-bgt", count: 1 }] }), "engagement/unknown-template"],
    [btgs(1, { attacker: [{ template: "ru-mr-btg", count: 0 }] }), "engagement/bad-count"],
    [btgs(1, { attacker: [] }), "engagement/no-units"],
    [btgs(1, { attacker: [{ template: "ru-mr-btg", count: 101 }] }), "engagement/too-many-units"],
    [btgs(1, { attacker: [{ template: "ru-artillery-brigade", count: 1 }] }), "engagement/guns-only"],
    [btgs(1, { terrain: "sea" }), "engagement/terrain"],
    [btgs(1, { posture: "entrenched" as EngagementSpec["posture"] }), "engagement/posture"],
    [btgs(1, { turns: 61 }), "engagement/turns"],
    [btgs(1, { runs: 100_001 }), "engagement/runs"],
    [btgs(1, { friction: { attacker: 1.5, defender: 0 } }), "engagement/friction"],
  ])("refuses a bad spec with a stable code (%#: %s)", (spec, code) => {
    const check = checkEngagementSpec(spec);
    expect(check.ok ? "ok" : check.code).toBe(code);
  });

  test("a red template may defend", () => {
    expect(checkEngagementSpec(btgs(1, { defender: [{ template: "ru-mr-btg", count: 1 }] }))).toEqual({ ok: true });
  });

  test("a mistyped template id suggests the ids nearest to it", () => {
    expect(closeTemplateIds("ru-mr-bgt")).toContain("ru-mr-btg");
    expect(closeTemplateIds("brigade")[0]).toMatch(/brigade/);
  });
});
