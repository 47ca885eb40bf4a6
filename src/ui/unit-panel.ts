// The selected-unit panel: what the unit is and where, and for the player's own unit its
// mass, cohesion, stocks, supply and posture, the stance control and the attacks it can
// lead. Redrawn after every notice; the focus stays on the control that had it.

import { STANCES, formatHours, postureOf, templateOf, unitById, type PlayerView, type Unit } from "../engine";
import { enemiesAt, targetsOf } from "./attack-options";
import { placeName } from "./describe";
import { el, renderKeepingFocus, sideBadge } from "./dom";
import type { GameController } from "./game-controller";
import { STANCE_LABELS, ownUnitRows, unitSupply } from "./unit-status";

type Row = [string, Node | string];

function definitionList(rows: readonly Row[]): HTMLDListElement {
  return el("dl", { className: "unit" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function stanceControl(unit: Unit, controller: GameController, canOrder: boolean): HTMLElement {
  const label = el("p", { id: "stance-label", className: "control-label" }, "Stance");
  const buttons = STANCES.map((stance) => {
    const current = unit.stance === stance;
    const button = el("button", { type: "button", className: "stance", disabled: !canOrder }, STANCE_LABELS[stance].label);
    button.dataset.focus = `stance-${stance}`;
    button.dataset.stance = stance;
    button.setAttribute("aria-pressed", String(current));
    button.title = STANCE_LABELS[stance].meaning;
    button.addEventListener("click", () => {
      if (!current) controller.dispatch({ type: "set-stance", side: unit.side, unit: unit.id, stance });
    });
    return button;
  });
  const group = el("div", { className: "stance-group" }, ...buttons);
  group.setAttribute("role", "group");
  group.setAttribute("aria-labelledby", "stance-label");
  const meaning = el("p", { className: "hint", id: "stance-meaning" }, `${STANCE_LABELS[unit.stance].label}: ${STANCE_LABELS[unit.stance].meaning}.`);
  return el("div", { id: "stance-control" }, label, group, meaning);
}

function attackButtons(unit: Unit, view: PlayerView, controller: GameController): HTMLElement | null {
  const targets = targetsOf(controller.map, view, unit);
  if (targets.length === 0) return null;
  const buttons = targets.map((hex) => {
    const enemies = enemiesAt(view, hex);
    const what = enemies.length === 1 ? (enemies[0]?.name ?? "1 unit") : `${enemies.length} units`;
    const button = el("button", { type: "button", className: "attack-target" }, `Attack ${placeName(controller.map, hex)}`);
    button.dataset.focus = `attack-${hex}`;
    button.setAttribute("aria-label", `Attack ${what} at ${placeName(controller.map, hex)}`);
    button.title = what;
    button.addEventListener("click", () => controller.requestAttack(hex));
    return button;
  });
  return el("div", { id: "attack-targets" }, el("p", { className: "control-label" }, "Enemies in reach (T)"), el("div", { className: "target-list" }, ...buttons));
}

/** Draws the selected unit (or a hint when none is) into `box`. */
export function renderSelected(box: HTMLElement, view: PlayerView, controller: GameController): void {
  renderKeepingFocus(box, () => {
    const selection = controller.selection();
    const unit = selection ? unitById(view, selection.unit) : undefined;
    if (!unit) {
      box.replaceChildren(el("p", { className: "hint" }, "None. Click one of your units on the map, or press N."));
      return;
    }
    const t = templateOf(unit.template);
    const rows: Row[] = [
      ["Unit", el("strong", {}, unit.name)],
      ["Type", `${t.label} (${unit.nation})`],
      ["Side", sideBadge(unit.side)],
      ["Where", placeName(controller.map, unit.hex)],
    ];
    const own = unit.side === view.viewer;
    if (!own) {
      rows.push(["Posture", postureOf(view, unit)]);
      box.replaceChildren(definitionList(rows));
      return;
    }
    rows.push(["Movement left", formatHours(unit.mp)]);
    const reach = selection?.reach;
    if (reach) rows.push(["Can reach", reach.destinations.length === 0 ? "nowhere this turn" : `${reach.destinations.length} hexes`]);
    for (const r of ownUnitRows(view, unit)) rows.push([r.label, r.value]);
    const supply = unitSupply(unit);
    const supplyValue = el("span", { className: "supply" }, supply.sentence);
    supplyValue.dataset.ladder = supply.step;
    rows.push(["Supply", supplyValue]);
    const playing = view.status.kind === "playing" && unit.side === view.active;
    const parts: Node[] = [definitionList(rows), stanceControl(unit, controller, playing)];
    const attacks = playing ? attackButtons(unit, view, controller) : null;
    if (attacks) parts.push(attacks);
    box.replaceChildren(...parts);
  });
}
