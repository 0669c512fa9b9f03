// `node deploy/k8s/overlays/development/secrets.ts`: the development overlay's Secrets, made on this
// machine into its folder secrets/ (kept out of git and out of the images) with the kustomization
// that generates them from there. Nothing usable is committed: every cluster made from this overlay
// has keys and passwords of its own, and the services refuse the project's development defaults.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type * as Shared from "../../../secrets.js";

// By its .ts name, as plain Node runs it (type stripping); the type import above is tsc's.
const { newJwtSecret, newPassword, newSigningKey, serviceDatabases, writeSecretFiles }: typeof Shared = await import(new URL("../../../secrets.ts", import.meta.url).href);

/** Where the overlay's kustomization.yaml finds them (`resources:`). */
export const SECRETS_FOLDER = "secrets";

interface SecretGenerator {
  name: string;
  type?: string;
  files?: string[];
  envs?: string[];
}

/** Each Secret the base's Deployments read, the file its value is kept in, and how a new value is made. */
function developmentSecrets(): { generator: SecretGenerator; file: string; make: () => string }[] {
  return [
    { generator: { name: "gateway-jwt", files: ["secret=auth-jwt-secret"] }, file: "auth-jwt-secret", make: newJwtSecret },
    { generator: { name: "gateway-signing-key", files: ["signing-key.pem"] }, file: "signing-key.pem", make: newSigningKey },
    // Basic-auth, with the role's name as username: CloudNativePG sets the role's password from it.
    ...serviceDatabases().map((d) => ({
      generator: { name: `${d.service}-database`, type: "kubernetes.io/basic-auth", envs: [`${d.service}-database.env`] },
      file: `${d.service}-database.env`,
      make: () => `username=${d.role}\npassword=${newPassword()}\n`,
    })),
  ];
}

/**
 * Writes into `dir` each secret file that is missing and keeps those already there, so a cluster's
 * keys and passwords stay and a service added to the registry since gets its own; the kustomization
 * listing them all is written anew. Returns the files made.
 */
export function writeDevelopmentSecrets(dir: string): string[] {
  const secrets = developmentSecrets();
  const missing = secrets.filter((s) => !existsSync(join(dir, s.file)));
  // JSON is YAML: kustomize reads it as written, with nothing to escape by hand.
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    // The names stay as the Deployments and the CloudNativePG example read them.
    generatorOptions: { disableNameSuffixHash: true },
    secretGenerator: secrets.map((s) => s.generator),
  };
  writeSecretFiles(
    dir,
    {
      ...Object.fromEntries(missing.map((s) => [s.file, s.make()])),
      "kustomization.yaml": `# Written by node deploy/k8s/overlays/development/secrets.ts; never committed.\n${JSON.stringify(kustomization, null, 2)}\n`,
    },
    0o600,
  );
  return missing.map((s) => s.file);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string", default: resolve(import.meta.dirname, SECRETS_FOLDER) } } });
  const made = writeDevelopmentSecrets(values.out);
  console.log(`${values.out}: ${made.length ? `made ${made.join(", ")}` : "every secret was there already"}`);
}
