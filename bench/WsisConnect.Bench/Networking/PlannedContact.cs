namespace WsisConnect.Bench.Networking;

/// <summary>One contact to make: <paramref name="From"/> scans or asks, <paramref name="To"/> is scanned or accepts (indexes of people).</summary>
public readonly record struct PlannedContact(int From, int To, ContactMethod Method);
