// A canonical hash of a state: key order does not matter, the same data gives the same hash
// in Node and every browser. Object entries are combined by addition (order-free, so no
// sorting) and sub-objects are memoised by identity: states are frozen and share unchanged
// parts, so hashing after each command costs only what changed.
//
// A digest is two 32-bit words. The hot functions return theirs in the module's two result
// registers (outA, outB) rather than as an object: replay verification hashes every state, and
// a small object per key and value made a tenth of its time garbage collection.

import { derivationOf } from "./lineage";

type Digest = { readonly a: number; readonly b: number };

/**
 * A memoised value's digest; for a record, also the sums of its fields and how many there are
 * (before the tag and the count are mixed in), from which a copy with a few fields changed is
 * hashed (digestFrom). Arrays have a count of -1.
 */
type Memo = Digest & { readonly sa: number; readonly sb: number; readonly count: number };

// The result registers: each function below that "sets the result" writes both.
let outA = 0;
let outB = 0;
let outDeep = true;

// Memo tables are Maps with a size bound, not WeakMaps: a WeakMap insertion costs ~1 µs in V8
// (ten times a Map's), which mattered more than anything else here. Only values that can
// never change are memoised (see digest), so identity means same content, up to MEMO_LIMIT
// (many commands' worth: what a derived array needs of its base was hashed a command ago);
// large arrays keep only their sums, for the last ARRAY_LIMIT arrays.
const MEMO_LIMIT = 16_384;
const ARRAY_LIMIT = 256;
const memo = new Map<object, Memo>();

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

// Keys, ids, names, templates and fractional numbers recur in every state: their digests are
// cached. The caches are bounded (cleared when full) so a long session cannot grow them
// without limit.
const stringCache = new Map<string, Digest>();
const keyCache = new Map<string, Digest>();
const fractionCache = new Map<number, Digest>();
const CACHE_LIMIT = 100_000;

function cachedString(cache: Map<string, Digest>, text: string, seed: number): Digest {
  let d = cache.get(text);
  if (d === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    d = ofString(text, seed);
    cache.set(text, d);
  }
  return d;
}

/** Order-dependent combination of two digests (x then y); sets the result. */
function chain(xa: number, xb: number, ya: number, yb: number): void {
  const a = fmix((Math.imul(xa, 31) ^ ya) + 0x9e3779b9);
  const b = fmix((Math.imul(xb, 37) ^ yb) + 0x7f4a7c15);
  outA = fmix(a ^ (b >>> 7));
  outB = fmix(b ^ (a >>> 11));
}

const TAG_ARRAY: Digest = ofString("[array]", 1);
const TAG_OBJECT: Digest = ofString("{object}", 2);
const NULL: Digest = ofString("null", 3);
const TRUE: Digest = ofString("true", 6);
const FALSE: Digest = ofString("false", 6);

/**
 * Arrays combine their items by addition, each item mixed with its position. An array made
 * from another by changing a few positions (the units after a command, see lineage.ts) is
 * hashed by adjusting the other's sums instead of visiting every item again: the items it
 * replaced were hashed with the other array, so their digests are in the flat memo.
 */
const arraySumsMemo = new Map<readonly unknown[], Digest>();
const positions: Digest[] = [];

/** An item's share of its array's sums; sets the result (and outDeep, for the item). */
function itemContribution(index: number, item: unknown): void {
  const at = positions[index] ?? (positions[index] = ofString(String(index), 8));
  digest(item);
  chain(at.a, at.b, outA, outB);
}

/** itemContribution of an item that replaced `before` at its position (digestFrom). */
function itemContributionFrom(index: number, item: unknown, before: unknown): void {
  const at = positions[index] ?? (positions[index] = ofString(String(index), 8));
  digestFrom(item, before);
  chain(at.a, at.b, outA, outB);
}

/** Sets the result to the sums of an array's item contributions. */
function arraySums(items: readonly unknown[]): void {
  const known = arraySumsMemo.get(items);
  if (known) {
    outDeep = true;
    return set(known);
  }
  let a = 0;
  let b = 0;
  let deep = Object.isFrozen(items);
  const derived = derivationOf(items);
  const baseSums = derived ? arraySumsMemo.get(derived.base) : undefined;
  if (derived && baseSums) {
    a = baseSums.a;
    b = baseSums.b;
    for (const i of derived.changed) {
      itemContribution(i, derived.base[i]);
      a = (a - outA) >>> 0;
      b = (b - outB) >>> 0;
      itemContributionFrom(i, items[i], derived.base[i]);
      deep &&= outDeep;
      a = (a + outA) >>> 0;
      b = (b + outB) >>> 0;
    }
  } else {
    for (let i = 0; i < items.length; i++) {
      itemContribution(i, items[i]);
      deep &&= outDeep;
      a = (a + outA) >>> 0;
      b = (b + outB) >>> 0;
    }
  }
  if (deep) {
    if (arraySumsMemo.size >= ARRAY_LIMIT) {
      const oldest = arraySumsMemo.keys().next();
      if (!oldest.done) arraySumsMemo.delete(oldest.value);
    }
    arraySumsMemo.set(items, { a, b });
  }
  outA = a;
  outB = b;
  outDeep = deep;
}

function set(d: Digest): void {
  outA = d.a;
  outB = d.b;
}

/** Sets the result to the digest of a primitive. Numbers and strings first: they are most. */
function leaf(value: unknown): void {
  if (typeof value === "number") {
    // Small integers (hex ids, hours, counts) are mixed directly; others by their text.
    if ((value | 0) === value) {
      outA = fmix(value ^ 0x5bd1e995);
      outB = fmix(Math.imul(value, 0x27d4eb2f) ^ 0x165667b1);
      return;
    }
    if (!Number.isFinite(value)) throw new Error(`cannot hash the number ${value}`);
    return set(fraction(value));
  }
  if (typeof value === "string") return set(value.length <= 200 ? cachedString(stringCache, value, 5) : ofString(value, 5));
  if (value === null) return set(NULL);
  if (typeof value === "boolean") return set(value ? TRUE : FALSE);
  throw new Error(`cannot hash a ${typeof value}`);
}

function fraction(value: number): Digest {
  let d = fractionCache.get(value);
  if (d === undefined) {
    if (fractionCache.size >= CACHE_LIMIT) fractionCache.clear();
    d = ofString(String(value), 4);
    fractionCache.set(value, d);
  }
  return d;
}

/**
 * Sets the result to the digest of any JSON value, and `outDeep` to whether the value can
 * never change: a primitive, or a frozen object or array whose children all can never change.
 * Such values are memoised by identity (immer freezes every state deeply, so almost all of a
 * state is, and hashing it again visits only what a command replaced).
 */
function digest(value: unknown): void {
  if (typeof value !== "object" || value === null) {
    outDeep = true;
    return leaf(value);
  }
  const known = memo.get(value);
  if (known !== undefined) {
    outDeep = true;
    return set(known);
  }
  let deep = Object.isFrozen(value);
  let sa = 0;
  let sb = 0;
  let count = -1;
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    let da: number;
    let db: number;
    if (items.length < 16) {
      da = TAG_ARRAY.a;
      db = TAG_ARRAY.b;
      for (const item of items) {
        digest(item);
        deep &&= outDeep;
        chain(da, db, outA, outB);
        da = outA;
        db = outB;
      }
    } else {
      // Large arrays keep their own sums (arraySums), not a memo entry.
      arraySums(items);
      chain(TAG_ARRAY.a, TAG_ARRAY.b, outA, outB);
      da = outA;
      db = outB;
      leaf(items.length);
      chain(da, db, outA, outB);
      return;
    }
    leaf(items.length);
    chain(da, db, outA, outB);
  } else {
    const record = value as Record<string, unknown>;
    let a = 0;
    let b = 0;
    count = 0;
    // for-in without hasOwn: V8 reads each value through the shape's enumeration cache, even
    // at a site that meets every shape of object in a state; Object.keys with record[key], or
    // an Object.hasOwn test, made a megamorphic lookup per key, several times as slow. Plain
    // data has no inherited enumerable keys (Object.prototype's are not enumerable).
    for (const key in record) {
      const child = record[key];
      if (child === undefined) continue;
      const k = cachedString(keyCache, key, 7);
      digest(child);
      deep &&= outDeep;
      chain(k.a, k.b, outA, outB);
      a = (a + outA) >>> 0;
      b = (b + outB) >>> 0;
      count++;
    }
    sa = a;
    sb = b;
    recordResult(a, b, count);
  }
  if (deep) remember(value, sa, sb, count);
  outDeep = deep;
}

/** Sets the result to a record's digest from the sums of its fields and their count. */
function recordResult(a: number, b: number, count: number): void {
  chain(TAG_OBJECT.a, TAG_OBJECT.b, a, b);
  const ta = outA;
  const tb = outB;
  leaf(count);
  chain(ta, tb, outA, outB);
}

/** Memoises the result as the digest of `value`, with its record sums (count -1 for an array). */
function remember(value: object, sa: number, sb: number, count: number): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(value, { a: outA, b: outB, sa, sb, count });
}

/**
 * digest(value) for a record that replaced `before` (a unit after a command changed a few of
 * its fields): `before`'s sums, less the fields that differ as they were, plus them as they are.
 * At the end of a turn every unit changes and was hashed whole, a third of replaying a game.
 * Anything else (no sums known for `before`, a field only one of them has) is digest's.
 */
function digestFrom(value: unknown, before: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value) || typeof before !== "object" || before === null) return digest(value);
  const base = memo.get(before);
  if (base === undefined || base.count < 0 || memo.has(value) || !Object.isFrozen(value)) return digest(value);
  const record = value as Record<string, unknown>;
  const old = before as Record<string, unknown>;
  let a = base.sa;
  let b = base.sb;
  let count = 0;
  // `before` was memoised, so its fields can never change: those left as they were still can't.
  let deep = true;
  for (const key in record) {
    const child = record[key];
    if (child === undefined) continue;
    count++;
    const was = old[key];
    if (child === was) continue;
    if (was === undefined) return digest(value);
    const k = cachedString(keyCache, key, 7);
    digest(was);
    chain(k.a, k.b, outA, outB);
    a = (a - outA) >>> 0;
    b = (b - outB) >>> 0;
    digest(child);
    deep &&= outDeep;
    chain(k.a, k.b, outA, outB);
    a = (a + outA) >>> 0;
    b = (b + outB) >>> 0;
  }
  // Every field of `value` is one of `before`'s: the same number means the same fields.
  if (count !== base.count) return digest(value);
  recordResult(a, b, count);
  if (deep) remember(value, a, b, count);
  outDeep = deep;
}

// Two hex digits per byte: Number.prototype.toString(16) on a 53-bit number took ~0.9 µs,
// as long as hashing a whole unit.
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The canonical hash of any plain-JSON value (such as a GameState), as 14 hex digits. */
export function hash(value: unknown): string {
  digest(value);
  // The low 53 bits: 21 of the second word, then all 32 of the first.
  const a = outA;
  const b = outB & 0x1fffff;
  return (
    (HEX[b >>> 16] as string) +
    (HEX[(b >>> 8) & 255] as string) +
    (HEX[b & 255] as string) +
    (HEX[a >>> 24] as string) +
    (HEX[(a >>> 16) & 255] as string) +
    (HEX[(a >>> 8) & 255] as string) +
    (HEX[a & 255] as string)
  );
}
