// Unit templates: looked up by id, and only real ids.

import { describe, expect, test } from "vitest";
import { STACK_LIMIT, TEMPLATES, templateOf } from "../../src/engine";

describe("templates", () => {
  test("every template has a positive allowance, fits a stack and sees at least its neighbours", () => {
    for (const t of Object.values(TEMPLATES)) {
      expect(templateOf(t.id)).toBe(t);
      expect(t.mp).toBeGreaterThan(0);
      expect(t.stack).toBeGreaterThan(0);
      expect(t.stack).toBeLessThanOrEqual(STACK_LIMIT);
      expect(t.detect).toBeGreaterThanOrEqual(1);
    }
  });

  test("an unknown id, or the name of an Object member, is not a template (a programming error)", () => {
    for (const id of ["nope", "constructor", "toString", "__proto__", "hasOwnProperty"]) expect(() => templateOf(id)).toThrow(/unknown unit template/);
  });
});
