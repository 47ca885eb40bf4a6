// What an engagement study is asked for — the forces, ground, posture, turns and runs — and
// the check that turns a bad request into a sentence before any dice are thrown.

import { POSTURES, TEMPLATES, isRangedTemplate, TERRAINS, type Posture, type Terrain, type UnitTemplate } from "../engine";

export interface ForceSpec {
  template: string;
  count: number;
}

export interface EngagementSpec {
  attacker: ForceSpec[];
  defender: ForceSpec[];
  /** Ground the defenders hold; any land terrain. */
  terrain: Terrain;
  /** Every defender's posture; attackers always attack from a hasty posture. */
  posture: Posture;
  /** Most 12-hour turns the fight may last. */
  turns: number;
  runs: number;
  seed: string;
  /** Every turn is fought at night. */
  night?: boolean;
  /** Command friction of each side, 0–1. */
  friction?: { attacker: number; defender: number };
}

export const ENGAGEMENT_LIMITS = { turns: 60, runs: 100_000, unitsPerSide: 100 } as const;

export const LAND_TERRAINS: readonly Terrain[] = TERRAINS.filter((t) => t !== "sea" && t !== "lake");

export type SpecCheck = { ok: true } | { ok: false; code: string; message: string };

const bad = (code: string, message: string): SpecCheck => ({ ok: false, code, message });

export function templateById(id: string): UnitTemplate | undefined {
  return Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined;
}


function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The template ids nearest to a mistyped one: those containing it first, then by edit distance. */
export function closeTemplateIds(id: string, count = 3): string[] {
  const needle = id.toLowerCase();
  return Object.keys(TEMPLATES)
    .map((t) => ({ t, score: t.includes(needle) && needle.length >= 2 ? -1 : editDistance(needle, t) }))
    .sort((x, y) => x.score - y.score || (x.t < y.t ? -1 : 1))
    .slice(0, count)
    .map((x) => x.t);
}

function checkForces(list: unknown, role: "attacker" | "defender"): SpecCheck {
  if (!Array.isArray(list) || list.length === 0) return bad("engagement/no-units", `The ${role} needs at least one unit.`);
  let total = 0;
  for (const f of list as ForceSpec[]) {
    if (typeof f?.template !== "string" || !templateById(f.template)) {
      const id = String(f?.template);
      return bad("engagement/unknown-template", `There is no unit template "${id}"; the closest are ${closeTemplateIds(id).join(", ")} (the templates command lists them all).`);
    }
    if (!Number.isInteger(f.count) || f.count < 1) return bad("engagement/bad-count", `The ${role}'s count of ${f.template} must be a whole number of at least 1, not ${String(f.count)}.`);
    total += f.count;
  }
  if (total > ENGAGEMENT_LIMITS.unitsPerSide) return bad("engagement/too-many-units", `The ${role} has ${total} units; an engagement takes at most ${ENGAGEMENT_LIMITS.unitsPerSide} a side.`);
  return { ok: true };
}

const wholeIn = (n: unknown, lo: number, hi: number): boolean => Number.isInteger(n) && (n as number) >= lo && (n as number) <= hi;
const unitInterval = (x: unknown): boolean => typeof x === "number" && x >= 0 && x <= 1;

/**
 * Whether a spec can be run, or why not. Any template may fight on either side (a red
 * brigade may defend): the report names each template's own side.
 */
export function checkEngagementSpec(spec: EngagementSpec): SpecCheck {
  const forces = checkForces(spec.attacker, "attacker");
  if (!forces.ok) return forces;
  const defenders = checkForces(spec.defender, "defender");
  if (!defenders.ok) return defenders;
  if (spec.attacker.every((f) => isRangedTemplate(templateById(f.template) as UnitTemplate))) {
    return bad("engagement/guns-only", "Guns alone cannot take ground: the attacker needs at least one unit that is not artillery or rockets.");
  }
  if (!LAND_TERRAINS.includes(spec.terrain)) return bad("engagement/terrain", `"${String(spec.terrain)}" is not a land terrain; use one of ${LAND_TERRAINS.join(", ")}.`);
  if (!POSTURES.includes(spec.posture)) return bad("engagement/posture", `"${String(spec.posture)}" is not a posture; use one of ${POSTURES.join(", ")}.`);
  if (!wholeIn(spec.turns, 1, ENGAGEMENT_LIMITS.turns)) return bad("engagement/turns", `Turns must be a whole number from 1 to ${ENGAGEMENT_LIMITS.turns}.`);
  if (!wholeIn(spec.runs, 1, ENGAGEMENT_LIMITS.runs)) return bad("engagement/runs", `Runs must be a whole number from 1 to ${ENGAGEMENT_LIMITS.runs}.`);
  if (typeof spec.seed !== "string" || spec.seed === "") return bad("engagement/seed", "An engagement needs a seed.");
  if (spec.friction !== undefined && !(unitInterval(spec.friction.attacker) && unitInterval(spec.friction.defender))) {
    return bad("engagement/friction", "Friction must be a number from 0 to 1 for each side.");
  }
  return { ok: true };
}
