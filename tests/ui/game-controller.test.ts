// The controller's new intents: a click on an enemy in reach asks for the attack panel
// instead of selecting the enemy, and N steps through the units that can still act.

import { describe, expect, it } from "vitest";
import { hash } from "../../src/engine";
import { GameController, type Notice } from "../../src/ui/game-controller";
import { ATTACKER, DEFENDER, TARGET_HEX, contactSession, newSession } from "./fixture";

function listen(controller: GameController): Notice[] {
  const seen: Notice[] = [];
  controller.subscribe((n) => seen.push(n));
  return seen;
}

describe("the controller's order intents", () => {
  it("asks for the attack panel when the selected unit's enemy neighbour is clicked, and changes nothing", () => {
    const controller = new GameController(contactSession());
    controller.select(ATTACKER);
    const before = hash(controller.state);
    const seen = listen(controller);
    controller.hexClicked(TARGET_HEX);
    expect(seen).toEqual([{ kind: "attack-requested", target: TARGET_HEX }]);
    expect(controller.selection()?.unit).toBe(ATTACKER);
    expect(controller.cursor()).toBe(TARGET_HEX);
    expect(hash(controller.state)).toBe(before);
  });

  it("selects the enemy instead when nothing of the player's is selected", () => {
    const controller = new GameController(contactSession());
    controller.hexClicked(TARGET_HEX);
    expect(controller.selection()?.unit).toBe(DEFENDER);
  });

  it("steps through the side's units that can still act with N, and back with Shift+N", () => {
    const controller = new GameController(newSession());
    const red = controller.state.units.filter((u) => u.side === "red");
    controller.selectNext(1);
    expect(controller.selection()?.unit).toBe(red[0]?.id);
    controller.selectNext(1);
    expect(controller.selection()?.unit).toBe(red[1]?.id);
    controller.selectNext(-1);
    controller.selectNext(-1);
    expect(controller.selection()?.unit).toBe(red[red.length - 1]?.id);
    expect(controller.cursor()).toBe(red[red.length - 1]?.hex);
  });

  it("passes a message to the panels with inform", () => {
    const controller = new GameController(newSession());
    const seen = listen(controller);
    controller.inform("Select one of your units first.");
    expect(seen).toEqual([{ kind: "info", message: "Select one of your units first." }]);
  });

  it("asks the board to show the unit N picks", () => {
    const controller = new GameController(newSession());
    const seen = listen(controller);
    controller.selectNext(1);
    const unit = controller.state.units.find((u) => u.id === controller.selection()?.unit);
    expect(seen).toContainEqual({ kind: "focus", hex: unit?.hex });
    expect(controller.cursor()).toBe(unit?.hex);
  });

  it("moves the cursor by grid columns and rows from the selected unit, and stops at the map's edge", () => {
    const controller = new GameController(newSession());
    const cols = controller.map.cols;
    controller.selectNext(1);
    const start = controller.cursor() ?? -1;
    controller.moveCursor(1, 0);
    expect(controller.cursor()).toBe(start + 1);
    controller.moveCursor(0, 1);
    expect(controller.cursor()).toBe(start + 1 + cols);
    controller.moveCursor(-1, -1);
    expect(controller.cursor()).toBe(start);
    for (let i = 0; i < controller.map.rows + 5; i++) controller.moveCursor(0, -1);
    expect(controller.cursor()).toBe(start % cols);
  });

  it("acts at the cursor as a click: Enter on a reachable hex moves the selected unit", () => {
    const controller = new GameController(contactSession());
    controller.select(ATTACKER);
    const reach = controller.selection()?.reach;
    const target = reach?.destinations.find((hex) => hex !== TARGET_HEX);
    if (target === undefined) throw new Error("the attacker can still move");
    controller.focus(target);
    controller.actAtCursor();
    expect(controller.state.units.find((u) => u.id === ATTACKER)?.hex).toBe(target);
  });

  it("says what to do when Enter is pressed with no cursor yet", () => {
    const controller = new GameController(newSession());
    const seen = listen(controller);
    controller.actAtCursor();
    expect(seen[0]?.kind).toBe("info");
    expect(controller.session.commands).toHaveLength(0);
  });

  it("against the computer, shows the person's side throughout and refuses their orders for the computer's side", () => {
    const controller = new GameController(newSession(), new Set(["red"] as const));
    expect(controller.state.active).toBe("red");
    expect(controller.view().viewer).toBe("blue");
    const seen = listen(controller);
    const result = controller.dispatch({ type: "end-turn", side: "red" });
    expect(result.rejection?.code).toBe("seat/computer");
    expect(seen).toEqual([{ kind: "rejected", command: { type: "end-turn", side: "red" }, rejection: result.rejection }]);
    controller.dispatchForComputer({ type: "end-turn", side: "red" }, "Red: main effort toward Riga.");
    expect(controller.state.active).toBe("blue");
    expect(seen.at(-1)).toEqual({ kind: "computer-said", side: "red", text: "Red: main effort toward Riga." });
    expect(controller.whyNoUndo()).toBe("The computer's orders stand: there is none of yours to take back.");
  });
});
