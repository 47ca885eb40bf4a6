// Short texts over the board (a counter's arm code, a stack's count), kept in a pool and reused
// from one redraw to the next. Each change of a text's words, size or colour redraws its canvas,
// so a new label is made with all three at once and a reused one changes only what differs.

import type Phaser from "phaser";
import { css } from "./palette";

export class LabelPool {
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private used = 0;
  /** Font metrics by size: measuring them is most of a new label's cost. */
  private readonly metrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

  constructor(private readonly scene: Phaser.Scene) {}

  /** Starts a redraw: every label is free to be used again. */
  begin(): void {
    this.used = 0;
  }

  /** Hides the labels this redraw did not use. */
  end(): void {
    for (let i = this.used; i < this.labels.length; i++) this.labels[i]?.setVisible(false);
  }

  /** A bold text of `size` pixels centred on (x, y) at `depth`. */
  add(text: string, x: number, y: number, size: number, colour: number, depth: number): void {
    const color = css(colour);
    const fontSize = `${size}px`;
    let t = this.labels[this.used];
    if (!t) {
      const metrics = this.metrics.get(fontSize);
      t = this.scene.add
        .text(0, 0, text, { fontFamily: "system-ui, sans-serif", fontStyle: "bold", fontSize, color, resolution: 3, ...(metrics ? { metrics } : {}) })
        .setOrigin(0.5, 0.5);
      if (!metrics) this.metrics.set(fontSize, t.style.getTextMetrics());
      this.labels.push(t);
    }
    this.used++;
    if (t.style.fontSize !== fontSize) t.setFontSize(size);
    if (t.style.color !== color) t.setColor(color);
    t.setText(text).setPosition(x, y).setDepth(depth).setVisible(true);
  }
}
