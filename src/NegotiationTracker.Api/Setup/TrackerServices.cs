using FluentValidation;
using Microsoft.AspNetCore.ResponseCompression;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Health;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Import;
using NegotiationTracker.Api.Participants;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Api.Rounds;
using NegotiationTracker.Api.Venues;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Data.ReadModel;
using NegotiationTracker.Extraction.Claims;

namespace NegotiationTracker.Api.Setup;

internal static class TrackerServices
{
    /// <summary>What both the web host and the <c>import</c> verb need: options, the database and the importer.</summary>
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<SeedsOptions>().BindConfiguration(SeedsOptions.Section)
            .Validate(o => o.MaxFileBytes > 0, "Seeds:MaxFileBytes must be positive.").ValidateOnStart();
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section)
            .Validate(o => o.PermitsPerMinute > 0, "Import:PermitsPerMinute must be positive.").ValidateOnStart();
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.Section)
            .Validate(o => o.MaxImports > 0, "History:MaxImports must be positive.").ValidateOnStart();
        services.AddTrackerDatabase(configuration, contentRoot);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClaimsCache>();
        services.AddSingleton<IReadModelRenderer, ReadModelRenderer>();
        return services.AddScoped<ImportService>();
    }

    /// <summary>The web host's own services: startup import, health, validation, errors, rate limits, Swagger.</summary>
    public static IServiceCollection AddTrackerWeb(this IServiceCollection services)
    {
        services.AddSingleton<StartupState>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<StartupHealthCheck>("startup");
        // Validators hold no state: one each, not one built per request.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<ReaderSessions>();
        services.AddProblemDetails();
        // Lists answer with the items the import rendered, written as they are.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new RawJsonListConverter(
            typeof(RoundSummary), typeof(DelegationResponse), typeof(ParticipantSummary), typeof(DemandResponse), typeof(VenueResponse))));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Bad query strings throw, so the exception handler can turn them into a 400 ProblemDetails naming the parameter.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<ImportRateLimit>();
        services.AddSingleton<KnowledgeBaseVersion>();
        // Answers are cached until the next import (KnowledgeBaseVersion evicts the tag), varying by the whole query.
        services.AddOutputCache(o => o.AddBasePolicy(p => p.With(c => c.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            .Tag(KnowledgeBaseVersion.CacheTag).SetVaryByQuery("*").SetVaryByHeader("Accept").Expire(TimeSpan.FromMinutes(10))));
        // Lists repeat the same keys, parties and round embeds item after item: compressed they are a fraction of the bytes.
        // Safe over HTTPS here (no BREACH) because no answer holds a secret: the import key is never echoed.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/csv"];
        });
        return services.AddTrackerSwagger();
    }
}
