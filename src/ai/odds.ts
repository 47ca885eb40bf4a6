// Quick odds for the computer player: the engine's own combat-power tally for an attack, as
// the attacking side can see it, turned into the chance of success. It skips the preview's
// 400-sample loss distribution, which the AI does not need to rank attacks.

import {
  attackerPower,
  defenderPower,
  engagementOf,
  successChance,
  unitById,
  type AttackCommand,
  type HexMap,
  type PlayerView,
  type Unit,
} from "../engine";

/** The chance that `cmd` carries its target, from what `view` shows; 0 when there is nothing to attack. */
export function attackChance(map: HexMap, view: PlayerView, cmd: AttackCommand): number {
  const attackers: Unit[] = [];
  for (const id of cmd.units) {
    const unit = unitById(view, id);
    if (unit) attackers.push(unit);
  }
  const defenders = view.units.filter((u) => u.hex === cmd.target && u.side !== cmd.side);
  if (attackers.length === 0 || defenders.length === 0) return 0;
  const e = engagementOf(map, view, cmd.side, cmd.target, { attackers, defenders });
  const defence = defenderPower(e).power;
  return defence <= 0 ? 1 : successChance(attackerPower(e).power / defence);
}
