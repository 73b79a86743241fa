namespace NegotiationTracker.Extraction.Claims;

/// <summary>Folds an article's meeting mentions into one claim per meeting.</summary>
internal static class RoundMerger
{
    public static List<RoundClaim> MergeWithinArticle(List<RoundClaim> found)
    {
        var rounds = new List<RoundClaim>();
        foreach (var claim in found)
        {
            var same = rounds.FirstOrDefault(r => SameMeeting(r, claim));
            if (same is null)
            {
                if (claim.Date is not null || claim.Month is not null || claim.Number is not null || claim.CoarseDate is not null) { rounds.Add(claim); }
                continue;
            }

            same.Number ??= claim.Number;
            same.City ??= claim.City;
            same.Date ??= claim.Date;
            if (same.Precision == "unknown") { (same.Precision, same.DateText, same.Month, same.Day) = (claim.Precision, claim.DateText, claim.Month, claim.Day); }
            same.Evidence.AddRange(claim.Evidence.Except(same.Evidence));
        }

        // "The first direct talks since 2022", undated, is the article's dated meeting when it has just one.
        var dated = rounds.Where(r => r.Date is not null).ToList();
        foreach (var first in rounds.Where(r => r.Date is null && r.Month is null && r.Number == 1).ToList())
        {
            if (dated.Count == 1 && dated[0].Number is null or 1)
            {
                dated[0].Number = 1;
                dated[0].Evidence.AddRange(first.Evidence.Except(dated[0].Evidence));
                rounds.Remove(first);
            }
        }

        return rounds.Select((r, i) => r with { Local = i }).ToList();
    }

    private static bool SameMeeting(RoundClaim a, RoundClaim b) =>
        (a.Date is not null && a.Date == b.Date)
        || (a.Date is null && b.Date is null && a.Month is not null && a.Month == b.Month && a.Day == b.Day)
        || (a.Number is not null && a.Number == b.Number && (a.Date is null || b.Date is null))
        || (a.Date is null && b.Date is null && a.Number is null && b.Number is null && a.CoarseDate is not null && a.CoarseDate == b.CoarseDate);
}
