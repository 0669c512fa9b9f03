import type { LocalExtension } from "@frikommune/municipality-kit";
import { entities } from "./entities.js";
import { holbaekResolvers } from "./graph.js";
import { migrations } from "./migrations.js";
import { seedDemokratiekperimentarium } from "./seed.js";
import { types } from "./types.js";

/**
 * Holbæk's own part: the Demokratiekperimentarium's kommissorium, minutes and report and the people they
 * name; every row with its sources. Its statements in the application are the kit's `statements`.
 */
export const local: LocalExtension = {
  resolvers: holbaekResolvers,
  types,
  entities,
  migrations,
  seed: seedDemokratiekperimentarium,
};
