// Unit templates: what a formation is, what it has when at full strength, and how it moves.
// Scenarios refer to them by id; each unit starts with its template's authorised mass.
// The figures are authorised (table) values from open sources, named in `source`.

import type { MovementClass } from "./params";
import type { Side } from "./types";

export type Echelon = "company" | "battalion" | "regiment" | "brigade" | "division";
export type Arm =
  | "infantry"
  | "mechanised"
  | "armour"
  | "airborne"
  | "marine"
  | "artillery"
  | "rocket"
  | "air-defence"
  | "recon"
  | "headquarters";

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
  /** Authorised mass. Artillery counts tubes and launchers of 120 mm and up, mortars included. */
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
  /**
   * Combat effectiveness relative to a Russian motor-rifle unit of 2016 (100): training,
   * equipment quality, command. Dupuy's CEV; NATO armour rates about 1.1–1.2.
   */
  quality: number;
  /** Hexes over which its guns reach an attack (1 = only next door; artillery reaches further). */
  reach: number;
  /** Air-defence cover: radius in hexes and strength (0 when it has none worth counting). */
  airDefence: { radius: number; strength: number };
  source: string;
}

const NO_AD = { radius: 0, strength: 0 };

type Draft = Omit<UnitTemplate, "mp" | "detect" | "reach" | "airDefence"> & Partial<Pick<UnitTemplate, "mp" | "detect" | "reach" | "airDefence">>;

const BTG = "MODEL.md §4: a Russian BTG has 600–900 personnel, ~10 tanks, ~40 IFVs plus artillery";

const list: Draft[] = [
  // Red: the Russian Western Military District and Kaliningrad.
  { id: "ru-mr-btg", side: "red", label: "Motor-rifle BTG", arm: "mechanised", echelon: "battalion", movement: "tracked", stack: 1, personnel: 800, tanks: 10, ifvs: 40, artillery: 12, quality: 100, source: `${BTG}; a howitzer battery and an MRL battery attached` },
  { id: "ru-tank-btg", side: "red", label: "Tank BTG", arm: "armour", echelon: "battalion", movement: "tracked", stack: 1, personnel: 700, tanks: 31, ifvs: 10, artillery: 12, quality: 100, source: `${BTG}; built on a 31-tank battalion with a motor-rifle company` },
  { id: "ru-vdv-btg", side: "red", label: "VDV airborne BTG", arm: "airborne", echelon: "battalion", movement: "tracked", stack: 1, personnel: 700, tanks: 0, ifvs: 40, artillery: 6, quality: 110, source: `${BTG}; BMD-4 carriers, a 2S9 battery; elite manning` },
  { id: "ru-naval-inf-bn", side: "red", label: "Naval infantry BTG", arm: "marine", echelon: "battalion", movement: "wheeled", stack: 1, personnel: 650, tanks: 10, ifvs: 35, artillery: 6, quality: 105, source: `${BTG}; 336th Naval Infantry Brigade (Baltiysk), BTR-82A carriers` },
  { id: "ru-recon-bn", side: "red", label: "Reconnaissance battalion", arm: "recon", echelon: "battalion", movement: "wheeled", stack: 1, detect: 3, personnel: 450, tanks: 0, ifvs: 30, artillery: 0, quality: 105, source: "Russian brigade reconnaissance battalion, BTR and BRDM carriers (IISS Military Balance)" },
  { id: "ru-mr-brigade", side: "red", label: "Motor-rifle brigade", arm: "mechanised", echelon: "brigade", movement: "tracked", stack: 3, personnel: 4500, tanks: 41, ifvs: 129, artillery: 54, quality: 100, source: "Russian separate motor-rifle brigade, 2009 table: 3 MR battalions, a tank battalion, 2 SP howitzer battalions and an MRL battalion (IISS; Grau & Bartles, The Russian Way of War, 2016)" },
  { id: "ru-mr-regiment", side: "red", label: "Motor-rifle regiment", arm: "mechanised", echelon: "regiment", movement: "tracked", stack: 3, personnel: 2200, tanks: 31, ifvs: 120, artillery: 18, quality: 100, source: "Russian divisional motor-rifle regiment: 3 MR battalions, a tank battalion, an SP howitzer battalion (Grau & Bartles 2016)" },
  { id: "ru-tank-regiment", side: "red", label: "Tank regiment", arm: "armour", echelon: "regiment", movement: "tracked", stack: 3, personnel: 1600, tanks: 94, ifvs: 40, artillery: 18, quality: 100, source: "Russian tank regiment: 3 tank battalions of 31, a motor-rifle battalion, an SP howitzer battalion (Grau & Bartles 2016)" },
  { id: "ru-artillery-brigade", side: "red", label: "Artillery brigade", arm: "artillery", echelon: "brigade", movement: "tracked", stack: 3, reach: 3, personnel: 1800, tanks: 0, ifvs: 0, artillery: 72, quality: 100, source: "Russian army-level artillery brigade: 2S19 and 2S7 battalions with a BM-27 battalion (Grau & Bartles 2016)" },
  { id: "ru-mrl-brigade", side: "red", label: "Rocket artillery brigade", arm: "rocket", echelon: "brigade", movement: "wheeled", stack: 3, reach: 5, personnel: 1400, tanks: 0, ifvs: 0, artillery: 36, quality: 100, source: "Russian MRL brigade: 3 battalions of 12 BM-30 Smerch or Tornado-S (IISS)" },
  { id: "ru-sam-brigade", side: "red", label: "Air-defence brigade", arm: "air-defence", echelon: "brigade", movement: "wheeled", stack: 3, airDefence: { radius: 6, strength: 3 }, personnel: 1200, tanks: 0, ifvs: 0, artillery: 0, quality: 100, source: "Russian army air-defence brigade: Buk-M2/M3, engagement range ~50–70 km (IISS)" },
  { id: "ru-army-hq", side: "red", label: "Army headquarters", arm: "headquarters", echelon: "division", movement: "wheeled", stack: 1, personnel: 900, tanks: 0, ifvs: 10, artillery: 0, quality: 100, source: "Combined-arms army headquarters with its signal brigade element (Grau & Bartles 2016)" },
  // Blue: the Baltic states, NATO's forward forces and the allies behind them.
  { id: "baltic-inf-bn", side: "blue", label: "Light infantry battalion", arm: "infantry", echelon: "battalion", movement: "wheeled", stack: 1, personnel: 650, tanks: 0, ifvs: 0, artillery: 6, quality: 90, source: "Baltic conscript/reserve infantry battalion: wheeled, 120 mm mortars, Javelin and Carl Gustaf anti-armour (Estonian, Latvian, Lithuanian defence ministries)" },
  { id: "baltic-inf-brigade", side: "blue", label: "Infantry brigade", arm: "infantry", echelon: "brigade", movement: "wheeled", stack: 3, personnel: 4000, tanks: 0, ifvs: 44, artillery: 30, quality: 90, source: "Estonian 1st Infantry Brigade in war organisation: 3 infantry battalions, CV90 scouts, K9 and FH-70 howitzers, mortars (Estonian Defence Forces)" },
  { id: "baltic-mech-brigade", side: "blue", label: "Mechanised infantry brigade", arm: "mechanised", echelon: "brigade", movement: "wheeled", stack: 3, personnel: 3500, tanks: 0, ifvs: 90, artillery: 24, quality: 95, source: "Lithuanian Iron Wolf brigade: Vilkas (Boxer) battalions, PzH 2000 (Lithuanian Armed Forces)" },
  { id: "nato-mech-bn", side: "blue", label: "Mechanised battlegroup", arm: "mechanised", echelon: "battalion", movement: "tracked", stack: 1, personnel: 1100, tanks: 14, ifvs: 30, artillery: 6, quality: 110, source: "NATO enhanced Forward Presence battlegroup, about 1,100 personnel with a tank company (NATO)" },
  { id: "nato-mech-brigade", side: "blue", label: "Mechanised brigade", arm: "mechanised", echelon: "brigade", movement: "tracked", stack: 3, personnel: 4500, tanks: 44, ifvs: 120, artillery: 24, quality: 110, source: "European mechanised brigade: a tank battalion, 2–3 IFV battalions, an SP artillery battalion (Polish and Swedish tables)" },
  { id: "nato-armd-brigade", side: "blue", label: "Armoured brigade", arm: "armour", echelon: "brigade", movement: "tracked", stack: 3, personnel: 4200, tanks: 87, ifvs: 152, artillery: 18, quality: 115, source: "US armoured brigade combat team: 87 M1 Abrams, 152 Bradleys, 18 M109 Paladins (US Army FM 3-96)" },
  { id: "de-panzer-brigade", side: "blue", label: "Panzer brigade", arm: "armour", echelon: "brigade", movement: "tracked", stack: 3, personnel: 4800, tanks: 44, ifvs: 88, artillery: 24, quality: 115, source: "German Panzerbrigade 45 (Lithuania): Leopard 2 and Puma battalions, 4,800 at full strength by end 2027 (MODEL.md §4)" },
  { id: "us-stryker-brigade", side: "blue", label: "Stryker brigade", arm: "mechanised", echelon: "brigade", movement: "wheeled", stack: 3, personnel: 4500, tanks: 0, ifvs: 130, artillery: 18, quality: 110, source: "US Stryker brigade combat team: 3 Stryker infantry battalions, 18 M777 (US Army FM 3-96); Strykers counted as IFVs only where armed" },
  { id: "us-airborne-coy", side: "blue", label: "Airborne company", arm: "airborne", echelon: "company", movement: "foot", stack: 1, personnel: 140, tanks: 0, ifvs: 0, artillery: 0, quality: 115, source: "US Army airborne rifle company, 173rd Airborne Brigade rotations in the Baltic states" },
  { id: "nato-artillery-bn", side: "blue", label: "Artillery battalion", arm: "artillery", echelon: "battalion", movement: "tracked", stack: 1, reach: 3, personnel: 500, tanks: 0, ifvs: 0, artillery: 18, quality: 110, source: "NATO SP howitzer battalion: 18 PzH 2000, K9 or M109 (national tables)" },
  { id: "nato-rocket-bn", side: "blue", label: "Rocket artillery battalion", arm: "rocket", echelon: "battalion", movement: "wheeled", stack: 1, reach: 6, personnel: 400, tanks: 0, ifvs: 0, artillery: 16, quality: 115, source: "HIMARS or M270 battalion, 16–18 launchers (US Army; Polish Homar-A)" },
  { id: "nato-sam-bn", side: "blue", label: "Air-defence battalion", arm: "air-defence", echelon: "battalion", movement: "wheeled", stack: 1, airDefence: { radius: 8, strength: 3 }, personnel: 600, tanks: 0, ifvs: 0, artillery: 0, quality: 110, source: "Patriot or NASAMS battalion, engagement ranges 40–100 km (national tables)" },
  { id: "nato-hq", side: "blue", label: "Division headquarters", arm: "headquarters", echelon: "division", movement: "wheeled", stack: 1, personnel: 800, tanks: 0, ifvs: 10, artillery: 0, quality: 110, source: "NATO division headquarters, e.g. Multinational Division North-East (NATO)" },
];

export const TEMPLATES: Readonly<Record<string, UnitTemplate>> = Object.freeze(
  Object.fromEntries(
    list.map((d) => {
      const t: UnitTemplate = { mp: 100, detect: 2, reach: 1, airDefence: NO_AD, ...d };
      return [t.id, Object.freeze(t)];
    }),
  ),
);

// The same templates in a Map: the rules look a template up for every unit they touch, and a
// Map look-up is cheaper than an own-property check on the frozen record. It has no prototype
// keys, so "constructor" is as unknown here as in TEMPLATES.
const byId: ReadonlyMap<string, UnitTemplate> = new Map(Object.entries(TEMPLATES));

export function templateOf(id: string): UnitTemplate {
  const t = byId.get(id);
  if (!t) throw new Error(`unknown unit template "${id}"`);
  return t;
}

/** Guns and rockets: they fire from afar, lose less in a fight, and cannot take ground alone. */
export function isRangedTemplate(t: UnitTemplate): boolean {
  return t.arm === "artillery" || t.arm === "rocket";
}

/** How far a unit of this template strikes in an attack: its guns' reach, or the next hex. */
export function attackReachOf(t: UnitTemplate): number {
  return isRangedTemplate(t) ? t.reach : 1;
}

/** A short kind for listings: "mechanised battalion". */
export function kindOf(t: UnitTemplate): string {
  return `${t.arm} ${t.echelon}`;
}
