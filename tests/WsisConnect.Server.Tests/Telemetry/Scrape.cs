using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace WsisConnect.Server.Tests.Telemetry;

/// <summary>One read of a node's Prometheus endpoint, in the text exposition format.</summary>
public sealed class Scrape(string text)
{
    public string Text { get; } = text;

    /// <summary>Reads <c>/metrics</c> with <paramref name="bearer"/> (an organiser's token or the scrape key).</summary>
    public static async Task<Scrape> ReadAsync(Uri server, string bearer)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.GetAsync("metrics");
        response.EnsureSuccessStatusCode();
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The status a GET of <paramref name="path"/> is answered with, sent with <paramref name="bearer"/> when given.</summary>
    public static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Whether any sample of the metric <paramref name="name"/> is exposed.</summary>
    public bool Has(string name) => Samples(name).Any();

    /// <summary>The sum of every sample of <paramref name="name"/> whose labels contain <paramref name="label"/> (all samples when null); 0 when none.</summary>
    public double Sum(string name, string? label = null) => Samples(name).Where(s => label is null || s.Labels.Contains(label, StringComparison.Ordinal)).Sum(s => s.Value);

    private IEnumerable<(string Labels, double Value)> Samples(string name)
    {
        foreach (var line in Text.Split('\n'))
        {
            if (line.StartsWith('#') || !line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length || line[name.Length] is not ('{' or ' '))
            {
                continue;
            }
            var labelsEnd = line[name.Length] == '{' ? line.IndexOf('}', name.Length) + 1 : name.Length;
            var fields = line[labelsEnd..].Trim().Split(' ');
            yield return (line[name.Length..labelsEnd], double.Parse(fields[0], CultureInfo.InvariantCulture));
        }
    }
}
