// The attack panel: a modal dialog over the board that lists the units able to join an
// attack on one hex (ticked at first), the engine's preview of the outcome for the ticked
// ones — chances, losses, the ratio and every modifier — and, once confirmed and rolled,
// where the result fell among the likely outcomes. It never changes state itself: the attack
// goes through controller.dispatch like every other command.

import { otherSide, previewCombat, templateOf, terrainOf, unitById, type CombatPreview, type CombatResolvedEvent, type HexId, type PlayerView, type Side } from "../engine";
import { attackCandidates, enemiesAt, targetsOf, type Candidate } from "./attack-options";
import { chance, explainCombat, factor, lossRows, modifierRows, odds, previewSummary } from "./combat-text";
import { placeName, sideName } from "./describe";
import { el, focusBack, sideBadge } from "./dom";
import type { GameController } from "./game-controller";

interface Open {
  target: HexId;
  side: Side;
  /** Set once the attack has been made: the panel then only explains it. */
  done: boolean;
}

function sideHeader(role: string, side: Side): HTMLTableCellElement {
  return el("th", { scope: "col" }, `${role} `, sideBadge(side));
}

function lossTable(preview: CombatPreview, attacker: Side): HTMLTableElement {
  const head = el("tr", {}, el("th", { scope: "col" }, "Losses"), sideHeader("Attacker", attacker), sideHeader("Defender", otherSide(attacker)));
  const rows = lossRows(preview).map((r) => el("tr", {}, el("th", { scope: "row" }, r.label), el("td", {}, r.attacker), el("td", {}, r.defender)));
  return el("table", { id: "attack-losses", className: "figures" }, el("thead", {}, head), el("tbody", {}, ...rows));
}

function factorCell(value: number | null): HTMLTableCellElement {
  if (value === null) {
    const td = el("td", { className: "not-applicable" }, "—");
    td.title = "Does not apply to this side";
    return td;
  }
  // Factors that changed nothing are listed too, dimmed but legible, so the player sees what was weighed.
  return el("td", { className: Math.abs(value - 1) < 0.005 ? "neutral" : value > 1 ? "up" : "down" }, factor(value));
}

function modifierTable(preview: CombatPreview, attacker: Side): HTMLTableElement {
  const head = el("tr", {}, el("th", { scope: "col" }, "Modifier"), sideHeader("Attacker", attacker), sideHeader("Defender", otherSide(attacker)));
  const rows = modifierRows(preview.modifiers).map((r) => {
    const row = el("tr", {}, el("th", { scope: "row" }, r.label), factorCell(r.attacker), factorCell(r.defender));
    row.dataset.modifier = r.id;
    return row;
  });
  const power = el(
    "tr",
    { className: "total" },
    el("th", { scope: "row" }, "Combat power"),
    el("td", {}, Math.round(preview.attackerPower).toLocaleString("en-GB")),
    el("td", {}, Math.round(preview.defenderPower).toLocaleString("en-GB")),
  );
  const caption = el("caption", {}, "Each factor multiplies its side's combat power; ×1.00 made no difference.");
  return el("table", { id: "attack-modifiers", className: "figures" }, caption, el("thead", {}, head), el("tbody", {}, ...rows, power));
}

function oddsList(preview: CombatPreview): HTMLDListElement {
  const rows: [string, string][] = [
    ["Chance of success", chance(preview.successChance)],
    ["Chance of routing them", chance(preview.routChance)],
    ["Combat-power ratio", odds(preview.ratio)],
    ["Defenders' posture", preview.posture],
  ];
  return el("dl", { id: "attack-odds", className: "odds" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function candidateLabel(c: Candidate): string {
  const t = templateOf(c.unit.template);
  const where = c.distance === 1 ? "next to the target" : `${c.distance} hexes away`;
  return `${c.unit.name} — ${t.label}, ${where}`;
}

export function mountAttackPanel(controller: GameController): void {
  const title = el("h2", { id: "attack-title" });
  const defenders = el("p", { id: "attack-defenders" });
  const result = el("div", { id: "attack-result", hidden: true });
  result.setAttribute("role", "status");
  const unitList = el("ul", { className: "candidates" });
  const units = el("fieldset", { id: "attack-units" }, el("legend", {}, "Attacking units"), unitList);
  const summary = el("p", { id: "attack-summary" });
  summary.setAttribute("aria-live", "polite");
  const refusal = el("p", { id: "attack-refusal", hidden: true });
  refusal.setAttribute("role", "alert");
  // The odds and losses sit under the units, the modifiers beside them: the whole preview fits a 1280×800 screen.
  const figures = el("div", { id: "attack-figures" });
  const factors = el("div", { id: "attack-factors" });
  const confirm = el("button", { id: "attack-confirm", type: "button", className: "primary" }, "Attack");
  const cancel = el("button", { id: "attack-cancel", type: "button" }, "Cancel");
  const left = el("div", { className: "attack-left" }, units, summary, refusal, figures);
  const body = el("div", { className: "attack-body" }, left, factors);
  const dialog = el("dialog", { id: "attack-panel", className: "order-dialog" }, title, defenders, result, body, el("div", { className: "buttons" }, confirm, cancel));
  dialog.setAttribute("aria-labelledby", "attack-title");
  document.body.append(dialog);

  let open: Open | null = null;
  let returnFocus: Element | null = null;

  const ticked = (): string[] => [...unitList.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map((box) => box.value);

  const refresh = (): void => {
    if (!open) return;
    const view = controller.view();
    const preview = previewCombat(view, { type: "attack", side: open.side, units: ticked(), target: open.target });
    if (!preview.ok) {
      refusal.textContent = preview.message;
      refusal.hidden = false;
      summary.textContent = "";
      figures.replaceChildren();
      factors.replaceChildren();
      confirm.disabled = true;
      return;
    }
    refusal.hidden = true;
    refusal.textContent = "";
    summary.textContent = previewSummary(preview.preview);
    figures.replaceChildren(oddsList(preview.preview), lossTable(preview.preview, open.side));
    factors.replaceChildren(modifierTable(preview.preview, open.side));
    confirm.disabled = open.done;
  };

  const fill = (view: PlayerView, target: HexId): void => {
    const side = view.active;
    const candidates = attackCandidates(controller.map, view, side, target);
    open = { target, side, done: false };
    const place = placeName(controller.map, target);
    title.textContent = `${sideName(side)} attacks ${place}`;
    const enemies = enemiesAt(view, target);
    const ground = `${terrainOf(controller.map, target)} ground`;
    if (enemies.length === 0) {
      defenders.replaceChildren(`No enemy unit that you can see stands on this ${ground}.`);
    } else {
      defenders.replaceChildren(
        "Defending: ",
        ...enemies.flatMap((u, i) => [i > 0 ? "; " : "", el("strong", {}, u.name), ` (${templateOf(u.template).label})`]),
        `, on ${ground}.`,
      );
    }
    result.hidden = true;
    result.replaceChildren();
    units.disabled = false;
    confirm.hidden = false;
    cancel.textContent = "Cancel";
    unitList.replaceChildren(
      ...(candidates.length === 0
        ? [el("li", { className: "hint" }, "None of your units reaches this hex.")]
        : candidates.map((c) => {
            const box = el("input", { type: "checkbox", value: c.unit.id, checked: c.ticked, disabled: !c.able });
            box.addEventListener("change", refresh);
            const item = el("li", {}, el("label", {}, box, ` ${candidateLabel(c)}`));
            if (c.reason) item.append(el("span", { className: "reason" }, c.reason));
            return item;
          })),
    );
    refresh();
  };

  const show = (target: HexId): void => {
    const view = controller.view();
    if (view.status.kind !== "playing") {
      controller.inform("The game is over: no more attacks can be ordered.");
      return;
    }
    if (!dialog.open) returnFocus = document.activeElement;
    fill(view, target);
    if (!dialog.open) dialog.showModal();
    const first = unitList.querySelector<HTMLInputElement>("input:not(:disabled)");
    (confirm.disabled ? (first ?? cancel) : confirm).focus();
  };

  const close = (): void => {
    open = null;
    if (dialog.open) dialog.close();
  };

  const explain = (event: CombatResolvedEvent): void => {
    result.replaceChildren(el("h3", {}, "Result"), ...explainCombat(event).map((line) => el("p", {}, line)));
    result.hidden = false;
  };

  confirm.addEventListener("click", () => {
    if (!open || open.done || confirm.disabled) return;
    const outcome = controller.dispatch({ type: "attack", side: open.side, units: ticked(), target: open.target });
    if (outcome.rejection) {
      refusal.textContent = outcome.rejection.message;
      refusal.hidden = false;
      return;
    }
    open.done = true;
    const event = outcome.events.find((e): e is CombatResolvedEvent => e.type === "combat-resolved");
    if (event) explain(event);
    units.disabled = true;
    confirm.disabled = true;
    confirm.hidden = true;
    cancel.textContent = "Close";
    cancel.focus();
  });
  cancel.addEventListener("click", close);
  dialog.addEventListener("close", () => {
    open = null;
    const back = returnFocus;
    returnFocus = null;
    focusBack(back);
  });
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !(e.target instanceof HTMLButtonElement)) {
      // Enter confirms from anywhere in the panel except on a button, which has its own meaning.
      e.preventDefault();
      if (open && !open.done && !confirm.disabled) confirm.click();
      else if (open?.done) close();
    } else if ((e.key === "t" || e.key === "T") && !e.ctrlKey && !e.metaKey && !e.altKey && open && !open.done) {
      const next = nextTarget(controller, open.target);
      if (next !== null) show(next);
    }
  });
  controller.subscribe((notice) => {
    if (notice.kind === "attack-requested") show(notice.target);
  });
}

/** The selected unit's target after `current`, for T inside the panel; null when it has no other. */
function nextTarget(controller: GameController, current: HexId): HexId | null {
  const view = controller.view();
  const id = controller.selection()?.unit;
  const unit = id ? unitById(view, id) : undefined;
  if (!unit || unit.side !== view.viewer) return null;
  const targets = targetsOf(controller.map, view, unit);
  if (targets.length < 2) return null;
  return targets[(targets.indexOf(current) + 1) % targets.length] ?? null;
}
