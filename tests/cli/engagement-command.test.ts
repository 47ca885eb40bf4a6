// `templates` and `engagement` (DESIGN.md §5): the JSON they print, the human report, and a
// sentence with exit code 2 for bad input.

import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, test, vi } from "vitest";
import { engagementCommand, parseForces } from "../../src/cli/commands-engagement";
import { templatesCommand } from "../../src/cli/commands-templates";
import { UsageError } from "../../src/cli/io";

function run(command: (argv: string[]) => number, argv: string[]): { code: number; out: string } {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: command(argv), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

/** The real command line in a child process, for exit codes and what reaches stderr. */
function cli(argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...argv], { encoding: "utf8", env: { ...process.env, EF_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SAMPLE = ["--attacker", "ru-mr-btg*3", "--defender", "baltic-inf-bn", "--terrain", "forest", "--posture", "prepared", "--turns", "2", "--runs", "300", "--seed", "1"];

describe("templates", () => {
  test("--json gives every template with at least id, side, kind and personnel", () => {
    const { code, out } = run(templatesCommand, ["--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r).toMatchObject({ id: expect.any(String), side: expect.stringMatching(/^(red|blue)$/), kind: expect.any(String), personnel: expect.any(Number) });
    expect(rows.find((r) => r.id === "ru-mr-btg")).toMatchObject({ side: "red", kind: "mechanised battalion", personnel: 800, tanks: 10, ifvs: 40 });
  });

  test("the table has a header and one aligned line per template", () => {
    const lines = run(templatesCommand, []).out.trimEnd().split("\n");
    const rows = JSON.parse(run(templatesCommand, ["--json"]).out) as unknown[];
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[0]).toMatch(/^id\s+side\s+kind\s+label\s+personnel\s+tanks\s+ifvs\s+artillery\s+quality\s+source$/);
    const sideColumn = lines[0]?.indexOf("side") ?? -1;
    for (const l of lines.slice(1)) expect(l.slice(sideColumn, sideColumn + 4)).toMatch(/^(red |blue)$/);
  });
});

describe("engagement", () => {
  test("--json prints one object with the keys DESIGN.md §5 names", () => {
    const { code, out } = run(engagementCommand, [...SAMPLE, "--json"]);
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n")).toHaveLength(1);
    const r = JSON.parse(out) as Record<string, unknown>;
    expect(r).toMatchObject({ runs: 300, attackerSuccessRate: expect.any(Number), attackerLossPct: expect.any(Number), defenderLossPct: expect.any(Number), defenderBrokeRate: expect.any(Number) });
    expect(r.preview).toMatchObject({ ratio: expect.any(Number), modifiers: expect.any(Array) });
  });

  test("the same seed prints the same JSON", () => {
    expect(run(engagementCommand, [...SAMPLE, "--json"]).out).toBe(run(engagementCommand, [...SAMPLE, "--json"]).out);
  });

  test("defaults: open ground, a hasty defence, one turn", () => {
    const r = JSON.parse(run(engagementCommand, ["--attacker", "ru-tank-btg", "--defender", "nato-mech-bn", "--runs", "20", "--seed", "s", "--json"]).out) as Record<string, unknown>;
    expect(r).toMatchObject({ terrain: "open", posture: "hasty", turns: 1, night: false });
  });

  test("the human report names each side's templates with their own side and itemises the modifiers", () => {
    const { code, out } = run(engagementCommand, SAMPLE);
    expect(code).toBe(0);
    expect(out).toContain("3 × ru-mr-btg (Motor-rifle BTG, red) attacking 1 × baltic-inf-bn (Light infantry battalion, blue)");
    expect(out).toMatch(/defender\s+Defensive posture\s+× 1\.50/);
    expect(out).toMatch(/defender\s+Defending forest ground\s+× 1\.30/);
    expect(out).toMatch(/attacker success\s+\d+\.\d %/);
    expect(out).toContain("Lanchester");
  });

  test("a red template may defend, and the report says it is red", () => {
    const { out } = run(engagementCommand, ["--attacker", "ru-mr-brigade*4", "--defender", "ru-mr-brigade*4", "--runs", "20", "--seed", "s"]);
    expect(out).toContain("attacking 4 × ru-mr-brigade (Motor-rifle brigade, red)");
    expect(out).toContain("Both forces are red templates");
  });

  test("several templates a side, separated by commas", () => {
    expect(parseForces("ru-mr-btg*3, ru-tank-btg", "attacker")).toEqual([
      { template: "ru-mr-btg", count: 3 },
      { template: "ru-tank-btg", count: 1 },
    ]);
  });

  test.each([
    [["--attacker", "ru-mr-bgt", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /no unit template "ru-mr-bgt"; the closest are .*ru-mr-btg/],
    [["--attacker", "ru-mr-btg*0", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /count in "ru-mr-btg\*0" must be a whole number of at least 1/],
    [["--attacker", "ru-mr-btg*abc", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /count in "ru-mr-btg\*abc"/],
    [["--attacker", "ru-mr-btg,", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /empty entry/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--terrain", "sea", "--runs", "10", "--seed", "1"], /--terrain "sea" is not one of open, forest, marsh, urban/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--posture", "dug-in", "--runs", "10", "--seed", "1"], /--posture "dug-in" is not one of hasty, prepared, fortified, delay, withdrawal/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--runs", "1000001", "--seed", "1"], /--runs must be between 1 and 100000/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--turns", "61", "--runs", "10", "--seed", "1"], /--turns must be between 1 and 60/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--seed", "1"], /--runs is required/],
    [["--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /--attacker is required/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--runs", "10"], /--seed is required/],
    [["--attacker", "nato-artillery-bn", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"], /Guns alone cannot take ground/],
    [["--attacker", "ru-mr-btg", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1", "--friction", "2,0"], /--friction must be two numbers from 0 to 1/],
  ])("refuses %j with one sentence (exit code 2)", (argv, message) => {
    let error: unknown;
    try {
      run(engagementCommand, argv);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("the command line", () => {
  test("lists templates and engagement in its help", () => {
    const { status, stdout } = cli(["help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}templates /m);
    expect(stdout).toMatch(/^ {2}engagement --attacker SPEC --defender SPEC/m);
    expect(stdout).toContain("TEMPLATE*COUNT");
  });

  test("bad input exits 2 with one line on stderr and no stack trace", () => {
    const { status, stdout, stderr } = cli(["engagement", "--attacker", "ru-mr-btg*0", "--defender", "baltic-inf-bn", "--runs", "10", "--seed", "1"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
