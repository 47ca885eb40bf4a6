// Unit templates: what kind of formation a unit is and how it moves. The model issue adds
// personnel and equipment to these; scenarios refer to them by id.

import type { MovementClass } from "./params";
import type { Side } from "./types";

export type Echelon = "company" | "battalion" | "regiment" | "brigade" | "division";
export type Arm = "infantry" | "mechanised" | "armour" | "airborne" | "artillery" | "recon" | "headquarters";

export interface UnitTemplate {
  id: string;
  side: Side;
  label: string;
  arm: Arm;
  echelon: Echelon;
  movement: MovementClass;
  /** Movement allowance per 12-hour turn, tenths of an hour (100 = ten hours on the move). */
  mp: number;
  /** Stacking points (params.ts STACK_LIMIT). */
  stack: number;
  /** Detection range in hexes. */
  detect: number;
}

const list: UnitTemplate[] = [
  { id: "ru-mr-btg", side: "red", label: "Motor-rifle BTG", arm: "mechanised", echelon: "battalion", movement: "tracked", mp: 100, stack: 1, detect: 2 },
  { id: "ru-tank-btg", side: "red", label: "Tank BTG", arm: "armour", echelon: "battalion", movement: "tracked", mp: 100, stack: 1, detect: 2 },
  { id: "ru-vdv-btg", side: "red", label: "VDV airborne BTG", arm: "airborne", echelon: "battalion", movement: "tracked", mp: 100, stack: 1, detect: 2 },
  { id: "ru-mr-brigade", side: "red", label: "Motor-rifle brigade", arm: "mechanised", echelon: "brigade", movement: "tracked", mp: 100, stack: 3, detect: 2 },
  { id: "ru-recon-bn", side: "red", label: "Reconnaissance battalion", arm: "recon", echelon: "battalion", movement: "wheeled", mp: 100, stack: 1, detect: 3 },
  { id: "baltic-inf-bn", side: "blue", label: "Light infantry battalion", arm: "infantry", echelon: "battalion", movement: "wheeled", mp: 100, stack: 1, detect: 2 },
  { id: "baltic-inf-brigade", side: "blue", label: "Infantry brigade", arm: "infantry", echelon: "brigade", movement: "wheeled", mp: 100, stack: 3, detect: 2 },
  { id: "nato-mech-bn", side: "blue", label: "Mechanised battlegroup", arm: "mechanised", echelon: "battalion", movement: "tracked", mp: 100, stack: 1, detect: 2 },
  { id: "nato-armd-brigade", side: "blue", label: "Armoured brigade", arm: "armour", echelon: "brigade", movement: "tracked", mp: 100, stack: 3, detect: 2 },
  { id: "us-airborne-coy", side: "blue", label: "Airborne company", arm: "airborne", echelon: "company", movement: "foot", mp: 100, stack: 1, detect: 2 },
];

export const TEMPLATES: Readonly<Record<string, UnitTemplate>> = Object.fromEntries(list.map((t) => [t.id, t]));

export function templateOf(id: string): UnitTemplate {
  const t = Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined;
  if (!t) throw new Error(`unknown unit template "${id}"`);
  return t;
}
