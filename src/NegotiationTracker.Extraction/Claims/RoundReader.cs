using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Finds the meetings an article speaks of: a sentence about talks that carries a day (absolute,
/// or a weekday resolved against the dateline or against the article's other meetings plus a gap),
/// or an ordinal ("third round"). A date beside a proposal, a deadline or a summit is no meeting.
/// The first meeting in the text is the article's main one: undated facts belong to it.
/// </summary>
internal static class RoundReader
{
    public static List<RoundClaim> Read(string file, IReadOnlyList<SentenceMentions> sentences, Talks talks, Articles.ArticleHeader header, int? year, ExtractionLexicon lex)
    {
        var dateline = header.PublishedOn;
        var found = new List<(RoundClaim Claim, DateMention? Date, DateGap? Gap, bool Past)>();
        year ??= dateline?.Year ?? YearWritten(sentences);
        foreach (var s in sentences.Where(s => IsAboutMeeting(s, lex)))
        {
            var evidence = s.Sentence.EvidenceIn(file);
            var number = OrdinalReader.Read(s, lex);
            var past = s.Sentence.Tokens.Any(t => lex.PastTenseWords.Contains(t.Key));
            var dates = DateFinder.Find(s.Sentence.Text, dateline, year).Where(d => d.IsDayLike && !IsWhenSaid(s, d, lex) && s.Sentence.Start + d.Offset >= header.DatelineEnd).ToList();
            foreach (var date in dates)
            {
                var claim = New(file, talks, evidence, CityBefore(s, date.Offset) ?? CityBefore(s, s.Sentence.Text.Length), dates.Count == 1 ? number : null);
                (claim.Date, claim.Month, claim.Day, claim.DateText, claim.Precision) = (NearDateline(date, dateline, past), date.Month, date.Day, date.Text, date.Date is null ? "unknown" : "day");
                found.Add((claim, date, DateFinder.FindGap(s.Sentence.Text), past));
            }

            if (dates.Count == 0 && number is not null)
            {
                var claim = New(file, talks, evidence, CityBefore(s, s.Sentence.Text.Length), number);
                var coarse = DateFinder.Find(s.Sentence.Text, dateline, year).FirstOrDefault(d => d.Precision is "month" or "range" && d.Date is not null);
                (claim.CoarseDate, claim.Precision, claim.DateText) = (coarse?.Date, coarse?.Precision ?? "unknown", coarse?.Text);
                found.Add((claim, null, null, past));
            }
        }

        ResolveWeekdays(found, dateline);
        var rounds = RoundMerger.MergeWithinArticle(found.Select(f => f.Claim).ToList());
        OutcomeReader.Read(file, sentences, rounds, lex);
        if (rounds.Count > 0)
        {
            rounds[0].IsMain = true;
            AttachVenue(file, sentences, rounds[0], lex);
            rounds[0].City ??= MostCommonMeetingCity(sentences, lex);
        }

        return rounds;
    }

    /// <summary>
    /// With no dateline, a day written without a year ("10 May") takes the latest year the article
    /// writes in full with a day ("14 November 2024"): the article's "this year".
    /// </summary>
    private static int? YearWritten(IReadOnlyList<SentenceMentions> sentences) =>
        sentences.SelectMany(s => DateFinder.Find(s.Sentence.Text, null, null)).Where(d => d.IsDayLike && d.Date is not null)
            .Select(d => (int?)d.Date!.Value.Year).Max();

    /// <summary>
    /// A day written without a year lies near the dateline: "last met on 19 December" in a January
    /// article is last year's December; "talks on 10 January" in a December article, next year's.
    /// </summary>
    private static DateOnly? NearDateline(DateMention date, DateOnly? dateline, bool past)
    {
        if (date.Date is not { } day || date.YearWritten || dateline is not { } published) { return date.Date; }
        if (past && day > published.AddDays(7)) { return day.AddYears(-1); }
        return !past && day < published.AddDays(-183) ? day.AddYears(1) : day;
    }

    /// <summary>The place written before a date ("in Cairo on 3 March", "returned to Cairo on 12 May").</summary>
    private static string? CityBefore(SentenceMentions s, int offset) =>
        s.Cities.LastOrDefault(c => c.Index > 0 && s.Sentence.Tokens[c.Index - 1].Key is "in" or "at" or "to"
            && s.Sentence.Tokens[c.Index].Start - s.Sentence.Start < offset).City?.Name;

    /// <summary>"the Swiss government said on Tuesday": the day of a statement, not of a meeting.</summary>
    private static bool IsWhenSaid(SentenceMentions s, DateMention date, ExtractionLexicon lex)
    {
        var before = s.Sentence.Tokens.Where(t => t.End - s.Sentence.Start <= date.Offset).TakeLast(3);
        return before.Any(t => lex.SpeechVerbs.Contains(t.Key));
    }

    private static RoundClaim New(string file, Talks talks, Evidence evidence, string? city, int? number)
    {
        var claim = new RoundClaim { Local = 0, File = file, Negotiators = talks.Negotiators, City = city, Number = number };
        claim.Evidence.Add(evidence);
        return claim;
    }

    private static bool IsAboutMeeting(SentenceMentions s, ExtractionLexicon lex) =>
        s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key))
        && !lex.NotMeeting.IsMatch(s.Sentence.Text);

    private static void ResolveWeekdays(List<(RoundClaim Claim, DateMention? Date, DateGap? Gap, bool Past)> found, DateOnly? dateline)
    {
        foreach (var (claim, date, gap, past) in found.Where(f => f.Date?.Weekday is not null))
        {
            var weekday = date!.Weekday!.Value;
            var latestOther = found.Where(f => f.Claim != claim && f.Claim.Date is not null).Select(f => f.Claim.Date!.Value).DefaultIfEmpty().Max();
            DateOnly? resolved = gap is not null && latestOther != default
                ? Next(latestOther.AddDays(gap.Days + (gap.Strict ? 1 : 0)), weekday)
                : dateline is { } d ? (past ? Previous(d, weekday) : Next(d, weekday)) : null;
            (claim.Date, claim.Precision) = (resolved, resolved is null ? "unknown" : "day");
        }
    }

    private static DateOnly Next(DateOnly from, DayOfWeek weekday) => from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly Previous(DateOnly from, DayOfWeek weekday) => from.AddDays(-(((int)from.DayOfWeek - (int)weekday + 7) % 7));

    internal static void AttachVenue(string file, IReadOnlyList<SentenceMentions> sentences, RoundClaim main, ExtractionLexicon lex)
    {
        foreach (var s in sentences.Where(s => s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key))))
        {
            if (VenueFinder.Find(s, lex) is not { } venue) { continue; }
            main.Venue ??= venue;
            if (string.Equals(main.Venue, venue, StringComparison.Ordinal))
            {
                main.VenueEvidence.Add(s.Sentence.EvidenceIn(file));
                main.City ??= s.Cities.Count > 0 ? s.Cities[0].City.Name : null;
            }
        }
    }

    private static string? MostCommonMeetingCity(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex) =>
        sentences.Where(s => s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key)))
            .SelectMany(s => s.Cities.Where(c => c.Index > 0 && s.Sentence.Tokens[c.Index - 1].Key is "in" or "at").Select(c => c.City.Name))
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
