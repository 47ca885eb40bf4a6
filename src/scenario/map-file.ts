// The map file format ("eastern-flank/map", assets/map/*.json): a zod schema, the decoder to
// the engine's MapData (validated, size-limited, one-sentence refusals) and the writer the
// generator uses, so both sides of the format live in one place.

import { z } from "zod";
import { MAP_LAYERS, TERRAINS, type GeoFrame, type MapData } from "../engine";
import { decodeLayer, encodeLayer } from "./map-codec";
import { checkEnvelope, describeIssue, fail, type Result } from "./safe-json";
import { idSchema } from "./schema";

export const MAP_FORMAT = "eastern-flank/map";
export const MAP_VERSION = 1;
/** Largest grid a map file may describe: far above any theatre, far below what hurts a browser. */
export const MAX_MAP_HEXES = 250_000;

const finite = z.number().finite();
const geoSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("equirectangular"), west: finite, north: finite, kmPerDegLon: finite.positive(), kmPerDegLat: finite.positive() }).strict(),
  z
    .object({
      kind: z.literal("lambert-conformal-conic"),
      radiusKm: finite.positive(),
      lon0: finite.min(-180).max(180),
      lat0: finite.min(-89).max(89),
      lat1: finite.min(1).max(89),
      lat2: finite.min(1).max(89),
      originX: finite,
      originY: finite,
    })
    .strict(),
]);
const name = z.string().min(1).max(80);
const layerText = z.string().max(4 * MAX_MAP_HEXES);
const layersSchema = z.object(Object.fromEntries(MAP_LAYERS.map((k) => [k, layerText])) as Record<(typeof MAP_LAYERS)[number], typeof layerText>).strict();

export const mapFileSchema = z
  .object({
    format: z.literal(MAP_FORMAT),
    version: z.number().int().min(1),
    id: idSchema,
    name,
    about: z.string().max(2000),
    sources: z.array(z.string().max(400)).max(20),
    cols: z.number().int().min(1).max(2000),
    rows: z.number().int().min(1).max(2000),
    kmPerHex: finite.positive().max(1000),
    geo: geoSchema,
    extent: z.object({ west: finite, east: finite, south: finite, north: finite }).strict(),
    countries: z.array(z.string().max(8)).min(1).max(64),
    layers: layersSchema,
    cities: z.array(z.tuple([z.number().int().min(0), name, z.number().int().min(0).max(100_000_000)])).max(20_000),
    ports: z.array(z.tuple([z.number().int().min(0), name])).max(2_000),
  })
  .strict();

export type MapFile = z.infer<typeof mapFileSchema>;

/** Highest value each layer may hold: terrain codes, country indexes, 6-bit edge masks, gauge bits. */
function layerLimit(key: (typeof MAP_LAYERS)[number], countries: number): number {
  if (key === "terrain") return TERRAINS.length - 1;
  if (key === "country") return countries - 1;
  if (key === "gauge") return 3;
  return 63;
}


/** Validates parsed data as a map file and decodes it into the engine's MapData. */
export function decodeMapFile(data: unknown): Result<MapData> {
  const envelope = checkEnvelope(data, MAP_FORMAT, MAP_VERSION, "map file");
  if (!envelope.ok) return envelope;
  const parsed = mapFileSchema.safeParse(data);
  if (!parsed.success) return fail(describeIssue(parsed.error, "map file"));
  const file = parsed.data;
  const size = file.cols * file.rows;
  if (size > MAX_MAP_HEXES) return fail(`The map file describes ${size} hexes, more than the ${MAX_MAP_HEXES} a map may have.`);
  if (file.countries[0] !== "") return fail("The map file's first country must be the empty name used for the sea.");
  const layers: Partial<Record<(typeof MAP_LAYERS)[number], Uint8Array>> = {};
  for (const key of MAP_LAYERS) {
    const layer = decodeLayer(file.layers[key], size);
    if (!layer) return fail(`The map file's ${key} layer does not decode to ${size} hexes.`);
    const limit = layerLimit(key, file.countries.length);
    const bad = layer.findIndex((v) => v > limit);
    if (bad >= 0) return fail(`The map file's ${key} layer holds ${layer[bad]} at hex ${bad}, above the largest allowed value ${limit}.`);
    layers[key] = layer;
  }
  const { terrain, country, rivers, roads, rails, gauge, bridges } = layers;
  if (!terrain || !country || !rivers || !roads || !rails || !gauge || !bridges) return fail("The map file lacks a layer.");
  const cities: MapData["cities"] = {};
  for (const [hex, cityName, population] of file.cities) {
    if (hex >= size) return fail(`The map file places the city ${cityName} at hex ${hex}, off its ${size} hexes.`);
    if (Object.hasOwn(cities, hex)) return fail(`The map file places two cities at hex ${hex}.`);
    cities[hex] = { name: cityName, population };
  }
  const ports: MapData["ports"] = {};
  for (const [hex, portName] of file.ports) {
    if (hex >= size) return fail(`The map file places the port ${portName} at hex ${hex}, off its ${size} hexes.`);
    ports[hex] = portName;
  }
  const geo: GeoFrame = file.geo;
  return {
    ok: true,
    value: { id: file.id, name: file.name, cols: file.cols, rows: file.rows, kmPerHex: file.kmPerHex, terrain, country, countries: file.countries, rivers, roads, rails, gauge, bridges, cities, ports, geo },
  };
}

export interface MapFileMeta {
  about: string;
  sources: string[];
  extent: MapFile["extent"];
}

/**
 * The text of a map file: keys in a fixed order, cities and ports sorted by hex, one city a
 * line, so the same map always gives the same bytes and a regenerated file diffs readably.
 */
export function mapFileText(map: MapData, meta: MapFileMeta): string {
  const head: Omit<MapFile, "layers" | "cities" | "ports"> = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    id: map.id,
    name: map.name,
    about: meta.about,
    sources: meta.sources,
    cols: map.cols,
    rows: map.rows,
    kmPerHex: map.kmPerHex,
    geo: map.geo,
    extent: meta.extent,
    countries: map.countries,
  };
  const lines = Object.entries(head).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const layers = MAP_LAYERS.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(encodeLayer(map[k]))}`);
  const byHex = (a: [string, unknown], b: [string, unknown]): number => Number(a[0]) - Number(b[0]);
  const cities = Object.entries(map.cities).sort(byHex).map(([hex, c]) => `  ${JSON.stringify([Number(hex), c.name, c.population])}`);
  const ports = Object.entries(map.ports).sort(byHex).map(([hex, p]) => `  ${JSON.stringify([Number(hex), p])}`);
  return `{\n${lines.join(",\n")},\n"layers": {\n${layers.join(",\n")}\n},\n"cities": [\n${cities.join(",\n")}\n],\n"ports": [\n${ports.join(",\n")}\n]\n}\n`;
}
