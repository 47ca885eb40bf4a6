// The curated overlay (assets/map/overlay.json): its schema, and the checks that catch a
// mistyped coordinate before it becomes a lake in the wrong country.

import { z } from "zod";

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const name = z.string().min(1).max(80);
const polygon = z.array(lonLat).min(3).max(500);
const line = z.array(lonLat).min(2).max(500);

export const overlaySchema = z
  .object({
    about: z.string(),
    lakes: z.array(z.object({ name, polygon }).strict()),
    rivers: z.array(z.object({ name, line, note: z.string().optional() }).strict()),
    forests: z.array(z.object({ name, polygon }).strict()),
    marshes: z.array(z.object({ name, polygon }).strict()),
    roads: z.array(z.object({ name, line }).strict()),
    rails: z.array(z.object({ name, gauge: z.union([z.literal(1520), z.literal(1435)]), line }).strict()),
    ports: z.array(z.object({ name, at: lonLat }).strict()),
    bridges: z.array(z.object({ name, river: name, at: lonLat }).strict()),
    areas: z.array(z.object({ name, line }).strict()),
  })
  .strict();

export type Overlay = z.infer<typeof overlaySchema>;
export type LonLat = readonly [number, number];

/** Parses the overlay, naming the first problem; every river a bridge names must exist. */
export function parseOverlay(data: unknown): Overlay {
  const parsed = overlaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`overlay.json: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`);
  }
  const rivers = new Set(parsed.data.rivers.map((r) => r.name));
  for (const b of parsed.data.bridges) {
    if (!rivers.has(b.river)) throw new Error(`overlay.json: the bridge "${b.name}" names the river "${b.river}", which the overlay does not have`);
  }
  return parsed.data;
}
