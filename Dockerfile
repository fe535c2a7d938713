# One image for every csc-hub service; the command picks the service (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/schema ./schema
COPY --from=build /app/seed/data ./seed/data
COPY --from=build /app/subgraphs/subgraphs.json ./subgraphs/subgraphs.json
COPY --from=build /app/gateway/reports/saved ./gateway/reports/saved
CMD ["node", "dist/gateway/main.js"]
