// `templates`: the unit templates, as an aligned table or a JSON array (DESIGN.md §5).

import { TEMPLATES, kindOf } from "../engine";
import { parseOptions } from "./args";
import { EXIT } from "./commands-files";
import { UsageError, print, printJson } from "./io";

export const TEMPLATES_USAGE = "templates [--json]";

export interface TemplateRow {
  id: string;
  side: string;
  kind: string;
  label: string;
  arm: string;
  echelon: string;
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
  quality: number;
  source: string;
}

export function templateRows(): TemplateRow[] {
  return Object.values(TEMPLATES).map((t) => ({
    id: t.id,
    side: t.side,
    kind: kindOf(t),
    label: t.label,
    arm: t.arm,
    echelon: t.echelon,
    personnel: t.personnel,
    tanks: t.tanks,
    ifvs: t.ifvs,
    artillery: t.artillery,
    quality: t.quality,
    source: t.source,
  }));
}

/** Rows of cells as columns padded to their widest cell; `right` columns align numbers. */
export function alignedTable(header: string[], rows: string[][], right: ReadonlySet<number>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : right.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

export function templatesCommand(argv: string[]): number {
  const { values, positionals } = parseOptions(argv, {}, TEMPLATES_USAGE);
  if (positionals.length > 0) throw new UsageError(`"templates" takes no arguments. Usage: ${TEMPLATES_USAGE}`);
  const rows = templateRows();
  if (values.json) {
    printJson(rows);
    return EXIT.ok;
  }
  const header = ["id", "side", "kind", "label", "personnel", "tanks", "ifvs", "artillery", "quality", "source"];
  const cells = rows.map((r) => [r.id, r.side, r.kind, r.label, r.personnel.toLocaleString("en-GB"), String(r.tanks), String(r.ifvs), String(r.artillery), String(r.quality), r.source]);
  for (const l of alignedTable(header, cells, new Set([4, 5, 6, 7, 8]))) print(l);
  return EXIT.ok;
}
