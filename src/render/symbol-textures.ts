// NATO symbols as Phaser textures: milsymbol is fetched once, after the first board is on
// screen (it is ~110 KB minified and the counters have a plain fallback until it arrives),
// and each distinct symbol is drawn to a canvas once and kept as a texture.

import type Phaser from "phaser";
import type { SymbolSpec } from "./unit-symbol";

/** milsymbol's size option: a friendly land-unit frame is 1.5 × this wide and this tall, in world pixels. */
export const SYMBOL_SIZE = 22;
/** Symbols are drawn this many times larger than shown, so they stay sharp at the closest zoom (3×). */
const SUPERSAMPLE = 3;

export interface SymbolTexture {
  key: string;
  /** Where the frame's centre is, as a fraction of the texture (text beside the frame makes it off-centre). */
  originX: number;
  originY: number;
  /** Scale that shows the texture at SYMBOL_SIZE. */
  scale: number;
}

type Milsymbol = (typeof import("milsymbol"))["default"];

export class SymbolTextures {
  private ms: Milsymbol | null = null;
  private loading: Promise<boolean> | null = null;
  private readonly made = new Map<string, SymbolTexture>();

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  get ready(): boolean {
    return this.ms !== null;
  }

  /** Fetches milsymbol (its own chunk); resolves false, and counters keep their fallback, if it cannot be had. */
  load(): Promise<boolean> {
    this.loading ??= import("milsymbol").then(
      (module) => {
        this.ms = module.default;
        return true;
      },
      (err: unknown) => {
        console.warn(`NATO symbols are unavailable, plain counters are shown instead: ${err instanceof Error ? err.message : String(err)}`);
        return false;
      },
    );
    return this.loading;
  }

  /** The texture for a symbol, drawn on first use; null until milsymbol has loaded. */
  texture(spec: SymbolSpec): SymbolTexture | null {
    const ms = this.ms;
    if (!ms) return null;
    const known = this.made.get(spec.key);
    if (known) return known;
    const symbol = new ms.Symbol(spec.sidc, {
      size: SYMBOL_SIZE,
      standard: "APP6",
      fillColor: spec.fill,
      // APP-6 has a country field, but milsymbol prints it only for equipment; field H
      // (additional information) puts the same code beside a unit's frame.
      additionalInformation: spec.nation,
      infoSize: 44,
      // A white halo keeps the black frame and text legible on every terrain colour.
      outlineWidth: 3,
      outlineColor: "rgba(255,255,255,0.85)",
    });
    const canvas = symbol.asCanvas(SUPERSAMPLE);
    const size = symbol.getSize();
    const anchor = symbol.getOctagonAnchor();
    if (!this.textures.exists(spec.key)) this.textures.addCanvas(spec.key, canvas);
    const made: SymbolTexture = {
      key: spec.key,
      originX: anchor.x / size.width,
      originY: anchor.y / size.height,
      scale: size.width / canvas.width,
    };
    this.made.set(spec.key, made);
    return made;
  }
}
