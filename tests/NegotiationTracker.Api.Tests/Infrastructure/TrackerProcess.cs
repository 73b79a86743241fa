using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// The built API run as a real child process (Kestrel, its own SQLite connections), so a test can
/// kill it with SIGKILL or see what a real server sends. Output is drained and kept for messages.
/// </summary>
public sealed class TrackerProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private TrackerProcess(string databasePath, string seedsDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NegotiationTracker.Api.dll"));
        foreach (var argument in arguments) { start.ArgumentList.Add(argument); }
        start.Environment["ConnectionStrings__Tracker"] = $"Data Source={databasePath}";
        start.Environment["Seeds__Directory"] = seedsDirectory;
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri? BaseAddress { get; private init; }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Runs <c>import --seeds DIR</c>; the caller waits for it or kills it.</summary>
    public static TrackerProcess Import(string databasePath, string seedsDirectory) => new(databasePath, seedsDirectory, "import", "--seeds", seedsDirectory);

    /// <summary>Starts the web host on a free local port.</summary>
    public static TrackerProcess Serve(string databasePath, string seedsDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return new TrackerProcess(databasePath, seedsDirectory, "--urls", address.ToString()) { BaseAddress = address };
    }

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
                using var response = await client.GetAsync(new Uri(BaseAddress!, "/health"));
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
