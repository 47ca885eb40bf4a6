// Chooses Phaser's renderer. WebGL when the GPU is real; Canvas 2D when the only WebGL is a
// software emulation (SwiftShader, llvmpipe), where a full-screen textured quad runs at ~10 fps
// but the same board drawn with Canvas 2D holds 60 (measured in headless Chromium, 2 cores).

import Phaser from "phaser";
import { webglRendererName } from "./gl-probe";

export type RendererChoice = "auto" | "webgl" | "canvas";

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function phaserRendererType(choice: RendererChoice): number {
  if (choice === "webgl") return Phaser.WEBGL;
  if (choice === "canvas") return Phaser.CANVAS;
  const name = webglRendererName();
  return name === null || SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
}
