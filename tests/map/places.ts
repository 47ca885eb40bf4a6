// Named places of the theatre with their GeoNames coordinates and the country they lie in,
// shared by the map tests.

export interface Place {
  name: string;
  lat: number;
  lon: number;
  country: string;
}

export const NAMED_PLACES: readonly Place[] = [
  { name: "Tallinn", lat: 59.437, lon: 24.7535, country: "EE" },
  { name: "Tartu", lat: 58.3806, lon: 26.7251, country: "EE" },
  { name: "Narva", lat: 59.3772, lon: 28.1903, country: "EE" },
  { name: "Pärnu", lat: 58.3859, lon: 24.4971, country: "EE" },
  { name: "Riga", lat: 56.946, lon: 24.1059, country: "LV" },
  { name: "Daugavpils", lat: 55.8833, lon: 26.5333, country: "LV" },
  { name: "Rēzekne", lat: 56.5103, lon: 27.34, country: "LV" },
  { name: "Liepāja", lat: 56.5047, lon: 21.0109, country: "LV" },
  { name: "Vilnius", lat: 54.6892, lon: 25.2798, country: "LT" },
  { name: "Kaunas", lat: 54.9027, lon: 23.9096, country: "LT" },
  { name: "Klaipėda", lat: 55.7068, lon: 21.1391, country: "LT" },
  { name: "Šiauliai", lat: 55.9333, lon: 23.3167, country: "LT" },
  { name: "Kaliningrad", lat: 54.7065, lon: 20.511, country: "RU-KGD" },
  { name: "Suwałki", lat: 54.1118, lon: 22.9309, country: "PL" },
  { name: "Białystok", lat: 53.1333, lon: 23.1643, country: "PL" },
  { name: "Warsaw", lat: 52.2298, lon: 21.0118, country: "PL" },
  { name: "Gdańsk", lat: 54.3523, lon: 18.6491, country: "PL" },
  { name: "Minsk", lat: 53.9, lon: 27.5667, country: "BY" },
  { name: "Hrodna", lat: 53.6884, lon: 23.8258, country: "BY" },
  { name: "Pskov", lat: 57.8136, lon: 28.3496, country: "RU" },
  { name: "St Petersburg", lat: 59.9386, lon: 30.3141, country: "RU" },
  { name: "Helsinki", lat: 60.1695, lon: 24.9354, country: "FI" },
  { name: "Stockholm", lat: 59.3294, lon: 18.0687, country: "SE" },
  { name: "Visby", lat: 57.6409, lon: 18.296, country: "SE" },
];

/** Great-circle distance on a sphere of 6,371 km (haversine). */
export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
