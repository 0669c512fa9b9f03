import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, MAX_OPERATION_LABELS, MAX_OPERATION_NAME_LENGTH, operationLabel, operationName, outcomeOf } from "@frikommune/telemetry";

function captured(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString("utf8")) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger({ service: "assens", level, development: false, destination }) };
}

describe("a service's log", () => {
  it("writes one JSON object per line, with the service, level and time", () => {
    const { lines, log } = captured();
    log.info({ requestId: "r1" }, "request");
    expect(lines).toEqual([expect.objectContaining({ service: "assens", level: "info", msg: "request", requestId: "r1", time: expect.any(String) })]);
  });

  it("never writes tokens, secrets, passwords or database URLs", () => {
    const { lines, log } = captured();
    log.warn(
      {
        authorization: "Bearer eyJhbGciOi.secret.part",
        headers: { authorization: "Bearer eyJ", cookie: "session=abc" },
        config: { databaseUrl: "postgres://assens:hunter2@db/frikommune", signingKey: "-----BEGIN PRIVATE KEY-----" },
        user: { password: "hunter2", token: "t0k3n" },
      },
      "something to see",
    );
    const text = JSON.stringify(lines);
    for (const secret of ["eyJ", "session=abc", "hunter2", "PRIVATE KEY", "t0k3n"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ authorization: "[redacted]", headers: { authorization: "[redacted]", cookie: "[redacted]" }, config: { databaseUrl: "[redacted]" } });
  });

  it("writes nothing below its level", () => {
    const { lines, log } = captured("warn");
    log.info("request");
    log.warn("slow");
    expect(lines.map((l) => l.msg)).toEqual(["slow"]);
  });
});

describe("a request's outcome", () => {
  it("is ok, partial, refused or failed by the status and the error codes", () => {
    expect(outcomeOf(200, [], true)).toBe("ok");
    expect(outcomeOf(200, ["INTERNAL_SERVER_ERROR"], true)).toBe("partial");
    expect(outcomeOf(200, ["INTERNAL_SERVER_ERROR"], false)).toBe("failed");
    expect(outcomeOf(200, ["FORBIDDEN", "BAD_USER_INPUT"], false)).toBe("refused");
    expect(outcomeOf(429, [], false)).toBe("refused");
    expect(outcomeOf(502, [], false)).toBe("failed");
  });
});

describe("an operation name as a metric label", () => {
  it("is kept for the first names, then is `other`, so callers cannot grow the metrics without bound", () => {
    expect(operationLabel(null)).toBe("anonymous");
    const names = Array.from({ length: MAX_OPERATION_LABELS + 50 }, (_, i) => `Op${i}`).map(operationLabel);
    expect(names.filter((n) => n === "other")).toHaveLength(50);
    expect(operationLabel("Op0")).toBe("Op0");
    expect(operationLabel("x".repeat(MAX_OPERATION_NAME_LENGTH + 1))).toBe("other");
    expect(operationLabel("not a name")).toBe("other");
  });

  it("is carried in logs and to other services only as a short GraphQL name", () => {
    expect(operationName("Ministry")).toBe("Ministry");
    expect(operationName("x".repeat(MAX_OPERATION_NAME_LENGTH + 1))).toBe("x".repeat(MAX_OPERATION_NAME_LENGTH));
    for (const hostile of ["", "a b", "Ministry\nforged: line", 42, null, ["Ministry"]]) expect(operationName(hostile)).toBeNull();
  });
});
