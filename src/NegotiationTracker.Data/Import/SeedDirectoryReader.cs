using System.Security.Cryptography;
using System.Text;
using NegotiationTracker.Extraction.Articles;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// The only place that touches the seed files. It reads every file, checks it and reports every
/// bad one (not only the first), so a user fixes all of them in one round. It reads nothing outside
/// the seeds directory (<see cref="SeedFiles"/>).
/// </summary>
public static class SeedDirectoryReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<SeedSet> ReadAsync(string directory, long maxFileBytes, CancellationToken ct)
    {
        if (!Directory.Exists(directory))
        {
            return new SeedSet([], new Dictionary<string, string>(), [new ImportError(directory, "The seeds directory does not exist.")]);
        }

        var articles = new List<HashedArticle>();
        var lexicon = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        foreach (var file in SeedFiles.List(directory))
        {
            var (text, bytes, problem) = file.RealPath is null ? (null, null, file.Refusal) : await ReadTextAsync(file.RealPath, maxFileBytes, ct);
            if (problem is not null)
            {
                errors.Add(new ImportError(file.Name, problem));
            }
            else if (IsArticle(file.Name))
            {
                articles.Add(new HashedArticle(new SeedArticle(file.Name, text!), Convert.ToHexStringLower(SHA256.HashData(bytes!))));
            }
            else
            {
                lexicon[file.Name] = text!;
            }
        }

        return new SeedSet(articles, lexicon, errors);
    }

    /// <summary>Articles are the <c>*.txt</c> files at the top of the seeds directory; everything else is lexicon.</summary>
    public static bool IsArticle(string relativeName) =>
        !relativeName.Contains('/', StringComparison.Ordinal) && relativeName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static async Task<(string? Text, byte[]? Bytes, string? Problem)> ReadTextAsync(string path, long maxBytes, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return (null, null, $"The file is {length:N0} bytes, over the limit of {maxBytes:N0} bytes.");
            }

            bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"The file cannot be read: {e.Message}");
        }

        var text = string.Empty;
        var problem = Check(bytes) ?? Decode(bytes, out text);
        return problem is null ? (text, bytes, null) : (null, null, problem);
    }

    private static string? Check(byte[] bytes) =>
        bytes.Length == 0 ? "The file is empty."
        : Array.IndexOf(bytes, (byte)0) >= 0 ? "The file is binary (it contains NUL bytes)."
        : null;

    private static string? Decode(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            return $"The file is not valid UTF-8 (bad byte at offset {e.Index}).";
        }

        return string.IsNullOrWhiteSpace(text) ? "The file holds only white space." : null;
    }
}
