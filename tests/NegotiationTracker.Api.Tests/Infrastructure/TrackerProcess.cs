using System.Diagnostics;
using System.Net;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as a real child process (Kestrel, its own SQLite connections), so a test can
/// kill it with SIGKILL or see what a real server sends. Output is drained and kept for messages.
/// </summary>
public sealed class TrackerProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private TrackerProcess(TestDatabase database, string seedsDirectory, string? apiKey, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = database.Folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NegotiationTracker.Api.dll"));
        foreach (var argument in arguments) { start.ArgumentList.Add(argument); }
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Tracker"] = database.ConnectionString;
        start.Environment["Seeds__Directory"] = seedsDirectory;
        if (apiKey is not null) { start.Environment["Import__ApiKey"] = apiKey; }
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where the web host listens, read from its "Now listening on" line (null until then).</summary>
    public Uri? BaseAddress
    {
        get
        {
            const string Listening = "Now listening on: ";
            var output = Output;
            var at = output.IndexOf(Listening, StringComparison.Ordinal);
            return at < 0 ? null : new Uri(output[(at + Listening.Length)..].Split('\n')[0].Trim());
        }
    }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Runs <c>import --seeds DIR</c>; the caller waits for it or kills it.</summary>
    public static TrackerProcess Import(string databasePath, string seedsDirectory) => Import(Sqlite(databasePath), seedsDirectory);

    /// <summary>Runs <c>import --seeds DIR</c> on any test database.</summary>
    public static TrackerProcess Import(TestDatabase database, string seedsDirectory) =>
        new(database, seedsDirectory, null, "import", "--seeds", seedsDirectory);

    /// <summary>Runs the program with any arguments (a verb and its options), for exit-code tests.</summary>
    public static TrackerProcess Run(TestDatabase database, string seedsDirectory, params string[] arguments) =>
        new(database, seedsDirectory, null, arguments);

    /// <summary>Starts the web host on a port the OS picks (no race with other tests for a free port).</summary>
    public static TrackerProcess Serve(string databasePath, string seedsDirectory) => Serve(Sqlite(databasePath), seedsDirectory);

    /// <summary>Starts the web host on any test database, on a port the OS picks; with a key, POST /api/import is open.</summary>
    public static TrackerProcess Serve(TestDatabase database, string seedsDirectory, string? apiKey = null) =>
        new(database, seedsDirectory, apiKey, "--urls", "http://127.0.0.1:0");

    private static SqliteTestDatabase Sqlite(string databasePath) => new(databasePath) { Folder = Path.GetDirectoryName(databasePath)! };

    /// <summary>Waits for the exit code, or null when the process did not end in time (it is then killed).</summary>
    public async Task<int?> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }
    }

    /// <summary>Polls <c>/health</c> until it answers 200; returns how long that took, or null after the timeout.</summary>
    public async Task<TimeSpan?> WaitHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                if (BaseAddress is not { } address)
                {
                    await Task.Delay(100);
                    continue;
                }

                using var response = await client.GetAsync(new Uri(address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK) { return watch.Elapsed; }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) { return; }
        lock (_output) { _output.AppendLine(line); }
    }
}
