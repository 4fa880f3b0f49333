using System.Text.Json;
using WsisConnect.TypeScript;

// Usage: WsisConnect.TypeScript <openapi.json> <http.ts from openapi-typescript> <output folder>
// Writes <output>/http.ts (the HTTP types) and <output>/contracts.ts (named types, enums, limits, codes, the hub),
// each only when its text changed, so an unchanged contract does not rebuild the PWA.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: WsisConnect.TypeScript <openapi.json> <http.ts> <output folder>");
    return 2;
}
using var document = JsonDocument.Parse(File.ReadAllBytes(args[0]));
var schemas = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
Directory.CreateDirectory(args[2]);
var written = GeneratedFile.WriteIfChanged(Path.Combine(args[2], "http.ts"), File.ReadAllText(args[1]))
    | GeneratedFile.WriteIfChanged(Path.Combine(args[2], "contracts.ts"), new ContractModule(schemas).Write());
Console.WriteLine(written ? $"TypeScript contract written to {args[2]}" : "TypeScript contract unchanged");
return 0;
