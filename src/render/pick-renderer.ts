// Chooses Phaser's renderer. WebGL when the GPU is real; Canvas 2D when the only WebGL is a
// software emulation (SwiftShader, llvmpipe), where a full-screen textured quad runs at ~10 fps
// but the same board drawn with Canvas 2D holds 60 (measured in headless Chromium, 2 cores).

import Phaser from "phaser";

export type RendererChoice = "auto" | "webgl" | "canvas";

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** The WebGL renderer string, "" when it is hidden, or null when there is no WebGL at all. */
function webglRendererName(): string | null {
  const probe = document.createElement("canvas");
  const gl = probe.getContext("webgl2") ?? probe.getContext("webgl");
  if (!gl) return null;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return name;
}

export function phaserRendererType(choice: RendererChoice): number {
  if (choice === "webgl") return Phaser.WEBGL;
  if (choice === "canvas") return Phaser.CANVAS;
  const name = webglRendererName();
  return name === null || SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
}
