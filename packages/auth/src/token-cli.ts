// `pnpm --silent token <role> [municipality-slug]`: prints a signed development token.
import { ROLES, signDevToken, tokenConfig, type Role } from "./index.js";

const [role, municipality] = process.argv.slice(2);
if (!role || !ROLES.includes(role as Role)) {
  console.error(`usage: pnpm --silent token <${ROLES.join("|")}> [municipality-slug]`);
  process.exit(2);
}
try {
  console.log(await signDevToken(tokenConfig(), role as Role, municipality));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
