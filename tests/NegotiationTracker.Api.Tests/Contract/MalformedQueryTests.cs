using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

/// <summary>Hundreds of hostile query strings: never a 5xx, and every error a ProblemDetails.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class MalformedQueryTests(TrackerApiFactory factory)
{
    private static readonly string[] Paths =
    [
        "/api/rounds", "/api/delegations", "/api/participants", "/api/demands", "/api/venues", "/api/articles", "/api/conflicts", "/api/search",
        "/api/participants/1/rounds", "/api/rounds/1",
    ];

    private static readonly string[] Names =
    [
        "page", "pageSize", "party", "from", "to", "venue", "round", "name", "category", "x", "page[]", "%00", "q", "sort", "evidence", "format",
        "number", "participant", "head",
    ];
    private static readonly string[] Values =
    [
        "", "-1", "0", "2147483648", "99999999999999999999", "1e10", "abc", "' OR 1=1 --", "\"; DROP TABLE Rounds; --", "%", "_", "\\",
        "%25%27", "%FF%FE", "%C3%28", "%ED%A0%80", "<script>alert(1)</script>", "2025-02-30", "9999-12-31", "0001-01-01", "🙂", "null",
        new string('9', 40), "%00", "..%2F..%2Fetc%2Fpasswd", "|", "|russia|", "ＲＵＳＳＩＡ", "-date", "date,-", "csv", "none", "%22", "NEAR(a%20b)", "a*",
    ];

    [Fact]
    public async Task NoMalformedQueryYieldsAServerError()
    {
        var client = factory.CreateClient();
        var random = new Random(20251123);
        for (var i = 0; i < 400; i++)
        {
            var path = Paths[random.Next(Paths.Length)];
            var query = string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"{Names[random.Next(Names.Length)]}={Values[random.Next(Values.Length)]}"));
            var response = await client.GetAsync($"{path}?{query}", TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{path}?{query} answered {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode)
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }
}
