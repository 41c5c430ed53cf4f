# syntax=docker/dockerfile:1
# Cascade images: `--target api` (HTTP API + web UI) and `--target worker` (Temporal worker).
# Both share one runtime stage; only the command differs. Used by docker-compose.yml.
#
# TypeScript runs directly through @swc-node/register (no compile step), so the runtime
# image carries the sources plus production node_modules.

ARG NODE_VERSION=20.20.2
# Same npm major as development: npm >= 11.16 reads the `allowScripts` field in package.json.
ARG NPM_VERSION=11.19.1

FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app

# ---- build: install everything, build the web UI and the workflow bundle, then drop dev deps
FROM base AS build
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION}
# The whole tree is copied before `npm ci` because every workspace (apps/*, libs/*, tools)
# must exist for the install; the cache mount keeps rebuilds fast anyway.
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci
RUN npm run build:web \
 && npm run build:workflows -- dist/workflow-bundle.js \
 && npm prune --omit=dev

# ---- runtime: shared by api and worker
FROM base AS runtime
ENV NODE_ENV=production
# Files stay root-owned: the app only reads its code, and runs as the unprivileged `node` user.
COPY --from=build /app /app
USER node

FROM runtime AS worker
# Prebuilt in the build stage, so workers start without bundling workflow code at boot.
ENV WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js
# Equivalent to `npm run worker`; node is started directly so SIGTERM reaches it and the
# worker drains in-flight tasks on shutdown.
CMD ["node", "-r", "@swc-node/register", "apps/worker/src/main.ts"]

# Last stage = default target for a plain `docker build .`.
FROM runtime AS api
# The API binds 127.0.0.1 by default; in a container it must listen on all interfaces.
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
# Equivalent to `npm run api` (serves apps/web/dist too).
CMD ["node", "-r", "@swc-node/register", "apps/api/src/main.ts"]
