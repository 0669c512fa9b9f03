import { describe, expect, it } from "vitest";
import { MemoryLogWriter } from "@graphql-hive/logger";
import { gatewayLogger } from "../src/telemetry.js";

const logger = () => {
  const writer = new MemoryLogWriter();
  return { writer, log: gatewayLogger({ development: false, logLevel: "info" }, writer) };
};

describe("the gateway's logger", () => {
  it("never writes tokens, secrets or database URLs, from the logger and its children alike", () => {
    const { writer, log } = logger();
    const attrs = { authorization: "Bearer eyJhbGciOi.secret", headers: { authorization: "Bearer eyJ", cookie: "session=abc" }, config: { databaseUrl: "postgres://u:hunter2@db/x" } };
    log.info(attrs, "parent");
    log.child({ requestId: "r1" }).child("[fetch] ").warn({ subgraph: { token: "t0k3n" }, ...attrs }, "child");
    const text = JSON.stringify(writer.logs);
    for (const secret of ["eyJ", "session=abc", "hunter2", "t0k3n"]) expect(text).not.toContain(secret);
    expect(writer.logs[1]).toMatchObject({ level: "warn", msg: "[fetch] child", attrs: { requestId: "r1", subgraph: { token: "[redacted]" }, headers: { cookie: "[redacted]" } } });
  });

  it("leaves the caller's own objects as they were", () => {
    const { log } = logger();
    const attrs = { headers: { authorization: "Bearer eyJ" } };
    log.info(attrs, "request");
    expect(attrs.headers.authorization).toBe("Bearer eyJ");
  });

  it("writes nothing below its level", () => {
    const writer = new MemoryLogWriter();
    const log = gatewayLogger({ development: false, logLevel: "warn" }, writer);
    log.child({ requestId: "r1" }).info("request");
    log.warn("slow");
    expect(writer.logs.map((l) => l.msg)).toEqual(["slow"]);
  });
});
