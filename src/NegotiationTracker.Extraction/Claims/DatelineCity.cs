using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Brussels – Yesterday evening … we met the chief negotiator", "TORONTO (CP) — On Wednesday the two sides talked for 12
/// hours": a report that places no meeting in any city speaks from its dateline's city, and a meeting it dates on the
/// report's day or the day before, or leaves undated, was held there. A report that names a meeting city anywhere keeps
/// its own reading (ArticleCity): a dateline is where the writer is, not always where the talks are.
/// </summary>
internal static class DatelineCity
{
    // How many of the first body sentences may hold the dateline (a kicker or a byline may stand before it).
    private const int DatelineReach = 3;

    // How many days before the report's own a meeting may be and still be the dateline's ("yesterday").
    private const int SameStoryDays = 1;

    /// <summary>
    /// "MOSCOW — Thursday's meeting of nearly two hours between …": a meeting the dateline's own sentence dates on the report's
    /// day or the day before, with no city of its own, is in the dateline's city, though the report places another event
    /// elsewhere ("the summit in Washington two weeks off"): the report's main meeting takes it before the most common meeting city.
    /// </summary>
    public static string? OfLead(RoundClaim round, IReadOnlyList<SentenceMentions> sentences, DateOnly? published)
    {
        var lead = sentences.Where(s => s.Sentence.Kind is Document.BlockKind.Paragraph or Document.BlockKind.Headline).Take(DatelineReach)
            .FirstOrDefault(s => Of([s]) is not null);
        return lead is not null && round.Date is { } d && published is { } p && p.DayNumber - d.DayNumber is >= 0 and <= SameStoryDays
            && round.Evidence.Count > 0 && round.Evidence[0].Start == lead.Sentence.Start ? Of([lead]) : null;
    }

    public static void Fill(IReadOnlyList<RoundClaim> rounds, IReadOnlyList<SentenceMentions> sentences, DateOnly? published)
    {
        if (rounds.Any(r => r.City is not null || r.Country is not null) || Of(sentences) is not { } city) { return; }
        foreach (var round in rounds.Where(r => r.Date is { } d ? published is { } p && p.DayNumber - d.DayNumber is >= 0 and <= SameStoryDays : r.CoarseDate is null && r.Month is null))
        {
            round.City = city;
        }
    }

    /// <summary>
    /// A city opening one of the first sentences (a page with no headline opens on its dateline), or standing after nothing
    /// but a saved page's stamp (" date 2024-04-26 ASTANA —"), and set off by a comma, a dash or an agency's bracket.
    /// </summary>
    private static string? Of(IReadOnlyList<SentenceMentions> sentences) =>
        sentences.Where(s => s.Sentence.Kind is Document.BlockKind.Paragraph or Document.BlockKind.Headline).Take(DatelineReach)
            .Select(s => s.Cities.FirstOrDefault(c => c.Index == 0 || (s.Sentence.Tokens[0].Key == "date" && s.Sentence.Tokens.Skip(1).Take(c.Index - 1).All(t => !t.IsWord || t.Text.All(ch => char.IsDigit(ch) || ch == '-')))) is { City: { } city } found
                && SetOff(s.Sentence.Tokens, found.Index + city.Name.Split(' ').Length) ? city.Name : null)
            .FirstOrDefault(c => c is not null);

    /// <summary>The city's words and then the mark: "HAVANA TIMES –" is an outlet's name, no dateline.</summary>
    private static bool SetOff(IReadOnlyList<Text.Token> tokens, int end) =>
        end < tokens.Count - 1 && tokens[end].Text is "," or "–" or "—" or "-" or "(";
}
