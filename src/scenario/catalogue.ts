// The list of scenarios that ship with the game, for the start screen and the CLI: read from the
// files with the schema alone, so listing them neither builds a map nor pulls in the loader.

import firstContact from "../../assets/scenarios/first-contact.json";
import { describeIssue } from "./safe-json";
import { scenarioSchema } from "./schema";

/** The bundled scenario files, as imported; bundled.ts loads them in full. */
export const BUNDLED_FILES: readonly unknown[] = [firstContact];

export interface ScenarioInfo {
  id: string;
  title: string;
  summary: string;
  /** The scenario's briefing: paragraphs separated by blank lines. */
  briefing: string;
  map: string;
  turns: number;
  parameters: Record<string, unknown>;
}

export function bundledScenarios(): ScenarioInfo[] {
  return BUNDLED_FILES.map((file) => {
    const parsed = scenarioSchema.safeParse(file);
    if (!parsed.success) throw new Error(`bundled scenario is invalid: ${describeIssue(parsed.error, "scenario")}`);
    const s = parsed.data;
    return { id: s.id, title: s.title, summary: s.summary, briefing: s.briefing, map: s.map, turns: s.turns, parameters: {} };
  });
}
