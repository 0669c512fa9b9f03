export { ROLES, ANONYMOUS, needsMunicipality, type Role, type Identity } from "./identity.js";
export { tokenConfig, gatewaySecret, type TokenConfig } from "./config.js";
export { identify, signDevToken } from "./tokens.js";
export { IDENTITY_HEADER, SIGNATURE_HEADER, encodeIdentity, signForwarded, verifyForwarded } from "./gateway-proof.js";
