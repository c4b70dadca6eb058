#!/usr/bin/env node
// The command line as a few bundled files (issue 11: start-up is most of a small solve). `tsc` compiles every module
// to dist/ one file each; loading the ~200 files of a solve through Node's ESM loader, twice (the CLI and the solver's
// worker thread), cost about 0.4 s. esbuild bundles our code, zod and luxon into dist/cli/: main.js (the `bin`),
// worker.js (the solver's worker thread), rounds-worker.js (the API's rounds jobs, for `serve`) and shared chunks that
// each command loads only when it runs. The other npm packages stay in node_modules, loaded when a command needs them
// (express, exceljs, React, the iCal libraries…); highs and javascript-lp-solver are required at run time.
// Files read beside their module at run time (the print stylesheet, Chromium's flags) are copied beside the bundle.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const out = "dist/cli";
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const bundled = new Set(["zod", "luxon"]);
const external = Object.keys(pkg.dependencies).filter((d) => !bundled.has(d));

/**
 * zod's `z.locales` namespace holds error messages in 60-odd languages (a third of zod's code); our messages are our
 * own Dutch and English (src/model/problems.ts) and nothing reads `z.locales`, so only English, zod's default, stays.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-english-only" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-english-only" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: process.cwd(),
    }));
  },
};

rmSync(out, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: { main: "src/cli/main.ts", worker: "solver/worker.ts", "rounds-worker": "api/rounds-worker.ts" },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: [...external, ...external.map((d) => `${d}/*`)],
  chunkNames: "chunk-[hash]",
  sourcemap: true,
  legalComments: "none",
  // Less text for V8 to compile at every start (Node 20 caches no compiled ES modules); names stay for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [zodEnglishOnly],
  logLevel: "warning",
});
mkdirSync(out, { recursive: true });
for (const f of ["print.css", "chromium-args.json"]) copyFileSync(`src/export/print/${f}`, `${out}/${f}`);
console.log(`bundle: ${out}/ in ${Math.round(performance.now() - started)} ms`);
