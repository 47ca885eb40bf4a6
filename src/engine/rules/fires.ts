// Fires and air, abstracted: each side spends air sorties and long-range fire missions from a
// per-turn pool on hexes — support for combat, interdiction of supply, strikes — and the
// other side's air defence blunts them.

import { distance, isHex, isWater, type HexMap } from "../map";
import { otherSide } from "../occupancy";
import { INTERDICT_CAP, INTERDICT_PCT, SOURCE_REPAIR_PER_TURN, SUPPORT_POWER_PER_FIRE_MISSION, SUPPORT_POWER_PER_SORTIE } from "../params";
import { isRangedTemplate, templateOf } from "../templates";
import type { BoardState, Command, GameEvent, GameState, HexId, Mission, MissionKind, Side } from "../types";
import { OK, reject, type Handler } from "../handler";
import { missionEffectiveness, type Asset } from "./air-defence";
import { strikeTargetsAt, resolveStrike } from "./strike";

export { airDefenceCover, missionEffectiveness } from "./air-defence";
export { strikeTargets } from "./strike";

type MissionCommand = Extract<Command, { type: "mission" }>;

const KINDS: readonly MissionKind[] = ["support", "interdict", "strike"];
const ASSETS: readonly Asset[] = ["air", "fires"];
const NOUN: Readonly<Record<Asset, string>> = { air: "air sorties", fires: "fire missions" };

/** Whether an artillery or rocket unit of `side` on the board reaches `hex`. */
export function inFiresReach(map: HexMap, state: Pick<BoardState, "units">, side: Side, hex: HexId): boolean {
  for (const u of state.units) {
    if (u.side !== side || u.condition === "destroyed" || u.hex < 0) continue;
    const t = templateOf(u.template);
    if (isRangedTemplate(t) && distance(map, u.hex, hex) <= t.reach) return true;
  }
  return false;
}

/** A side's play of a turn as one integer, ordered as the game plays them: turn T, side S. */
function playIndex(order: readonly Side[], turn: number, side: Side): number {
  return turn * (order.length + 1) + order.indexOf(side);
}

/** The end of the other side's next turn, after `side` flies on turn `turn`: support then also helps a defence. */
export function missionUntil(state: Pick<BoardState, "order">, side: Side, turn: number): Mission["until"] {
  const other = otherSide(side);
  const later = state.order.indexOf(other) > state.order.indexOf(side);
  return { turn: later ? turn : turn + 1, side: other };
}

/** Combat-power points of `side`'s support missions in force over `hex`. */
export function supportAt(state: Pick<BoardState, "missions">, side: Side, hex: HexId): number {
  let total = 0;
  for (const m of state.missions) if (m.side === side && m.kind === "support" && m.hex === hex) total += m.effect;
  return total;
}

/** Percent of `side`'s supply lost passing through `hex`: the other side's interdiction there, capped. */
export function interdictionAgainst(state: Pick<BoardState, "missions">, side: Side, hex: HexId): number {
  let total = 0;
  for (const m of state.missions) if (m.side !== side && m.kind === "interdict" && m.hex === hex) total += m.effect;
  return Math.min(INTERDICT_CAP, total);
}

/**
 * What changes when `side` starts its play of `turn` (by default `state.turn`, so pass the new
 * turn when calling with the state before the clock advanced): its pools refill (unspent
 * sorties are lost); missions whose `until` play is over are dropped — a mission with until
 * {T, S} holds through S's play of turn T; and its own sources repair SOURCE_REPAIR_PER_TURN
 * percent of their damage (repaired sources and unknown ids leave the record). Missions and
 * source damage that do not change are returned as the same objects.
 */
export function firesAtStartOfTurn(
  state: BoardState,
  side: Side,
  turn: number = state.turn,
): { pools: GameState["pools"]; missions: Mission[]; sourceDamage: Record<string, number> } {
  const settings = state.settings[side];
  const pools: GameState["pools"] = { red: { ...state.pools.red }, blue: { ...state.pools.blue } };
  pools[side] = { air: settings.airSorties, fires: settings.fireMissions };
  const now = playIndex(state.order, turn, side);
  const live = state.missions.filter((m) => playIndex(state.order, m.until.turn, m.until.side) >= now);
  const sourceDamage: Record<string, number> = {};
  let repaired = false;
  for (const [id, damage] of Object.entries(state.sourceDamage)) {
    const source = state.sources.find((s) => s.id === id);
    const left = !source ? 0 : source.side === side ? Math.max(0, damage - SOURCE_REPAIR_PER_TURN) : damage;
    if (left > 0) sourceDamage[id] = left;
    if (left !== damage) repaired = true;
  }
  // Unchanged parts come back as the very same objects, so a caller can skip writing them.
  return {
    pools,
    missions: live.length === state.missions.length ? state.missions : live,
    sourceDamage: repaired ? sourceDamage : state.sourceDamage,
  };
}

function validateMission(map: HexMap, state: BoardState, cmd: MissionCommand): ReturnType<Handler<MissionCommand>["validate"]> {
  if (!KINDS.includes(cmd.kind)) return reject("mission/bad-kind", `"${String(cmd.kind)}" is not a mission: support, interdict or strike.`);
  if (!ASSETS.includes(cmd.asset)) return reject("mission/bad-asset", `"${String(cmd.asset)}" is not an asset: air or fires.`);
  if (typeof cmd.amount !== "number" || !Number.isInteger(cmd.amount) || cmd.amount < 1) {
    return reject("mission/bad-amount", "A mission takes a whole number of sorties or fire missions, at least one.");
  }
  if (!isHex(map, cmd.hex)) return reject("mission/off-map", `Hex ${String(cmd.hex)} is not on the map.`);
  const left = state.pools[cmd.side][cmd.asset];
  if (cmd.amount > left) {
    return reject("mission/no-pool", `${cmd.side} has ${left} ${NOUN[cmd.asset]} left this turn; the mission asks for ${cmd.amount}.`);
  }
  if (cmd.asset === "fires" && !inFiresReach(map, state, cmd.side, cmd.hex)) {
    return reject("mission/out-of-reach", `No artillery or rocket unit of ${cmd.side} reaches hex ${cmd.hex}.`);
  }
  if (cmd.kind !== "strike" && isWater(map, cmd.hex)) {
    return reject("mission/not-land", `Hex ${cmd.hex} is water: support and interdiction go to land.`);
  }
  if (cmd.kind === "strike") {
    // Only what the side can see is a target: an unseen enemy is refused as an empty hex is.
    const targets = strikeTargetsAt(map, state, cmd.side, cmd.hex);
    if (targets.units.length === 0 && targets.sources.length === 0) {
      return reject("mission/no-target", `There is no enemy unit or supply source known at hex ${cmd.hex} to strike.`);
    }
  }
  return OK;
}

/** The effect a support or interdiction mission records, at `effectiveness` percent. */
function lastingEffect(cmd: MissionCommand, effectiveness: number): number {
  if (cmd.kind === "interdict") return Math.min(INTERDICT_CAP, Math.round((cmd.amount * INTERDICT_PCT[cmd.asset] * effectiveness) / 100));
  const power = cmd.asset === "air" ? SUPPORT_POWER_PER_SORTIE : SUPPORT_POWER_PER_FIRE_MISSION;
  return Math.round((cmd.amount * power * effectiveness) / 100);
}

export const mission: Handler<MissionCommand> = {
  validate: validateMission,
  resolve(map, state, cmd) {
    const effectiveness = missionEffectiveness(map, state, cmd.side, cmd.hex, cmd.asset);
    const flown = { type: "mission-flown", side: cmd.side, kind: cmd.kind, asset: cmd.asset, hex: cmd.hex, amount: cmd.amount, effectiveness } as const;
    const spend = (draft: GameState): void => {
      draft.pools[cmd.side][cmd.asset] -= cmd.amount;
    };
    if (cmd.kind === "strike") {
      const strike = resolveStrike(map, state, cmd, effectiveness);
      const events: GameEvent[] = [{ ...flown, losses: strike.losses }, ...strike.events];
      return {
        events,
        write(draft) {
          spend(draft);
          strike.write(draft);
        },
      };
    }
    const kind = cmd.kind;
    const until = missionUntil(state, cmd.side, state.turn);
    const effect = lastingEffect(cmd, effectiveness);
    // Missions of one side, kind, hex and expiry merge, so the list stays as short as the map of
    // them. Looked for in the state, not the draft: a search of the draft made a proxy of every
    // mission it passed.
    const at = state.missions.findIndex((m) => m.side === cmd.side && m.kind === kind && m.hex === cmd.hex && m.until.turn === until.turn && m.until.side === until.side);
    return {
      events: [{ ...flown, losses: null }],
      write(draft) {
        spend(draft);
        const same = at >= 0 ? draft.missions[at] : undefined;
        if (!same) draft.missions.push({ side: cmd.side, kind, hex: cmd.hex, effect, until });
        else same.effect = kind === "interdict" ? Math.min(INTERDICT_CAP, same.effect + effect) : same.effect + effect;
      },
    };
  },
};
