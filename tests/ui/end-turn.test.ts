// The end-turn check: which units could still act, and the question that names them.

import { describe, expect, it } from "vitest";
import { playerView } from "../../src/engine";
import { endTurnQuestion, idleUnits } from "../../src/ui/end-turn";
import { ATTACKER, contactSession, newSession } from "./fixture";

describe("ending a turn with units that could still act", () => {
  it("counts every unit of the side to move at the start", () => {
    const session = newSession();
    const view = playerView(session.state, "red");
    expect(idleUnits(view).map((u) => u.id)).toEqual(view.units.filter((u) => u.side === "red").map((u) => u.id));
  });

  it("leaves out a unit that has moved, and the enemy's units", () => {
    const session = contactSession();
    const view = playerView(session.state, "red");
    const idle = idleUnits(view);
    expect(idle.map((u) => u.id)).not.toContain(ATTACKER);
    expect(idle.every((u) => u.side === "red")).toBe(true);
  });

  it("names the first few units and how many more there are", () => {
    const view = playerView(newSession().state, "red");
    const idle = idleUnits(view);
    const question = endTurnQuestion(view, idle);
    expect(question).toMatch(new RegExp(`^${idle.length} of your units have not moved or attacked this turn and could still do so: `));
    expect(question).toContain(`; and ${idle.length - 4} more. End Red's turn anyway?`);
    expect(endTurnQuestion(view, idle.slice(0, 1))).toBe(`One of your units has not moved or attacked this turn and could still do so: ${idle[0]?.name}. End Red's turn anyway?`);
  });
});
