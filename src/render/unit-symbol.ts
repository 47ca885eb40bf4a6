// What a unit counter shows, worked out without drawing anything: the APP-6 (D) symbol code
// for its template as the viewer sees it, its strength against the template, and its supply.
// Pure, so it is tested in Node; milsymbol turns the code into a picture (symbol-textures.ts).

import { templateOf, type Arm, type Echelon, type Side, type Unit, type UnitTemplate } from "../engine";
import { SIDE_COLOURS, css } from "./palette";

/**
 * APP-6 D land-unit entity (6 digits) and sector-1/sector-2 modifiers (2 digits each) per arm,
 * from the standard's symbol set 10 as milsymbol 3.0.4 draws it
 * (milsymbol/src/numbersidc/sidc/landunit.js).
 */
const ARM_ICONS: Readonly<Record<Arm, { entity: string; m1: string; m2: string }>> = {
  infantry: { entity: "121100", m1: "00", m2: "00" },
  // "Infantry, armoured/mechanised/tracked": the armour oval round the infantry cross.
  mechanised: { entity: "121102", m1: "00", m2: "00" },
  armour: { entity: "120500", m1: "00", m2: "00" },
  // Infantry with the sector-2 airborne modifier (the parachute arc under the cross).
  airborne: { entity: "121100", m1: "00", m2: "01" },
  // "Infantry, amphibious": the wave under the cross that NATO marks marines and naval infantry with.
  marine: { entity: "121101", m1: "00", m2: "00" },
  artillery: { entity: "130300", m1: "00", m2: "00" },
  // Field artillery with the sector-1 "multiple rocket launcher" modifier.
  rocket: { entity: "130300", m1: "41", m2: "00" },
  "air-defence": { entity: "130100", m1: "00", m2: "00" },
  recon: { entity: "121300", m1: "00", m2: "00" },
  // Command and control; the headquarters digit adds the staff.
  headquarters: { entity: "110000", m1: "00", m2: "00" },
};

/** Tracked guns are self-propelled artillery, which APP-6 D draws with its own entity. */
const SELF_PROPELLED_ARTILLERY = "130301";

/** APP-6 D echelon amplifiers (the marks above the frame). */
const ECHELONS: Readonly<Record<Echelon, string>> = {
  company: "15",
  battalion: "16",
  regiment: "17",
  brigade: "18",
  division: "21",
};

/** Standard identity digits: 3 friend, 6 hostile (context 0, reality). */
const IDENTITY = { friend: "03", hostile: "06" } as const;

/**
 * The 20-digit APP-6 D symbol code of a unit of `template` belonging to `side`, as `viewer`
 * sees it: friend for the viewer's own side, hostile for the other. The frame's shape (a
 * rectangle or a diamond) follows from the identity, so it tells "mine" from "theirs" without colour.
 */
export function symbolCode(template: UnitTemplate, side: Side, viewer: Side): string {
  const icon = ARM_ICONS[template.arm];
  const entity = template.arm === "artillery" && template.movement === "tracked" ? SELF_PROPELLED_ARTILLERY : icon.entity;
  const identity = side === viewer ? IDENTITY.friend : IDENTITY.hostile;
  const headquarters = template.arm === "headquarters" ? "2" : "0";
  // version 10 (APP-6 D), identity, symbol set 10 (land unit), status 0 (present), HQ/TF/dummy, echelon.
  return `10${identity}100${headquarters}${ECHELONS[template.echelon]}${entity}${icon.m1}${icon.m2}`;
}

/** The light fill of a side's symbols: its palette colour mixed half with white, so black icons read on it. */
export function symbolFill(side: Side): string {
  const c = SIDE_COLOURS[side];
  const mix = (shift: number): number => Math.round((((c >> shift) & 255) + 255) / 2);
  return css((mix(16) << 16) | (mix(8) << 8) | mix(0));
}

export interface SymbolSpec {
  /** Texture cache key: everything that changes the picture. */
  key: string;
  sidc: string;
  fill: string;
  /** Text beside the frame: the fielding nation's ISO code. */
  nation: string;
}

/**
 * The symbol for a unit as `viewer` sees it. The fill follows the unit's side, not its
 * identity: in hot-seat play both players look at one screen, and a red unit stays orange and
 * a blue unit blue whoever is at the screen, while the frame's shape says whose it is.
 */
export function symbolSpec(unit: Pick<Unit, "template" | "side" | "nation">, viewer: Side): SymbolSpec {
  const sidc = symbolCode(templateOf(unit.template), unit.side, viewer);
  const fill = symbolFill(unit.side);
  return { key: `app6:${sidc}:${fill}:${unit.nation}`, sidc, fill, nation: unit.nation };
}

/** Personnel as a share (0–1) of the template's authorised personnel. */
export function strengthShare(unit: Pick<Unit, "template" | "personnel">): number {
  const authorised = templateOf(unit.template).personnel;
  if (authorised <= 0) return 1;
  return Math.min(1, Math.max(0, unit.personnel / authorised));
}

export type SupplyMark = "in" | "short" | "out";

/**
 * A unit's supply marker: the worse of where it stands now (the traced route to its hex) and
 * its record (turns already spent unsupplied, the engine's ladder). A unit cut off last turn
 * whose route is open again still shows "out" until the next upkeep clears the record.
 */
export function supplyMark(status: "traced" | "short" | "out", unsupplied: number): SupplyMark {
  if (status === "out" || unsupplied > 0) return "out";
  return status === "short" ? "short" : "in";
}
