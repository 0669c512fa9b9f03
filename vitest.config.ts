import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CommonJS and ESM side by side; Node loads the CommonJS one for the libraries,
  // so the project's own files must get the same copy or `instanceof GraphQLError` fails.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  // Workspace packages run from their sources (the `source` export condition), not dist/, in every
  // environment Vitest runs code in (test files and the global setup); the rest are Vite's defaults.
  plugins: [{ name: "workspace-sources", configEnvironment: () => ({ resolve: { conditions: ["source", "module", "node", "development|production"] } }) }],
  test: {
    include: ["packages/*/test/**/*.test.ts", "subgraphs/*/test/**/*.test.ts", "gateway/test/**/*.test.ts", "tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/environment.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each end-to-end file runs a whole graph; two at a time suits a two-core machine.
    maxWorkers: 2,
  },
});
