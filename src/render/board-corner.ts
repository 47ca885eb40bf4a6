// The column of page boxes over the board's lower left corner (the hex under the pointer above,
// the overlays' legend below): stacking them in one flex column keeps them from overlapping
// whatever height each takes.

const CORNER_ID = "board-corner";

const CORNER_STYLE: Partial<CSSStyleDeclaration> = {
  position: "absolute",
  left: "0.5rem",
  bottom: "0.5rem",
  // Each box caps its own width (style.css, hex-info-box.ts); together they stay on the board.
  maxWidth: "calc(100% - 1rem)",
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: "0.35rem",
  // Nothing in it takes the pointer: dragging the map under it still pans.
  pointerEvents: "none",
  zIndex: "1",
};

/** The corner column inside `host` (the board's element), made on first use. */
export function boardCorner(host: HTMLElement): HTMLElement {
  const found = host.querySelector<HTMLElement>(`#${CORNER_ID}`);
  if (found) return found;
  const corner = document.createElement("div");
  corner.id = CORNER_ID;
  Object.assign(corner.style, CORNER_STYLE);
  host.append(corner);
  return corner;
}
