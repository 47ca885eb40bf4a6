// Starts Phaser in a page element with the board scene, and hands back what the page needs:
// a promise for the first drawn frame and page coordinates of any hex.

import Phaser from "phaser";
import type { HexId } from "../engine";
import type { BoardModel } from "./board-model";
import { BoardScene } from "./board-scene";
import type { Point } from "./layout";
import { TERRAIN_COLOURS } from "./palette";
import { phaserRendererType, type RendererChoice } from "./pick-renderer";

export interface BoardHandle {
  /** Resolves with true once the board has been drawn for the first time. */
  ready: Promise<true>;
  /** Page (client) coordinates of a hex centre under the current camera. */
  hexToClient(id: HexId): Point;
  /** The camera's zoom and scroll (world pixels), for tests. */
  camera(): { zoom: number; scrollX: number; scrollY: number };
  destroy(): void;
}

export function startBoard(parent: HTMLElement, model: BoardModel, renderer: RendererChoice = "auto"): BoardHandle {
  let resolveReady: (value: true) => void = () => undefined;
  const ready = new Promise<true>((resolve) => (resolveReady = resolve));
  const scene = new BoardScene(model, () => resolveReady(true));
  const game = new Phaser.Game({
    type: phaserRendererType(renderer),
    parent,
    backgroundColor: TERRAIN_COLOURS.sea,
    banner: false,
    disableContextMenu: true,
    audio: { noAudio: true },
    input: { mouse: { preventDefaultWheel: true } },
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    render: { antialias: true },
    scene: [scene],
  });
  return {
    ready,
    hexToClient(id) {
      const local = scene.hexToCanvas(id);
      const rect = game.canvas.getBoundingClientRect();
      const sx = rect.width / game.scale.width;
      const sy = rect.height / game.scale.height;
      return { x: rect.left + local.x * sx, y: rect.top + local.y * sy };
    },
    camera() {
      return scene.cameraState();
    },
    destroy() {
      game.destroy(true);
    },
  };
}
