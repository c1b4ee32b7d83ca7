# syntax=docker/dockerfile:1
# The API image (docs/deployment.md). Every stage starts from the same Node base, so the native better-sqlite3
# module is compiled for the system it runs on; the runtime stage gets no compiler and runs as a non-root user.
# Node 24, the current LTS (Node 20 reached its end of life in April 2026), pinned to a release: a new base image
# is a deliberate change, built and tested like any other (docs/deployment.md, "Operating it").
ARG NODE_IMAGE=node:24.22.3-bookworm-slim

# --- build: all dependencies, compile TypeScript to dist/ ---------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build-if-stale.js ./scripts/
COPY src ./src
COPY web ./web
COPY scripts/build-web.mjs ./scripts/build-web.mjs
COPY data ./data
RUN npm run build

# --- production dependencies only (better-sqlite3 may need the compiler when no prebuilt binary fits) --------------
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

# --- runtime -------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/lib/samhandlingsplan
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
# Seed plans (data/plans), imported on a first start with an empty store when SEED=true.
COPY data ./data
# The embedded SQLite store and the token file live in DATA_DIR: a volume, writable by the runtime user only.
RUN mkdir -p /var/lib/samhandlingsplan \
    && chown node:node /var/lib/samhandlingsplan \
    && chmod 0700 /var/lib/samhandlingsplan
USER node
VOLUME ["/var/lib/samhandlingsplan"]
EXPOSE 3000
# Slim images have no curl: node's own fetch asks the liveness endpoint.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# --max-semi-space-size=32: docs/performance.md (a young generation twice V8's default keeps plan reads' p99 flat).
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
