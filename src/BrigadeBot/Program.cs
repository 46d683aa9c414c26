using Brigade.Slack.Http;
using BrigadeBot.Features.Booking;
using BrigadeBot.Features.Codev;
using BrigadeBot.Features.Help;
using BrigadeBot.Features.Sheets;
using BrigadeBot.Features.Watch;
using BrigadeBot.Features.Home;
using BrigadeBot.Features.Impact;
using BrigadeBot.Features.Privacy;
using BrigadeBot.Features.Welcome;
using BrigadeBot.Hosting;
using BrigadeBot.Scheduling;
using BrigadeBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddConfigurationBesideBinary();

builder.Services.AddBrigadeStorage(builder.Configuration);
builder.Services.AddBrigadeScheduling(builder.Configuration);
builder.Services.AddBrigadeHosting(builder.Configuration)
    .AddHelp()
    .AddWelcome()
    .AddBooking()
    .AddCodev()
    .AddSheets()
    .AddWatch()
    .AddImpact()
    .AddHome()
    .AddPrivacy();

var app = builder.Build();
app.MapSlackEndpoints();
app.MapHealth();

return await app.RunBrigadeAsync();

public partial class Program;
