using Microsoft.OpenApi;

namespace NegotiationTracker.Api.Setup;

internal static class SwaggerSetup
{
    public static IServiceCollection AddTrackerSwagger(this IServiceCollection services) =>
        services.AddEndpointsApiExplorer().AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "NegotiationTracker API",
                Version = "v1",
                Description = "A knowledge base of negotiation events read from news articles: rounds, delegations, "
                    + "participants, venues, demands and the evidence (article and sentence) behind every fact.",
            });
            options.AddSecurityDefinition(ImportKeySecurity.SchemeName, ImportKeySecurity.Scheme);
            options.OperationFilter<ImportKeySecurity>();
            options.OperationFilter<CsvResponseDocs>();
            options.SchemaFilter<OpenApiVocabulary>();
            options.ParameterFilter<OpenApiVocabulary>();
            var xml = Path.Combine(AppContext.BaseDirectory, "NegotiationTracker.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
}
