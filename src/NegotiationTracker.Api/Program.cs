using NegotiationTracker.Api.Articles;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Conflicts;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Import;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Api.Participants;
using NegotiationTracker.Api.Rounds;
using NegotiationTracker.Api.Search;
using NegotiationTracker.Api.Setup;
using NegotiationTracker.Api.Venues;

// `-- import [--seeds DIR] [--dry-run]` runs the importer and exits; anything else goes to the web host.
if (args is [ImportCommand.Verb, ..])
{
    return await ImportCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
// The Server header would only tell an attacker which stack to aim at.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddTrackerCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddTrackerWeb();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseKnowledgeBaseETags();
// AnswerCache:Enabled=false lets the load test measure every request as a first pass.
if (app.Configuration.GetValue("AnswerCache:Enabled", defaultValue: true)) { app.UseOutputCache(); }
app.UseSwagger();
app.UseSwaggerUI();
// The timeline page: plain files from wwwroot that read the public API like any other client; `/` serves index.html.
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHealthChecks("/health");
app.MapArticles();
app.MapRounds();
app.MapDelegations();
app.MapParticipants();
app.MapVenues();
app.MapDemands();
app.MapConflicts();
app.MapSearch();
app.MapImport();
app.MapImportHistory();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so integration tests can host it.</summary>
public partial class Program;
