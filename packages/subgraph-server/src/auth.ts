import { GraphQLError } from "graphql";
import type { AuthCheckerFn } from "type-graphql";
import type { Identity } from "@frikommune/auth";

/**
 * What a resolver may require with `@Authorized(...)`. Member permissions hold only in the
 * subgraph of the caller's own municipality; the others are plain roles.
 */
export type Permission = "member-editor" | "member-coordinator" | "coordinator" | "network-coordinator" | "ministry";

export interface AuthContext {
  identity: Identity;
  /** The member a subgraph serves; absent in the network subgraph. */
  slug?: string;
}

function allows(permission: Permission, { identity, slug }: AuthContext): boolean {
  const ownMunicipality = slug !== undefined && identity.municipality === slug;
  switch (permission) {
    case "member-editor":
      return ownMunicipality && (identity.role === "editor" || identity.role === "coordinator");
    case "member-coordinator":
      return ownMunicipality && identity.role === "coordinator";
    default:
      return identity.role === permission;
  }
}

/** The one auth checker: no identity → UNAUTHENTICATED, the wrong one → FORBIDDEN. */
export const authChecker: AuthCheckerFn<AuthContext, Permission> = ({ context }, permissions) => {
  if (!context.identity.role) {
    throw new GraphQLError("Sign in to do this", { extensions: { code: "UNAUTHENTICATED" } });
  }
  if (!permissions.some((p) => allows(p, context))) {
    throw new GraphQLError("Your role does not allow this here", { extensions: { code: "FORBIDDEN" } });
  }
  return true;
};
