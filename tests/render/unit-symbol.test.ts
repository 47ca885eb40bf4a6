// Unit symbols: the APP-6 D code built from a template and the viewer, checked against
// milsymbol's own reading of it, and the strength and supply shown under a counter.

import ms from "milsymbol";
import { describe, expect, test } from "vitest";
import { TEMPLATES, templateOf, type Unit } from "../../src/engine";
import { strengthShare, supplyMark, symbolCode, symbolFill, symbolSpec } from "../../src/render/unit-symbol";

const ECHELON_NAMES = {
  company: "Company/battery/troop",
  battalion: "Battalion/squadron",
  regiment: "Regiment/group",
  brigade: "Brigade",
  division: "Division",
} as const;

describe("symbol codes", () => {
  test("every template gives a valid 20-digit APP-6 D land-unit code that milsymbol reads back", () => {
    for (const t of Object.values(TEMPLATES)) {
      for (const viewer of ["red", "blue"] as const) {
        const code = symbolCode(t, t.side, viewer);
        expect(code, t.id).toMatch(/^\d{20}$/);
        const symbol = new ms.Symbol(code, { standard: "APP6" });
        expect(symbol.isValid(), `${t.id} seen by ${viewer}`).toBe(true);
        const meta = symbol.getMetadata();
        expect(meta.affiliation).toBe(t.side === viewer ? "Friend" : "Hostile");
        expect(meta.dimension).toBe("Ground");
        expect(meta.echelon).toBe(ECHELON_NAMES[t.echelon]);
        expect(meta.headquarters).toBe(t.arm === "headquarters");
      }
    }
  });

  test("the viewer's own units are friends and the other side's hostile", () => {
    const t = templateOf("ru-mr-btg");
    expect(symbolCode(t, "red", "red").slice(2, 4)).toBe("03");
    expect(symbolCode(t, "red", "blue").slice(2, 4)).toBe("06");
  });

  test("each arm has its own icon: entity and modifiers", () => {
    const icon = (id: string): string => symbolCode(templateOf(id), "blue", "blue").slice(10);
    expect(icon("baltic-inf-bn")).toBe("1211000000");
    expect(icon("nato-mech-brigade")).toBe("1211020000");
    expect(icon("nato-armd-brigade")).toBe("1205000000");
    expect(icon("us-airborne-coy")).toBe("1211000001"); // infantry, airborne modifier
    expect(symbolCode(templateOf("ru-naval-inf-bn"), "red", "red").slice(10)).toBe("1211010000"); // amphibious
    expect(icon("nato-artillery-bn")).toBe("1303010000"); // tracked guns: self-propelled
    expect(icon("nato-rocket-bn")).toBe("1303004100"); // multiple rocket launcher modifier
    expect(icon("nato-sam-bn")).toBe("1301000000");
    expect(symbolCode(templateOf("ru-recon-bn"), "red", "red").slice(10)).toBe("1213000000");
    expect(icon("nato-hq")).toBe("1100000000");
    expect(symbolCode(templateOf("nato-hq"), "blue", "blue").charAt(7)).toBe("2"); // headquarters staff
  });
});

describe("symbol specs", () => {
  const unit = (side: "red" | "blue", nation: string): Pick<Unit, "template" | "side" | "nation"> => ({ template: side === "red" ? "ru-mr-btg" : "baltic-inf-bn", side, nation });

  test("a side keeps its fill whoever looks, and the two sides' fills differ", () => {
    expect(symbolSpec(unit("red", "RU"), "red").fill).toBe(symbolSpec(unit("red", "RU"), "blue").fill);
    expect(symbolFill("red")).not.toBe(symbolFill("blue"));
  });

  test("the texture key changes with everything drawn: code, fill and nation", () => {
    const keys = new Set([
      symbolSpec(unit("blue", "EE"), "blue").key,
      symbolSpec(unit("blue", "EE"), "red").key,
      symbolSpec(unit("blue", "LV"), "blue").key,
    ]);
    expect(keys.size).toBe(3);
    expect(symbolSpec(unit("blue", "LV"), "blue").key).toBe(symbolSpec(unit("blue", "LV"), "blue").key);
  });
});

describe("strength and supply under a counter", () => {
  test("strength is personnel against the template's authorised personnel, between 0 and 1", () => {
    const authorised = templateOf("ru-mr-btg").personnel;
    expect(strengthShare({ template: "ru-mr-btg", personnel: authorised })).toBe(1);
    expect(strengthShare({ template: "ru-mr-btg", personnel: authorised / 2 })).toBe(0.5);
    expect(strengthShare({ template: "ru-mr-btg", personnel: 0 })).toBe(0);
    expect(strengthShare({ template: "ru-mr-btg", personnel: authorised * 2 })).toBe(1);
  });

  test("the marker is the worse of the traced route and the turns already spent unsupplied", () => {
    expect(supplyMark("traced", 0)).toBe("in");
    expect(supplyMark("short", 0)).toBe("short");
    expect(supplyMark("out", 0)).toBe("out");
    expect(supplyMark("traced", 1)).toBe("out");
    expect(supplyMark("short", 2)).toBe("out");
  });
});
