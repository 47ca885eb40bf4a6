// What each strategic overlay marks, hex by hex, worked out from the viewer's view only (fog
// applies: an enemy the viewer has not found exerts no zone and bends no front line). Pure and
// Phaser-free, computed once per view; the board paints the answers (strategic-overlays.ts).

import { isRangedTemplate, isWater, knownZoc, landSteps, reachable, supplyStatus, templateOf, traceSupply, type HexId, type HexMap, type PlayerView, type Unit } from "../engine";

export const SUPPLY_TRACED = 1;
export const SUPPLY_SHORT = 2;
export const SUPPLY_OUT = 3;
/** "Out of supply" is shaded only this many hexes around the viewer's units, not over all enemy land. */
export const OUT_NEAR = 4;

export const ENEMY_THREAT = 1;
export const ENEMY_ZOC = 2;

/** The front line is drawn only where an enemy the viewer sees is at most this many hexes away. */
export const FRONT_DEPTH = 6;

const FAR = 0x7fffffff;

function onBoard(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.hex >= 0 && u.condition !== "destroyed");
}

/**
 * Marks (1) every hex within its radius of a start, by breadth-first steps over the whole
 * grid: on a hex grid with no holes the number of steps is the hex distance.
 */
function within(map: HexMap, starts: readonly { hex: HexId; radius: number }[]): Uint8Array {
  const out = new Uint8Array(map.size);
  const left = new Int16Array(map.size).fill(-1);
  let frontier: HexId[] = [];
  for (const s of starts) {
    if (s.hex < 0 || s.hex >= map.size || (left[s.hex] ?? -1) >= s.radius) continue;
    left[s.hex] = s.radius;
    out[s.hex] = 1;
    frontier.push(s.hex);
  }
  while (frontier.length > 0) {
    const next: HexId[] = [];
    for (const hex of frontier) {
      const r = (left[hex] ?? 0) - 1;
      if (r < 0) continue;
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n < 0 || (left[n] ?? -1) >= r) continue;
        left[n] = r;
        out[n] = 1;
        next.push(n);
      }
    }
    frontier = next;
  }
  return out;
}

/** landSteps with FAR where no land route leads, so that "nearer" comparisons need no case for it. */
function stepsOrFar(map: HexMap, starts: readonly HexId[]): Int32Array {
  return landSteps(map, starts).map((n) => (n < 0 ? FAR : n));
}

/**
 * The viewer's supply by hex: SUPPLY_TRACED or SUPPLY_SHORT wherever the engine traces it
 * (over land), SUPPLY_OUT on land it does not reach within OUT_NEAR of the viewer's units, 0
 * elsewhere. The trace runs over the view, so it is blocked only by enemies the viewer sees.
 */
export function supplyClasses(map: HexMap, view: PlayerView): Uint8Array {
  const trace = traceSupply(map, view, view.viewer);
  const own = onBoard(view.units).filter((u) => u.side === view.viewer);
  const near = within(map, own.map((u) => ({ hex: u.hex, radius: OUT_NEAR })));
  const out = new Uint8Array(map.size);
  for (let hex = 0; hex < map.size; hex++) {
    if (isWater(map, hex)) continue;
    const status = supplyStatus(trace, hex);
    if (status === "traced") out[hex] = SUPPLY_TRACED;
    else if (status === "short") out[hex] = SUPPLY_SHORT;
    else if (near[hex]) out[hex] = SUPPLY_OUT;
  }
  return out;
}

/**
 * Pressure from the enemies the viewer sees, by hex. ENEMY_ZOC: land next to one (where the
 * viewer's moves must stop, as the movement rules count it) and the enemy's own hex.
 * ENEMY_THREAT: what a ready enemy could attack next turn — for guns, hexes within their
 * reach of where they stand; for the rest, hexes next to anywhere a full turn's move takes them.
 */
export function enemyPressure(map: HexMap, view: PlayerView): Uint8Array {
  const out = new Uint8Array(map.size);
  const enemies = onBoard(view.units).filter((u) => u.side !== view.viewer);
  const guns: { hex: HexId; radius: number }[] = [];
  const mark = (hex: HexId, level: number): void => {
    if (hex >= 0 && !isWater(map, hex) && (out[hex] ?? 0) < level) out[hex] = level;
  };
  for (const enemy of enemies) {
    if (enemy.condition !== "ready") continue;
    const t = templateOf(enemy.template);
    if (isRangedTemplate(t)) {
      guns.push({ hex: enemy.hex, radius: t.reach });
      continue;
    }
    // Next turn it moves with its whole allowance, whatever it has left now.
    const reach = reachable(map, view, { ...enemy, mp: t.mp });
    for (const hex of reach.cost.keys()) {
      mark(hex, ENEMY_THREAT);
      for (let d = 0; d < 6; d++) mark(map.neighbours[hex * 6 + d] ?? -1, ENEMY_THREAT);
    }
  }
  const shelled = within(map, guns);
  for (let hex = 0; hex < map.size; hex++) if (shelled[hex]) mark(hex, ENEMY_THREAT);
  // The zones the engine's movement stops in, and the enemy's own hexes.
  const { enemyHex, zoc } = knownZoc(map, view, view.viewer);
  for (const hex of enemyHex) mark(hex, ENEMY_ZOC);
  for (const hex of zoc) mark(hex, ENEMY_ZOC);
  return out;
}

/** 1 where a unit of the viewer's could detect an enemy now (within its template's `detect`), 0 in the fog. */
export function observedHexes(map: HexMap, view: PlayerView): Uint8Array {
  const own = onBoard(view.units).filter((u) => u.side === view.viewer);
  return within(
    map,
    own.map((u) => ({ hex: u.hex, radius: templateOf(u.template).detect })),
  );
}

/** An edge of a hex: the one it shares with its neighbour in direction `dir`. */
export interface HexEdge {
  hex: HexId;
  dir: number;
}

/**
 * The front line as the viewer sees it: the edges between land nearer the viewer's units and
 * land at least as near the enemy units it sees, counting steps over land so that a gulf does
 * not join two shores. Zones of control would touch only where units stand next to each other
 * and leave gaps wherever the line is thin; the halfway boundary is continuous, like the front
 * on a situation map, and it moves when reconnaissance finds the enemy. It is drawn only within
 * FRONT_DEPTH of a seen enemy, so it does not wander through rear areas no one contests.
 */
export function frontLine(map: HexMap, view: PlayerView): HexEdge[] {
  const units = onBoard(view.units);
  const own = units.filter((u) => u.side === view.viewer).map((u) => u.hex);
  const enemy = units.filter((u) => u.side !== view.viewer).map((u) => u.hex);
  if (own.length === 0 || enemy.length === 0) return [];
  const toOwn = stepsOrFar(map, own);
  const toEnemy = stepsOrFar(map, enemy);
  const ours = (hex: HexId): boolean => (toOwn[hex] ?? FAR) < (toEnemy[hex] ?? FAR);
  const edges: HexEdge[] = [];
  for (let hex = 0; hex < map.size; hex++) {
    if ((toEnemy[hex] ?? FAR) > FRONT_DEPTH || !ours(hex)) continue;
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[hex * 6 + d] ?? -1;
      if (n < 0 || isWater(map, n) || (toEnemy[n] ?? FAR) === FAR || ours(n)) continue;
      edges.push({ hex, dir: d });
    }
  }
  return edges;
}
