// The game clock label and day/night.

import { describe, expect, test } from "vitest";
import { WAR_START_HOUR, clockLabel, isDay } from "../../src/engine";

describe("clockLabel", () => {
  test.each([
    [0, "D+0 00:00"],
    [WAR_START_HOUR, "D+0 06:00"],
    [18, "D+0 18:00"],
    [30, "D+1 06:00"],
    [42, "D+1 18:00"],
    [24 * 10 + 6, "D+10 06:00"],
  ])("hour %i reads %s", (hour, label) => {
    expect(clockLabel(hour)).toBe(label);
  });
});

describe("isDay", () => {
  test("daylight runs from 06:00 up to 18:00 every day", () => {
    expect(isDay(5)).toBe(false);
    expect(isDay(6)).toBe(true);
    expect(isDay(17)).toBe(true);
    expect(isDay(18)).toBe(false);
    expect(isDay(30)).toBe(true);
    expect(isDay(42)).toBe(false);
  });
});
