// The game clock: "D+1 18:00", day or night, derived from the hour counter in the state.

export function clockLabel(hour: number): string {
  const day = Math.floor(hour / 24);
  const h = hour % 24;
  return `D+${day} ${String(h).padStart(2, "0")}:00`;
}

/** Daylight from 06:00 to 18:00 (a simplification of Baltic daylight, which varies by season). */
export function isDay(hour: number): boolean {
  const h = hour % 24;
  return h >= 6 && h < 18;
}
