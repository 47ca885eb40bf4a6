// The set-stance command: a unit's chosen way of defending (defend, delay, withdraw).
// Changing it costs nothing; digging in continues for as long as the unit stands still.

import { OK, reject, type Handler } from "../handler";
import { unitById, unitIndex, withUnitChanges } from "../occupancy";
import { STANCES, type Command } from "../types";
import { canSee } from "./visibility";

export type StanceCommand = Extract<Command, { type: "set-stance" }>;

export const setStance: Handler<StanceCommand> = {
  validate(map, state, cmd) {
    if (!STANCES.includes(cmd.stance)) return reject("stance/unknown", `"${String(cmd.stance)}" is not a stance (${STANCES.join(", ")}).`);
    const unit = typeof cmd.unit === "string" ? unitById(state, cmd.unit) : undefined;
    if (!unit || (unit.side !== cmd.side && !canSee(map, state, cmd.side, unit))) return reject("unit/unknown", `There is no unit "${String(cmd.unit)}".`);
    if (unit.side !== cmd.side) return reject("unit/not-yours", `${unit.name} belongs to ${unit.side}, not ${cmd.side}.`);
    if (unit.hex < 0) return reject("stance/destroyed", `${unit.name} no longer exists.`);
    if (unit.stance === cmd.stance) return reject("stance/unchanged", `${unit.name} is already set to ${cmd.stance}.`);
    return OK;
  },
  resolve(_map, state, cmd) {
    const index = unitIndex(state, cmd.unit);
    return {
      events: [{ type: "stance-set", unit: cmd.unit, stance: cmd.stance }],
      write(draft) {
        draft.units = withUnitChanges(state.units, [[index, { stance: cmd.stance }]]);
      },
    };
  },
};
