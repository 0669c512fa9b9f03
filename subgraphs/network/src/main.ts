import { stopOnSignal } from "@frikommune/subgraph-server";
import { startNetworkSubgraph, defaultPort } from "./subgraph.js";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set (pnpm start sets it for every subgraph)");
const running = await startNetworkSubgraph({ databaseUrl, port: Number(process.env.PORT ?? defaultPort), host: process.env.HOST });
console.log(`network subgraph at ${running.url}`);
stopOnSignal(running);
