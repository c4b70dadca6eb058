import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Many tests wait on a real server, a browser, fet-cl or a CLI child process: on a 2-core machine three
    // workers keep both cores busy (whole suite 263 s instead of ~360 s, measured with npx vitest run).
    maxWorkers: 3,
    // One module graph per worker instead of one per test file: the solver, HiGHS and the API were loaded anew
    // for each of the 136 files (import time 170–198 s of the run). Suite 286 s instead of 385 s.
    isolate: false,
  },
});
