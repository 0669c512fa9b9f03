import { createHash } from "node:crypto";

const NAMESPACE = "6f1f4a4e-2c5b-5b8e-9d0e-6b7266696b6f";

/** UUID v5 (RFC 9562) of a name: seeded rows get the same id on every machine and every run. */
export function stableId(...parts: string[]): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex"))
    .update(parts.join("/"))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
