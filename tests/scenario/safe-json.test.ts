// Reading untrusted JSON text: size-limited, and every failure one sentence, never a throw.

import { afterEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { MAX_FILE_BYTES, describeIssue, parseJsonText } from "../../src/scenario";

function error(result: { ok: boolean; error?: string }): string {
  if (result.ok || result.error === undefined) throw new Error("expected a refusal");
  return result.error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseJsonText", () => {
  test("parses JSON", () => {
    expect(parseJsonText('{"a": [1, 2]}', "file")).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  test("an empty or blank text is refused as empty", () => {
    expect(error(parseJsonText("", "save"))).toBe("The save is empty.");
    expect(error(parseJsonText(" \n\t ", "save"))).toBe("The save is empty.");
  });

  test("a cut-off text is refused as incomplete", () => {
    for (const text of ['{"a": ', '{"a": "unterminated', "[1, 2", '{"a"']) {
      expect(error(parseJsonText(text, "save"))).toBe("The save ends too early: it is cut off or incomplete.");
    }
  });

  test("a text over the size limit is refused before parsing", () => {
    const spy = vi.spyOn(JSON, "parse");
    expect(error(parseJsonText("[1]".padEnd(101, " "), "save", 100))).toMatch(/^The save is .* MB, more than/);
    expect(spy).not.toHaveBeenCalled();
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  test("a syntax error in a pretty-printed file is one line, and short", () => {
    const text = JSON.stringify({ a: 1, b: [1, 2, 3], c: "x".repeat(500) }, null, 2).replace('"b"', "b");
    const message = error(parseJsonText(text, "save"));
    expect(message).toMatch(/^The save is not valid JSON/);
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(300);
  });

  test("a stack overflow in JSON.parse (deep nesting on some engines) is caught and explained", () => {
    vi.spyOn(JSON, "parse").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const message = error(parseJsonText("[[[[]]]]", "save"));
    expect(message).toMatch(/^The save /);
    expect(message).toMatch(/nest/);
  });

  test("100,000 nested arrays do not throw", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(() => parseJsonText(deep, "save")).not.toThrow();
  });
});

describe("describeIssue", () => {
  test("names the path of the first issue", () => {
    const schema = z.object({ units: z.array(z.object({ hex: z.number() })) });
    const parsed = schema.safeParse({ units: [{ hex: 1 }, { hex: "x" }] });
    if (parsed.success) throw new Error("expected a failure");
    expect(describeIssue(parsed.error, "save")).toMatch(/^The save is not valid at units\[1\]\.hex: /);
  });

  test("keeps a hostile key on one short line", () => {
    const schema = z.object({}).strict();
    const parsed = schema.safeParse({ ["evil\nkey".repeat(200)]: 1 });
    if (parsed.success) throw new Error("expected a failure");
    const message = describeIssue(parsed.error, "save");
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(300);
  });
});
