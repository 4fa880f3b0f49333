namespace WsisConnect.Bench.Networking;

/// <summary>What every person's contact book held at the end, against the plan.</summary>
public readonly record struct BookCheck(int Total, int Missing, int Duplicates, int Unexpected, int WrongSource);
