using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Lexicon;

/// <summary>A lexicon pattern the regex engine refuses, when built or only when run, is an import error naming the file and entry.</summary>
public sealed class LexiconPatternTests
{
    private static readonly string Folder = Path.Combine(Corpus.Root, "seeds", "lexicon");

    private const string FirstCue = @"""pattern"": ""\\b(?:want|wants|wanted)\\b"",";

    private static Dictionary<string, string> WithFirstDemandCue(string pattern)
    {
        var files = LexiconParser.RequiredFiles.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Folder, f["lexicon/".Length..])));
        Assert.Contains(FirstCue, files[LexiconParser.Demands], StringComparison.Ordinal);
        files[LexiconParser.Demands] = files[LexiconParser.Demands].Replace(FirstCue, $"\"pattern\": \"{pattern}\",", StringComparison.Ordinal);
        return files;
    }

    [Fact]
    public void PatternThatDoesNotParseIsRefusedNamingTheFileAndEntry()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconParser.Parse(WithFirstDemandCue("(?:want")));
        Assert.Contains("demands.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("cues[0].pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternOnlyTheCompiledEngineCannotRunIsReadByTheInterpreter()
    {
        // The compiled engine throws IndexOutOfRangeException on its first match of "1234"; lexicon patterns run interpreted.
        var lexicon = LexiconParser.Parse(WithFirstDemandCue("((a+(:c*)?@)?([0-9]|A){1,4}?:)?"));

        Assert.NotEmpty(lexicon.PatternSources);
    }
}
