# syntax=docker/dockerfile:1
# The WsisConnect server image: build with the repository root as context,
#   docker build -f deploy/server.Dockerfile -t wsisconnect-server .
# (docker-compose.yml at the root does this). deploy/server.Dockerfile.dockerignore keeps build outputs,
# node_modules and test results out of the context.

# Node.js comes from the official node image, not apt: the .NET 10 images are Ubuntu 24.04, whose nodejs
# (18.x) is older than Vite needs (20.19+ / 22.12+).
ARG NODE_IMAGE=node:22-bookworm-slim
FROM ${NODE_IMAGE} AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    npm_config_fund=false \
    npm_config_audit=false \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
WORKDIR /repo
COPY . .
# The server's build runs npm to build the PWA (mobile/) into its web root, pwa/, and publishes it with the
# app; the check fails the image build if it did not.
RUN --mount=type=cache,target=/root/.nuget/packages \
    --mount=type=cache,target=/root/.npm \
    dotnet publish src/WsisConnect.Server/WsisConnect.Server.csproj -c Release -o /app -p:UseAppHost=false \
 && test -f /app/pwa/index.html

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for the container health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
# Storage__DataDirectory matters only with the embedded store (Storage__Redis empty): mount a volume there.
# The demo (public sign-in codes) only when asked for: Demo__Enabled=true.
ENV Urls=http://0.0.0.0:8080 \
    Demo__Enabled=false \
    Storage__DataDirectory=/data \
    Orleans__SiloPort=11111 \
    Orleans__GatewayPort=30000
EXPOSE 8080 11111 30000
VOLUME /data
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=40s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready >/dev/null || exit 1
ENTRYPOINT ["dotnet", "WsisConnect.Server.dll"]
