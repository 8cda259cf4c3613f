# syntax=docker/dockerfile:1
# The API and worker images, one Dockerfile with two targets sharing every stage but the last:
#   docker build --target api -t congdoan-api .      docker build --target worker -t congdoan-worker .

# Debian (glibc), not Alpine: the Temporal SDK's native core is built for glibc.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# --- build: full dependencies, compile to dist/ and the prebuilt workflow bundle ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# No install-time analytics call from swagger-ui's @scarf/scarf.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx --no-install tsx scripts/build.ts && test -s dist/workflow-bundle.js

# --- prod-deps: runtime dependencies only (no embedded-postgres, tsx, jest…); scripts are not needed to run ---
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# The Temporal core-bridge ships native builds for five platforms (~27 MB each): keep only this one.
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && keep="$(uname -m)-unknown-linux-gnu" \
 && test -f "node_modules/@temporalio/core-bridge/releases/$keep/index.node" \
 && find node_modules/@temporalio/core-bridge/releases -mindepth 1 -maxdepth 1 ! -name "$keep" -exec rm -rf {} +

# --- runtime: what both images run on ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# tsconfig.base.json marks the app root: the code walks up to it to find dist/ and dist/workflow-bundle.js.
COPY package.json tsconfig.base.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The embedded document font (Liberation Serif, SIL OFL) is read at run time to render PDFs.
COPY libs/documents/fonts ./libs/documents/fonts
# Files stay root-owned and read-only to the process; only the dossier-file folder (a volume) is writable.
RUN mkdir -p /var/lib/congdoan/attachments && chown node:node /var/lib/congdoan/attachments
USER node

# --- api: applies pending migrations (advisory lock, safe with several replicas), then serves HTTP on $PORT ---
FROM runtime AS api
EXPOSE 3000
# 200 only when PostgreSQL and Temporal both answer; the start period covers migrations.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["sh", "-c", "node --enable-source-maps dist/apps/api/src/migrate.js && exec node --enable-source-maps dist/apps/api/src/main.js"]

# --- worker: loads the prebuilt workflow bundle; no HTTP port. On SIGTERM it stops polling and drains in-flight
# tasks, so give it a stop grace period longer than the longest activity. ---
FROM runtime AS worker
CMD ["node", "--enable-source-maps", "dist/apps/worker/src/main.js"]
