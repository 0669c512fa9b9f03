import { startGateway } from "./server.js";

const running = await startGateway({ port: Number(process.env.PORT ?? 4000), host: process.env.HOST });
console.log(`Gateway at ${running.url}`);
const shutdown = () => void running.stop().then(() => process.exit(0));
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
