// Reads the page's URL parameters: ?scenario=ID&seed=S&debug=1. Bad values become one
// sentence for the page instead of an exception.

import type { RendererChoice } from "../render/pick-renderer";
import type { Result } from "../scenario";

export interface PageOptions {
  scenario: string;
  seed: string;
  debug: boolean;
  /** ?renderer=webgl|canvas overrides the automatic choice (see render/pick-renderer.ts). */
  renderer: RendererChoice;
}

const MAX_SEED = 200;

export function readPageOptions(search: string, defaultScenario: string): Result<PageOptions> {
  const params = new URLSearchParams(search);
  const scenario = params.get("scenario") ?? defaultScenario;
  if (scenario.trim() === "") return { ok: false, error: "The scenario parameter is empty: give a scenario id, as in ?scenario=first-contact." };
  const seed = params.get("seed") ?? "1";
  if (seed.length === 0 || seed.length > MAX_SEED) {
    return { ok: false, error: `The seed must be 1 to ${MAX_SEED} characters long, as in ?seed=1.` };
  }
  const debug = params.get("debug");
  const renderer = params.get("renderer") ?? "auto";
  if (renderer !== "auto" && renderer !== "webgl" && renderer !== "canvas") {
    return { ok: false, error: `The renderer must be "webgl", "canvas" or "auto", not "${renderer.slice(0, 40)}".` };
  }
  return { ok: true, value: { scenario, seed, debug: debug === "1" || debug === "true", renderer } };
}
