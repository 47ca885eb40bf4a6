// The maps scenarios may name, built (and registered with the engine) on first use.

import { findMap, registerMap, type HexMap } from "../engine";
import { PLACEHOLDER_MAP_ID, buildPlaceholderMap } from "./placeholder-map";

const builders: Record<string, () => HexMap> = {
  [PLACEHOLDER_MAP_ID]: buildPlaceholderMap,
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
