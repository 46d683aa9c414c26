# Build: docker build -t brigadebot .
# Run:   docker run -p 8080:8080 -v brigade-data:/data -e Slack__SigningSecret=… -e Slack__BotToken=… brigadebot
# Or:    docker compose up -d --build   (docker-compose.yml; docs/operations.md)
# The image runs the native build (compiled ahead of time, no JIT): it starts in about a third of the time of the
# published dll and holds about a quarter less memory (docs/operations.md, Benchmark). The -aot SDK image carries the
# native toolchain (clang, zlib) that the publish links with.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src
COPY BrigadeBot.sln Directory.Build.props appsettings.json ./
COPY src/Brigade.Slack/Brigade.Slack.csproj src/Brigade.Slack/
COPY src/BrigadeBot/BrigadeBot.csproj src/BrigadeBot/
RUN dotnet restore src/BrigadeBot/BrigadeBot.csproj -p:PublishAot=true
COPY src/ src/
RUN dotnet publish src/BrigadeBot/BrigadeBot.csproj -c Release -p:PublishAot=true -o /app \
    && rm -f /app/*.dbg /app/*.pdb

# The native executable needs no .NET runtime, only what it links with (the same system libraries as the aspnet image).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database lives in a volume; the image itself holds no data and no secrets. The folder is the bot user's alone
# (a new named volume takes this mode), and the bot creates its files 0600.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
VOLUME /data
# Two malloc arenas instead of glibc's eight per core: the soak run's resident memory then levels off after warm-up
# instead of creeping (docs/operations.md, Soak).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    MALLOC_ARENA_MAX=2 \
    Storage__DatabasePath=/data/brigade.db
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["./BrigadeBot"]
