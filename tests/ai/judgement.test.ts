// Pieces of the computer player's judgement, each on a small hand-made board: garrisons sized to
// the enemy near an objective, a garrison spared from counter-attacks while other enemies could
// assault it, a spearhead that ran ahead of its support counter-attacked, and air sorties left
// over from support spent on a strike rather than lost.

import { describe, expect, it } from "vitest";
import { AiPlayer } from "../../src/ai";
import { appreciate } from "../../src/ai/appreciation";
import { apply, mapOf, playerView, type Command, type GameState, type PlayerView, type Side } from "../../src/engine";
import { cellId, gridGame, gridMap, type Cell, type PieceSpec } from "../fixtures/grid";

/** Every command `side`'s standard player gives over its turn, applied as it goes. */
function turnOf(start: GameState, side: Side): Command[] {
  const player = new AiPlayer(side, { level: "standard", seed: "judgement" });
  const commands: Command[] = [];
  let state = start;
  for (let i = 0; i < 200; i++) {
    const command = player.next(playerView(state, side));
    commands.push(command);
    if (command.type === "end-turn") break;
    const result = apply(state, command);
    expect(result.rejection).toBeUndefined();
    state = result.state;
  }
  return commands;
}

describe("garrisons", () => {
  const map = gridMap({ id: "judgement-garrisons", cols: 30, rows: 20 });
  const at = (cell: Cell): number => cellId(map.cols, cell);
  const objectives = [
    { name: "North", points: 10, at: [25, 2] as Cell, holder: "blue" as Side },
    { name: "South", points: 10, at: [25, 18] as Cell, holder: "blue" as Side },
  ];

  it("ask for one unit more for each enemy unit within a day's march", () => {
    const state = gridGame(
      map,
      [
        { id: "r1", side: "red", at: [20, 2] },
        { id: "r2", side: "red", at: [20, 3] },
        { id: "r3", side: "red", at: [21, 2] },
        { id: "b1", side: "blue", at: [25, 2] },
        { id: "b2", side: "blue", at: [25, 18] },
      ],
      { objectives },
    );
    // Every red unit known to blue, as a report would make it.
    const view: PlayerView = { ...playerView(state, "blue"), units: state.units };
    const a = appreciate(mapOf(state), view, "blue");
    const garrison = (name: string): number => a.garrison[a.goals.findIndex((g) => g.name === name)] ?? -1;
    expect(a.goals.map((g) => g.hex).sort()).toEqual([at([25, 2]), at([25, 18])].sort());
    expect(garrison("North")).toBe(4);
    expect(garrison("South")).toBe(1);
  });
});

describe("counter-attacks", () => {
  const map = gridMap({ id: "judgement-counter" });
  const goal: Cell = [10, 5];
  const pieces: PieceSpec[] = [
    // The garrison of the objective, and a mechanised battalion beside it.
    { id: "g1", side: "blue", at: goal },
    { id: "b2", side: "blue", template: "nato-mech-bn", at: [11, 4] },
    // A reconnaissance battalion next to both: a tempting target.
    { id: "r1", side: "red", template: "ru-recon-bn", at: [11, 5] },
  ];
  const options = { order: ["blue", "red"] as Side[], objectives: [{ name: "Town", points: 10, at: goal, holder: "blue" as Side }] };
  const attackers = (state: GameState): string[][] => turnOf(state, "blue").flatMap((c) => (c.type === "attack" ? [c.units] : []));

  it("take the garrison along when the target is the only enemy near the objective", () => {
    const attacks = attackers(gridGame(map, pieces, options));
    expect(attacks.length).toBeGreaterThan(0);
    expect(attacks[0]).toContain("g1");
  });

  it("leave the garrison out when another enemy stands within two steps of the objective", () => {
    const attacks = attackers(gridGame(map, [...pieces, { id: "r2", side: "red", at: [12, 6] }], options));
    expect(attacks.length).toBeGreaterThan(0);
    for (const units of attacks) expect(units).not.toContain("g1");
    expect(attacks[0]).toContain("b2");
  });
});

describe("spearheads", () => {
  const map = gridMap({ id: "judgement-spearheads" });
  // Two Baltic battalions next to a Russian reconnaissance battalion: about 0.6 to succeed, under
  // the standard defender's 0.65 for a counter-attack.
  const pieces: PieceSpec[] = [
    { id: "b1", side: "blue", at: [7, 5] },
    { id: "b2", side: "blue", at: [8, 4] },
    { id: "r1", side: "red", template: "ru-recon-bn", at: [8, 5] },
  ];
  const attacked = (state: GameState): boolean => turnOf(state, "blue").some((c) => c.type === "attack");

  it("are counter-attacked at lower odds when nothing of theirs is near", () => {
    expect(attacked(gridGame(map, pieces, { order: ["blue", "red"] }))).toBe(true);
  });

  it("are left alone at those odds when support stands beside them", () => {
    expect(attacked(gridGame(map, [...pieces, { id: "r2", side: "red", at: [9, 6] }], { order: ["blue", "red"] }))).toBe(false);
  });
});

describe("air and fires", () => {
  const map = gridMap({ id: "judgement-strikes" });
  it("what support does not need is spent on a strike before the turn ends", () => {
    // A red battalion two hexes from blue's town: blue supports the town's defence with six
    // sorties, and the two left, which would be lost at the end of the turn, strike the battalion.
    const town: Cell = [13, 5];
    const state = gridGame(map, [{ id: "r1", side: "red", at: [11, 5] }, { id: "b1", side: "blue", at: town }], {
      order: ["blue", "red"],
      settings: { red: { airSorties: 0, fireMissions: 0 }, blue: { airSorties: 8, fireMissions: 0 } },
      objectives: [{ name: "Town", points: 10, at: town, holder: "blue" }],
    });
    const missions = turnOf(state, "blue").filter((c) => c.type === "mission");
    expect(missions).toEqual([
      { type: "mission", side: "blue", kind: "support", asset: "air", hex: cellId(map.cols, town), amount: 6 },
      { type: "mission", side: "blue", kind: "strike", asset: "air", hex: cellId(map.cols, [11, 5]), amount: 2 },
    ]);
  });
});
