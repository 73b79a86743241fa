using System.Security.Cryptography;
using System.Text;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// The parsed lexicon of the last import, kept while its files are unchanged: parsing compiles a few
/// dozen patterns, which is worth doing once, not on every re-import.
/// </summary>
internal static class LexiconCache
{
    private static readonly Lock Sync = new();
    private static (string Hash, ExtractionLexicon Lexicon)? _last;

    public static ExtractionLexicon Get(IReadOnlyDictionary<string, string> files)
    {
        var hash = Hash(files);
        lock (Sync)
        {
            if (_last is { } last && last.Hash == hash) { return last.Lexicon; }
        }

        var lexicon = LexiconParser.Parse(files);
        lock (Sync) { _last = (hash, lexicon); }
        return lexicon;
    }

    public static string Hash(IReadOnlyDictionary<string, string> files)
    {
        var all = new StringBuilder();
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) { all.Append(name).Append('\0').Append(text).Append('\0'); }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
