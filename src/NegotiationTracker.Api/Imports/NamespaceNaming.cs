using System.Diagnostics.CodeAnalysis;

// The folder is named for its resource (/api/imports), as every other one is. "Imports" is a Visual Basic
// keyword, which matters only to a library called from VB; this host is no library.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:NegotiationTracker.Api.Imports",
    Justification = "An application's namespace named for its resource; no Visual Basic code consumes it.")]
