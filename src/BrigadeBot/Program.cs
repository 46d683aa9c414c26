using Brigade.Slack.Http;
using BrigadeBot.Features.CalendarSubscription;
using BrigadeBot.Hosting;
using BrigadeBot.Sandbox;

if (RestoreCommand.IsRequested(args))
    return RestoreCommand.Run(args);

var builder = WebApplication.CreateSlimBuilder(HostingSetup.WithSettingsReadOnce(args));
builder.Configuration.AddConfigurationBesideBinary();
builder.Logging.UseConfiguredConsoleFormatter(builder.Configuration);

builder.Services.AddBrigadeBot(builder.Configuration);
builder.Services.AddSandbox(builder.Configuration);
builder.Services.AddBrigadeMetrics(builder.Configuration);
builder.Services.AddStartupMemoryRelease();

var app = builder.Build();
app.MapSlackEndpoints();
app.MapHealth();
app.MapCalendarFeed();
app.MapMetrics();
app.MapSandbox();

return await app.RunBrigadeAsync();

public partial class Program;
