// Words and numbers for an attack: the preview's figures as the attack panel shows them, the
// modifiers side by side, and, after the roll, where the result fell among the likely ones.
// Pure functions of engine values, so they are tested in Node without a page.

import type { CombatPreview, CombatResolvedEvent, LossRange, Losses, Modifier } from "../engine";

/** "62 %" from a probability in [0, 1]; "under 1 %" and "over 99 %" rather than a false 0 or 100. */
export function chance(p: number): string {
  if (p > 0 && p < 0.005) return "under 1 %";
  if (p < 1 && p > 0.995) return "over 99 %";
  return `${Math.round(p * 100)} %`;
}

/** A share of personnel in percent, with one decimal below 10 so small losses do not read as 0. */
export function percent(value: number): string {
  return value < 10 ? `${value.toFixed(1)} %` : `${Math.round(value)} %`;
}

/** "2.35 : 1", or "1 : 1.60" when the defender is the stronger, as players read odds. */
export function odds(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return "—";
  return ratio >= 1 ? `${ratio.toFixed(2)} : 1` : `1 : ${(1 / ratio).toFixed(2)}`;
}

/** An expected count: whole above ten, one decimal below, because 0.4 tanks is not "0"; none is "0". */
export function expectedCount(value: number): string {
  if (value <= 0) return "0";
  if (value < 0.05) return "under 0.1";
  if (value >= 10) return Math.round(value).toLocaleString("en-GB");
  return value.toFixed(1);
}

/** A combat-power multiplier with two decimals: "×1.00", "×0.85". */
export function factor(value: number): string {
  return `×${value.toFixed(2)}`;
}

export interface LossRow {
  label: string;
  attacker: string;
  defender: string;
}

function lossColumn(range: LossRange): string[] {
  return [
    percent(range.mean),
    `${percent(range.low)} – ${percent(range.high)}`,
    expectedCount(range.personnel),
    expectedCount(range.tanks),
    expectedCount(range.ifvs),
    expectedCount(range.artillery),
  ];
}

const LOSS_LABELS = [
  "Personnel lost, on average",
  "Likely range (10th–90th percentile)",
  "Personnel, expected",
  "Tanks, expected",
  "IFVs, expected",
  "Guns, expected",
];

/** The loss table of the preview: one row per measure, a column for each side. */
export function lossRows(preview: CombatPreview): LossRow[] {
  const a = lossColumn(preview.attacker);
  const d = lossColumn(preview.defender);
  return LOSS_LABELS.map((label, i) => ({ label, attacker: a[i] ?? "", defender: d[i] ?? "" }));
}

export interface ModifierRow {
  id: string;
  label: string;
  /** Null where the factor does not apply to that side (a river crossing for the defender). */
  attacker: number | null;
  defender: number | null;
}

/**
 * The modifiers paired by id, in the order the engine weighs them: a factor both sides have
 * (quality, cohesion) is one row with two values, so the player compares like with like.
 */
export function modifierRows(modifiers: readonly Modifier[]): ModifierRow[] {
  const rows: ModifierRow[] = [];
  for (const m of modifiers) {
    let row = rows.find((r) => r.id === m.id);
    if (!row) {
      row = { id: m.id, label: m.label, attacker: null, defender: null };
      rows.push(row);
    }
    row[m.side] = m.factor;
  }
  return rows;
}

/** One sentence that sums up a preview, for screen readers and the top of the panel. */
export function previewSummary(preview: CombatPreview): string {
  return (
    `${chance(preview.successChance)} chance of taking the hex (${chance(preview.routChance)} of routing the defenders) ` +
    `at a combat-power ratio of ${odds(preview.ratio)}; the defenders stand in a ${preview.posture} posture.`
  );
}

/** "312 personnel, 2 tanks, 5 IFVs and 1 gun": only the kinds that were lost, personnel always. */
export function lossList(l: Losses): string {
  const parts = [`${l.personnel.toLocaleString("en-GB")} personnel`];
  const add = (n: number, one: string, many: string): void => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(l.tanks, "tank", "tanks");
  add(l.ifvs, "IFV", "IFVs");
  add(l.artillery, "gun", "guns");
  if (parts.length === 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}

/**
 * Where losses fell among the likely outcomes, from their percentile (the share of the
 * preview's outcomes with lighter losses): the tails are named, the middle is "as expected".
 */
export function placement(percentile: number): string {
  if (percentile >= 100) return "heavier than in any of the likely outcomes";
  if (percentile <= 0) return "lighter than in any of the likely outcomes";
  if (percentile >= 75) return `heavier than in ${percentile} % of the likely outcomes`;
  if (percentile <= 25) return `lighter than in ${100 - percentile} % of the likely outcomes`;
  return `about as expected (heavier than in ${percentile} % of the likely outcomes)`;
}

function outcomeSentence(e: CombatResolvedEvent): string {
  if (!e.success) return e.result === "held" ? "The attack failed: the defenders held their ground." : "The attack failed, yet the defenders broke under their losses.";
  if (e.result === "routed") return "The attack carried the hex: the defenders were routed.";
  if (e.result === "retreated") return "The attack carried the hex: the defenders fell back.";
  return "The attack carried the hex, but the defenders held on.";
}

/** The deciding roll against the chance, as whole numbers out of 100 (the engine's die is in [0, 1)). */
function rollSentence(e: CombatResolvedEvent): string | null {
  const die = e.dice[6];
  if (die === undefined) return null;
  const needed = Math.round(e.successChance * 100);
  const rolled = Math.floor(die * 100);
  return `With a ${chance(e.successChance)} chance of success the roll had to come under ${needed} of 100; it came to ${rolled}.`;
}

/**
 * The explanation shown after the roll, as sentences, from the attacker's side: the outcome,
 * the roll against the chance, and where each side's losses fell among the likely outcomes.
 */
export function explainCombat(e: CombatResolvedEvent): string[] {
  const out = [outcomeSentence(e)];
  const roll = rollSentence(e);
  if (roll) out.push(roll);
  out.push(`Your losses, ${lossList(e.attackerLosses)} (${percent(e.attackerLosses.pct)} of your personnel), were ${placement(e.percentile.attacker)}.`);
  // The likely outcomes are those of the fight; a rout adds the losses of the flight on top.
  const flight = e.result === "routed" ? ", the rout adding the losses of the flight to those of the fight" : "";
  out.push(`The defenders lost ${lossList(e.defenderLosses)} (${percent(e.defenderLosses.pct)} of theirs), ${placement(e.percentile.defender)}${flight}.`);
  return out;
}
