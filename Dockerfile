# One image for every csc-hub service; the command picks the service (see docker-compose.yml).
# Node 24, the current LTS. The build (compilers, dev dependencies) is left behind in the final stage.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Hive Gateway (docker compose --profile hive) is a development dependency, so its image keeps them.
FROM node:24-bookworm-slim AS hive-gateway
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/schema ./schema
COPY --from=build /app/subgraphs/subgraphs.json ./subgraphs/subgraphs.json
USER node
CMD ["node", "dist/gateway/hive-main.js"]

FROM build AS pruned
RUN npm prune --omit=dev --no-audit --no-fund

# Every other service: production dependencies only (the default, last stage).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=pruned /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/schema ./schema
COPY --from=build /app/seed/data ./seed/data
COPY --from=build /app/subgraphs/subgraphs.json ./subgraphs/subgraphs.json
COPY --from=build /app/gateway/reports/saved ./gateway/reports/saved
# The code is built already: in the image `npm run seed` and `npm run token` run it as it is
# (their source-tree versions build first, or need ts-node, a dev dependency left behind).
# data/ is the SQLite folder, the one place the service user may write.
RUN npm pkg set scripts.seed="node dist/seed/main.js" scripts.token="node dist/seed/issue-token.js" \
  && mkdir -p data && chown node:node data
# The node image's unprivileged user.
USER node
EXPOSE 4000
# Ready: the service this container runs answers its own /health/ready (see gateway/container-health-check.ts).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/gateway/container-health-check.js"]
CMD ["node", "dist/gateway/main.js"]
