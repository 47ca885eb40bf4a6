// Which WebGL the browser offers, asked once. Making a context to ask costs 10–30 ms, so the page
// asks while the game's chunks are on their way (main.ts), and the board reuses the answer
// (pick-renderer.ts). No Phaser here: the page's first chunk imports it.

let answer: string | null | undefined;

function probe(): string | null {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (!gl) return null;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return name;
}

/** The WebGL renderer string, "" when it is hidden, or null when there is no WebGL at all. */
export function webglRendererName(): string | null {
  if (answer === undefined) answer = probe();
  return answer;
}
