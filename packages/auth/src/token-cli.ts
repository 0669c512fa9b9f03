// `pnpm --silent token <role> [municipality-slug]`: prints a token signed with AUTH_JWT_SECRET.
import { exitOnConfigError, loadTokenConfig } from "@frikommune/config";
import { ROLES, signDevToken, type Role } from "./index.js";

const [role, municipality] = process.argv.slice(2);
if (!role || !ROLES.includes(role as Role)) {
  console.error(`usage: pnpm --silent token <${ROLES.join("|")}> [municipality-slug]`);
  process.exit(2);
}
const config = await exitOnConfigError(async () => loadTokenConfig());
try {
  console.log(await signDevToken(config, role as Role, municipality));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
