using System.Globalization;

namespace WsisConnect.Bench.Cluster;

/// <summary>Percentiles of a set of measurements, for the results tables.</summary>
public sealed record Spread(int Count, double Min, double P50, double P99, double Max, double Mean)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Spread(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        // Nearest rank: with fewer than 100 values p99 is the largest, said plainly rather than interpolated.
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Spread(sorted.Length, sorted[0], Rank(0.50), Rank(0.99), sorted[^1], sorted.Average());
    }

    public string Format(string unit, string format = "0.00") =>
        Count == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"p50 {P50.ToString(format, CultureInfo.InvariantCulture)} {unit}, p99 {P99.ToString(format, CultureInfo.InvariantCulture)} {unit} (min {Min.ToString(format, CultureInfo.InvariantCulture)}, max {Max.ToString(format, CultureInfo.InvariantCulture)}, n={Count})");
}
