// A unit's condition in words for the selected-unit panel: its mass against what it is
// authorised, cohesion and readiness, stocks in days, supply and its defensive posture.
// Pure, so the wording is tested in Node.

import { FORTIFIED_AFTER, FULL_STOCKS, POSTURE_FACTOR, POSTURE_LOSS, PREPARED_AFTER, describeSupply, dugIn, ladderStep, postureOf, templateOf, type BoardState, type LadderStep, type Posture, type Stance, type Unit } from "../engine";
import { factor } from "./combat-text";

export interface StatusRow {
  label: string;
  value: string;
}

/** "742 of 800 (93 %)"; authorised 0 with something on hand reads "3 (none authorised)". */
export function ofAuthorised(now: number, authorised: number): string {
  if (authorised <= 0) return now > 0 ? `${now.toLocaleString("en-GB")} (none authorised)` : "none";
  return `${now.toLocaleString("en-GB")} of ${authorised.toLocaleString("en-GB")} (${Math.round((100 * now) / authorised)} %)`;
}

/** Stocks are kept in tenths of a day: "2.6 of 3.0 days". */
export function stockDays(tenths: number): string {
  return `${(tenths / 10).toFixed(1)} of ${(FULL_STOCKS / 10).toFixed(1)} days`;
}

/** The mass rows: personnel always, equipment only where the unit has or should have some. */
export function massRows(unit: Unit): StatusRow[] {
  const t = templateOf(unit.template);
  const rows: StatusRow[] = [{ label: "Personnel", value: ofAuthorised(unit.personnel, t.personnel) }];
  if (t.tanks > 0 || unit.tanks > 0) rows.push({ label: "Tanks", value: ofAuthorised(unit.tanks, t.tanks) });
  if (t.ifvs > 0 || unit.ifvs > 0) rows.push({ label: "IFVs", value: ofAuthorised(unit.ifvs, t.ifvs) });
  if (t.artillery > 0 || unit.artillery > 0) rows.push({ label: "Artillery", value: ofAuthorised(unit.artillery, t.artillery) });
  return rows;
}

/** How each stance defends, from the engine's own posture factors so the panel never disagrees with it. */
export const STANCE_LABELS: Readonly<Record<Stance, { label: string; meaning: string }>> = {
  defend: {
    label: "Defend",
    meaning: `digs in: defence ${factor(POSTURE_FACTOR.hasty)} at first, up to ${factor(POSTURE_FACTOR.fortified)} once fortified`,
  },
  delay: {
    label: "Delay",
    meaning: `defence ${factor(POSTURE_FACTOR.delay)}, but only ${Math.round(POSTURE_LOSS.delay.defender * 100)} % of a hasty defence's losses`,
  },
  withdraw: {
    label: "Withdraw",
    meaning: `defence ${factor(POSTURE_FACTOR.withdrawal)}, ${Math.round(POSTURE_LOSS.withdrawal.defender * 100)} % of a hasty defence's losses`,
  },
};

/**
 * The posture the unit would defend in now, and why: dug in for how long and what comes next.
 * `state` only needs the clock fields, so a player view works.
 */
export function postureText(state: Pick<BoardState, "turn" | "order" | "active">, unit: Unit): string {
  const posture: Posture = postureOf(state, unit);
  if (posture === "delay") return "delay: it gives ground rather than hold at any cost";
  if (posture === "withdrawal") return "withdrawal: it falls back when attacked";
  const dug = dugIn(state, unit);
  if (dug < 0) return `${posture}: it moved this turn, so it starts digging in from here`;
  const turns = `${dug} full turn${dug === 1 ? "" : "s"}`;
  if (posture === "fortified") return `fortified: it has stood for ${turns}`;
  const next = posture === "hasty" ? `prepared after ${PREPARED_AFTER}` : `fortified after ${FORTIFIED_AFTER}`;
  return `${posture}: it has stood for ${turns}; ${next}`;
}

/** Supply as the engine words it; the ladder step is kept so the panel can mark a unit cut off. */
export function unitSupply(unit: Unit): { step: LadderStep; cutOff: boolean; sentence: string } {
  const step = ladderStep(unit);
  return { step, cutOff: step !== "supplied", sentence: describeSupply(unit) };
}

/** Everything the panel lists about one of the player's own units, after its name and place. */
export function ownUnitRows(state: Pick<BoardState, "turn" | "order" | "active">, unit: Unit): StatusRow[] {
  const condition = unit.condition === "broken" ? " (broken: it cannot attack until it rallies)" : "";
  return [
    ...massRows(unit),
    { label: "Cohesion", value: `${unit.cohesion} %${condition}` },
    { label: "Readiness", value: `${unit.readiness} %` },
    { label: "Fuel", value: stockDays(unit.fuel) },
    { label: "Ammunition", value: stockDays(unit.ammo) },
    { label: "Posture", value: postureText(state, unit) },
  ];
}
