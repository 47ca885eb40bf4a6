// What the panel tells a side of its own coming reinforcements and of the losses at which it
// would give up the war. The view holds only the viewer's own arrivals, so nothing leaks.

import { TURN_HOURS, WAR_START_HOUR, clockLabel, lossPct, type HexMap, type PlayerView } from "../engine";
import { placeName, sideName } from "./describe";

const HOW = { air: "by air", sea: "by sea", rail: "by rail", road: "by road" } as const;

/** One line per unit still to come, soonest first: "2nd Cavalry Regiment: turn 6 (D+2 18:00), by road near Kalvarija." */
export function arrivalLines(map: HexMap, view: PlayerView): string[] {
  return view.arrivals
    .filter((a) => a.side === view.viewer)
    .map((a) => {
      const when = clockLabel(WAR_START_HOUR + (a.turn - 1) * TURN_HOURS.war);
      const place = placeName(map, a.hex);
      return `${a.name}: turn ${a.turn} (${when}), ${HOW[a.by]} ${place.startsWith("near ") ? place : `at ${place}`}.`;
    });
}

/** The viewer's own limit of losses, if the scenario sets one: "Red gives up the war at 25 % of its personnel lost (now 3 %)." */
export function lossLimitLine(view: PlayerView): string | null {
  const limit = view.lossLimits?.[view.viewer];
  if (limit === undefined) return null;
  return `${sideName(view.viewer)} gives up the war at ${limit} % of its personnel lost (now ${Math.floor(lossPct(view, view.viewer))} %).`;
}
