# One image recipe for every Kansrijk service; docker-compose.yml picks the service with build args:
#   docker build --build-arg SERVICE_DIR=services/partners --build-arg PORT=4001 -t kansrijk-partners .
#   docker build --build-arg SERVICE_DIR=gateway --build-arg PORT=4000 -t kansrijk-gateway .
FROM node:20-bookworm-slim
ARG SERVICE_DIR
ARG PORT
WORKDIR /app
ENV NODE_ENV=production
# Every workspace manifest, so npm ci can read the lock file; then only what this service needs.
COPY package.json package-lock.json tsconfig.json ./
COPY services/kit/package.json services/kit/
COPY services/partners/package.json services/partners/
COPY services/children/package.json services/children/
COPY services/budgets/package.json services/budgets/
COPY services/interventions/package.json services/interventions/
COPY gateway/package.json gateway/
RUN npm ci --omit=dev --include-workspace-root --workspace ${SERVICE_DIR} && npm cache clean --force
COPY services/kit services/kit
COPY schemas schemas
COPY ${SERVICE_DIR} ${SERVICE_DIR}
USER node
ENV HOST=0.0.0.0 PORT=${PORT} SERVICE_DIR=${SERVICE_DIR}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["sh", "-c", "exec node --import tsx \"$SERVICE_DIR/src/index.ts\""]
