// The scenarios that ship with the game. They are plain data files and go through the same
// validating loader as a user's file.

import firstContact from "../../assets/scenarios/first-contact.json";
import { oneLine, type Result } from "./safe-json";
import { loadScenario, type LoadedScenario } from "./loader";

const FILES: unknown[] = [firstContact];

export interface ScenarioInfo {
  id: string;
  title: string;
  summary: string;
  map: string;
  turns: number;
  parameters: Record<string, unknown>;
}

function bundledIds(): string[] {
  return FILES.map((f) => (f as { id?: unknown }).id).filter((id): id is string => typeof id === "string");
}

export function bundledScenarios(): ScenarioInfo[] {
  const out: ScenarioInfo[] = [];
  for (const file of FILES) {
    const loaded = loadScenario(file);
    if (!loaded.ok) throw new Error(`bundled scenario is invalid: ${loaded.error}`);
    const s = loaded.value.scenario;
    out.push({ id: s.id, title: s.title, summary: s.summary, map: s.map, turns: s.turns, parameters: {} });
  }
  return out;
}

/** A bundled scenario by id, or one sentence saying it does not exist. */
export function loadBundled(id: string): Result<LoadedScenario> {
  const file = FILES.find((f) => (f as { id?: unknown }).id === id);
  if (!file) return { ok: false, error: `There is no scenario "${oneLine(id)}"; the bundled scenarios are: ${bundledIds().join(", ")}.` };
  return loadScenario(file);
}
