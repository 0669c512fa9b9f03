import { createServer } from "node:net";

const listenable = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const server = createServer().listen(port, "127.0.0.1", () => server.close(() => done(true)));
    server.once("error", () => done(false));
  });

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.once("error", fail);
  });
}

/** The first of `length` free ports in a row (a stack's subgraphs take consecutive ports). */
export async function freePortRun(length: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all(Array.from({ length }, (_, i) => listenable(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error("no run of free ports found");
}
