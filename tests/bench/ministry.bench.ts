import { afterAll, bench, describe } from "vitest";
import { startTestGraph } from "../support/graph.js";
import { MINISTRY_QUERY } from "../support/queries.js";

// The whole graph over HTTP on real PostgreSQL, as in the end-to-end tests.
const graph = await startTestGraph();
afterAll(() => graph.stop());

describe("through the gateway", () => {
  bench("the ministry's query (every trial of every member)", async () => {
    const { errors } = await graph.query(MINISTRY_QUERY, { first: 100 });
    if (errors) throw new Error(errors[0]!.message);
  }, { time: 3000 });

  bench("one municipality's councils and policies", async () => {
    const { errors } = await graph.query(`{ municipality(slug: "nordfyn") { name councils { name kind count } policies { title goals } } }`);
    if (errors) throw new Error(errors[0]!.message);
  }, { time: 3000 });
});
