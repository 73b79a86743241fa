namespace NegotiationTracker.Extraction.Document;

/// <summary>What a line of a news page is: only paragraphs, headlines, headings and list items state facts.</summary>
public enum BlockKind
{
    Paragraph,
    Headline,
    Heading,
    ListItem,

    /// <summary>A photo caption or credit: names and titles count, dates and places there are the photo's.</summary>
    Caption,

    /// <summary>Menus, share buttons, newsletter and cookie prompts, teasers: no fact comes from them.</summary>
    Boilerplate,
}
