// Reads the page's URL parameters: ?scenario=ID&seed=S&red=human&blue=human&debug=1. Bad values
// become one sentence for the page instead of an exception. Without a scenario the page shows
// the start screen, which writes these same parameters back (startQuery).

import type { Side } from "../engine";
import { isAiLevel, type AiLevel } from "../ai/levels";
import type { RendererChoice } from "../render/pick-renderer";
import type { Result } from "../scenario";
import { PARAMETER_KEYS } from "../scenario/parameter-keys";

/** Who plays a side: a person at this screen, or the computer. */
export type Seat = "human" | "computer";
export type Seats = Record<Side, Seat>;

export interface PageOptions {
  scenario: string;
  seed: string;
  seats: Seats;
  /** How well the computer plays (?level=novice|standard|expert; standard by default). */
  level: AiLevel;
  debug: boolean;
  /** ?renderer=webgl|canvas overrides the automatic choice (see render/pick-renderer.ts). */
  renderer: RendererChoice;
  /** With ?debug=1, ?thinkLimitMs=N shortens the computer's time budget per order, for tests… */
  thinkLimitMs?: number;
  /** …and ?aiStallMs=N makes the computer's worker wait that long before each answer. */
  stallMs?: number;
  /** Scenario parameters the address changes, as KEY=VALUE (checked when the scenario loads). */
  settings: string[];
}

export const MAX_SEED = 200;

/** Whether a seed is acceptable: 1 to MAX_SEED characters, anything else goes. */
export function seedIsValid(seed: string): boolean {
  return seed.length > 0 && seed.length <= MAX_SEED;
}

/** Without a scenario in the URL the page opens on the start screen. */
export function wantsStartScreen(search: string): boolean {
  return !new URLSearchParams(search).has("scenario");
}

function readSeat(params: URLSearchParams, side: Side): Result<Seat> {
  const value = params.get(side) ?? "human";
  if (value === "human") return { ok: true, value };
  // DESIGN.md §6 writes ?red=ai; "computer" is the start screen's word for it.
  if (value === "computer" || value === "ai") return { ok: true, value: "computer" };
  return { ok: false, error: `The ${side} parameter must be "human" or "ai", not "${value.slice(0, 40)}".` };
}

export function readPageOptions(search: string, defaultScenario: string): Result<PageOptions> {
  const params = new URLSearchParams(search);
  const scenario = params.get("scenario") ?? defaultScenario;
  if (scenario.trim() === "") return { ok: false, error: "The scenario parameter is empty: give a scenario id, as in ?scenario=first-contact." };
  const seed = params.get("seed") ?? "1";
  if (!seedIsValid(seed)) return { ok: false, error: `The seed must be 1 to ${MAX_SEED} characters long, as in ?seed=1.` };
  const red = readSeat(params, "red");
  if (!red.ok) return red;
  const blue = readSeat(params, "blue");
  if (!blue.ok) return blue;
  const level = params.get("level") ?? "standard";
  if (!isAiLevel(level)) return { ok: false, error: `The level must be "novice", "standard" or "expert", not "${level.slice(0, 40)}".` };
  const debug = params.get("debug");
  const renderer = params.get("renderer") ?? "auto";
  if (renderer !== "auto" && renderer !== "webgl" && renderer !== "canvas") {
    return { ok: false, error: `The renderer must be "webgl", "canvas" or "auto", not "${renderer.slice(0, 40)}".` };
  }
  const isDebug = debug === "1" || debug === "true";
  const settings = PARAMETER_KEYS.flatMap((key) => {
    const text = params.get(key);
    return text === null ? [] : [`${key}=${text.slice(0, 40)}`];
  });
  const value: PageOptions = { scenario, seed, seats: { red: red.value, blue: blue.value }, level, debug: isDebug, renderer, settings };
  for (const [name, key] of [["thinkLimitMs", "thinkLimitMs"], ["aiStallMs", "stallMs"]] as const) {
    const text = params.get(name);
    if (!isDebug || text === null) continue;
    if (!/^\d{1,6}$/.test(text) || Number(text) < 1) return { ok: false, error: `${name} must be a whole number of milliseconds from 1, not "${text.slice(0, 40)}".` };
    value[key] = Number(text);
  }
  return { ok: true, value };
}

// Parameters about the page rather than the game: they survive starting and leaving a game.
const PAGE_PARAMS = ["debug", "renderer"];

function keepPageParams(search: string): URLSearchParams {
  const old = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of PAGE_PARAMS) {
    const value = old.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept;
}

/** The query string that starts this game, keeping the page's own parameters from `search`. */
export function startQuery(search: string, game: { scenario: string; seed: string; seats: Seats; level?: AiLevel; parameters?: Partial<Record<string, number>> }): string {
  const seat = (s: Seat): string => (s === "computer" ? "ai" : "human");
  const params = new URLSearchParams({ scenario: game.scenario, seed: game.seed, red: seat(game.seats.red), blue: seat(game.seats.blue) });
  if (game.level && (game.seats.red === "computer" || game.seats.blue === "computer")) params.set("level", game.level);
  for (const [key, value] of Object.entries(game.parameters ?? {})) if (value !== undefined) params.set(key, String(value));
  for (const [name, value] of keepPageParams(search)) params.set(name, value);
  return `?${params.toString()}`;
}

/** The query string of the start screen: the game's parameters dropped, the page's kept. */
export function startScreenQuery(search: string): string {
  const kept = keepPageParams(search).toString();
  return kept === "" ? "" : `?${kept}`;
}
