/** Who may do what: editors and coordinators act for one municipality, the others for the network. */
export const ROLES = ["editor", "coordinator", "network-coordinator", "ministry"] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** The token's `sub`; null for anonymous callers. */
  subject: string | null;
  role: Role | null;
  /** Slug of the municipality an editor or coordinator acts for. */
  municipality: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: null, role: null, municipality: null });

export function needsMunicipality(role: Role): boolean {
  return role === "editor" || role === "coordinator";
}
