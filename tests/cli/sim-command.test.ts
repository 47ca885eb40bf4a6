// `sim` (DESIGN.md §5, issue 6): one JSON line per run with the measures, a summary line, runs
// written as replays that verify, and a sentence with exit code 2 for bad input.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { replayPath, simCommand } from "../../src/cli/commands-sim";
import { UsageError } from "../../src/cli/io";
import { readReplay, verifyReplay } from "../../src/session";

function run(argv: string[]): { code: number; lines: string[] } {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    const code = simCommand(argv);
    return { code, lines: out.trim().split("\n") };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("sim", () => {
  test("--json prints a line per run with the DESIGN.md measures, then the summary", () => {
    const { code, lines } = run(["--scenario", "first-contact", "--runs", "2", "--seed", "7", "--json"]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(3);
    const runs = lines.slice(0, 2).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(runs.map((r) => r.seed)).toEqual(["7", "8"]);
    for (const r of runs) {
      expect(r.winner).toMatch(/^(red|blue|none)$/);
      expect(r.turns).toEqual(expect.any(Number));
      const hours = r.hoursToCapital as Record<string, unknown>;
      expect(Object.keys(hours).sort()).toEqual(["Riga", "Tallinn", "Vilnius"]);
      for (const h of Object.values(hours)) if (h !== null) expect(h).toEqual(expect.any(Number));
      const losses = r.lossesPct as Record<string, number>;
      expect(losses.red).toBeGreaterThanOrEqual(0);
      expect(losses.blue).toBeGreaterThanOrEqual(0);
    }
    const summary = (JSON.parse(lines[2] ?? "{}") as { summary: Record<string, unknown> }).summary;
    expect(summary).toMatchObject({ scenario: "first-contact", runs: 2, red: "standard", blue: "standard" });
    expect(summary.firstOfTallinnRiga).toEqual(expect.objectContaining({ within72h: expect.any(Number) }));
  });

  test("the same seed gives the same runs", () => {
    const a = run(["--scenario", "first-contact", "--runs", "1", "--seed", "3", "--json", "--red", "novice"]).lines;
    const b = run(["--scenario", "first-contact", "--runs", "1", "--seed", "3", "--json", "--red", "novice"]).lines;
    expect(a).toEqual(b);
  });

  test("--out writes each run as a replay that verifies", () => {
    const dir = mkdtempSync(join(tmpdir(), "ef-sim-"));
    try {
      const out = join(dir, "run.json");
      run(["--scenario", "first-contact", "--runs", "2", "--seed", "5", "--out", out]);
      for (const seed of ["5", "6"]) {
        const file = readReplay(JSON.parse(readFileSync(replayPath(out, seed, 2), "utf8")));
        if (!file.ok) throw new Error(file.error);
        expect(verifyReplay(file.value)).toMatchObject({ ok: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--set goes into the scenario's parameters, and so into the replay", () => {
    const { lines } = run(["--scenario", "first-contact", "--runs", "1", "--seed", "1", "--json", "--set", "redFriction=1", "--set", "warningDays=3"]);
    const summary = (JSON.parse(lines[1] ?? "{}") as { summary: { parameters: Record<string, number> } }).summary;
    expect(summary.parameters).toMatchObject({ redFriction: 1, warningDays: 3 });
  });

  test.each([
    [["--runs", "1", "--seed", "1"], /--scenario is required/],
    [["--scenario", "nowhere", "--runs", "1", "--seed", "1"], /There is no scenario "nowhere"/],
    [["--scenario", "first-contact", "--runs", "0", "--seed", "1"], /--runs must be between/],
    [["--scenario", "first-contact", "--runs", "1", "--seed", "1", "--red", "genius"], /--red must be one of novice, standard, expert/],
    [["--scenario", "first-contact", "--runs", "1", "--seed", "1", "--set", "redFriction=2"], /redFriction must be between 0 and 1/],
    [["--scenario", "first-contact", "--runs", "1", "--seed", "1", "--set", "luck=1"], /"luck" is not a scenario parameter/],
    [["--scenario", "first-contact", "--runs", "1", "--seed", "1", "--set", "redFriction"], /write KEY=VALUE/],
    [["--scenario", "/no/such/file.json", "--runs", "1", "--seed", "1"], /There is no file at/],
  ])("bad input %j is one sentence", (argv, message) => {
    expect(() => run(argv)).toThrow(UsageError);
    expect(() => run(argv)).toThrow(message);
  });
});
