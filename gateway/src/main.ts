import { stopOnSignal } from "@frikommune/subgraph-server";
import { startGateway } from "./server.js";

const running = await startGateway({ port: Number(process.env.PORT ?? 4000), host: process.env.HOST });
console.log(`Gateway at ${running.url}`);
stopOnSignal(running);
