# syntax=docker/dockerfile:1

# --- build: install everything, generate the Prisma client, compile TypeScript, then drop dev dependencies
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

# --- runtime: compiled code and production dependencies only, as the unprivileged node user
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node demo ./demo
COPY --chown=node:node knowledge ./knowledge
COPY --chown=node:node public ./public
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations first (PostgreSQL when DATABASE_URL is set, else the embedded database in /app/data), then the service,
# with the flags of `npm start` (a larger young generation: see docs/benchmarks.md).
CMD ["sh", "-c", "node dist/data/migrate-cli.js && exec node --enable-source-maps --max-semi-space-size=64 dist/main.js"]
