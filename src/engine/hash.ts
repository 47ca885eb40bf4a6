// A canonical hash of a state: key order does not matter, the same data gives the same hash
// in Node and every browser. Sub-objects are memoised by identity (states are frozen and
// share unchanged parts), so hashing after each command costs only what changed.

const memo = new WeakMap<object, string>();

/** 53-bit string hash (two 32-bit lanes of multiply-xor mixing), as 14 hex digits. */
function hashString(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

function leaf(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new Error(`cannot hash the number ${value}`);
      return String(Object.is(value, -0) ? 0 : value);
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      throw new Error(`cannot hash a ${typeof value}`);
  }
}

function digest(value: unknown): string {
  if (typeof value !== "object" || value === null) return leaf(value);
  const known = memo.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value)) {
    text = "[" + value.map(digest).join(",") + "]";
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] ?? "") < (keys[i] ?? "");
    if (!sorted) keys.sort();
    const parts: string[] = [];
    for (const k of keys) if (record[k] !== undefined) parts.push(JSON.stringify(k) + ":" + digest(record[k]));
    text = "{" + parts.join(",") + "}";
  }
  const h = hashString(text);
  if (Object.isFrozen(value)) memo.set(value, h);
  return h;
}

/** The canonical hash of any plain-JSON value, such as a GameState. */
export function hash(value: unknown): string {
  return digest(value);
}
