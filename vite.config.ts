// Vite build of the browser game: dist/ output, Phaser in a chunk of its own, preview on 4173,
// and a line in the page that fetches a game's chunks at once when its URL names a scenario.

import { defineConfig, type Plugin } from "vite";

/** Chunks whose module starts one of these files are the game's (main.ts imports them for a game only). */
const GAME_MODULES = /[\\/]src[\\/](game-page\.ts|scenario[\\/]index\.ts)$/;

/**
 * A game's URL (?scenario=…) needs Phaser, the panels and the scenario's chunks, but the page
 * learns so only once index.js has been fetched and run. A tiny script in the page's head asks
 * for them while index.js is still on its way (modulepreload: fetched and parsed, not run). The
 * start screen never fetches them. The script is first in the head (a script after a style
 * sheet waits for it) and asks once the page is parsed (index.js and the style sheet first).
 */
function preloadGameChunks(): Plugin {
  return {
    name: "eastern-flank:preload-game-chunks",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === "chunk" ? [c] : []));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const add = (file: string): void => {
          const chunk = byFile.get(file);
          if (!chunk || chunk.isEntry || wanted.has(file)) return;
          wanted.add(file);
          for (const dep of chunk.imports) add(dep);
        };
        for (const c of chunks) if (c.facadeModuleId && GAME_MODULES.test(c.facadeModuleId)) add(c.fileName);
        if (wanted.size === 0) return html;
        const hrefs = JSON.stringify([...wanted].map((f) => `./${f}`));
        // Once the page is parsed: index.js and the style sheet are asked for first, not queued behind these.
        const links = `for(const h of ${hrefs}){const l=document.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;document.head.append(l)}`;
        const script = `if(new URLSearchParams(location.search).has("scenario"))document.addEventListener("readystatechange",()=>{${links}},{once:true})`;
        return { html, tags: [{ tag: "script", children: script, injectTo: "head-prepend" }] };
      },
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [preloadGameChunks()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Phaser alone is ~1.2 MB minified; the budget that matters is the app without it.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with Rolldown, whose manualChunks is deprecated: codeSplitting groups replace it.
        codeSplitting: {
          groups: [{ name: "phaser", test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 4173 },
});
