// The web app's build: web/ → web/dist, served by the API server at /. Types and schemas come from
// ../src/model (imported, never copied).
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    reportCompressedSize: true,
  },
  server: {
    fs: { allow: [".."] },
    proxy: { "/api": "http://127.0.0.1:3000", "/login": "http://127.0.0.1:3000", "/ical": "http://127.0.0.1:3000" },
  },
});
