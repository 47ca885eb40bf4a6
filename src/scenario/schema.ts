// The scenario file format (DESIGN.md §4), as a zod schema. Bundled scenarios and a
// user's own files go through the same schema.

import { z } from "zod";
import { SIDES } from "../engine";

export const SCENARIO_FORMAT = "eastern-flank/scenario";
export const SCENARIO_VERSION = 1;

const side = z.enum(SIDES);
/** Ids of scenarios, maps, templates and units; save files check command unit ids with it too. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ids use letters, digits, '.', '_' and '-'");
const id = idSchema;
const text = (max: number) => z.string().max(max);
// Names are quoted in messages and drawn on counters: one line, no control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const line = (max: number) => text(max).regex(/^[^\u0000-\u001f\u007f\u2028\u2029]*$/, "names are a single line of text");
const place = z.union([
  z.object({ hex: z.number().int().min(0).max(10_000_000) }).strict(),
  z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict(),
]);

export const unitSchema = z
  .object({
    id,
    side,
    name: line(80).min(1),
    template: id,
    nation: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "nations are ISO 3166-1 alpha-2 codes"),
    at: place,
  })
  .strict();

export const objectiveSchema = z
  .object({
    name: line(80).min(1),
    at: place,
    points: z.number().int().min(1).max(1000),
    holder: side,
  })
  .strict();

const pct = z.number().int().min(0).max(100);

/** A depot, railhead, port or entry point; throughput in unit-days per turn (SupplySource). */
export const sourceSchema = z
  .object({
    id,
    side,
    kind: z.enum(["depot", "railhead", "port", "entry"]),
    name: line(80).min(1),
    at: place,
    throughput: z.number().int().min(0).max(1000),
  })
  .strict();

/** Air-defence and strike cover over an area: ports inside it deliver less (AntiAccessZone). */
export const zoneSchema = z
  .object({
    side,
    name: line(80).min(1),
    at: place,
    radius: z.number().int().min(0).max(200),
    portPenalty: pct,
  })
  .strict();

/** What shapes one side's play (SideSettings); whatever is left out takes the engine's default. */
export const sideSettingsSchema = z
  .object({
    commandFriction: pct.optional(),
    logisticsFriction: pct.optional(),
    airSorties: z.number().int().min(0).max(1000).optional(),
    fireMissions: z.number().int().min(0).max(1000).optional(),
    surpriseTurns: z.number().int().min(0).max(100).optional(),
  })
  .strict();

/**
 * The analyst's dials (issue 7). What each one does is defined in parameters.ts; a scenario
 * gives its own values, and `sim --set KEY=VALUE` or the start screen may change them.
 */
export const parametersSchema = z
  .object({
    warningDays: z.number().min(0).max(90).optional(),
    redFriction: z.number().min(0).max(1).optional(),
    usCommitment: z.number().min(0).max(1).optional(),
    alliedWill: z.number().min(0).max(1).optional(),
  })
  .strict();

/**
 * A unit that joins the war later: `unit.at` is where it enters (a port, an airfield, a border
 * crossing or a railhead); `readyHours` counts from the order to mobilise, so strategic warning,
 * commitment and friction move its arrival (parameters.ts).
 */
export const reinforcementSchema = z
  .object({
    unit: unitSchema,
    readyHours: z.number().int().min(0).max(24 * 365),
    by: z.enum(["air", "sea", "rail", "road"]),
    commitment: z.enum(["national", "allied", "us"]),
  })
  .strict();

export const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    version: z.number().int().min(1).max(1_000_000),
    id,
    title: line(120).min(1),
    summary: text(400),
    briefing: text(8000),
    sources: z.array(text(400)).max(100),
    map: id,
    order: z.array(side).min(2).max(2),
    turns: z.number().int().min(1).max(1000),
    victory: z
      .object({
        redPointsToWin: z.number().int().min(1).max(100_000),
        /** Percent of its personnel a side may lose before it gives up the war. */
        lossesToLose: z.object({ red: z.number().int().min(1).max(100).optional(), blue: z.number().int().min(1).max(100).optional() }).strict().optional(),
      })
      .strict(),
    objectives: z.array(objectiveSchema).max(500),
    units: z.array(unitSchema).min(1).max(5000),
    reinforcements: z.array(reinforcementSchema).max(5000).optional(),
    parameters: parametersSchema.optional(),
    supply: z
      .object({
        sources: z.array(sourceSchema).max(500).optional(),
        zones: z.array(zoneSchema).max(100).optional(),
      })
      .strict()
      .optional(),
    sides: z.object({ red: sideSettingsSchema.optional(), blue: sideSettingsSchema.optional() }).strict().optional(),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type Place = z.infer<typeof place>;
export type ScenarioParameters = z.infer<typeof parametersSchema>;
export type Reinforcement = z.infer<typeof reinforcementSchema>;
