// Map projections: how latitude and longitude fall on a map's km grid. The engine owns these
// formulas (no d3 at run time) so that `locate` in a game and the map generator agree exactly.

/**
 * An equirectangular frame: x km east of `west`, y km south of `north` (the sketch map's).
 */
export interface EquirectangularFrame {
  kind: "equirectangular";
  west: number;
  north: number;
  kmPerDegLon: number;
  kmPerDegLat: number;
}

/**
 * A Lambert conformal conic projection on a sphere (Snyder, "Map Projections: A Working
 * Manual", 1987, pp. 104–107). Conformal, so hexes keep their shape; with standard parallels
 * near 54° and 59° N the scale stays within ~0.4 % of true across 52–61° N. The grid origin
 * (the centre of hex 0) sits at projected (originX, originY) km east and north of (lon0, lat0).
 */
export interface LambertConicFrame {
  kind: "lambert-conformal-conic";
  radiusKm: number;
  lon0: number;
  lat0: number;
  lat1: number;
  lat2: number;
  originX: number;
  originY: number;
}

export type GeoFrame = EquirectangularFrame | LambertConicFrame;

const RAD = Math.PI / 180;

interface ConicConstants {
  n: number;
  /** R·F in Snyder's notation. */
  rf: number;
  rho0: number;
}

function conic(f: LambertConicFrame): ConicConstants {
  const p1 = f.lat1 * RAD;
  const p2 = f.lat2 * RAD;
  const t = (p: number): number => Math.tan(Math.PI / 4 + p / 2);
  const n = p1 === p2 ? Math.sin(p1) : Math.log(Math.cos(p1) / Math.cos(p2)) / Math.log(t(p2) / t(p1));
  const rf = (f.radiusKm * Math.cos(p1) * Math.pow(t(p1), n)) / n;
  return { n, rf, rho0: rf / Math.pow(t(f.lat0 * RAD), n) };
}

/** Latitude and longitude to km on the grid's frame (x east, y south of the grid origin). */
export function projectToGrid(geo: GeoFrame, lat: number, lon: number): { x: number; y: number } {
  if (geo.kind === "equirectangular") return { x: (lon - geo.west) * geo.kmPerDegLon, y: (geo.north - lat) * geo.kmPerDegLat };
  const { n, rf, rho0 } = conic(geo);
  const rho = rf / Math.pow(Math.tan(Math.PI / 4 + (lat * RAD) / 2), n);
  const theta = n * (lon - geo.lon0) * RAD;
  const east = rho * Math.sin(theta);
  const north = rho0 - rho * Math.cos(theta);
  return { x: east - geo.originX, y: geo.originY - north };
}

/** Km on the grid's frame back to latitude and longitude (the inverse of projectToGrid). */
export function unprojectFromGrid(geo: GeoFrame, x: number, y: number): { lat: number; lon: number } {
  if (geo.kind === "equirectangular") return { lon: geo.west + x / geo.kmPerDegLon, lat: geo.north - y / geo.kmPerDegLat };
  const { n, rf, rho0 } = conic(geo);
  const east = x + geo.originX;
  const dy = rho0 - (geo.originY - y);
  // n > 0 for any northern-hemisphere cone, so ρ takes the sign of n (Snyder eq. 14-10).
  const rho = Math.sign(n) * Math.hypot(east, dy);
  const theta = Math.atan2(Math.sign(n) * east, Math.sign(n) * dy);
  const lat = (2 * Math.atan(Math.pow(rf / rho, 1 / n)) - Math.PI / 2) / RAD;
  return { lat, lon: geo.lon0 + theta / n / RAD };
}
