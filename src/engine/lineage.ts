// Where an array came from: the array it was copied from and the positions that changed.
// Commands record it when they replace the units array, so the occupancy index and the
// state hash can update in proportion to what changed instead of scanning every unit.

export interface Derivation {
  base: readonly unknown[];
  changed: readonly number[];
}

// A bounded Map rather than a WeakMap: insertions into a WeakMap cost ~1 µs in V8, and only
// the most recent arrays are ever asked about. Entries are dropped oldest first.
const LIMIT = 128;
const lineage = new Map<readonly unknown[], Derivation>();

export function noteDerived(next: readonly unknown[], base: readonly unknown[], changed: readonly number[]): void {
  // One link only: were `base` to keep its own base, the newest state would hold every
  // units array of the game in memory through this table.
  lineage.delete(base);
  if (next.length !== base.length) return;
  if (lineage.size >= LIMIT) {
    const oldest = lineage.keys().next();
    if (!oldest.done) lineage.delete(oldest.value);
  }
  lineage.set(next, { base, changed });
}

export function derivationOf(array: readonly unknown[]): Derivation | undefined {
  return lineage.get(array);
}
