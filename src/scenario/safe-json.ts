// Reading JSON a user hands us: size-limited, parse errors turned into one sentence.
// JSON.parse never runs code; zod then decides whether the data means anything.

import type { z } from "zod";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Text from a file quoted in a message: line breaks and control characters become spaces and
 * long text is cut, so a refusal stays one short line whatever the file holds.
 */
export function oneLine(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  const flat = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Whether a JSON.parse message says the text stopped before the value was complete. */
function endsEarly(detail: string, text: string): boolean {
  if (/end of (JSON )?(data|input)|Unterminated|EOF/i.test(detail)) return true;
  // V8 reports a cut-off file as an unexpected token at the position just past its end.
  const at = /at position (\d+)/.exec(detail);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

export function parseJsonText(text: string, what: string, maxBytes = MAX_FILE_BYTES): Result<unknown> {
  if (text.length > maxBytes) {
    return { ok: false, error: `The ${what} is ${(text.length / 1048576).toFixed(1)} MB, more than the ${(maxBytes / 1048576).toFixed(0)} MB a ${what} may be.` };
  }
  if (text.trim() === "") return { ok: false, error: `The ${what} is empty.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    // Engines that parse recursively overflow the stack on deeply nested arrays.
    if (err instanceof RangeError) return { ok: false, error: `The ${what} is nested too deeply to read.` };
    const detail = err instanceof Error ? err.message.replace(/^JSON\.parse: /, "") : "unreadable";
    return {
      ok: false,
      error: endsEarly(detail, text) ? `The ${what} ends too early: it is cut off or incomplete.` : `The ${what} is not valid JSON (${oneLine(detail, 120)}).`,
    };
  }
}

/** Turns the first zod issue into a sentence naming where in the file it is. */
export function describeIssue(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  if (!issue) return `The ${what} is not valid.`;
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  const where = issue.path.length > 0 ? ` at ${oneLine(path, 80)}` : "";
  return `The ${what} is not valid${where}: ${oneLine(issue.message, 140)}.`;
}

/** Checks the envelope shared by every file: which format, and a version this build reads. */
export function checkEnvelope(data: unknown, format: string, newest: number, what: string): Result<true> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail(`The ${what} is not a JSON object.`);
  const record = data as Record<string, unknown>;
  if (record.format !== format) {
    const found = typeof record.format === "string" ? `"${oneLine(record.format)}"` : "no format";
    return fail(`The ${what} has ${found} where "${format}" was expected.`);
  }
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(`The ${what} has no valid version number.`);
  }
  if (version > newest) {
    return fail(`The ${what} is format version ${version}, written by a newer Eastern Flank; this build reads up to version ${newest}.`);
  }
  return { ok: true, value: true };
}
