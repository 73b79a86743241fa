using FluentValidation;
using NegotiationTracker.Api.Articles;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Health;
using NegotiationTracker.Api.Conflicts;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Participants;
using NegotiationTracker.Api.Rounds;
using NegotiationTracker.Api.Venues;
using NegotiationTracker.Api.Setup;
using NegotiationTracker.Data.Import;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<SeedsOptions>().BindConfiguration(SeedsOptions.Section)
    .Validate(o => o.MaxFileBytes > 0, "Seeds:MaxFileBytes must be positive.").ValidateOnStart();
builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateOnStart();
builder.Services.AddTrackerDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<StartupState>();
builder.Services.AddScoped<ImportService>();
builder.Services.AddHostedService<DatabaseInitializer>();
builder.Services.AddHealthChecks().AddCheck<StartupHealthCheck>("startup");
builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Bad query strings throw, so the exception handler can turn them into a 400 ProblemDetails naming the parameter.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddTrackerSwagger();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseKnowledgeBaseETags();
app.UseSwagger();
app.UseSwaggerUI();

app.MapHealthChecks("/health");
app.MapArticles();
app.MapRounds();
app.MapDelegations();
app.MapParticipants();
app.MapVenues();
app.MapDemands();
app.MapConflicts();

app.Run();

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;
