using WsisConnect.Contracts.Imports;

namespace WsisConnect.Server.Features.Imports;

/// <summary>Rows read from a file, a chunk at a time, with the problems found in them.</summary>
public sealed record ParsedChunk<T>(T[] Rows, ImportIssue[] Errors, ImportIssue[] Warnings);
