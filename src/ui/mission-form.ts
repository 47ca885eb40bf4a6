// Air and fire missions: a small form in the side panel — which hex, air sorties or
// long-range fires, support, interdiction or a strike, and how many — with the side's pools
// left this turn and its missions in force. The engine decides; a refusal is shown as its
// sentence, and a flown mission as the event log words it.

import { type HexId, type MissionKind, type PlayerView } from "../engine";
import { describeEvent, placeName, sideName } from "./describe";
import { el } from "./dom";
import type { GameController, Notice } from "./game-controller";
import { missionHexChoices, poolsSentence } from "./mission-text";

const KIND_HELP: Readonly<Record<MissionKind, string>> = {
  support: "Support adds combat power to the next fight at that hex, your attack or your defence, until the end of the enemy's next turn.",
  interdict: "Interdiction cuts the enemy supply that passes through that hex.",
  strike: "A strike hits the enemy units you know of there, or an enemy supply source, at once.",
};

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return el("label", { className: "field" }, el("span", {}, text), control);
}

export function mountMissionForm(box: HTMLElement, controller: GameController): void {
  const pools = el("p", { id: "mission-pools" });
  const hex = el("select", { id: "mission-hex" });
  const asset = el("select", { id: "mission-asset" }, el("option", { value: "air" }, "Air sorties"), el("option", { value: "fires" }, "Long-range fires"));
  const kind = el("select", { id: "mission-kind" }, el("option", { value: "support" }, "Support"), el("option", { value: "interdict" }, "Interdict"), el("option", { value: "strike" }, "Strike"));
  const amount = el("input", { id: "mission-amount", type: "number", min: "1", step: "1", value: "1", inputMode: "numeric" });
  const help = el("p", { id: "mission-kind-help", className: "hint" }, KIND_HELP.support);
  const fly = el("button", { id: "mission-fly", type: "submit" }, "Fly mission");
  const result = el("p", { id: "mission-result" });
  const form = el("form", { id: "mission-form" }, labelled("Hex", hex), el("div", { className: "field-row" }, labelled("Asset", asset), labelled("Mission", kind), labelled("Amount", amount)), help, fly, result);
  const inForce = el("ul", { id: "missions-in-force" });
  box.append(pools, form, inForce);

  let lastChosen: HexId | null = null;
  kind.addEventListener("change", () => {
    help.textContent = KIND_HELP[kind.value as MissionKind];
  });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const view = controller.view();
    const outcome = controller.dispatch({
      type: "mission",
      side: view.active,
      kind: kind.value as MissionKind,
      asset: asset.value === "fires" ? "fires" : "air",
      hex: Number(hex.value),
      amount: Number(amount.value),
    });
    if (outcome.rejection) {
      result.textContent = outcome.rejection.message;
      result.className = "refused";
      return;
    }
    const flown = outcome.events.find((ev) => ev.type === "mission-flown");
    result.textContent = flown ? describeEvent(flown, controller.state, controller.map) : "The mission was flown.";
    result.className = "flown";
  });

  const renderHexes = (view: PlayerView): void => {
    const choices = missionHexChoices(controller.map, view, controller.cursor(), controller.selection()?.unit ?? null);
    const keep = hex.value;
    hex.replaceChildren(...choices.map((c) => el("option", { value: String(c.hex) }, c.label)));
    const chosen = controller.cursor();
    // A hex just clicked on the map becomes the mission's hex; otherwise the player's pick stays.
    if (chosen !== null && chosen !== lastChosen) hex.value = String(chosen);
    else if (choices.some((c) => String(c.hex) === keep)) hex.value = keep;
    lastChosen = chosen;
  };

  const renderInForce = (view: PlayerView): void => {
    const own = view.missions.filter((m) => m.side === view.viewer);
    if (own.length === 0) {
      inForce.replaceChildren(el("li", { className: "hint" }, "No missions of yours are in force."));
      return;
    }
    inForce.replaceChildren(
      ...own.map((m) => {
        const what = m.kind === "support" ? `support worth ${m.effect} combat power` : `interdiction cutting ${m.effect} % of enemy supply`;
        return el("li", {}, `${placeName(controller.map, m.hex)}: ${what}, until the end of ${sideName(m.until.side)}'s turn ${m.until.turn}.`);
      }),
    );
  };

  const update = (notice: Notice | null): void => {
    const view = controller.view();
    const playing = view.status.kind === "playing";
    pools.textContent = playing ? poolsSentence(view.active, view.pools[view.active]) : "The game is over: no more missions can be flown.";
    for (const control of [hex, asset, kind, amount, fly]) control.disabled = !playing;
    renderHexes(view);
    renderInForce(view);
    if (notice?.kind === "applied" && notice.command.type === "end-turn") result.textContent = "";
  };
  controller.subscribe(update);
  update(null);
}
