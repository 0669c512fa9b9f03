import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { CALLER_HEADER } from "@frikommune/auth";
import { OPERATION_HEADER } from "@frikommune/telemetry";

export interface ForwardedFetch {
  /** The caller the gateway named on the fetch. */
  caller: string;
  /** The client's operation, as the gateway named it; null when it named none. */
  operation: string | null;
  /** The gateway's token on the fetch, as a replay would carry it. */
  authorization: string;
  body: string;
}

export interface CountingProxy {
  /** The subgraph it stands in front of. */
  name: string;
  url: string;
  fetches: ForwardedFetch[];
  stop(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Sits between the gateway and one subgraph over real HTTP, records every fetch the gateway
 * makes and holds each for `holdMs`, so that requests sent together are surely in flight together.
 */
export async function startCountingProxy(target: string, holdMs: number, name = ""): Promise<CountingProxy> {
  const fetches: ForwardedFetch[] = [];
  const server = createServer(async (req, res) => {
    const body = await bodyOf(req);
    const operation = req.headers[OPERATION_HEADER];
    fetches.push({ caller: String(req.headers[CALLER_HEADER] ?? ""), operation: typeof operation === "string" ? operation : null, authorization: String(req.headers.authorization ?? ""), body });
    await new Promise((r) => setTimeout(r, holdMs));
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "content-length", "connection"].includes(k))) as Record<string, string>;
    const answer = await fetch(target, { method: req.method, headers, body: req.method === "POST" ? body : undefined });
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(await answer.text());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    name,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    fetches,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
