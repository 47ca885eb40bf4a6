// Property tests over random command sequences: legal commands from the seeded recorder mixed
// with random moves and garbage. After every step the state keeps its invariants, rejected
// commands change nothing, legal commands validate, and fog does not change any verdict.
//
// A failure prints fast-check's seed and path (rerun with FC_SEED=… FC_PATH=…) and the
// commands applied so far. FC_RUNS=… sets the number of runs.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  apply,
  directionTo,
  hash,
  legalCommands,
  makeRandom,
  mapOf,
  playerView,
  reachable,
  stepCost,
  templateOf,
  validate,
  type Command,
  type GameState,
  type Validation,
} from "../../src/engine";
import { startGame } from "../../src/scenario";
import { randomLegalCommand, recordRandomGame } from "../../src/session";
import { firstContact } from "../fixtures/first-contact";
import { unitsOf } from "../fixtures/grid";
import { skirmish } from "../fixtures/skirmish";
import { expectProgress, expectValidState } from "./invariants";

const RUNS = Number(process.env.FC_RUNS ?? 25);
const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  seed: process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED),
  path: process.env.FC_PATH,
});

// Starting points: the skirmish (contact at once) and states along a recorded first-contact game.
const recorded = recordRandomGame(firstContact(), "property", 400);
const STARTS = ["skirmish", "first-contact"] as const;
function startState(which: (typeof STARTS)[number], at: number): GameState {
  if (which === "skirmish") return skirmish();
  return recorded.stateAt(at % (recorded.commands.length + 1)) ?? startGame(firstContact(), "property");
}

const UNIT_IDS = [...new Set([...unitsOf(skirmish()).map((u) => u.id), ...unitsOf(recorded.initial).map((u) => u.id)])];
const ODD_IDS = ["ghost", "", "constructor", "__proto__", "toString", "hasOwnProperty", "0", "length"];

type Action =
  | { kind: "legal"; pick: number }
  | { kind: "end" }
  | { kind: "walk"; unit: number; sideFlip: boolean; dirs: number[] }
  | { kind: "jump"; unit: number; path: number[] }
  | { kind: "garbage"; value: unknown };

const garbageCommand: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 0, "", "end-turn", [], {}, true),
  fc.string(),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom("move", "end-turn", "attack", "__proto__", "toString", "constructor", ""), fc.string(), fc.integer()),
      side: fc.oneof(fc.constantFrom("red", "blue", "green", "", "Red"), fc.integer(), fc.constant(null)),
      unit: fc.oneof(fc.constantFrom(...UNIT_IDS, ...ODD_IDS), fc.string(), fc.integer(), fc.constant(null)),
      path: fc.oneof(
        fc.array(fc.integer({ min: -3, max: 12_000 }), { maxLength: 8 }),
        fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.constant(1e308)), { maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 65, maxLength: 70 }),
        fc.string(),
        fc.constant(null),
        fc.object(),
      ),
      units: fc.array(fc.string(), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("legal" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("end" as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("walk" as const),
      unit: fc.nat(),
      sideFlip: fc.boolean(),
      dirs: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("jump" as const), unit: fc.nat(), path: fc.array(fc.integer({ min: -2, max: 11_200 }), { maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("garbage" as const), value: garbageCommand }) },
);

/** Turns an action into a command (or garbage) for the state at hand. */
function commandFor(state: GameState, a: Action): unknown {
  const units = unitsOf(state);
  switch (a.kind) {
    case "legal":
      return randomLegalCommand(state, makeRandom(`pick:${a.pick}`));
    case "end":
      return { type: "end-turn", side: state.active };
    case "walk": {
      // A random walk from a random unit: mostly adjacent steps, so it reaches the deeper checks.
      const own = units.filter((u) => u.side === state.active);
      const pool = a.sideFlip ? units : own;
      const unit = pool[a.unit % Math.max(1, pool.length)];
      if (!unit) return { type: "end-turn", side: state.active };
      const map = mapOf(state);
      const path: number[] = [];
      let at = unit.hex;
      for (const d of a.dirs) {
        const n = map.neighbours[at * 6 + d] ?? -1;
        if (n < 0) break;
        path.push(n);
        at = n;
      }
      return { type: "move", side: state.active, unit: unit.id, path };
    }
    case "jump": {
      const unit = units[a.unit % units.length];
      return { type: "move", side: state.active, unit: unit?.id ?? "ghost", path: a.path };
    }
    case "garbage":
      return a.value;
  }
}

const isMove = (c: unknown): c is Extract<Command, { type: "move" }> =>
  typeof c === "object" && c !== null && (c as { type?: unknown }).type === "move" && Array.isArray((c as { path?: unknown }).path);

/** Fog consistency: the active side's view gives the same verdict as the full state. */
function expectSameVerdictOnView(state: GameState, cmd: unknown, full: Validation): void {
  const seen = validate(playerView(state, state.active), cmd as Command);
  expect(seen.ok, `verdict on the view for ${JSON.stringify(cmd)}`).toBe(full.ok);
  if (!seen.ok && !full.ok) {
    // Naming an enemy unit the side cannot see is "unknown" on the view; both refuse it.
    const hidden = full.code === "unit/not-yours" && seen.code === "unit/unknown";
    if (!hidden) expect(seen.code).toBe(full.code);
  }
}

/** An accepted move that is not from legalCommands still ends where legalCommands can go. */
function expectWithinReach(state: GameState, cmd: Extract<Command, { type: "move" }>): void {
  const map = mapOf(state);
  const unit = unitsOf(state).find((u) => u.id === cmd.unit);
  if (!unit) throw new Error(`accepted move of unknown unit ${cmd.unit}`);
  const reach = reachable(map, state, unit);
  const end = cmd.path[cmd.path.length - 1] ?? -1;
  expect(reach.destinations, `accepted path ${JSON.stringify(cmd.path)} ends at a legal destination`).toContain(end);
  let cost = 0;
  let prev = unit.hex;
  for (const h of cmd.path) {
    cost += stepCost(map, templateOf(unit.template).movement, prev, directionTo(map, prev, h), h);
    prev = h;
  }
  expect(cost).toBeGreaterThanOrEqual(reach.cost.get(end) ?? Infinity);
  expect(cost).toBeLessThanOrEqual(unit.mp);
}

interface Earlier {
  state: GameState;
  cmd: unknown;
  verdict: Validation;
}

/** Plays the actions from a start, checking everything after each step; returns the commands. */
function play(start: GameState, actions: readonly Action[], sample: number): unknown[] {
  const log: unknown[] = [];
  const accepted: Command[] = [];
  const earlier: Earlier[] = [];
  let state = start;
  try {
    expectValidState(state);
    for (const [step, a] of actions.entries()) {
      const cmd = commandFor(state, a);
      log.push(cmd);
      const before = hash(state);
      const verdict = validate(state, cmd as Command);
      const result = apply(state, cmd as Command);
      expect(hash(state), "apply leaves its input unchanged").toBe(before);
      expectSameVerdictOnView(state, cmd, verdict);
      earlier.push({ state, cmd, verdict });

      if (!verdict.ok) {
        expect(result.state, "a rejected command returns the very same state").toBe(state);
        expect(result.events).toEqual([]);
        expect(result.rejection?.code).toBe(verdict.code);
        if (state.status.kind === "playing") expect(a.kind, "the recorder only gives legal commands").not.toBe("legal");
      } else {
        expect(result.rejection).toBeUndefined();
        expect(result.state).not.toBe(state);
        if (isMove(cmd) && a.kind !== "legal") expectWithinReach(state, cmd);
        expectValidState(result.state);
        expectProgress(state, result.state);
        accepted.push(cmd as Command);
        state = result.state;
      }

      // A sample of everything the side to move may do validates, on the state and on its view.
      const legal = legalCommands(state, state.active);
      const other = state.active === "red" ? "blue" : "red";
      expect(legalCommands(state, other)).toEqual([]);
      if (state.status.kind === "over") expect(legal).toEqual([]);
      const view = playerView(state, state.active);
      for (let k = 0; k < Math.min(sample, legal.length); k++) {
        const c = legal[(step * 7919 + k * 104729) % legal.length];
        expect(validate(state, c as Command), `legal command ${JSON.stringify(c)}`).toEqual({ ok: true });
        expect(validate(view, c as Command)).toEqual({ ok: true });
      }
      if (step % 8 === 0) expect(legalCommands(view, state.active)).toEqual(legal);

      // An earlier state still gives the verdict it gave then (indexes cached between states).
      const old = earlier[(step * 31) % earlier.length];
      if (old) expect(validate(old.state, old.cmd as Command)).toEqual(old.verdict);
    }

    // The accepted commands alone, replayed from the start, reach the same state.
    let again = start;
    for (const c of accepted) again = apply(again, c).state;
    expect(hash(again)).toBe(hash(state));
    expect(hash(JSON.parse(JSON.stringify(state)))).toBe(hash(state));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`${message}\ncommands applied from the start (${log.length}): ${JSON.stringify(log)}`, { cause: err });
  }
  return log;
}

describe("random command sequences", () => {
  test("keep every invariant, and every verdict agrees with legalCommands and with the player's view", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS), fc.nat(), fc.array(action, { minLength: 20, maxLength: 100, size: "max" }), (which, at, actions) => {
        play(startState(which, at), actions, 6);
      }),
      params(RUNS),
    );
  });

  test("every legal command of a state validates (exhaustively, at states along recorded games)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS), fc.nat(), fc.nat({ max: 60 }), (which, at, steps) => {
        let state = startState(which, at);
        const random = makeRandom(`walk:${at}:${steps}`);
        for (let i = 0; i < steps && state.status.kind === "playing"; i++) state = apply(state, randomLegalCommand(state, random)).state;
        const view = playerView(state, state.active);
        const legal = legalCommands(state, state.active);
        const refused = legal.filter((c) => !validate(state, c).ok);
        const refusedOnView = legal.filter((c) => !validate(view, c).ok);
        expect(refused).toEqual([]);
        expect(refusedOnView).toEqual([]);
        // Each move's unit really is the active side's and its path ends where reach says.
        for (const c of legal) if (c.type === "move") expect(c.side).toBe(state.active);
      }),
      params(Math.max(4, Math.round(RUNS / 2))),
    );
  });

  test("random paths for random units are refused unless they end where a legal move can end", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.nat(),
        fc.array(fc.record({ unit: fc.nat(), dirs: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }) }), { minLength: 1, maxLength: 40 }),
        (which, at, walks) => {
          const state = startState(which, at);
          if (state.status.kind === "over") return;
          const legal = new Set(legalCommands(state, state.active).map((c) => JSON.stringify(c)));
          for (const w of walks) {
            const cmd = commandFor(state, { kind: "walk", unit: w.unit, sideFlip: false, dirs: w.dirs });
            const verdict = validate(state, cmd as Command);
            if (legal.has(JSON.stringify(cmd))) expect(verdict).toEqual({ ok: true });
            else if (verdict.ok && isMove(cmd)) expectWithinReach(state, cmd);
          }
        },
      ),
      params(RUNS * 2),
    );
  });
});
