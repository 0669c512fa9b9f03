import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CommonJS and ESM side by side; Node loads the CommonJS one for the libraries,
  // so the project's own files must get the same copy or `instanceof GraphQLError` fails.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  // Workspace packages run from their sources (the `source` export condition), not dist/, in every
  // environment Vitest runs code in (test files and the global setup); the rest are Vite's defaults.
  plugins: [{ name: "workspace-sources", configEnvironment: () => ({ resolve: { conditions: ["source", "module", "node", "development|production"] } }) }],
  test: {
    // Each end-to-end file runs a whole graph; two at a time suits a two-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "api",
          include: ["packages/*/test/**/*.test.ts", "subgraphs/*/test/**/*.test.ts", "gateway/test/**/*.test.ts", "tests/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/environment.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The web app in Debian's Chromium, against one stack started as `pnpm start` starts it
        // (compiled: `pnpm build` comes first); its files take turns on that stack.
        extends: true,
        test: {
          name: "web",
          include: ["tests/web/**/*.test.ts"],
          globalSetup: ["tests/web/support/stack.ts"],
          fileParallelism: false,
          // A page waits on the graph, which waits on two busy cores: waiting for what it shows takes longer than a second.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
