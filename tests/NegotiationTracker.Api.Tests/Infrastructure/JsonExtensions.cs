using System.Net.Http.Json;
using System.Text.Json;

namespace NegotiationTracker.Api.Tests.Infrastructure;

internal static class JsonExtensions
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static List<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static string? Str(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).ToString();
}
