# One image per service of the graph, from this one file:
#   docker build --build-arg SERVICE=assens --build-arg PORT=4102 -t frikommune/assens .
# SERVICE is a service's name in the member registry (`deployables()` in packages/members: gateway,
# network or a member's slug) and PORT its registry port; the build stops when they do not match.
# Both stages start from one image, pinned by its digest (the multi-platform index of node:24-slim):
# a new base is a deliberate change of both lines, never a silent move of the tag.

FROM node:24-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df AS build
# pnpm as pinned in package.json (corepack), with its store in a cache kept between builds.
ENV PNPM_HOME=/pnpm
ENV PATH=$PNPM_HOME:$PATH
ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0
RUN corepack enable
WORKDIR /repo
COPY . .
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile
RUN pnpm build
# Declared only now, so that the install and the build above are one cached layer for every service.
ARG SERVICE
ARG PORT
RUN node --input-type=module -e " \
      const { deployables } = await import('./packages/members/dist/index.js'); \
      const service = deployables().find((d) => d.name === process.env.SERVICE); \
      if (!service) throw new Error('SERVICE must be one of: ' + deployables().map((d) => d.name).join(', ')); \
      if (String(service.port) !== process.env.PORT) throw new Error('PORT must be ' + service.port + ' for ' + service.name); \
    "
# The service's package with only its production dependencies (pnpm deploy), as `pnpm bundle` makes it.
RUN --mount=type=cache,id=pnpm,target=/pnpm/store node packages/stack/dist/bundle.js --out /bundles "$SERVICE"

FROM node:24-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df
ARG SERVICE
ARG PORT
ENV NODE_ENV=production
ENV HOST=0.0.0.0
ENV PORT=${PORT}
WORKDIR /app
# Owned by root, so the service cannot change its own code; it writes nothing into its folder.
COPY --from=build /bundles/${SERVICE} ./
# The image's `node` user, by number: Kubernetes' runAsNonRoot can only verify a numeric user.
USER 1000:1000
EXPOSE ${PORT}
# Node itself asks, as the slim image has no curl; PORT is read when the check runs.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
