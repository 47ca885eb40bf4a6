// The measures of a simulated game (DESIGN.md §5): hours to the capitals, the summary's medians
// and fractions, and scenario parameters read from KEY=VALUE.

import { describe, expect, test } from "vitest";
import { capitalApproaches, firstOfTallinnRiga, medianOf, runSeed, simulate, summarise, type SimRun } from "../../src/ai";
import { PARAMETERS, loadBundled, parseSettings, parameterValues, withParameters } from "../../src/scenario";
import { PARAMETER_KEYS } from "../../src/scenario/parameter-keys";

function loaded() {
  const l = loadBundled("first-contact");
  if (!l.ok) throw new Error(l.error);
  return l.value;
}

const run = (seed: string, t: number | null, r: number | null, winner: SimRun["winner"] = "red"): SimRun => ({
  seed,
  winner,
  turns: 8,
  hoursToCapital: { Tallinn: t, Riga: r, Vilnius: null },
  hoursToCapture: { Tallinn: t === null ? null : t + 12, Riga: null, Vilnius: null },
  lossesPct: { red: 1, blue: 2 },
  commands: 100,
});

describe("sim measures", () => {
  test("the three capitals each have their hex and its six neighbours", () => {
    const approaches = capitalApproaches(loaded().map);
    for (const capital of ["Tallinn", "Riga", "Vilnius"]) {
      const hexes = [...approaches].filter(([, c]) => c === capital);
      expect(hexes.length, capital).toBeGreaterThanOrEqual(4);
      expect(hexes.length, capital).toBeLessThanOrEqual(7);
    }
  });

  test("a game's hours to the capitals are within the war's hours and follow the first red arrival", () => {
    const { run: r, game } = simulate(loaded(), "11", { red: "standard", blue: "standard" });
    expect(game.refused).toEqual([]);
    const limit = r.turns * 12;
    for (const h of Object.values(r.hoursToCapital)) if (h !== null) expect(h).toBeLessThanOrEqual(limit);
    // Where red took Tallinn or Riga, it stood there, so the hours cannot be null.
    for (const o of game.state.objectives) {
      if ((o.name === "Tallinn" || o.name === "Riga") && game.state.control[String(o.hex)] === "red") expect(r.hoursToCapital[o.name]).not.toBeNull();
    }
  });

  test("medians count 'never' as later than any hour", () => {
    expect(medianOf([40, null, 50])).toBe(50);
    expect(medianOf([40, null, null])).toBeNull();
    expect(medianOf([40, 50])).toBe(45);
    expect(medianOf([])).toBeNull();
    expect(firstOfTallinnRiga(run("1", 50, 40))).toBe(40);
    expect(firstOfTallinnRiga(run("1", null, 70))).toBe(70);
    expect(firstOfTallinnRiga(run("1", null, null))).toBeNull();
  });

  test("the summary gives fractions of runs", () => {
    const s = summarise([run("1", 40, 60), run("2", null, 70, "blue"), run("3", null, null, "none"), run("4", 36, null)]);
    expect(s.winner).toEqual({ red: 0.5, blue: 0.25, none: 0.25 });
    expect(s.firstOfTallinnRiga).toEqual({ median: 55, within60h: 0.5, within72h: 0.75, reached: 0.75 });
    expect(s.hoursToCapital.Tallinn).toEqual({ median: null, reached: 0.5 });
    // Tallinn falls 12 hours after red reaches it: at 52 h in run 1 and 48 h in run 4.
    expect(s.bothHeldAt60h).toBe(0.5);
  });

  test("run seeds count up from a number and take a suffix otherwise", () => {
    expect([0, 1, 2].map((i) => runSeed("41", i))).toEqual(["41", "42", "43"]);
    expect([0, 1].map((i) => runSeed("spring", i))).toEqual(["spring", "spring-1"]);
  });
});

describe("scenario parameters", () => {
  test("the page's list of parameter names is the list the rules define", () => {
    expect([...PARAMETER_KEYS]).toEqual(PARAMETERS.map((p) => p.key));
  });

  test("KEY=VALUE settings are read and checked", () => {
    expect(parseSettings(["redFriction=0.5", "warningDays=14"])).toEqual({ ok: true, value: { redFriction: 0.5, warningDays: 14 } });
    expect(parseSettings(["usCommitment=-1"])).toMatchObject({ ok: false, error: expect.stringMatching(/between 0 and 1/) });
    expect(parseSettings(["alliedWill=lots"])).toMatchObject({ ok: false, error: expect.stringMatching(/must be a number/) });
    expect(parseSettings(["=1"])).toMatchObject({ ok: false });
  });

  test("changes land in the file's parameters, over its own values, without touching the original", () => {
    const file = { id: "x", parameters: { warningDays: 7, alliedWill: 0.5 } };
    expect(withParameters(file, { warningDays: 0 })).toEqual({ id: "x", parameters: { warningDays: 0, alliedWill: 0.5 } });
    expect(file.parameters.warningDays).toBe(7);
    expect(parameterValues({ redFriction: 1 })).toEqual({ warningDays: 0, redFriction: 1, usCommitment: 1, alliedWill: 1 });
  });
});
