// Option parsing for the command line, with errors a person can act on.

import { parseArgs } from "node:util";
import { UsageError } from "./io";

export type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

export function parseOptions(argv: string[], options: Options, usage: string): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, json: { type: "boolean" } }, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] ?? "" : String(err);
    throw new UsageError(`${message.replace(/\.$/, "")}. Usage: ${usage}`);
  }
}

export function requireString(values: Record<string, unknown>, name: string, usage: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`--${name} is required. Usage: ${usage}`);
  return v;
}

export function positiveInt(text: string, name: string, max: number): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}".`);
  const n = Number(text);
  if (n < 1 || n > max) throw new UsageError(`--${name} must be between 1 and ${max}.`);
  return n;
}
