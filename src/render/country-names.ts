// The names of the map's countries (its data carries ISO codes), as a player reads them.

const NAMES: Readonly<Record<string, string>> = {
  EE: "Estonia",
  LV: "Latvia",
  LT: "Lithuania",
  PL: "Poland",
  RU: "Russia",
  "RU-KGD": "Russia (Kaliningrad)",
  BY: "Belarus",
  FI: "Finland",
  SE: "Sweden",
  DK: "Denmark",
  NO: "Norway",
  DE: "Germany",
  UA: "Ukraine",
  AX: "Åland (Finland)",
};

/** "Estonia" for "EE"; a code the table lacks is returned as it is rather than hidden. */
export function countryName(code: string): string {
  return Object.hasOwn(NAMES, code) ? (NAMES[code] ?? code) : code;
}
