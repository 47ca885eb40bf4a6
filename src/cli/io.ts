// File and output helpers for the command line: bounded reads, atomic writes, one-line errors.

import { closeSync, existsSync, openSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { MAX_FILE_BYTES, type Result } from "../session";

/** A failure the user caused: printed as one sentence, exit code 2. */
export class UsageError extends Error {}

export function readTextFile(path: string): Result<string> {
  if (!existsSync(path)) return { ok: false, error: `There is no file at ${path}.` };
  const info = statSync(path);
  if (!info.isFile()) return { ok: false, error: `${path} is not a file.` };
  if (info.size > MAX_FILE_BYTES) {
    return { ok: false, error: `${path} is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB a game file may be.` };
  }
  return { ok: true, value: readFileSync(path, "utf8") };
}

/** Writes beside the target first and renames, so a failed write never leaves half a file. */
export function writeTextFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new UsageError(`The folder ${dir} does not exist.`);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export function print(line: string): void {
  process.stdout.write(line + "\n");
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + "\n");
}
