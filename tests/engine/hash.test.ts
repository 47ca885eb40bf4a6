// The canonical state hash: independent of key order, stable across JSON, sensitive to content.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { apply, hash } from "../../src/engine";
import { noteDerived } from "../../src/engine/lineage";
import { startGame } from "../../src/scenario";
import { recordRandomGame } from "../../src/session";
import { firstContact } from "../fixtures/first-contact";

/** A copy of a JSON value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== "object" || value === null) return value;
  // fromEntries defines own keys, so a "__proto__" key stays a key (assignment would set the prototype).
  return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reversedKeys((value as Record<string, unknown>)[key])]));
}

const json = fc.jsonValue({ maxDepth: 4 });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("hash", () => {
  test("is 14 lowercase hex digits", () => {
    expect(hash({ a: 1 })).toMatch(/^[0-9a-f]{14}$/);
    expect(hash(startGame(firstContact(), "1"))).toMatch(/^[0-9a-f]{14}$/);
  });

  test("does not depend on key order", () => {
    expect(hash({ a: 1, b: [1, 2], c: { x: "y", z: null } })).toBe(hash({ c: { z: null, x: "y" }, b: [1, 2], a: 1 }));
    const withProto = JSON.parse('{"a": 1, "__proto__": {"b": 2}}') as unknown;
    expect(hash(reversedKeys(withProto))).toBe(hash(withProto));
    fc.assert(
      fc.property(json, (value) => {
        expect(hash(reversedKeys(value))).toBe(hash(value));
      }),
    );
  });

  test("is equal after a JSON round trip, for any JSON value", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(hash(JSON.parse(JSON.stringify(value)))).toBe(hash(value));
      }),
    );
  });

  test("of every state in a recorded game is equal after a JSON round trip and with keys reversed", () => {
    const session = recordRandomGame(firstContact(), "hash", 60);
    for (let i = 0; i <= session.commands.length; i++) {
      const state = session.stateAt(i);
      expect(state).toBeDefined();
      const h = hash(state);
      expect(hash(JSON.parse(JSON.stringify(state)))).toBe(h);
      expect(hash(reversedKeys(state))).toBe(h);
    }
  });

  test("tells apart values that differ anywhere", () => {
    const state = startGame(firstContact(), "1");
    const base = hash(state);
    const copy = JSON.parse(JSON.stringify(state)) as typeof state;
    expect(hash({ ...copy, turn: 2 })).not.toBe(base);
    expect(hash({ ...copy, rng: { ...copy.rng, c: copy.rng.c + 1 } })).not.toBe(base);
    const units = JSON.parse(JSON.stringify(state.units)) as { mp: number }[] | Record<string, { mp: number }>;
    const first = Object.values(units)[0];
    if (first) first.mp -= 1;
    expect(hash({ ...copy, units })).not.toBe(base);
    expect(hash([1, 2])).not.toBe(hash([2, 1]));
    expect(hash({ a: 1 })).not.toBe(hash({ a: "1" }));
    expect(hash({ a: [] })).not.toBe(hash({ a: {} }));
    expect(hash({ a: null })).not.toBe(hash({}));
    expect(hash("")).not.toBe(hash(null));
  });

  test("changes after every accepted command", () => {
    const session = recordRandomGame(firstContact(), "changes", 40);
    const hashes = new Set<string>();
    for (let i = 0; i <= session.commands.length; i++) hashes.add(hash(session.stateAt(i)));
    expect(hashes.size).toBe(session.commands.length + 1);
  });

  test("a frozen value and an unfrozen copy hash the same (memoised digests are not stale)", () => {
    fc.assert(
      fc.property(json, (value) => {
        const plain = hash(copy(value));
        expect(hash(deepFreeze(copy(value)))).toBe(plain);
        expect(hash(copy(value))).toBe(plain);
      }),
    );
  });

  test("long frozen arrays changed a few items at a time hash like fresh copies (incremental sums)", () => {
    const item = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.record({ id: fc.string({ maxLength: 3 }), hex: fc.nat(50) }));
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 16, maxLength: 48 }),
        fc.array(fc.array(fc.record({ at: fc.nat(), value: item }), { minLength: 1, maxLength: 12 }), { maxLength: 8 }),
        (items, rounds) => {
          let current: readonly unknown[] = deepFreeze(copy(items));
          expect(hash(current)).toBe(hash(copy(current)));
          for (const changes of rounds) {
            const next = Array.from(current);
            for (const c of changes) next[c.at % next.length] = deepFreeze(copy(c.value));
            current = Object.freeze(next);
            expect(hash(current)).toBe(hash(copy(current)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("records that replace others in a derived array hash like fresh copies, whatever fields they change, add or drop", () => {
    const field = fc.constantFrom("id", "hex", "mp", "side", "name");
    const value = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(undefined), fc.record({ x: fc.nat(5) }));
    const record = fc.dictionary(field, value);
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 16, maxLength: 24 }),
        fc.array(fc.array(fc.record({ at: fc.nat(), patch: record, drop: fc.option(field) }), { minLength: 1, maxLength: 6 }), { maxLength: 6 }),
        (items, rounds) => {
          let current: readonly Record<string, unknown>[] = deepFreeze(items.map((r) => ({ ...r })));
          hash(current);
          for (const changes of rounds) {
            const next = Array.from(current);
            const changed: number[] = [];
            for (const c of changes) {
              const at = c.at % next.length;
              const changedRecord: Record<string, unknown> = { ...next[at], ...c.patch };
              if (c.drop !== null) delete changedRecord[c.drop];
              next[at] = deepFreeze(changedRecord);
              // Each position once, as withUnitChanges lists them.
              if (!changed.includes(at)) changed.push(at);
            }
            Object.freeze(next);
            // As withUnitChanges records it: the hash then updates each replaced record from the one before.
            noteDerived(next, current, changed);
            expect(hash(next)).toBe(hash(copy(next)));
            current = next;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("swapping two items of a long array changes its hash", () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `u${i}`, hex: i }));
    const swapped = items.slice();
    [swapped[3], swapped[30]] = [items[30], items[3]] as [typeof items[number], typeof items[number]];
    expect(hash(Object.freeze(swapped))).not.toBe(hash(Object.freeze(items.slice())));
  });

  test("the same frozen object under two different keys hashes as two different entries", () => {
    const shared = Object.freeze({ x: 1 });
    expect(hash({ a: shared })).not.toBe(hash({ b: shared }));
    expect(hash({ a: shared })).toBe(hash({ a: { x: 1 } }));
    expect(hash({ b: shared })).toBe(hash({ b: { x: 1 } }));
  });

  test("a frozen object or array holding a child that can still change is not memoised", () => {
    const inner = { x: 1 };
    const outer = Object.freeze({ inner, list: Object.freeze([inner]) });
    const before = hash(outer);
    inner.x = 2;
    expect(hash(outer)).not.toBe(before);
    expect(hash(outer)).toBe(hash({ inner: { x: 2 }, list: [{ x: 2 }] }));
    const long = Object.freeze(Array.from({ length: 20 }, (_, i) => (i === 7 ? inner : Object.freeze({ x: i }))));
    const wrapped = Object.freeze({ long });
    const first = hash(wrapped);
    inner.x = 3;
    expect(hash(wrapped)).not.toBe(first);
  });

  test("treats -0 as 0 and skips undefined properties, as JSON does", () => {
    expect(hash({ a: -0 })).toBe(hash({ a: 0 }));
    expect(hash({ a: 1, b: undefined })).toBe(hash({ a: 1 }));
  });

  test("refuses what JSON cannot hold: that is a programming error", () => {
    expect(() => hash({ a: Number.NaN })).toThrow();
    expect(() => hash({ a: Infinity })).toThrow();
    expect(() => hash({ a: () => 1 })).toThrow();
  });

  test("a memoised (frozen) sub-object and an equal fresh copy hash the same", () => {
    const state = startGame(firstContact(), "memo");
    const h1 = hash(state);
    const h2 = hash(state); // now from the memo
    const moved = apply(state, { type: "end-turn", side: state.active }).state;
    expect(h2).toBe(h1);
    expect(hash(JSON.parse(JSON.stringify(moved)))).toBe(hash(moved));
  });
});

describe("hashing as a replay does, a state right after the command that made it", () => {
  test("the hash updated from the previous state's sums equals the hash of a fresh copy, at every step", () => {
    const recorded = recordRandomGame(firstContact(), "lineage", 200);
    let state = recorded.initial;
    hash(state);
    for (const [i, cmd] of recorded.commands.entries()) {
      state = apply(state, cmd).state;
      const incremental = hash(state);
      expect(incremental, `after command ${i + 1}`).toBe(hash(JSON.parse(JSON.stringify(state))));
    }
  });
});
