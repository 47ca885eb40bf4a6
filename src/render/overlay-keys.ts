// The board's overlays and the key that toggles each, as data: the board reads it to handle
// the keys and write its legend, and the help overlay lists OVERLAY_SHORTCUTS. Digits, because
// letters are taken by panning (W A S D) and the orders; no Phaser here, so the UI can import it.

export type OverlayId = "supply" | "enemy" | "objectives" | "fog" | "front";

export interface OverlayInfo {
  id: OverlayId;
  /** The key as KeyboardEvent.key reports it. */
  key: string;
  name: string;
  /** What the shading means, for the legend while the overlay is shown. */
  legend: string;
  /** Shown when the game starts. */
  initially: boolean;
}

export const OVERLAYS: readonly OverlayInfo[] = [
  {
    id: "supply",
    key: "1",
    name: "Supply",
    legend: "blue traced; orange short (far from a railhead, or interdicted); dark hatching out, near your units",
    initially: false,
  },
  {
    id: "enemy",
    key: "2",
    name: "Enemy zones of control and threat",
    legend: "purple hatching: zones of control, where a move must stop; pink: within a seen enemy's reach next turn",
    initially: false,
  },
  { id: "objectives", key: "3", name: "Objectives", legend: "outlined, with the holder's badge", initially: true },
  { id: "fog", key: "4", name: "Fog of war", legend: "darkened: beyond your units' sight", initially: false },
  {
    id: "front",
    key: "5",
    name: "Front line",
    legend: "black line: halfway between your units and the enemy you see",
    initially: false,
  },
];

export const OVERLAY_SHORTCUTS: readonly { key: string; action: string }[] = OVERLAYS.map((o) => ({
  key: o.key,
  action: `Show or hide the ${o.name.toLowerCase()} overlay`,
}));

/** The overlay a key toggles, if any. */
export function overlayForKey(key: string): OverlayId | null {
  return OVERLAYS.find((o) => o.key === key)?.id ?? null;
}
