// The scenarios that ship with the game. They are plain data files and go through the same
// validating loader as a user's file; catalogue.ts lists them without loading them.

import { BUNDLED_FILES } from "./catalogue";
import { oneLine, type Result } from "./safe-json";
import { loadScenario, type LoadedScenario } from "./loader";

export { bundledScenarios, type ScenarioInfo } from "./catalogue";

function bundledIds(): string[] {
  return BUNDLED_FILES.map((f) => (f as { id?: unknown }).id).filter((id): id is string => typeof id === "string");
}

/** A bundled scenario by id, or one sentence saying it does not exist. */
export function loadBundled(id: string): Result<LoadedScenario> {
  const file = BUNDLED_FILES.find((f) => (f as { id?: unknown }).id === id);
  if (!file) return { ok: false, error: `There is no scenario "${oneLine(id)}"; the bundled scenarios are: ${bundledIds().join(", ")}.` };
  return loadScenario(file);
}
