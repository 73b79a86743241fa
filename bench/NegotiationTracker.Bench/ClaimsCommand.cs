using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Claims;

namespace NegotiationTracker.Bench;

/// <summary>
/// Prints what each article claims on its own, before consolidation: the page's sides, each round with its own sides,
/// the teams and demands. The knowledge base (`extract`) drops a round's sides when they merge or fail to resolve; this is
/// where to look when a rule reads a report wrong.
/// </summary>
internal static class ClaimsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string path, string? lexicon)
    {
        var (_, lex) = await Seeds.LoadAsync(lexicon ?? Seeds.Repository);
        var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var claims = ArticleReader.Read(new SeedArticle(Path.GetFileName(file), File.ReadAllText(file)), lex);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                claims.File,
                claims.Negotiators,
                PageParties = claims.PageParties.Select(p => p.Aliases.Count == 0 ? p.Name : $"{p.Name} ({string.Join(", ", p.Aliases)})"),
                Rounds = claims.Rounds.Select(r => new { r.Local, r.Negotiators, r.Date, r.DateText, r.Precision, r.City, r.Venue, r.Number, r.IsMain, Evidence = r.Evidence.Select(e => e.Sentence) }),
                People = claims.People.Select(p => $"{p.Name}: {p.Title} ({p.Party})"),
                Delegations = claims.Delegations.Select(d => $"{d.RoundLocal} {d.Party} {d.Role} {d.Person}{(d.IsHead ? " (head)" : "")}"),
                Demands = claims.Demands.Select(d => $"{d.Party} | {d.Category} | {d.Label}"),
            }, Json));
        }

        return 0;
    }
}
