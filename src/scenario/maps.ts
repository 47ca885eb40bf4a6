// The maps scenarios may name, built (and registered with the engine) on first use: the real
// Baltic theatre from its generated file.

import baltic from "../../assets/map/baltic.json";
import { buildMap, findMap, registerMap, type HexMap } from "../engine";
import { decodeMapFile } from "./map-file";

export const BALTIC_MAP_ID = "baltic";

/** The bundled Baltic map; its file is generated and committed, so a refusal is a build bug. */
function buildBalticMap(): HexMap {
  const decoded = decodeMapFile(baltic);
  if (!decoded.ok) throw new Error(`assets/map/baltic.json: ${decoded.error}`);
  return buildMap(decoded.value);
}

const builders: Record<string, () => HexMap> = {
  [BALTIC_MAP_ID]: buildBalticMap,
};

export function knownMapIds(): string[] {
  return Object.keys(builders);
}

/** The map with this id, registered with the engine; undefined if no such map exists. */
export function loadMap(id: string): HexMap | undefined {
  const loaded = findMap(id);
  if (loaded) return loaded;
  const build = Object.hasOwn(builders, id) ? builders[id] : undefined;
  return build ? registerMap(build()) : undefined;
}
