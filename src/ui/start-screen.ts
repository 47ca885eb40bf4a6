// The start screen: a plain form to pick a bundled scenario, who plays each side and a seed.
// Starting writes the choice into the URL and loads it, so a reload or a shared link restarts
// the same game; the board (Phaser, the map) is only fetched then, never for this screen.

import type { Side } from "../engine";
import type { ScenarioInfo } from "../scenario/catalogue";
import { PARAMETERS, parameterInfo, parseSettings } from "../scenario/parameters";
import { el, sideBadge } from "./dom";
import { AI_LEVELS, isAiLevel, type AiLevel } from "../ai/levels";
import { MAX_SEED, seedIsValid, startQuery, type Seat, type Seats } from "./page-options";
import { randomSeed } from "./seed";

const SIDE_ROLES: Record<Side, string> = { red: "Russia and its allies", blue: "NATO and the Baltic states" };
const SEAT_LABELS: Record<Seat, string> = { human: "Human", computer: "Computer" };
const LEVEL_LABELS: Record<AiLevel, string> = { novice: "Novice", standard: "Standard", expert: "Expert" };
/** What each level does, shown under the choice: the levels differ in judgement, never in what they see. */
export const LEVEL_NOTES: Record<AiLevel, string> = {
  novice: "Novice: heads straight for its objectives, attacks with whatever stands next to the enemy, and forgets its supply and its air and fires.",
  standard: "Standard: marches by road and around strongpoints, masses for attacks, keeps its supply, garrisons what it must hold, and spends its air and fires.",
  expert: "Expert: plays as the standard level, but first plays each turn out several ways with the game's own rules and keeps the best.",
};
const SEAT_NOTE = "Two humans take turns at this screen (hot seat), each seeing only what their side can see. The computer, at every level, also sees only what its side can see.";
/** Solo play against the computer is the common case: Red is the computer unless changed. */
const DEFAULT_SEATS: Seats = { red: "computer", blue: "human" };
const BAD_SEED = `The seed must be 1 to ${MAX_SEED} characters long: type one, or press "New seed".`;

/** A parameter's value as one short line of text. */
export function parameterText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** The briefing's paragraphs: blank lines separate them. */
export function briefingParagraphs(briefing: string): string[] {
  return briefing.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== "");
}

function scenarioCard(info: ScenarioInfo, checked: boolean): HTMLLabelElement {
  const radio = el("input", { type: "radio", name: "scenario", value: info.id, checked, id: `scenario-${info.id}` });
  return el(
    "label",
    { className: "scenario-card", htmlFor: radio.id },
    radio,
    el("span", { className: "card-body" }, el("span", { className: "card-title" }, info.title), el("span", { className: "card-summary" }, info.summary), el("span", { className: "card-meta" }, `Map: ${info.map} · ${info.turns} turns`)),
  );
}

function renderBriefing(box: HTMLElement, info: ScenarioInfo): void {
  const facts = el("dl", { className: "briefing-facts" }, el("dt", {}, "Map"), el("dd", {}, info.map), el("dt", {}, "Turns"), el("dd", {}, String(info.turns)));
  for (const [name, value] of Object.entries(info.parameters)) {
    const about = parameterInfo(name);
    facts.append(el("dt", { title: about?.meaning ?? "" }, about?.label ?? name), el("dd", {}, parameterText(value)));
  }
  box.replaceChildren(el("h2", { id: "briefing-title" }, `Briefing: ${info.title}`), facts, ...briefingParagraphs(info.briefing).map((p) => el("p", {}, p)));
}

function seatField(side: Side): HTMLFieldSetElement {
  const choices = (["human", "computer"] as const).map((seat) => {
    const radio = el("input", { type: "radio", name: `seat-${side}`, value: seat, id: `seat-${side}-${seat}`, checked: seat === DEFAULT_SEATS[side] });
    return el("label", { className: "seat-choice", htmlFor: radio.id }, radio, SEAT_LABELS[seat]);
  });
  return el("fieldset", { className: `seat seat-${side}` }, el("legend", {}, sideBadge(side), el("span", { className: "seat-role" }, SIDE_ROLES[side])), el("div", { className: "seat-choices" }, ...choices));
}

function checkedValue(form: HTMLFormElement, name: string): string | undefined {
  const checked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return checked?.value;
}

function chosenSeat(form: HTMLFormElement, side: Side): Seat {
  return checkedValue(form, `seat-${side}`) === "computer" ? "computer" : "human";
}

/** Shows the start screen in place of the game; `scenarios` is the bundled list, never empty. */
export function mountStartScreen(scenarios: readonly ScenarioInfo[]): void {
  const briefing = el("section", { id: "start-briefing", className: "start-briefing" });
  briefing.setAttribute("aria-labelledby", "briefing-title");
  const first = scenarios[0];
  if (first) renderBriefing(briefing, first);
  const scenarioList = el("fieldset", { className: "start-scenarios" }, el("legend", {}, "Scenario"), ...scenarios.map((s, i) => scenarioCard(s, i === 0)));

  const seed = el("input", { type: "text", id: "seed", name: "seed", value: randomSeed(), autocomplete: "off", spellcheck: false, maxLength: MAX_SEED });
  seed.setAttribute("aria-describedby", "seed-help seed-error");
  const seedError = el("p", { id: "seed-error", className: "field-error" });
  seedError.setAttribute("role", "alert");
  const newSeed = el("button", { type: "button", id: "new-seed" }, "New seed");
  const note = el("p", { id: "computer-note", className: "note" }, SEAT_NOTE);
  const level = el("select", { id: "ai-level", name: "level" }, ...AI_LEVELS.map((l) => el("option", { value: l, selected: l === "standard" }, LEVEL_LABELS[l])));
  const levelNote = el("p", { id: "level-note", className: "hint" }, LEVEL_NOTES.standard);
  level.setAttribute("aria-describedby", "level-note");
  level.addEventListener("change", () => {
    levelNote.textContent = isAiLevel(level.value) ? LEVEL_NOTES[level.value] : "";
  });
  // The analyst's dials, filled with the chosen scenario's own values.
  const dials = PARAMETERS.map((p) => {
    const input = el("input", { type: "number", id: `param-${p.key}`, name: p.key, min: String(p.min), max: String(p.max), step: p.max > 1 ? "1" : "0.05", title: p.meaning });
    input.setAttribute("aria-describedby", "param-error");
    return { info: p, input };
  });
  const fillDials = (info: ScenarioInfo): void => {
    for (const d of dials) d.input.value = String(info.parameters[d.info.key]);
  };
  if (first) fillDials(first);
  const paramError = el("p", { id: "param-error", className: "field-error" });
  paramError.setAttribute("role", "alert");
  for (const d of dials) {
    d.input.addEventListener("input", () => {
      paramError.textContent = "";
      d.input.removeAttribute("aria-invalid");
    });
  }

  const setup = el(
    "section",
    { className: "start-setup" },
    el("h2", { id: "setup-title" }, "Players"),
    seatField("red"),
    seatField("blue"),
    el("div", { className: "seed-field" }, el("label", { htmlFor: "ai-level" }, "Computer's level"), level),
    levelNote,
    note,
    el("h2", {}, "Parameters"),
    el("div", { className: "param-grid" }, ...dials.map((d) => el("div", { className: "seed-field" }, el("label", { htmlFor: d.input.id, title: d.info.meaning }, d.info.label), d.input))),
    el("p", { className: "hint" }, "Each scenario comes with its own values; change them to ask “what if?”. The briefing says what each one does."),
    paramError,
    el("h2", {}, "Dice"),
    el("div", { className: "seed-field" }, el("label", { htmlFor: "seed" }, "Seed"), el("div", { className: "seed-row" }, seed, newSeed)),
    el("p", { id: "seed-help", className: "hint" }, "The same scenario and seed give the same dice: share the page's link to replay a game."),
    seedError,
    el("button", { type: "submit", id: "start-game", className: "primary start-button" }, "Start"),
  );
  const form = el("form", { id: "start-form", noValidate: true }, scenarioList, briefing, setup);
  form.setAttribute("aria-label", "New game");

  const screen = el(
    "main",
    { id: "start-screen" },
    el("header", { className: "start-header" }, el("p", { className: "start-kicker" }, "Operational wargame · The Baltic theatre"), el("h1", { id: "start-title" }, "Eastern Flank"), el("p", { className: "start-lede" }, "Choose a scenario, who commands each side and the seed for the dice, then start.")),
    form,
  );
  screen.setAttribute("aria-labelledby", "start-title");

  const showError = (message: string): void => {
    seedError.textContent = message;
    if (message === "") seed.removeAttribute("aria-invalid");
    else seed.setAttribute("aria-invalid", "true");
  };
  scenarioList.addEventListener("change", () => {
    const info = scenarios.find((s) => s.id === checkedValue(form, "scenario"));
    if (info) {
      renderBriefing(briefing, info);
      fillDials(info);
      paramError.textContent = "";
    }
  });
  newSeed.addEventListener("click", () => {
    seed.value = randomSeed();
    showError("");
  });
  seed.addEventListener("input", () => {
    if (seedIsValid(seed.value)) showError("");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const scenario = checkedValue(form, "scenario");
    if (scenario === undefined) return;
    if (!seedIsValid(seed.value)) {
      showError(BAD_SEED);
      seed.focus();
      return;
    }
    // Only the values changed from the scenario's own go into the address.
    const info = scenarios.find((s) => s.id === scenario);
    const changed = dials.filter((d) => info === undefined || Number(d.input.value) !== info.parameters[d.info.key] || d.input.value.trim() === "");
    const settings = parseSettings(changed.map((d) => `${d.info.key}=${d.input.value}`));
    if (!settings.ok) {
      // The command line's sentence names the key; here the field's label is what a player sees.
      const bad = changed.find((d) => settings.error.startsWith(d.info.key));
      paramError.textContent = bad ? settings.error.replace(bad.info.key, bad.info.label) : settings.error;
      bad?.input.setAttribute("aria-invalid", "true");
      bad?.input.focus();
      return;
    }
    paramError.textContent = "";
    const seats: Seats = { red: chosenSeat(form, "red"), blue: chosenSeat(form, "blue") };
    document.body.dataset.state = "starting";
    const chosenLevel = isAiLevel(level.value) ? level.value : "standard";
    window.location.assign(`${window.location.pathname}${startQuery(window.location.search, { scenario, seed: seed.value, seats, level: chosenLevel, parameters: settings.value })}`);
  });

  document.getElementById("app")?.setAttribute("hidden", "");
  document.body.prepend(screen);
  document.body.dataset.state = "start";
}
