import { GraphQLError } from "graphql";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

const tooLarge = (max: number) =>
  new GraphQLError(`The request body may be at most ${max} bytes`, { extensions: { code: "PAYLOAD_TOO_LARGE", http: { status: 413 } } });

/**
 * Refuses request bodies over `max` bytes with 413: by their Content-Length at once, and a body
 * sent without one (chunked) as soon as it grows past the limit, so no large body is buffered.
 */
export function useBodyLimit(max: number): GatewayPlugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get("content-length");
      if (length !== null && !/^\d+$/.test(length)) throw new GraphQLError("Content-Length is not a number", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
      if (Number(length) > max) throw tooLarge(max);
      if (!requestParser || !request.body) return;
      let read = 0;
      const limited = request.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > max) controller.error(tooLarge(max));
            else controller.enqueue(chunk);
          },
        }),
      );
      setRequestParser((req) => requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: limited, duplex: "half" } as RequestInit)));
    },
  };
}
