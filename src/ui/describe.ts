// Plain sentences for the event log and the panels: events, commands and places on the map.

import { countryName } from "../render/country-names";
import { sideLabel, clockLabel, countryOf, distance, mapOf, formatHours, unitById, type BoardState, type Command, type GameEvent, type HexId, type HexMap } from "../engine";

/** The side's name in sentences (the engine's sideLabel, under the name the panels use). */
export const sideName = sideLabel;

const NEAR = 4;


/** "Tartu", "near Tartu" (within a few hexes of a town) or "hex 1234". */
export function placeName(map: HexMap, hex: HexId): string {
  const here = map.cities[hex];
  if (here) return here.name;
  let best: { name: string; d: number } | null = null;
  for (const [key, city] of Object.entries(map.cities)) {
    const d = distance(map, hex, Number(key));
    if (d <= NEAR && (!best || d < best.d)) best = { name: city.name, d };
  }
  if (best) return `near ${best.name}`;
  const country = countryOf(map, hex);
  if (!country) return `hex ${hex}`;
  return `hex ${hex} in ${countryName(country)}`;
}

/** "to Tartu" / "to a hex near Tartu" / "at hex 1234" … for use inside a sentence. */
function placePhrase(map: HexMap, hex: HexId, prep: "to" | "at"): string {
  const name = placeName(map, hex);
  if (!name.startsWith("near ")) return `${prep} ${name}`;
  return prep === "to" ? `to a hex ${name}` : name;
}

function unitName(state: BoardState, id: string, fallback: string): string {
  return unitById(state, id)?.name ?? fallback;
}

/** One sentence for one event; `state` is the state after the event (for names). */
export function describeEvent(event: GameEvent, state: BoardState, map: HexMap): string {
  switch (event.type) {
    case "unit-moved": {
      const n = event.path.length;
      return `${unitName(state, event.unit, event.unit)} moved ${n} hex${n === 1 ? "" : "es"} ${placePhrase(map, event.to, "to")} (${formatHours(event.cost)}).`;
    }
    case "move-interrupted": {
      const who = unitName(state, event.unit, event.unit);
      const by = unitName(state, event.by, "an enemy unit");
      return event.reason === "enemy-zoc"
        ? `${who} ran into the zone of control of ${by} and stopped ${placePhrase(map, event.at, "at")}.`
        : `${who} found ${by} in its way and stopped ${placePhrase(map, event.at, "at")}.`;
    }
    case "hex-captured":
      return `${sideName(event.side)} took ${event.name ?? placeName(map, event.hex)}.`;
    case "turn-ended":
      // When time runs out the engine hands the turn to nobody new: the same side is named next.
      if (event.next === event.side) return `${sideName(event.side)} ended the last turn.`;
      return `${sideName(event.side)} ended its turn; ${sideName(event.next)} to play (turn ${event.turn}, ${clockLabel(event.hour)}).`;
    case "combat-resolved": {
      const target = placeName(map, event.target);
      const odds = `${event.ratio.toFixed(2)}:1, ${Math.round(event.successChance * 100)} % chance`;
      const outcome = event.success ? `${sideName(event.side)} carried the attack on ${target}` : `${sideName(event.side)}'s attack on ${target} failed`;
      const defenders = event.result === "held" ? "the defenders held" : event.result === "retreated" ? "the defenders fell back" : "the defenders were routed";
      return `${outcome} (${odds}); ${defenders}. Losses: attacker ${event.attackerLosses.personnel} personnel (${event.attackerLosses.pct} %, ${event.percentile.attacker}th percentile), defender ${event.defenderLosses.personnel} (${event.defenderLosses.pct} %, ${event.percentile.defender}th percentile).`;
    }
    case "unit-retreated":
      return `${unitName(state, event.unit, event.unit)} fell back ${placePhrase(map, event.to, "to")}.`;
    case "unit-broken":
      return `${unitName(state, event.unit, event.unit)} broke ${placePhrase(map, event.at, "at")}.`;
    case "unit-rallied":
      return `${unitName(state, event.unit, event.unit)} rallied ${placePhrase(map, event.at, "at")}.`;
    case "unit-arrived": {
      const how = { air: "flew in", sea: "landed", rail: "came by rail", road: "drove in" }[event.by];
      return `${unitName(state, event.unit, event.unit)} ${how} ${placePhrase(map, event.at, "at")}${event.late ? " (delayed or diverted: its entry was held or full)" : ""}.`;
    }
    case "unit-destroyed":
      return `${unitName(state, event.unit, event.unit)} was lost ${placePhrase(map, event.at, "at")}: ${event.reason}.`;
    case "stance-set":
      return `${unitName(state, event.unit, event.unit)} now stands to ${event.stance}.`;
    case "mission-flown": {
      const what = event.kind === "support" ? "support" : event.kind === "interdict" ? "interdiction" : "strike";
      const hit = event.losses ? `, ${event.losses.personnel} personnel lost` : "";
      return `${sideName(event.side)} flew ${event.amount} ${event.asset === "air" ? "air" : "fire"} ${what} mission${event.amount === 1 ? "" : "s"} ${placePhrase(map, event.hex, "at")} (${event.effectiveness} % effective${hit}).`;
    }
    case "supply-changed": {
      const parts: string[] = [];
      if (event.cut.length > 0) parts.push(`${event.cut.length} unit${event.cut.length === 1 ? "" : "s"} cut off from supply`);
      if (event.restored.length > 0) parts.push(`${event.restored.length} back in supply`);
      return `${sideName(event.side)}: ${parts.join(", ")}.`;
    }
    case "game-over":
      return event.winner === "none" ? `Game over, no winner: ${event.reason}` : `Game over: ${sideName(event.winner)} wins. ${event.reason}`;
  }
}

/** What a command was, for "took back …"; `state` is the state the command was given in. */
export function describeCommand(cmd: Command, state: BoardState): string {
  switch (cmd.type) {
    case "end-turn":
      return `${sideName(cmd.side)}'s end of turn`;
    case "move":
      return `the move of ${unitName(state, cmd.unit, cmd.unit)}`;
    case "set-stance":
      return `the stance of ${unitName(state, cmd.unit, cmd.unit)}`;
    case "attack":
      return `the attack on ${placeName(mapOf(state), cmd.target)}`;
    case "mission":
      return `the ${cmd.kind} mission`;
  }
}
