// Strikes: air sorties or fire missions spent on a hex of known enemies. Units there take
// losses at once; supply sources there lose throughput until repaired.

import type { Write } from "../handler";
import type { HexMap } from "../map";
import { unitIndex, withUnitChanges } from "../occupancy";
import {
  FRICTION_SPREAD,
  LOSS_SPREAD,
  LOSS_VARIATION_FLOOR,
  SOURCE_DAMAGE,
  SOURCE_DAMAGE_CAP,
  STRIKE_LOSS,
  STRIKE_LOSS_CAP,
  STRIKE_SHOCK_PER_PCT,
} from "../params";
import { draw } from "../rng";
import type { BoardState, Command, GameEvent, GameState, HexId, Losses, Side, SupplySource, Unit } from "../types";
import { afterLosses, sumLosses, unitLosses } from "./losses";
import { detectedBy } from "./visibility";

type MissionCommand = Extract<Command, { type: "mission" }>;

/** What `side` may strike at `hex`: the enemy units there it can see, and enemy supply sources (always known). */
export function strikeTargetsAt(map: HexMap, state: Pick<BoardState, "units" | "sources">, side: Side, hex: HexId): { units: Unit[]; sources: SupplySource[] } {
  const seen = detectedBy(map, state, side);
  return {
    units: state.units.filter((u) => u.side !== side && u.hex === hex && u.condition !== "destroyed" && seen.has(u.id)),
    sources: state.sources.filter((s) => s.side !== side && s.hex === hex),
  };
}

/** Every hex `side` could strike now, ascending: known enemy units and enemy supply sources. */
export function strikeTargets(map: HexMap, state: Pick<BoardState, "units" | "sources">, side: Side): HexId[] {
  const seen = detectedBy(map, state, side);
  const hexes = new Set<HexId>();
  for (const u of state.units) if (u.side !== side && u.hex >= 0 && u.condition !== "destroyed" && seen.has(u.id)) hexes.add(u.hex);
  for (const s of state.sources) if (s.side !== side) hexes.add(s.hex);
  return [...hexes].sort((a, b) => a - b);
}

/**
 * A strike's results. When units and a source share the hex the effort divides evenly between
 * them. Units share one die for how well the strike went (1 + spread·z, z ≈ N(0, 1) from three
 * uniforms) and each has its own die for rounding.
 */
export function resolveStrike(
  map: HexMap,
  state: GameState,
  cmd: MissionCommand,
  effectiveness: number,
): { losses: Losses | null; events: GameEvent[]; write: Write } {
  const targets = strikeTargetsAt(map, state, cmd.side, cmd.hex);
  const share = targets.units.length > 0 && targets.sources.length > 0 ? 0.5 : 1;
  const weight = (cmd.amount * effectiveness * share) / 100;

  const damage: [string, number][] = targets.sources.map((s) => {
    const now = state.sourceDamage[s.id] ?? 0;
    return [s.id, Math.min(SOURCE_DAMAGE_CAP, now + Math.round(weight * SOURCE_DAMAGE[cmd.asset]))];
  });
  const writeSources = (draft: GameState): void => {
    for (const [id, value] of damage) draft.sourceDamage[id] = value;
  };
  if (targets.units.length === 0) return { losses: null, events: [], write: writeSources };

  const dice = draw(state.rng, 3 + targets.units.length);
  const [a = 0.5, b = 0.5, c = 0.5] = dice.values;
  const spread = LOSS_SPREAD + (FRICTION_SPREAD * state.settings[cmd.side].commandFriction) / 100;
  const variation = Math.max(LOSS_VARIATION_FLOOR, 1 + spread * 2 * (a + b + c - 1.5));
  const rate = Math.min(STRIKE_LOSS_CAP, weight * STRIKE_LOSS[cmd.asset] * variation);
  const shock = Math.round(rate * 100 * STRIKE_SHOCK_PER_PCT);
  const reason = cmd.asset === "air" ? "destroyed by air strikes" : "destroyed by long-range fires";

  const parts: Losses[] = [];
  const changes: [number, Partial<Unit>][] = [];
  const events: GameEvent[] = [];
  let before = 0;
  targets.units.forEach((unit, i) => {
    const losses = unitLosses(unit, rate, dice.values[3 + i] ?? 0.5);
    const after = afterLosses(unit, losses, shock);
    parts.push(losses);
    before += unit.personnel;
    changes.push([unitIndex(state, unit.id), after.change]);
    if (after.destroyed) events.push({ type: "unit-destroyed", unit: unit.id, at: unit.hex, reason });
    else if (after.broke) events.push({ type: "unit-broken", unit: unit.id, at: unit.hex });
  });
  return {
    losses: sumLosses(parts, before),
    events,
    write(draft) {
      writeSources(draft);
      draft.units = withUnitChanges(state.units, changes);
      draft.rng = dice.next;
    },
  };
}
