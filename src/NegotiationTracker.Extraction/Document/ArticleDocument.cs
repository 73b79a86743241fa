using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Document;

/// <summary>
/// One article read once into the layers every later stage shares and never changes: its header
/// (headline, dateline), and its sentences, each with the kind of line it stands in and the heading above it.
/// </summary>
public sealed record ArticleDocument(string File, string Text, ArticleHeader Header, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The sentences that may state facts: every one but page boilerplate.</summary>
    public IEnumerable<Sentence> Content => Sentences.Where(s => s.Kind != BlockKind.Boilerplate);

    public static ArticleDocument Read(SeedArticle article, ExtractionLexicon lex)
    {
        // A hard-wrapped page's breaks inside a sentence read as spaces; offsets stay those of the article.
        // A cable typed all in capitals gets its case back first, so that its lines unwrap and its names read as names.
        var text = GraveApostrophes.Mend(WrappedLines.Unwrap(ShoutedText.Restore(article.Text, lex)));
        var lines = text.Split('\n');
        var kinds = BlockClassifier.Classify(lines, lex.Page);
        var lineStarts = new int[lines.Length];
        for (var i = 1; i < lines.Length; i++) { lineStarts[i] = lineStarts[i - 1] + lines[i - 1].Length + 1; }

        string? heading = null;
        var sentences = new List<Sentence>();
        foreach (var s in SentenceSplitter.Split(text))
        {
            var line = Array.BinarySearch(lineStarts, s.Start) is var at && at >= 0 ? at : ~at - 1;
            var kind = kinds[line];
            if (kind == BlockKind.Heading) { heading = s.Text; }
            sentences.Add(s with { Index = sentences.Count, Kind = kind, Heading = kind == BlockKind.Heading ? null : heading });
        }

        return new ArticleDocument(article.File, article.Text, ArticleHeader.Parse(article.Text, lex.Page), sentences);
    }
}
