using WsisConnect.Bench;

var (options, error) = BenchCommandLine.Parse(args);
if (options is null)
{
    if (error is not null)
    {
        Console.Error.WriteLine($"WsisConnect.Bench: {error}");
    }
    Console.WriteLine(BenchCommandLine.Usage);
    return error is null ? 0 : 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var report = await BenchRunner.RunAsync(options, Console.Out, cancel.Token);
// A benchmark reports, it does not judge; but counts that are not exact mean the run itself is broken.
return report.AllExact ? 0 : 1;
