// The baked board in the scene: one image per tile (board-texture.ts), baked when first needed.
// The first view is baked in one piece before the first frame; the tiles one at a time after it,
// and any the camera reaches beyond the first view before their turn are baked before the frame
// that would show them. Once every tile is baked the first view's piece goes.

import type Phaser from "phaser";
import { TILE_BLEED, bakeTile, bakeView, releaseScratch, type BoardArt } from "./board-texture";
import { coveredBy, tileBounds, tileCount, tilesByDistance, tilesOver, worldBounds, type Box } from "./tile-grid";

const TEXTURE_PREFIX = "eastern-flank-board-";
const VIEW_TEXTURE = `${TEXTURE_PREFIX}first-view`;
const FRAME = "tile";

export class BoardTiles {
  private readonly baked: boolean[];
  private left: number;
  /** Tiles to bake after the first frame, nearest the first view first; null until that view is known. */
  private queue: number[] | null = null;
  /** The first view, baked in one piece, and the world box it covers. */
  private first: { image: Phaser.GameObjects.Image; covers: Box } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: BoardArt,
    private readonly depth: number,
  ) {
    this.left = tileCount(art.grid);
    this.baked = new Array<boolean>(this.left).fill(false);
  }

  /** Makes sure the board under the world box is baked: the first time as one piece, then by tiles. */
  show(box: Box): void {
    if (this.queue === null) {
      this.queue = tilesByDistance(this.art.grid, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
      this.bakeFirstView(box);
      return;
    }
    const { grid } = this.art;
    const covers = this.first?.covers;
    if (covers && coveredBy(grid, box, covers)) return;
    // Tiles wholly under the first view's piece are shown by it already: they can wait their turn.
    for (const t of tilesOver(grid, box)) if (!covers || !coveredBy(grid, worldBounds(grid, tileBounds(grid, t)), covers)) this.bake(t);
  }

  /** Bakes the next tile waiting; false once every tile is baked. */
  bakeNext(): boolean {
    const queue = this.queue ?? [];
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
      if (this.baked[t]) continue;
      this.bake(t);
      if (queue.length > 0) return true;
    }
    this.dropFirstView();
    releaseScratch();
    return false;
  }

  /** Whether every tile is baked. */
  complete(): boolean {
    return this.left === 0;
  }

  private bakeFirstView(box: Box): void {
    const { resolution } = this.art.grid;
    const { canvas, bounds } = bakeView(this.art, box);
    if (this.scene.textures.exists(VIEW_TEXTURE)) this.scene.textures.remove(VIEW_TEXTURE);
    this.scene.textures.create(VIEW_TEXTURE, canvas, canvas.width, canvas.height)?.add(FRAME, 0, 0, 0, canvas.width, canvas.height);
    const image = this.scene.add
      .image(bounds.x / resolution, bounds.y / resolution, VIEW_TEXTURE, FRAME)
      .setOrigin(0, 0)
      .setScale(1 / resolution)
      .setDepth(this.depth);
    this.first = { image, covers: worldBounds(this.art.grid, bounds) };
  }

  private dropFirstView(): void {
    if (!this.first) return;
    this.first.image.destroy();
    this.scene.textures.remove(VIEW_TEXTURE);
    this.first = null;
  }

  private bake(index: number): void {
    if (this.baked[index]) return;
    this.baked[index] = true;
    this.left--;
    const { resolution } = this.art.grid;
    const bounds = tileBounds(this.art.grid, index);
    const padded = tileBounds(this.art.grid, index, TILE_BLEED);
    const key = `${TEXTURE_PREFIX}${index}`;
    if (!this.scene.textures.exists(key)) {
      const canvas = bakeTile(this.art, index);
      // A plain texture over the canvas (addCanvas would copy all its pixels out for nothing),
      // whose frame leaves out the bleed: filtering still reads it, so tiles meet without a seam.
      this.scene.textures.create(key, canvas, canvas.width, canvas.height)?.add(FRAME, 0, bounds.x - padded.x, bounds.y - padded.y, bounds.width, bounds.height);
    }
    this.scene.add
      .image(bounds.x / resolution, bounds.y / resolution, key, FRAME)
      .setOrigin(0, 0)
      .setScale(1 / resolution)
      .setDepth(this.depth);
  }
}
