// A canonical hash of a state: key order does not matter, the same data gives the same hash
// in Node and every browser. Object entries are combined by addition (order-free, so no
// sorting) and sub-objects are memoised by identity: states are frozen and share unchanged
// parts, so hashing after each command costs only what changed.

import { derivationOf } from "./lineage";

type Digest = { a: number; b: number };

// Memo tables are Maps with a size bound, not WeakMaps: a WeakMap insertion costs ~1 µs in V8
// (ten times a Map's), which mattered more than anything else here. Only frozen objects are
// memoised, so identity means same content. Flat objects (only primitive values: units, the
// generator, the status) are kept, up to FLAT_LIMIT; large arrays keep only their sums, for
// the last ARRAY_LIMIT arrays, which is what a derived array needs to find its base.
const FLAT_LIMIT = 50_000;
const ARRAY_LIMIT = 256;
const flatMemo = new Map<object, Digest>();

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function ofString(text: string, seed: number): Digest {
  let a = 0xdeadbeef ^ seed;
  let b = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 2654435761);
    b = Math.imul(b ^ ch, 1597334677);
  }
  return { a: fmix(a ^ Math.imul(b, 0x27d4eb2f)), b: fmix(b ^ Math.imul(a, 0x165667b1)) };
}

// Keys, ids, names and templates recur in every state: their digests are cached. The cache
// is bounded (cleared when full) so a long session cannot grow it without limit.
const stringCache = new Map<string, Digest>();
const keyCache = new Map<string, Digest>();
const STRING_CACHE_LIMIT = 100_000;

function cachedString(cache: Map<string, Digest>, text: string, seed: number): Digest {
  let d = cache.get(text);
  if (d === undefined) {
    if (cache.size >= STRING_CACHE_LIMIT) cache.clear();
    d = ofString(text, seed);
    cache.set(text, d);
  }
  return d;
}

/** Order-dependent combination of two digests. */
function chain(x: Digest, y: Digest): Digest {
  const a = fmix((Math.imul(x.a, 31) ^ y.a) + 0x9e3779b9);
  const b = fmix((Math.imul(x.b, 37) ^ y.b) + 0x7f4a7c15);
  return { a: fmix(a ^ (b >>> 7)), b: fmix(b ^ (a >>> 11)) };
}

const TAG_ARRAY: Digest = ofString("[array]", 1);
const TAG_OBJECT: Digest = ofString("{object}", 2);

/**
 * Arrays combine their items by addition, each item mixed with its position. An array made
 * from another by changing a few positions (the units after a command, see lineage.ts) is
 * hashed by adjusting the other's sums instead of visiting every item again.
 */
const arraySumsMemo = new Map<readonly unknown[], Digest>();
const positions: Digest[] = [];

function itemContribution(index: number, item: unknown): Digest {
  const at = positions[index] ?? (positions[index] = ofString(String(index), 8));
  return chain(at, digest(item));
}

function arraySums(items: readonly unknown[]): Digest {
  const known = arraySumsMemo.get(items);
  if (known) return known;
  let a = 0;
  let b = 0;
  const derived = derivationOf(items);
  const baseSums = derived ? arraySumsMemo.get(derived.base) : undefined;
  if (derived && baseSums) {
    a = baseSums.a;
    b = baseSums.b;
    for (const i of derived.changed) {
      const before = itemContribution(i, derived.base[i]);
      const after = itemContribution(i, items[i]);
      a = (a - before.a + after.a) >>> 0;
      b = (b - before.b + after.b) >>> 0;
    }
  } else {
    for (let i = 0; i < items.length; i++) {
      const c = itemContribution(i, items[i]);
      a = (a + c.a) >>> 0;
      b = (b + c.b) >>> 0;
    }
  }
  const sums = { a, b };
  if (Object.isFrozen(items)) {
    if (arraySumsMemo.size >= ARRAY_LIMIT) {
      const oldest = arraySumsMemo.keys().next();
      if (!oldest.done) arraySumsMemo.delete(oldest.value);
    }
    arraySumsMemo.set(items, sums);
  }
  return sums;
}

function leaf(value: unknown): Digest {
  if (value === null) return ofString("null", 3);
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new Error(`cannot hash the number ${value}`);
      // Small integers (hex ids, hours, counts) are mixed directly; others by their text.
      if ((value | 0) === value) return { a: fmix(value ^ 0x5bd1e995), b: fmix(Math.imul(value, 0x27d4eb2f) ^ 0x165667b1) };
      return ofString(String(value), 4);
    case "string":
      return value.length <= 200 ? cachedString(stringCache, value, 5) : ofString(value, 5);
    case "boolean":
      return ofString(value ? "true" : "false", 6);
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
}

function entry(key: string, child: unknown): Digest {
  return chain(cachedString(keyCache, key, 7), digest(child));
}

function digest(value: unknown): Digest {
  if (typeof value !== "object" || value === null) return leaf(value);
  const known = flatMemo.get(value);
  if (known !== undefined) return known;
  let d: Digest;
  let flat = true;
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    if (items.length < 16) {
      d = TAG_ARRAY;
      for (const item of items) d = chain(d, digest(item));
    } else {
      d = chain(TAG_ARRAY, arraySums(items));
    }
    d = chain(d, leaf(items.length));
  } else {
    const record = value as Record<string, unknown>;
    let a = 0;
    let b = 0;
    let count = 0;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const child = record[key];
      if (child === undefined) continue;
      if (typeof child === "object" && child !== null) flat = false;
      const e = entry(key, child);
      a = (a + e.a) >>> 0;
      b = (b + e.b) >>> 0;
      count++;
    }
    d = chain(chain(TAG_OBJECT, { a, b }), leaf(count));
  }
  if (flat && !Array.isArray(value) && Object.isFrozen(value)) {
    if (flatMemo.size >= FLAT_LIMIT) flatMemo.clear();
    flatMemo.set(value, d);
  }
  return d;
}

/** The canonical hash of any plain-JSON value (such as a GameState), as 14 hex digits. */
export function hash(value: unknown): string {
  const d = digest(value);
  return ((d.b & 0x1fffff) * 4294967296 + d.a).toString(16).padStart(14, "0");
}
