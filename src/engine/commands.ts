// The command table: each command type has a validator and a resolver, and every change
// to a game goes through validate → apply. A rejected command returns the same state object.

import { produce } from "immer";
import { mapOf } from "./map";
import { formatHours, reachable, resolveMove, validateMove, MAX_PATH } from "./rules/movement";
import { nextTurn } from "./rules/turn";
import { endOfTurn, startOfTurn } from "./rules/upkeep";
import { placeArrivals } from "./rules/arrivals";
import { suddenDeath } from "./rules/victory";
import { canSee } from "./rules/visibility";
import { turnsEnded } from "./rules/entrenchment";
import { unitById, unitIndex, withUnitChanges } from "./occupancy";
import { SIDES, STANCES, type ApplyResult, type BoardState, type Command, type GameState, type GameStatus, type Side, type Unit, type Validation } from "./types";

import { OK, reject, type Handler } from "./handler";
import { attack, attackOptions } from "./rules/attack";
import { firesAtStartOfTurn, mission } from "./rules/fires";
import { setStance } from "./rules/stance";

const move: Handler<Extract<Command, { type: "move" }>> = {
  validate(map, state, cmd) {
    const unit = unitById(state, cmd.unit);
    if (!unit) return reject("unit/unknown", `There is no unit "${cmd.unit}".`);
    if (unit.side !== cmd.side) {
      // An enemy the side cannot see is as unknown as in its own view: refusing otherwise would reveal it.
      if (!canSee(map, state, cmd.side, unit)) return reject("unit/unknown", `There is no unit "${cmd.unit}".`);
      return reject("unit/not-yours", `${unit.name} belongs to ${unit.side}, not ${cmd.side}.`);
    }
    if (unit.mp <= 0) return reject("move/out-of-range", `${unit.name} has no movement left this turn.`);
    return validateMove(map, state, unit, cmd.path);
  },
  resolve(map, state, cmd) {
    const index = unitIndex(state, cmd.unit);
    const unit = state.units[index];
    if (!unit) throw new Error(`validated move names unknown unit ${cmd.unit}`);
    const outcome = resolveMove(map, state, unit, cmd.path);
    const events = outcome.events;
    const captured = outcome.entered.filter((hex) => {
      const holder = state.control[String(hex)];
      return holder !== undefined && holder !== cmd.side;
    });
    for (const hex of captured) {
      const name = state.objectives.find((o) => o.hex === hex)?.name ?? null;
      events.push({ type: "hex-captured", hex, side: cmd.side, name });
    }
    // A move that met the enemy ends the unit's movement for the turn.
    const stopped = events.some((e) => e.type === "move-interrupted");
    const to = outcome.entered[outcome.entered.length - 1] ?? unit.hex;
    const units = withUnitChanges(state.units, [[index, { hex: to, mp: stopped ? 0 : unit.mp - outcome.cost, activity: unit.activity === "combat" ? "combat" : "move", settled: turnsEnded(state, unit.side) }]]);
    let status: GameStatus | null = null;
    if (captured.length > 0) {
      const control = { ...state.control };
      for (const hex of captured) control[String(hex)] = cmd.side;
      status = suddenDeath(state, { units, control });
      if (status.kind === "over") events.push({ type: "game-over", winner: status.winner, reason: status.reason });
    }
    return {
      events,
      write(draft) {
        draft.units = units;
        for (const hex of captured) draft.control[String(hex)] = cmd.side;
        if (status?.kind === "over") draft.status = status;
      },
    };
  },
};

const endTurn: Handler<Extract<Command, { type: "end-turn" }>> = {
  validate() {
    return OK;
  },
  resolve(map, state) {
    // Strikes cost personnel without a capture or an attack to check it: with victory by
    // losses, the end of a turn looks again.
    const decided = state.lossLimits ? suddenDeath(state) : null;
    if (decided && decided.kind === "over") {
      return {
        events: [{ type: "game-over", winner: decided.winner, reason: decided.reason }],
        write(draft) {
          draft.status = decided;
        },
      };
    }
    const change = nextTurn(state);
    if (change.status.kind !== "playing") {
      return {
        events: change.events,
        write(draft) {
          draft.status = change.status;
        },
      };
    }
    // The side that ends its turn uses up what its activity cost; the next side traces supply,
    // is resupplied, refreshes its movement and gets its air and fires back.
    // Both read the units as they stand: the ending side's upkeep moves no unit, so the next
    // side's trace is the same before and after it, and one copy of the roster takes both.
    const ended = endOfTurn(map, state, state.active);
    const next = { ...state, active: change.next, turn: change.turn, hour: change.hour };
    const started = startOfTurn(map, next, change.next);
    const fires = firesAtStartOfTurn(next, change.next);
    const changes = [...ended, ...started.changes];
    // Newcomers are appended after the upkeep's changes, so its unit positions stay valid;
    // they come fresh, with full stocks and movement.
    const arrived = placeArrivals(map, next, change.next);
    return {
      events: [...change.events, ...arrived.events, ...started.events],
      write(draft) {
        draft.active = change.next;
        draft.turn = change.turn;
        draft.hour = change.hour;
        const units = changes.length > 0 ? withUnitChanges(state.units, changes) : state.units;
        if (arrived.added.length > 0) draft.units = Object.freeze([...units, ...arrived.added]) as Unit[];
        else if (units !== state.units) draft.units = units;
        if (arrived.arrivals !== state.arrivals) draft.arrivals = arrived.arrivals;
        draft.pools = fires.pools;
        if (fires.missions !== state.missions) draft.missions = fires.missions;
        if (fires.sourceDamage !== state.sourceDamage) draft.sourceDamage = fires.sourceDamage;
      },
    };
  },
};

const handlers: { [K in Command["type"]]: Handler<Extract<Command, { type: K }>> } = {
  move,
  attack,
  "set-stance": setStance,
  mission,
  "end-turn": endTurn,
};

function isSide(value: unknown): value is Side {
  return typeof value === "string" && (SIDES as readonly string[]).includes(value);
}

/** Shape checks for commands that arrive from outside the type system (files, the console). */
function checkShape(cmd: unknown): Validation {
  if (typeof cmd !== "object" || cmd === null || Array.isArray(cmd)) return reject("command/malformed", "A command must be an object.");
  const c = cmd as Record<string, unknown>;
  if (typeof c.type !== "string" || !Object.hasOwn(handlers, c.type)) {
    return reject("command/unknown-type", `"${String(c.type)}" is not a command this game knows.`);
  }
  if (!isSide(c.side)) return reject("command/malformed", `A command must name its side ("red" or "blue").`);
  if ((c.type === "move" || c.type === "set-stance") && typeof c.unit !== "string") return reject("command/malformed", "The command must name its unit.");
  if (c.type === "attack") {
    if (!Array.isArray(c.units) || !c.units.every((u) => typeof u === "string")) return reject("command/malformed", "An attack must list its units by id.");
    if (typeof c.target !== "number") return reject("command/malformed", "An attack must name its target hex.");
  }
  if (c.type === "mission" && (typeof c.hex !== "number" || typeof c.amount !== "number" || typeof c.kind !== "string" || typeof c.asset !== "string")) {
    return reject("command/malformed", "A mission must give its kind, asset, hex and amount.");
  }
  if (c.type === "move") {
    if (typeof c.unit !== "string") return reject("command/malformed", "A move must name its unit.");
    if (!Array.isArray(c.path)) return reject("command/malformed", "A move must carry a path of hex ids.");
    if (c.path.length > MAX_PATH) return reject("move/path-too-long", `A move may have at most ${MAX_PATH} steps.`);
  }
  return OK;
}

/** Whether `cmd` may be applied to `state` now; works on full states and player views alike. */
export function validate(state: BoardState, cmd: Command): Validation {
  const shape = checkShape(cmd);
  if (!shape.ok) return shape;
  if (state.status.kind === "over") return reject("game/over", `The game is over: ${state.status.reason}`);
  if (cmd.side !== state.active) return reject("turn/not-your-turn", `It is ${state.active}'s turn, not ${cmd.side}'s.`);
  const handler = handlers[cmd.type] as Handler<Command>;
  return handler.validate(mapOf(state), state, cmd);
}

/** Applies a command: a new state and what happened, or the very same state and the reason. */
export function apply(state: GameState, cmd: Command): ApplyResult {
  const verdict = validate(state, cmd);
  if (!verdict.ok) return { state, events: [], rejection: { code: verdict.code, message: verdict.message } };
  const handler = handlers[cmd.type] as Handler<Command>;
  const { events, write } = handler.resolve(mapOf(state), state, cmd);
  return { state: produce(state, write), events };
}

/**
 * Every command `side` may give now: end the turn, each unit's move to each hex it can reach,
 * each attack (one per target, by every unit that can join it) and each change of stance.
 * Missions are not listed: any hex may be their target, and the AI chooses them by its own lights.
 */
export function legalCommands(state: BoardState, side: Side): Command[] {
  if (state.status.kind === "over" || state.active !== side) return [];
  const map = mapOf(state);
  const out: Command[] = [{ type: "end-turn", side }];
  for (const unit of state.units) {
    if (unit.side !== side || unit.mp <= 0) continue;
    const reach = reachable(map, state, unit);
    for (const hex of reach.destinations) {
      const path: number[] = [];
      for (let at: number | undefined = hex; at !== undefined && at !== unit.hex; at = reach.prev.get(at)) path.push(at);
      out.push({ type: "move", side, unit: unit.id, path: path.reverse() });
    }
  }
  out.push(...attackOptions(map, state, side));
  for (const unit of state.units) {
    if (unit.side !== side || unit.hex < 0) continue;
    for (const stance of STANCES) if (stance !== unit.stance) out.push({ type: "set-stance", side, unit: unit.id, stance });
  }
  return out;
}

export { formatHours };
