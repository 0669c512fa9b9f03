// compose.yaml: every service of the registry as a container, on one PostgreSQL.
import { maxConnectionsFor } from "@frikommune/config";
import { GATEWAY_PORT, deployables, type Deployable } from "@frikommune/members";
import { generatedHeader } from "./header.js";
import { subgraphServices } from "./services.js";

const build = (service: Deployable) => `    build:
      context: .
      args:
        SERVICE: ${service.name}
        PORT: "${service.port}"`;

function subgraph(service: Deployable): string {
  return `  ${service.name}:
    <<: *subgraph
${build(service)}
    env_file: deploy/compose/secrets/${service.name}.env
    environment:
      <<: *subgraph-environment
`;
}

function gateway(service: Deployable): string {
  return `  gateway:
    restart: unless-stopped
${build(service)}
    ports:
      - "${service.port}:${service.port}"
    # GATEWAY_DATABASE_URL: the gateway's own role, for shared rate limits and cache invalidation.
    env_file: deploy/compose/secrets/gateway.env
    environment:
      AUTH_ISSUER: frikommune-compose
      AUTH_AUDIENCE: frikommune-supergraph
      AUTH_JWT_SECRET_FILE: /run/secrets/auth_jwt_secret
      GATEWAY_SIGNING_KEY_FILE: /run/secrets/gateway_signing_key
      RATE_LIMIT_STORE: postgres
      # Each subgraph at its service name and registry port.
      SUBGRAPH_URL_TEMPLATE: http://{name}:{port}/graphql
      # /metrics on a port of its own, not published: port ${service.port} answers it 404.
      METRICS_PORT: "9464"
    secrets:
      - auth_jwt_secret
      - gateway_signing_key
    # Every subgraph healthy first: the gateway answers with all members from its first request.
    depends_on:
      postgres:
        condition: service_healthy
${subgraphServices()
  .map(
    (s) => `      ${s.name}:
        condition: service_healthy`,
  )
  .join("\n")}
`;
}

export function composeFile(): string {
  const services = deployables();
  return `${generatedHeader("compose.ts")}
# The whole graph as containers: \`node deploy/compose/secrets.ts\` once, then \`docker compose up --build\`.
# One PostgreSQL with a login role and a schema per service; every service is built from the one
# Dockerfile; only the gateway is reachable from the host (http://localhost:${GATEWAY_PORT}/). Every service
# serves /metrics on port 9464 (METRICS_PORT), inside the compose network only.
# deploy/compose/README.md says more.
name: frikommune

x-subgraph: &subgraph
  restart: unless-stopped
  depends_on:
    postgres:
      condition: service_healthy

x-subgraph-environment: &subgraph-environment
  # Subgraphs hold no key of their own: they fetch the gateway's public key when a request comes.
  GATEWAY_JWKS_URL: http://gateway:${GATEWAY_PORT}/.well-known/jwks.json
  # /metrics on a port of its own, published nowhere; the service's port answers it 404.
  METRICS_PORT: "9464"

services:
  postgres:
    # Pinned by digest (the multi-platform index of postgres:18): an upgrade is a deliberate change here.
    image: postgres:18@sha256:86c951e05bf56c93d95d397747fb8820ac76cc3bedb78f43abd83eedbe3666ae
    restart: unless-stopped
    # Every service's pool at once, with room for the operator (README, *Connections to PostgreSQL*).
    command: ["postgres", "-c", "max_connections=${maxConnectionsFor({ subgraphs: subgraphServices().length, subgraphReplicas: 1, gatewayReplicas: 1 })}"]
    environment:
      POSTGRES_DB: frikommune
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    secrets:
      - postgres_password
      - database_roles
    volumes:
      # From 18 on the image keeps its data in a version's folder below /var/lib/postgresql.
      - postgres:/var/lib/postgresql
      - ./deploy/compose/initdb:/docker-entrypoint-initdb.d:ro
    healthcheck:
      # Over TCP: while the init scripts run, the image's temporary server listens on its socket only.
      test: ["CMD", "pg_isready", "--host=127.0.0.1", "--username=postgres", "--dbname=frikommune"]
      interval: 5s
      timeout: 5s
      retries: 20

${services.filter((s) => s.kind === "subgraph").map(subgraph).join("\n")}
${services.filter((s) => s.kind === "gateway").map(gateway).join("\n")}
# Written by \`node deploy/compose/secrets.ts\`; compose stops with the missing file's name without them.
secrets:
  postgres_password:
    file: deploy/compose/secrets/postgres_password
  database_roles:
    file: deploy/compose/secrets/database_roles
  auth_jwt_secret:
    file: deploy/compose/secrets/auth_jwt_secret
  gateway_signing_key:
    file: deploy/compose/secrets/gateway_signing_key

volumes:
  postgres:
`;
}
