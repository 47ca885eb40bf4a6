// The page's URL parameters: defaults, the seats, and one sentence for every bad value.

import { describe, expect, it } from "vitest";
import { MAX_SEED, readPageOptions, seedIsValid, startQuery, startScreenQuery, wantsStartScreen } from "../../src/ui/page-options";

const read = (search: string) => readPageOptions(search, "first-contact");

describe("readPageOptions", () => {
  it("gives the defaults for an empty query: first scenario, seed 1, both sides human", () => {
    expect(read("")).toEqual({ ok: true, value: { scenario: "first-contact", seed: "1", seats: { red: "human", blue: "human" }, level: "standard", debug: false, renderer: "auto", settings: [] } });
  });

  it("reads scenario, seed, seats, debug and renderer", () => {
    expect(read("?scenario=x&seed=abc&red=human&blue=human&debug=1&renderer=canvas")).toEqual({
      ok: true,
      value: { scenario: "x", seed: "abc", seats: { red: "human", blue: "human" }, level: "standard", debug: true, renderer: "canvas", settings: [] },
    });
  });

  it("refuses an empty scenario and a seed that is empty or too long, in a sentence", () => {
    expect(read("?scenario=")).toMatchObject({ ok: false, error: expect.stringMatching(/scenario parameter is empty/) });
    expect(read("?seed=")).toMatchObject({ ok: false, error: `The seed must be 1 to ${MAX_SEED} characters long, as in ?seed=1.` });
    expect(read(`?seed=${"s".repeat(MAX_SEED + 1)}`)).toMatchObject({ ok: false });
    expect(read(`?seed=${"s".repeat(MAX_SEED)}`)).toMatchObject({ ok: true });
  });

  it("reads a computer seat as DESIGN.md writes it (red=ai) or as the start screen says it, and its level", () => {
    expect(read("?red=ai&level=expert")).toMatchObject({ ok: true, value: { seats: { red: "computer", blue: "human" }, level: "expert" } });
    expect(read("?blue=computer")).toMatchObject({ ok: true, value: { seats: { red: "human", blue: "computer" }, level: "standard" } });
    expect(read("?red=ai&level=grandmaster")).toEqual({ ok: false, error: 'The level must be "novice", "standard" or "expert", not "grandmaster".' });
  });

  it("refuses a seat that is neither human nor computer, quoting at most 40 characters of it", () => {
    expect(read("?blue=robot")).toEqual({ ok: false, error: 'The blue parameter must be "human" or "ai", not "robot".' });
    const long = read(`?red=${"x".repeat(500)}`);
    expect(long.ok ? "" : long.error.length).toBeLessThan(120);
  });

  it("reads the computer's test-only time budget and stall with debug=1 alone, refusing bad numbers", () => {
    expect(read("?debug=1&thinkLimitMs=400&aiStallMs=3000")).toMatchObject({ ok: true, value: { thinkLimitMs: 400, stallMs: 3000 } });
    const plain = read("?thinkLimitMs=400");
    expect(plain.ok && plain.value.thinkLimitMs).toBe(undefined);
    expect(read("?debug=1&thinkLimitMs=0")).toEqual({ ok: false, error: 'thinkLimitMs must be a whole number of milliseconds from 1, not "0".' });
    expect(read("?debug=1&aiStallMs=soon")).toMatchObject({ ok: false, error: expect.stringMatching(/^aiStallMs must be a whole number/) });
  });

  it("carries the scenario parameters the address changes, to be checked when the scenario loads", () => {
    expect(read("?scenario=rand-2016&redFriction=1&alliedWill=0.2&luck=9")).toMatchObject({ ok: true, value: { settings: ["redFriction=1", "alliedWill=0.2"] } });
    expect(startQuery("", { scenario: "rand-2016", seed: "1", seats: { red: "computer", blue: "human" }, parameters: { redFriction: 1 } })).toBe("?scenario=rand-2016&seed=1&red=ai&blue=human&redFriction=1");
  });

  it("refuses an unknown renderer", () => {
    expect(read("?renderer=vulkan")).toMatchObject({ ok: false, error: expect.stringMatching(/"webgl", "canvas" or "auto", not "vulkan"/) });
  });
});

describe("seedIsValid", () => {
  it("accepts 1 to MAX_SEED characters of anything", () => {
    expect(seedIsValid("")).toBe(false);
    expect(seedIsValid(" ")).toBe(true);
    expect(seedIsValid("k7f2-q9xm")).toBe(true);
    expect(seedIsValid("é".repeat(MAX_SEED))).toBe(true);
    expect(seedIsValid("1".repeat(MAX_SEED + 1))).toBe(false);
  });
});

describe("the start screen's URLs", () => {
  it("shows the start screen exactly when the URL names no scenario", () => {
    expect(wantsStartScreen("")).toBe(true);
    expect(wantsStartScreen("?debug=1&seed=4")).toBe(true);
    expect(wantsStartScreen("?scenario=first-contact")).toBe(false);
    expect(wantsStartScreen("?scenario=")).toBe(false);
  });

  it("writes a start choice that readPageOptions reads back unchanged", () => {
    const game = { scenario: "first-contact", seed: "a b&c=d?é", seats: { red: "human", blue: "human" }, level: "standard" } as const;
    const query = startQuery("", game);
    expect(query).toBe("?scenario=first-contact&seed=a+b%26c%3Dd%3F%C3%A9&red=human&blue=human");
    expect(read(query)).toEqual({ ok: true, value: { ...game, debug: false, renderer: "auto", settings: [] } });
    const solo = { scenario: "first-contact", seed: "9", seats: { red: "computer", blue: "human" }, level: "expert" } as const;
    expect(startQuery("", solo)).toBe("?scenario=first-contact&seed=9&red=ai&blue=human&level=expert");
    expect(read(startQuery("", solo))).toEqual({ ok: true, value: { ...solo, debug: false, renderer: "auto", settings: [] } });
  });

  it("keeps debug and renderer across starting and leaving a game, and drops the game's own parameters", () => {
    const query = startQuery("?debug=1&renderer=canvas&seed=old&junk=1", { scenario: "s", seed: "new", seats: { red: "human", blue: "human" } });
    expect(query).toBe("?scenario=s&seed=new&red=human&blue=human&debug=1&renderer=canvas");
    expect(startScreenQuery(query)).toBe("?debug=1&renderer=canvas");
    expect(startScreenQuery("?scenario=s&seed=2&red=human&blue=human")).toBe("");
  });
});
