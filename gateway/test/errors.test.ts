import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphQLError } from "graphql";
import { formatGatewayError, SubgraphDataSource } from "../src/errors.js";

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe("gateway errors", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("name an unreachable subgraph without its address", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const source = new SubgraphDataSource("holbaek", `http://127.0.0.1:${await closedPort()}/graphql`, "test-secret");
    const failure = await source
      .process({ request: { query: "{ __typename }" }, kind: "UNKNOWN", context: {} } as never)
      .then(() => null, (e: unknown) => e);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "holbaek" });
    expect((failure as GraphQLError).message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it("hide unexpected internal errors outside development", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const formatted = formatGatewayError(
      { message: 'relation "holbaek.trial" does not exist', extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } },
      new Error('relation "holbaek.trial" does not exist'),
    );
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keep the details in development", () => {
    vi.stubEnv("NODE_ENV", "development");
    const formatted = formatGatewayError({ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }, new Error("boom"));
    expect(formatted.message).toBe("boom");
  });
});
