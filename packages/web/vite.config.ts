import { defaultClientConditions, defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built into dist/ and served by the gateway at /; `pnpm --filter @frikommune/web dev` proxies the API.
export default defineConfig({
  plugins: [react()],
  // Workspace packages (the member registry) from their sources, like everywhere else in the workspace.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  // One bundle of about 570 kB (130 kB compressed), served once and cached for a year by content name.
  build: { outDir: "dist", assetsDir: "assets", sourcemap: true, chunkSizeWarningLimit: 800 },
  server: {
    proxy: { "/graphql": "http://localhost:4000", "/auth": "http://localhost:4000" },
  },
});
