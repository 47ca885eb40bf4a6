// `engagement`: one fight off the board repeated N times with seeded dice (DESIGN.md §5),
// reported as a short readable summary or one JSON object.

import {
  ENGAGEMENT_LIMITS,
  LAND_TERRAINS,
  checkEngagementSpec,
  closeTemplateIds,
  runEngagement,
  templateById,
  type EngagementResult,
  type EngagementSpec,
  type ForceSpec,
  type SideSummary,
} from "../analysis";
import { POSTURES, type Modifier, type Posture, type Terrain } from "../engine";
import { parseOptions, positiveInt, requireString } from "./args";
import { EXIT } from "./commands-files";
import { UsageError, print, printJson } from "./io";

export const ENGAGEMENT_USAGE =
  "engagement --attacker SPEC --defender SPEC [--terrain T] [--posture P] [--turns K] --runs N --seed S [--night] [--friction A,D] [--json], " +
  "where SPEC is TEMPLATE or TEMPLATE*COUNT, several separated by commas (ru-mr-btg*3,ru-tank-btg)";

const HELP = [
  "Usage: npm run cli -- engagement --attacker SPEC --defender SPEC [options] --runs N --seed S [--json]",
  "",
  "  Fights one engagement off the board N times with seeded dice and reports the outcomes.",
  "",
  "  SPEC          TEMPLATE or TEMPLATE*COUNT; several separated by commas: ru-mr-btg*3,ru-tank-btg",
  "                (the templates command lists them; any template may fight on either side)",
  `  --terrain T   the defenders' ground: ${LAND_TERRAINS.join(", ")} (default open)`,
  `  --posture P   the defenders' posture: ${POSTURES.join(", ")} (default hasty)`,
  `  --turns K     most 12-hour turns the fight lasts, 1–${ENGAGEMENT_LIMITS.turns} (default 1)`,
  `  --runs N      repetitions, 1–${ENGAGEMENT_LIMITS.runs.toLocaleString("en-GB")}`,
  "  --seed S      any text; the same seed gives the same result",
  "  --night       every turn is fought at night",
  "  --friction A,D  command friction of attacker and defender, each 0–1 (default 0,0)",
  "  --json        one JSON object: runs, attackerSuccessRate, attackerLossPct, defenderLossPct, defenderBrokeRate, …",
].join("\n");

/** `ru-mr-btg*3,ru-tank-btg` → forces, or a sentence saying what is wrong with it. */
export function parseForces(text: string, option: string): ForceSpec[] {
  const out: ForceSpec[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") throw new UsageError(`--${option} "${text}" has an empty entry; write TEMPLATE or TEMPLATE*COUNT, separated by commas.`);
    const star = part.indexOf("*");
    const template = (star < 0 ? part : part.slice(0, star)).trim();
    const countText = star < 0 ? "1" : part.slice(star + 1).trim();
    if (!templateById(template)) {
      throw new UsageError(`--${option}: there is no unit template "${template}"; the closest are ${closeTemplateIds(template).join(", ")} (npm run cli -- templates lists them all).`);
    }
    if (!/^\d+$/.test(countText) || Number(countText) < 1) {
      throw new UsageError(`--${option}: the count in "${part}" must be a whole number of at least 1, as in ${template}*3.`);
    }
    const count = Number(countText);
    if (count > ENGAGEMENT_LIMITS.unitsPerSide) throw new UsageError(`--${option}: at most ${ENGAGEMENT_LIMITS.unitsPerSide} units a side, not ${count}.`);
    out.push({ template, count });
  }
  return out;
}

function oneOf<T extends string>(value: unknown, valid: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} "${String(value)}" is not one of ${valid.join(", ")}.`);
}

function parseFriction(value: unknown): EngagementSpec["friction"] {
  if (value === undefined) return undefined;
  const parts = String(value).split(",").map((s) => s.trim());
  const nums = parts.map((p) => (/^(\d+(\.\d*)?|\.\d+)$/.test(p) ? Number(p) : NaN));
  const [a, d] = nums;
  if (nums.length !== 2 || a === undefined || d === undefined || !(a <= 1) || !(d <= 1)) {
    throw new UsageError(`--friction must be two numbers from 0 to 1 for attacker and defender, as in 0.3,0; not "${String(value)}".`);
  }
  return { attacker: a, defender: d };
}

export function engagementSpecOf(argv: string[]): { spec: EngagementSpec; json: boolean } | "help" {
  const options = {
    attacker: { type: "string" },
    defender: { type: "string" },
    terrain: { type: "string" },
    posture: { type: "string" },
    turns: { type: "string" },
    runs: { type: "string" },
    seed: { type: "string" },
    night: { type: "boolean" },
    friction: { type: "string" },
    help: { type: "boolean" },
  } as const;
  const { values, positionals } = parseOptions(argv, options, ENGAGEMENT_USAGE);
  if (values.help) return "help";
  if (positionals.length > 0) throw new UsageError(`"engagement" takes options only, not "${positionals[0]}". Usage: ${ENGAGEMENT_USAGE}`);
  const spec: EngagementSpec = {
    attacker: parseForces(requireString(values, "attacker", ENGAGEMENT_USAGE), "attacker"),
    defender: parseForces(requireString(values, "defender", ENGAGEMENT_USAGE), "defender"),
    terrain: oneOf<Terrain>(values.terrain, LAND_TERRAINS, "terrain", "open"),
    posture: oneOf<Posture>(values.posture, POSTURES, "posture", "hasty"),
    turns: typeof values.turns === "string" ? positiveInt(values.turns, "turns", ENGAGEMENT_LIMITS.turns) : 1,
    runs: positiveInt(requireString(values, "runs", ENGAGEMENT_USAGE), "runs", ENGAGEMENT_LIMITS.runs),
    seed: requireString(values, "seed", ENGAGEMENT_USAGE),
    night: values.night === true,
  };
  const friction = parseFriction(values.friction);
  if (friction) spec.friction = friction;
  const check = checkEngagementSpec(spec);
  if (!check.ok) throw new UsageError(check.message);
  return { spec, json: values.json === true };
}

export function engagementCommand(argv: string[]): number {
  const asked = engagementSpecOf(argv);
  if (asked === "help") {
    print(HELP);
    return EXIT.ok;
  }
  const result = runEngagement(asked.spec);
  if (asked.json) printJson(result);
  else for (const line of engagementReport(result)) print(line);
  return EXIT.ok;
}

const n0 = (x: number): string => Math.round(x).toLocaleString("en-GB");
const pct = (fraction: number): string => `${(fraction * 100).toFixed(1)} %`;
const lossPct = (x: number): string => `${x.toFixed(2)} %`;
const forces = (list: readonly SideSummary[]): string => list.map((f) => `${f.count} × ${f.template} (${f.label}, ${f.side})`).join(" + ");

function modifierLines(modifiers: readonly Modifier[]): string[] {
  const acting = modifiers.filter((m) => Math.abs(m.factor - 1) > 5e-4);
  const width = Math.max(0, ...acting.map((m) => m.label.length));
  const lines = acting.map((m) => `    ${m.side.padEnd(8)}  ${m.label.padEnd(width)}  × ${m.factor.toFixed(2)}`);
  return lines.length > 0 ? lines : ["    none: every factor is × 1.00"];
}

/** The human report: who fights where, the first turn's preview with its modifiers, and the runs. */
export function engagementReport(r: EngagementResult): string[] {
  const p = r.preview;
  const last = r.turns;
  const sides = new Set([...r.attacker, ...r.defender].map((f) => f.side));
  const lines = [
    `${forces(r.attacker)} attacking ${forces(r.defender)}`,
    `on ${r.terrain} ground against a ${r.posture} defence, up to ${r.turns} turn${r.turns === 1 ? "" : "s"} of 12 hours${r.night ? " at night" : ""}` +
      `${r.friction.attacker || r.friction.defender ? `, command friction ${r.friction.attacker} / ${r.friction.defender}` : ""}; ${n0(r.runs)} runs, seed "${r.seed}".`,
  ];
  if (sides.size === 1) lines.push(`(Both forces are ${[...sides][0]} templates; each fights in the role given here.)`);
  lines.push(
    "",
    "First turn, as the attack preview shows it:",
    `  combat power  attacker ${n0(p.attackerPower)} against defender ${n0(p.defenderPower)}: ratio ${p.ratio.toFixed(2)} : 1, success chance ${pct(p.successChance)}`,
    "  modifiers",
    ...modifierLines(p.modifiers),
    `  losses        attacker ${lossPct(p.attacker.mean)} (p10–p90 ${lossPct(p.attacker.low)}–${lossPct(p.attacker.high)}), defender ${lossPct(p.defender.mean)} (${lossPct(p.defender.low)}–${lossPct(p.defender.high)})`,
    "",
    `Over ${n0(r.runs)} runs:`,
    `  attacker success   ${pct(r.attackerSuccessRate)} (carried the position ${pct(r.endings["attack-succeeded"])}, every defender broke ${pct(r.endings["defenders-broke"])})`,
    `  attack failed      ${pct(1 - r.attackerSuccessRate)} (every attacker broken or out of ammunition ${pct(r.endings["attackers-spent"])}, still short after ${last} turn${last === 1 ? "" : "s"} ${pct(r.endings["out-of-time"])})`,
    `  defender broke     ${pct(r.defenderBrokeRate)} of runs (routed, or at least one defender broke or was destroyed)`,
    `  attacker losses    mean ${lossPct(r.attackerLossPct)}, median ${lossPct(r.attackerLoss.median)}, p10–p90 ${lossPct(r.attackerLoss.p10)}–${lossPct(r.attackerLoss.p90)} of ${n0(r.personnel.attacker)}`,
    `  defender losses    mean ${lossPct(r.defenderLossPct)}, median ${lossPct(r.defenderLoss.median)}, p10–p90 ${lossPct(r.defenderLoss.p10)}–${lossPct(r.defenderLoss.p90)} of ${n0(r.personnel.defender)}`,
    `  turns fought       mean ${r.meanTurns.toFixed(2)}`,
    "",
    `Lanchester square law fitted to the first turn: α ${r.lanchester.alpha.toPrecision(3)}, β ${r.lanchester.beta.toPrecision(3)} per turn;` +
      ` after ${last} turn${last === 1 ? "" : "s"} it leaves ${n0(r.lanchester.attacker[last] ?? 0)} attackers and ${n0(r.lanchester.defender[last] ?? 0)} defenders` +
      ` (the model, mean over runs: ${n0(r.model.attacker[last] ?? 0)} and ${n0(r.model.defender[last] ?? 0)}).`,
  );
  return lines;
}
