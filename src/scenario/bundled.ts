// The scenarios that ship with the game. They are plain data files and go through the same
// validating loader as a user's file; catalogue.ts lists them without loading them.

import { BUNDLED_FILES } from "./catalogue";
import { oneLine, type Result } from "./safe-json";
import { loadScenario, type LoadedScenario } from "./loader";
import { withParameters } from "./parameters";
import type { ScenarioParameters } from "./schema";

export { bundledScenarios, type ScenarioInfo } from "./catalogue";

function bundledIds(): string[] {
  return BUNDLED_FILES.map((f) => (f as { id?: unknown }).id).filter((id): id is string => typeof id === "string");
}

/** A bundled scenario's file data, as shipped. */
export function bundledFile(id: string): unknown {
  return BUNDLED_FILES.find((f) => (f as { id?: unknown }).id === id);
}

/** A bundled scenario by id, with some parameters changed if asked, or one sentence saying what is wrong. */
export function loadBundled(id: string, changes: ScenarioParameters = {}): Result<LoadedScenario> {
  const file = bundledFile(id);
  if (!file) return { ok: false, error: `There is no scenario "${oneLine(id)}"; the bundled scenarios are: ${bundledIds().join(", ")}.` };
  return loadScenario(withParameters(file, changes));
}
