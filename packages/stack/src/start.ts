// `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set), every subgraph as its own process, then the gateway.
// A service that exits is started again while the others serve on; only Ctrl-C or SIGTERM stops the stack.
// `pnpm dev` runs it from sources with `--watch`: each service restarts when its sources change.
import { resolve } from "node:path";
import { exitOnConfigError, loadStackConfig, maxConnectionsFor } from "@frikommune/config";
import { subgraphs } from "@frikommune/members";
import { resolveDatabase, takeOverStopSignals } from "@frikommune/db/embedded";
import { ROOT } from "./service.js";
import { startStack, type Stack } from "./stack.js";

const config = await exitOnConfigError(async () => loadStackConfig());
// Every service's connections at once, and room for the operator's tools.
const maxConnections = maxConnectionsFor({ subgraphs: subgraphs().length, subgraphReplicas: 1, gatewayReplicas: 1 });
const database = await resolveDatabase({ url: config.databaseUrl, dataDir: resolve(ROOT, ".data/postgres"), embeddedPort: config.embeddedPort, maxConnections });

let stack: Stack | undefined;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await stack?.stop();
  await database.stop();
  process.exit(code);
}
takeOverStopSignals();
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());

try {
  stack = await startStack({
    databaseUrl: database.url,
    port: config.port,
    subgraphBasePort: config.subgraphBasePort,
    watch: process.argv.includes("--watch"),
    restart: true,
    onExit: (name, code, signal, restartInMs) =>
      console.error(restartInMs === null ? `${name} exited (${signal ?? code}): its configuration was refused; it is not started again` : `${name} exited (${signal ?? code}); starting it again in ${restartInMs / 1000} s`),
    onRestart: (name, child) => console.error(`${name} started again (pid ${child.pid})`),
  });
  console.log(`\nFrikommune supergraph ready: the app at http://localhost:${config.port}/, the API at http://localhost:${config.port}/graphql\n`);
} catch (error) {
  console.error((error as Error).message);
  await stop(1);
}
