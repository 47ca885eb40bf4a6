// Lint rules: typescript-eslint's recommended set, the house rules (no any, no non-null
// assertions) and the architecture's boundaries (DESIGN.md §3): imports point one way,
// and the engine reaches nothing outside the rules — no Phaser, DOM, storage, clock or
// Math.random.

import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layers = ["engine", "scenario", "session", "ai", "analysis", "render", "ui", "cli"];
/** Folders a layer must not import from: everything above it (cli, render, ui are peers at the top). */
function forbiddenAbove(layer) {
  const order = { engine: 0, scenario: 1, session: 2, ai: 3, analysis: 3, render: 4, ui: 4, cli: 4 };
  return layers.filter((other) => order[other] > order[layer] || (order[other] === order[layer] && other !== layer && order[layer] === 3));
}
function layerImports(layer, extra = []) {
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbiddenAbove(layer).map((other) => ({ group: [`**/${other}`, `**/${other}/**`], message: `src/${layer} must not import from src/${other} (imports point one way: DESIGN.md §3).` })),
            ...extra,
          ],
        },
      ],
    },
  };
}

const outsideWorld = [
  { group: ["phaser", "phaser/**"], message: "The engine never draws: Phaser belongs in src/render." },
  { group: ["idb", "idb/**", "node:*", "fs", "path", "os", "crypto"], message: "The engine is pure: no storage, files or platform modules." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-results/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["tools/**/*.mjs", "*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  layerImports("engine", outsideWorld),
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["window", "document", "localStorage", "sessionStorage", "indexedDB", "performance", "navigator", "Date", "fetch", "setTimeout", "setInterval", "requestAnimationFrame"].map((name) => ({
          name,
          message: `The engine is pure and deterministic: ${name} is outside the rules.`,
        })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Randomness comes only from the seeded generator in the state (src/engine/rng.ts)." },
        { object: "Date", property: "now", message: "The engine has no clock: time is the game's hour counter." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date']", message: "The engine has no clock: time is the game's hour counter." },
        { selector: "MemberExpression[object.name='globalThis']", message: "The engine must not reach the global environment." },
      ],
    },
  },
  layerImports("scenario"),
  layerImports("session"),
  layerImports("ai"),
  layerImports("analysis"),
);
