// Whether keys pressed now are meant for the board. Kept apart from the Phaser code so the
// page's own key handler (src/ui/keyboard.ts) asks the very same question without loading Phaser.

/** Focus is on the page itself, the canvas or the board, not on a panel control with keys of its own. */
export function boardHasKeys(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active instanceof HTMLCanvasElement || active.id === "board";
}
