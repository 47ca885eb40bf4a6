// The list of scenarios that ship with the game, for the start screen and the CLI: read from the
// files with the schema alone, so listing them neither builds a map nor pulls in the loader.

import firstContact from "../../assets/scenarios/first-contact.json";
import rand2016 from "../../assets/scenarios/rand-2016.json";
import sevenBrigades from "../../assets/scenarios/seven-brigades.json";
import easternFlank2026 from "../../assets/scenarios/eastern-flank-2026.json";
import suwalki2026 from "../../assets/scenarios/suwalki-2026.json";
import { describeIssue } from "./safe-json";
import { scenarioSchema } from "./schema";
import { parameterValues, type ParameterKey } from "./parameters";

/** The bundled scenario files, as imported; bundled.ts loads them in full. */
export const BUNDLED_FILES: readonly unknown[] = [firstContact, rand2016, sevenBrigades, easternFlank2026, suwalki2026];

export interface ScenarioInfo {
  id: string;
  title: string;
  summary: string;
  /** The scenario's briefing: paragraphs separated by blank lines. */
  briefing: string;
  map: string;
  turns: number;
  /** Every parameter's value in this scenario (its own, or the fallback): parameters.ts says what each does. */
  parameters: Record<ParameterKey, number>;
  /** What wins: red's objective points needed (else blue wins when the turns run out), and the objectives. */
  victory: { redPointsToWin: number; lossesToLose?: { red?: number; blue?: number }; objectives: { name: string; points: number; holder: "red" | "blue" }[] };
}

export function bundledScenarios(): ScenarioInfo[] {
  return BUNDLED_FILES.map((file) => {
    const parsed = scenarioSchema.safeParse(file);
    if (!parsed.success) throw new Error(`bundled scenario is invalid: ${describeIssue(parsed.error, "scenario")}`);
    const s = parsed.data;
    return {
      id: s.id,
      title: s.title,
      summary: s.summary,
      briefing: s.briefing,
      map: s.map,
      turns: s.turns,
      parameters: parameterValues(s.parameters),
      victory: { redPointsToWin: s.victory.redPointsToWin, ...(s.victory.lossesToLose ? { lossesToLose: s.victory.lossesToLose } : {}), objectives: s.objectives.map((o) => ({ name: o.name, points: o.points, holder: o.holder })) },
    };
  });
}
