# The gateway image: `docker compose up` (docker-compose.yml) runs it beside PostgreSQL, RabbitMQ
# and an SFTP server. Two stages, so compilers and dev dependencies stay out of the runtime image.
FROM node:20-bookworm-slim AS build
# ssh2 and cpu-features compile optional native bindings on install; without a toolchain they fall
# back to pure JS, slower at SFTP crypto.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies first, so a source-only change reuses this layer. `npm ci` runs the `prepare`
# script (scripts/build.js), which does nothing while src/ is absent.
COPY package.json package-lock.json .npmrc ./
COPY scripts/build.js scripts/build.js
RUN npm ci
COPY . .
# bin/x12gw.js rebuilds dist/ when src/ is newer; with src/ gone it always runs the built code.
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf src test .ci

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app /app
# var/ holds the gateway's files (generated 837s, received acknowledgments and 835s, the embedded
# database when DATABASE_URL is unset); it is a volume so they outlive the container.
RUN mkdir -p /app/var && chown node:node /app/var
USER node
VOLUME /app/var
EXPOSE 3000
# A TCP check rather than a URL, so it doesn't depend on the API's routes.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('net').connect(+process.env.PORT, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"]
CMD ["node", "bin/x12gw.js", "serve"]
