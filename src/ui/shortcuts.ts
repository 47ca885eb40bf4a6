// The keyboard and mouse shortcuts, as data: the help overlay lists them and the keyboard
// handler is checked against them, so a key is described in one place only. Other parts of
// the page add their own list to the help overlay in the same shape.

export interface Shortcut {
  /** The key or gesture as a player reads it: "T", "Shift + N", "Mouse wheel". */
  key: string;
  /** What it does, as a short phrase. */
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** The board's own controls (src/render/camera-controls.ts). */
export const BOARD_SHORTCUTS: readonly Shortcut[] = [
  { key: "Drag", action: "Pan the map" },
  { key: "Arrow keys or W A S D", action: "Pan the map (while no panel control has the focus)" },
  { key: "Rest the mouse at the map's edge", action: "Pan the map that way" },
  { key: "Mouse wheel", action: "Zoom in and out about the pointer" },
  { key: "+ / −", action: "Zoom in and out about the middle of the map" },
  { key: "Pinch with two fingers", action: "Zoom in and out (touch screens)" },
  { key: "Point at a hex", action: "Name it, its holder, your supply there and the units on it (box at the lower left)" },
  { key: "Rest the mouse on a stack", action: "Spread its units out; click one to select it" },
  { key: "Click a unit", action: "Select it; click the stack again for the next unit in it" },
  { key: "Click a lit hex", action: "Move the selected unit there" },
  { key: "Drag the selected unit to a lit hex", action: "Move it there" },
  { key: "Click an enemy next to the selected unit", action: "Open the attack panel against it" },
];

/**
 * Keys of the orders (src/ui/keyboard.ts). None clashes with the board's W A S D, arrow keys
 * or overlay digits; the keyboard handler ignores them while a text field or dialog has the focus.
 */
export const ORDER_SHORTCUTS: readonly Shortcut[] = [
  { key: "N", action: "Select the next of your units that can still act" },
  { key: "Shift + N", action: "Select the previous one" },
  { key: "Shift + arrow keys", action: "Move the hex cursor (it starts at the selected unit)" },
  { key: "Enter or Space", action: "Act on the cursor's hex as a click would: select, move there, or attack it" },
  { key: "T", action: "Attack with the selected unit; press again for its next target" },
  { key: "U", action: "Take back the last move (not once chance or the fog has shown something)" },
  { key: "E", action: "End the turn (asks first while units could still act)" },
  { key: "Escape", action: "Close the open panel, or clear the selection" },
  { key: "?", action: "Show or hide this list" },
];

/** Keys inside the dialogs: the same in each. */
export const DIALOG_SHORTCUTS: readonly Shortcut[] = [
  { key: "Tab / Shift + Tab", action: "Move between the controls of a panel" },
  { key: "Space", action: "Tick or untick an attacking unit" },
  { key: "Enter", action: "Confirm (attack, end turn)" },
  { key: "Escape", action: "Cancel and close" },
];

/** Every group for the help overlay; `extra` groups (such as the board overlays') come after the board's. */
export function shortcutGroups(extra: readonly ShortcutGroup[] = []): ShortcutGroup[] {
  return [
    { title: "Map", shortcuts: BOARD_SHORTCUTS },
    ...extra.filter((g) => g.shortcuts.length > 0),
    { title: "Orders", shortcuts: ORDER_SHORTCUTS },
    { title: "In a panel", shortcuts: DIALOG_SHORTCUTS },
  ];
}
