# syntax=docker/dockerfile:1
# Cascade images: `--target api` (HTTP API + web UI) and `--target worker` (Temporal worker).
# Both share one runtime stage; only the command differs. Used by docker-compose.yml.
#
# The build stage compiles TypeScript to JavaScript (`npm run build`, see tools/build/build.ts);
# the runtime image holds only dist/ and the production node_modules, and runs plain `node`
# (no @swc-node/register, no TypeScript sources).

ARG NODE_VERSION=20.20.2
# Same npm major as development: npm >= 11.16 reads the `allowScripts` field in package.json.
ARG NPM_VERSION=11.19.1

FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app

# ---- build: install everything, compile api + worker + libs, the workflow bundle and the web UI
FROM base AS build
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION}
# The whole tree is copied before `npm ci` because every workspace (apps/*, libs/*, tools)
# must exist for the install; the cache mount keeps rebuilds fast anyway.
COPY . .
RUN --mount=type=cache,target=/root/.npm npm ci
# dist/: apps/{api,worker}/src/*.js, libs/*/src/*.js, workflow-bundle.js, apps/web/dist.
RUN npm run build
# Production dependencies only. The workspace links (node_modules/@cascade/* -> TypeScript sources)
# are replaced by links to the compiled libs, so a channel plug-in that imports `@cascade/channels`
# gets the very module the app runs.
RUN npm prune --omit=dev \
 && rm -rf node_modules/@cascade && mkdir node_modules/@cascade \
 && for lib in dist/libs/*; do ln -s "../../$lib" "node_modules/@cascade/${lib##*/}"; done

# ---- runtime: shared by api and worker
FROM base AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
# Files stay root-owned: the app only reads its code, and runs as the unprivileged `node` user.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node

FROM runtime AS worker
# Prebuilt in the build stage, so workers start without bundling workflow code at boot.
ENV WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js
# Equivalent to `npm run prod:worker`; node is started directly so SIGTERM reaches it and the
# worker drains in-flight tasks on shutdown.
CMD ["node", "dist/apps/worker/src/main.js"]

# Last stage = default target for a plain `docker build .`.
FROM runtime AS api
# The API binds 127.0.0.1 by default; in a container it must listen on all interfaces.
ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000
# Equivalent to `npm run prod:api` (serves the web UI from dist/apps/web/dist too).
# Migrations: `node dist/libs/db/src/cli/migrate.js` (= `npm run prod:migrate`), the compose `migrate` service.
CMD ["node", "dist/apps/api/src/main.js"]
