// Which attacks the player can order from where the units stand: the enemy hexes a selected
// unit can strike at, and for one target every unit of the side that reaches it, each either
// able to join (ticked at first, up to MAX_ATTACKERS) or not, with the engine's reason why.

import { MAX_ATTACKERS, attackOptions, attackReachOf, distance, templateOf, validate, type HexId, type HexMap, type PlayerView, type Side, type Unit } from "../engine";

export function reaches(map: HexMap, unit: Unit, target: HexId): boolean {
  if (unit.hex < 0) return false;
  const d = distance(map, unit.hex, target);
  return d >= 1 && d <= attackReachOf(templateOf(unit.template));
}

/** Enemy units the viewer can see in `hex` (a player view holds no others). */
export function enemiesAt(view: PlayerView, hex: HexId): Unit[] {
  return view.units.filter((u) => u.side !== view.viewer && u.hex === hex && u.condition !== "destroyed");
}

/**
 * The hexes of seen enemies `unit` reaches, nearest first: where clicking opens the attack
 * panel and what T steps through. Whether the unit may attack now is for the panel to say.
 */
export function targetsOf(map: HexMap, view: PlayerView, unit: Unit): HexId[] {
  const hexes = new Set<HexId>();
  for (const u of view.units) {
    if (u.side !== unit.side && u.hex >= 0 && u.condition !== "destroyed" && reaches(map, unit, u.hex)) hexes.add(u.hex);
  }
  return [...hexes].sort((a, b) => distance(map, unit.hex, a) - distance(map, unit.hex, b) || a - b);
}

export interface Candidate {
  unit: Unit;
  /** Hexes from the target. */
  distance: number;
  /** Whether it may join: the engine accepts it (guns alone are refused only as a whole attack). */
  able: boolean;
  /** The engine's sentence for why it may not join, or why it is left out; null when it may. */
  reason: string | null;
  /** Ticked when the panel opens: every able unit, in the engine's order, up to MAX_ATTACKERS. */
  ticked: boolean;
}

/** Every unit of `side` that reaches `target`, those that can join first. */
export function attackCandidates(map: HexMap, view: PlayerView, side: Side, target: HexId): Candidate[] {
  const option = attackOptions(map, view, side).find((o) => o.target === target);
  const chosen = option?.units ?? [];
  const out: Candidate[] = [];
  for (const unit of view.units) {
    if (unit.side !== side || unit.condition === "destroyed" || !reaches(map, unit, target)) continue;
    const d = distance(map, unit.hex, target);
    if (chosen.includes(unit.id)) {
      out.push({ unit, distance: d, able: true, reason: null, ticked: true });
      continue;
    }
    // Asking the engine about this unit alone gives its own reason, such as "has already attacked".
    // (validate, not previewCombat: the reason is all that is wanted, not a distribution.)
    const alone = validate(view, { type: "attack", side, units: [unit.id], target });
    const able = alone.ok || alone.code === "attack/guns-only";
    if (!alone.ok && !able) {
      out.push({ unit, distance: d, able, reason: alone.message, ticked: false });
      continue;
    }
    // Able yet left out by attackOptions: either the attack is full, or only guns reach the
    // target (then ticking them lets the preview say why guns alone will not do).
    const full = chosen.length >= MAX_ATTACKERS;
    out.push({ unit, distance: d, able, reason: full ? `At most ${MAX_ATTACKERS} units may join one attack.` : null, ticked: !full });
  }
  const order = (c: Candidate): number => (c.ticked ? 0 : c.able ? 1 : 2);
  return out.sort((a, b) => order(a) - order(b) || a.distance - b.distance);
}

/** The units ticked at first, as the attack command names them. */
export function tickedUnits(candidates: readonly Candidate[]): string[] {
  return candidates.filter((c) => c.ticked).map((c) => c.unit.id);
}
