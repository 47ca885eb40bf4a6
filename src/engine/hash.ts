// A canonical hash of a state: key order does not matter, the same data gives the same hash
// in Node and every browser. Object entries are combined by addition (order-free, so no
// sorting) and sub-objects are memoised by identity: states are frozen and share unchanged
// parts, so hashing after each command costs only what changed.

type Digest = { a: number; b: number };

const memo = new WeakMap<object, Digest>();
/** An object's digest as an entry under a key, memoised by the object it holds. */
const entryMemo = new WeakMap<object, { key: string; d: Digest }>();

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

/**
 * Arrays combine their items by addition, each item mixed with its position, so a new array
 * that differs from a recently hashed one in a few places (the units after a move) is hashed
 * by adjusting the old sum instead of visiting every item again.
 */
interface ArraySums {
  items: readonly unknown[];
  a: Uint32Array;
  b: Uint32Array;
  sumA: number;
  sumB: number;
}
const recentArrays: ArraySums[] = [];

const positions: Digest[] = [];

function itemContribution(index: number, item: unknown): Digest {
  const at = positions[index] ?? (positions[index] = ofString(String(index), 8));
  return chain(at, digest(item));
}

function arraySums(items: readonly unknown[]): ArraySums {
  const n = items.length;
  for (const old of recentArrays) {
    if (old.items.length !== n) continue;
    let changed = 0;
    for (let i = 0; i < n && changed * 2 <= n; i++) if (old.items[i] !== items[i]) changed++;
    if (changed * 2 > n) continue;
    const a = old.a.slice();
    const b = old.b.slice();
    let sumA = old.sumA;
    let sumB = old.sumB;
    for (let i = 0; i < n; i++) {
      if (old.items[i] === items[i]) continue;
      const c = itemContribution(i, items[i]);
      sumA = (sumA - (a[i] ?? 0) + c.a) >>> 0;
      sumB = (sumB - (b[i] ?? 0) + c.b) >>> 0;
      a[i] = c.a;
      b[i] = c.b;
    }
    return { items, a, b, sumA, sumB };
  }
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < n; i++) {
    const c = itemContribution(i, items[i]);
    a[i] = c.a;
    b[i] = c.b;
    sumA = (sumA + c.a) >>> 0;
    sumB = (sumB + c.b) >>> 0;
  }
  return { items, a, b, sumA, sumB };
}
const TAG_OBJECT: Digest = ofString("{object}", 2);

function leaf(value: unknown): Digest {
  if (value === null) return ofString("null", 3);
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new Error(`cannot hash the number ${value}`);
      return ofString(String(Object.is(value, -0) ? 0 : value), 4);
    case "string":
      return value.length <= 200 ? cachedString(stringCache, value, 5) : ofString(value, 5);
    case "boolean":
      return ofString(value ? "true" : "false", 6);
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
}

function entry(key: string, child: unknown): Digest {
  if (typeof child === "object" && child !== null) {
    const known = entryMemo.get(child);
    if (known !== undefined && known.key === key) return known.d;
    const d = chain(cachedString(keyCache, key, 7), digest(child));
    if (Object.isFrozen(child)) entryMemo.set(child, { key, d });
    return d;
  }
  return chain(cachedString(keyCache, key, 7), leaf(child));
}

function digest(value: unknown): Digest {
  if (typeof value !== "object" || value === null) return leaf(value);
  const known = memo.get(value);
  if (known !== undefined) return known;
  let d: Digest;
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    if (items.length < 16) {
      d = TAG_ARRAY;
      for (const item of items) d = chain(d, digest(item));
    } else {
      const sums = arraySums(items);
      if (Object.isFrozen(items)) {
        recentArrays.unshift(sums);
        if (recentArrays.length > 4) recentArrays.pop();
      }
      d = chain(TAG_ARRAY, { a: sums.sumA, b: sums.sumB });
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
      const e = entry(key, child);
      a = (a + e.a) >>> 0;
      b = (b + e.b) >>> 0;
      count++;
    }
    d = chain(chain(TAG_OBJECT, { a, b }), leaf(count));
  }
  if (Object.isFrozen(value)) memo.set(value, d);
  return d;
}

/** The canonical hash of any plain-JSON value (such as a GameState), as 14 hex digits. */
export function hash(value: unknown): string {
  const d = digest(value);
  return ((d.b & 0x1fffff) * 4294967296 + d.a).toString(16).padStart(14, "0");
}
