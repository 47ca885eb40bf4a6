// Loads a scenario from untrusted data: format and version first, then the schema, then the
// checks that need the map and the templates (every unit on land, no duplicate ids…).

import {
  DIVERT_STEPS,
  STACK_LIMIT,
  distance,
  nearby,
  TEMPLATES,
  createGame,
  isWater,
  locate,
  terrainOf,
  type AntiAccessZone,
  type GameSetup,
  type GameState,
  type HexMap,
  type Side,
  type SideSettings,
  type SupplySource,
  type UnitTemplate,
} from "../engine";
import { checkEnvelope, describeIssue, fail, parseJsonText, type Result } from "./safe-json";
import { loadMap, knownMapIds } from "./maps";
import { SCENARIO_FORMAT, SCENARIO_VERSION, scenarioSchema, type Place, type Scenario } from "./schema";
import { arrivalHour, arrivalTurn, parameterSettings, parameterValues } from "./parameters";

export interface LoadedScenario {
  scenario: Scenario;
  map: HexMap;
  setup: GameSetup;
}



function resolvePlace(map: HexMap, at: Place): number {
  if ("hex" in at) return at.hex < map.size ? at.hex : -1;
  return locate(map, at.lat, at.lon);
}

function describePlace(at: Place): string {
  return "hex" in at ? `hex ${at.hex}` : `${at.lat}, ${at.lon}`;
}

/** Validates parsed data as a scenario and resolves it against its map. */
export function loadScenario(data: unknown): Result<LoadedScenario> {
  const envelope = checkEnvelope(data, SCENARIO_FORMAT, SCENARIO_VERSION, "scenario");
  if (!envelope.ok) return envelope;
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) return fail(describeIssue(parsed.error, "scenario"));
  const scenario = parsed.data;
  const map = loadMap(scenario.map);
  if (!map) return fail(`The scenario names the map "${scenario.map}", which this build does not have (it has ${knownMapIds().join(", ")}).`);
  if (scenario.order[0] === scenario.order[1]) return fail("The scenario's turn order must name red and blue once each.");

  const setup: GameSetup = {
    scenario: scenario.id,
    map: map.id,
    order: scenario.order.slice(),
    lastTurn: scenario.turns,
    redPointsToWin: scenario.victory.redPointsToWin,
    ...(scenario.victory.lossesToLose ? { lossLimits: { ...scenario.victory.lossesToLose } } : {}),
    units: [],
    objectives: [],
  };
  const supply = resolveSupply(map, scenario);
  if (!supply.ok) return supply;
  setup.sources = supply.value.sources;
  setup.zones = supply.value.zones;
  const ids = new Set<string>();
  const stack = new Map<number, number>();
  /** A unique id, and a template that exists and is of the unit's side: for units and reinforcements alike. */
  const identify = (u: Scenario["units"][number], where: string): Result<UnitTemplate> => {
    if (ids.has(u.id)) return fail(`The scenario lists the unit id "${u.id}" twice.`);
    ids.add(u.id);
    const template = Object.hasOwn(TEMPLATES, u.template) ? TEMPLATES[u.template] : undefined;
    if (!template) return fail(`The scenario's ${where} uses the template "${u.template}", which does not exist.`);
    if (template.side !== u.side) return fail(`The scenario's ${where} is ${u.side} but its template "${u.template}" is ${template.side}.`);
    return { ok: true, value: template };
  };
  const place = (u: Scenario["units"][number], where: string, divert: boolean): Result<number> => {
    const known = identify(u, where);
    if (!known.ok) return known;
    const template = known.value;
    const at = resolvePlace(map, u.at);
    if (at < 0) return fail(`The scenario's ${where} stands at ${describePlace(u.at)}, which is off the map.`);
    if (isWater(map, at)) return fail(`The scenario's ${where} stands at ${describePlace(u.at)}, which is water.`);
    const own = u.side === "red" ? 0 : 1;
    const fits = (hex: number): boolean => !stack.has(hex * 2 + (1 - own)) && (stack.get(hex * 2 + own) ?? 0) + template.stack <= STACK_LIMIT;
    // A reinforcement already in place when the war starts stands near its entry if the entry is full.
    const hex = divert ? (nearby(map, at, DIVERT_STEPS).find(fits) ?? at) : at;
    // The rules never let a move end in an enemy's hex, so no game may start with one.
    if (stack.has(hex * 2 + (1 - own))) return fail(`The scenario's ${where} stands on hex ${hex} with an enemy unit.`);
    const points = (stack.get(hex * 2 + own) ?? 0) + template.stack;
    if (points > STACK_LIMIT) return fail(`The scenario stacks more than ${STACK_LIMIT} points of ${u.side} units on hex ${hex} (at ${where}).`);
    stack.set(hex * 2 + own, points);
    return { ok: true, value: hex };
  };
  for (const [i, u] of scenario.units.entries()) {
    const hex = place(u, `units[${i}] (${u.id})`, false);
    if (!hex.ok) return hex;
    setup.units.push({ id: u.id, side: u.side, name: u.name, template: u.template, nation: u.nation, hex: hex.value });
  }
  const values = parameterValues(scenario.parameters);
  setup.arrivals = [];
  for (const [i, r] of (scenario.reinforcements ?? []).entries()) {
    const where = `reinforcements[${i}] (${r.unit.id})`;
    const entry = resolvePlace(map, r.unit.at);
    const hour = arrivalHour(r, values, entry < 0 ? 0 : seaDelay(map, supply.value.zones, r.unit.side, entry));
    const turn = hour === null ? null : arrivalTurn(hour);
    if (turn === 0) {
      const hex = place(r.unit, where, true);
      if (!hex.ok) return hex;
      setup.units.push({ id: r.unit.id, side: r.unit.side, name: r.unit.name, template: r.unit.template, nation: r.unit.nation, hex: hex.value });
      continue;
    }
    // Checked even when it will not come in this game, so a file's mistakes show at once.
    const known = identify(r.unit, where);
    if (!known.ok) return known;
    const hex = entry;
    if (hex < 0 || isWater(map, hex)) return fail(`The scenario's ${where} enters at ${describePlace(r.unit.at)}, which is not land on the map.`);
    if (turn === null || turn > scenario.turns) continue;
    setup.arrivals.push({ id: r.unit.id, side: r.unit.side, name: r.unit.name, template: r.unit.template, nation: r.unit.nation, hex, turn, by: r.by });
  }
  const objectiveHexes = new Set<number>();
  for (const [i, o] of scenario.objectives.entries()) {
    const hex = resolvePlace(map, o.at);
    if (hex < 0 || isWater(map, hex)) return fail(`The scenario's objectives[${i}] (${o.name}) is not on land on the map.`);
    if (objectiveHexes.has(hex)) return fail(`The scenario's objectives[${i}] (${o.name}) shares its hex with another objective.`);
    objectiveHexes.add(hex);
    setup.objectives.push({ hex, name: o.name, points: o.points, holder: o.holder });
  }
  setup.settings = parameterSettings(values, resolveSettings(scenario));
  // Red wins the moment it holds enough points; a game that starts that way is decided already.
  const redPoints = setup.objectives.reduce((sum, o) => sum + (o.holder === "red" ? o.points : 0), 0);
  if (redPoints >= setup.redPointsToWin) {
    return fail(`The scenario gives red ${redPoints} objective points at the start, already the ${setup.redPointsToWin} it needs to win.`);
  }
  return { ok: true, value: { scenario, map, setup } };
}

/** The largest port penalty of the enemy's anti-access zones over `hex`, in percent. */
function seaDelay(map: HexMap, zones: readonly AntiAccessZone[], side: Side, hex: number): number {
  let worst = 0;
  for (const z of zones) if (z.side !== side && distance(map, z.hex, hex) <= z.radius) worst = Math.max(worst, z.portPenalty);
  return worst;
}

function touchesSea(map: HexMap, hex: number): boolean {
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[hex * 6 + d] ?? -1;
    if (n >= 0 && terrainOf(map, n) === "sea") return true;
  }
  return false;
}

/** Supply sources and anti-access zones placed on the map: sources on land, ports on the coast. */
function resolveSupply(map: HexMap, scenario: Scenario): Result<{ sources: SupplySource[]; zones: AntiAccessZone[] }> {
  const sources: SupplySource[] = [];
  const ids = new Set<string>();
  for (const [i, s] of (scenario.supply?.sources ?? []).entries()) {
    const where = `supply.sources[${i}] (${s.id})`;
    if (ids.has(s.id)) return fail(`The scenario lists the supply source id "${s.id}" twice.`);
    ids.add(s.id);
    const hex = resolvePlace(map, s.at);
    if (hex < 0) return fail(`The scenario's ${where} stands at ${describePlace(s.at)}, which is off the map.`);
    if (isWater(map, hex)) return fail(`The scenario's ${where} stands at ${describePlace(s.at)}, which is water; a port goes on the coastal land hex.`);
    if (s.kind === "port" && !touchesSea(map, hex)) return fail(`The scenario's ${where} is a port, but hex ${hex} does not touch the sea.`);
    sources.push({ id: s.id, side: s.side, kind: s.kind, name: s.name, hex, throughput: s.throughput });
  }
  const zones: AntiAccessZone[] = [];
  for (const [i, z] of (scenario.supply?.zones ?? []).entries()) {
    const hex = resolvePlace(map, z.at);
    if (hex < 0) return fail(`The scenario's supply.zones[${i}] (${z.name}) is centred at ${describePlace(z.at)}, which is off the map.`);
    zones.push({ side: z.side, name: z.name, hex, radius: z.radius, portPenalty: z.portPenalty });
  }
  return { ok: true, value: { sources, zones } };
}

/** The settings a scenario gives each side; what it leaves out stays at the engine's default. */
function resolveSettings(scenario: Scenario): Partial<Record<Side, Partial<SideSettings>>> {
  const out: Partial<Record<Side, Partial<SideSettings>>> = {};
  for (const side of ["red", "blue"] as const) {
    const given = scenario.sides?.[side];
    if (!given) continue;
    const settings: Partial<SideSettings> = {};
    for (const [key, value] of Object.entries(given) as [keyof SideSettings, number | undefined][]) {
      if (value !== undefined) settings[key] = value;
    }
    out[side] = settings;
  }
  return out;
}

export function loadScenarioText(text: string): Result<LoadedScenario> {
  const parsed = parseJsonText(text, "scenario");
  return parsed.ok ? loadScenario(parsed.value) : parsed;
}

/** The first state of a game of this scenario. */
export function startGame(loaded: LoadedScenario, seed: string): GameState {
  return createGame(loaded.setup, seed);
}
