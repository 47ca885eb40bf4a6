// Reading JSON a user hands us: size-limited, parse errors turned into one sentence.
// JSON.parse never runs code; zod then decides whether the data means anything.

import type { z } from "zod";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function parseJsonText(text: string, what: string, maxBytes = MAX_FILE_BYTES): Result<unknown> {
  if (text.length > maxBytes) {
    return { ok: false, error: `The ${what} is ${(text.length / 1048576).toFixed(1)} MB, more than the ${(maxBytes / 1048576).toFixed(0)} MB a ${what} may be.` };
  }
  if (text.trim() === "") return { ok: false, error: `The ${what} is empty.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^JSON\.parse: /, "") : "unreadable";
    const truncated = /end of (JSON )?(data|input)|Unterminated/i.test(detail);
    return {
      ok: false,
      error: truncated ? `The ${what} ends too early: it is cut off or incomplete.` : `The ${what} is not valid JSON (${detail}).`,
    };
  }
}

/** Turns the first zod issue into a sentence naming where in the file it is. */
export function describeIssue(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  if (!issue) return `The ${what} is not valid.`;
  const where = issue.path.length > 0 ? ` at ${issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "")}` : "";
  return `The ${what} is not valid${where}: ${issue.message}.`;
}
