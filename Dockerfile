# Build: docker build -t brigadebot .
# Run:   docker run -p 8080:8080 -v brigade-data:/data -e Slack__SigningSecret=… -e Slack__BotToken=… brigadebot
# Or:    docker compose up -d --build   (docker-compose.yml; docs/operations.md)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY BrigadeBot.sln Directory.Build.props appsettings.json ./
COPY src/Brigade.Slack/Brigade.Slack.csproj src/Brigade.Slack/
COPY src/BrigadeBot/BrigadeBot.csproj src/BrigadeBot/
RUN dotnet restore src/BrigadeBot/BrigadeBot.csproj
COPY src/ src/
# No --no-restore: publishing compiles ReadyToRun for the SDK's own platform, which restores its crossgen package.
RUN dotnet publish src/BrigadeBot/BrigadeBot.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
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
ENTRYPOINT ["dotnet", "BrigadeBot.dll"]
