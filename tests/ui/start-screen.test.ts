// The start screen's pure helpers: parameters shown as text, the briefing cut into paragraphs.

import { describe, expect, it } from "vitest";
import { bundledScenarios } from "../../src/scenario";
import { briefingParagraphs, parameterText } from "../../src/ui/start-screen";

describe("the start screen's text", () => {
  it("shows a parameter's value as one line, whatever its type", () => {
    expect(parameterText("fast")).toBe("fast");
    expect(parameterText(3)).toBe("3");
    expect(parameterText(false)).toBe("false");
    expect(parameterText({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(parameterText(undefined)).toBe("undefined");
  });

  it("cuts a briefing into paragraphs at blank lines", () => {
    expect(briefingParagraphs("One.\n\nTwo,\nstill two.\n \n\nThree.\n")).toEqual(["One.", "Two,\nstill two.", "Three."]);
    expect(briefingParagraphs("")).toEqual([]);
  });

  it("has a briefing for every bundled scenario", () => {
    for (const s of bundledScenarios()) expect(briefingParagraphs(s.briefing).length, s.id).toBeGreaterThan(0);
  });
});
