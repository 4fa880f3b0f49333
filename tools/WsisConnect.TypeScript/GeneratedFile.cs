namespace WsisConnect.TypeScript;

/// <summary>A generated file, rewritten only when its text changes (its time stamp drives the PWA's incremental build).</summary>
public static class GeneratedFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> unless it holds exactly that; true when written.</summary>
    public static bool WriteIfChanged(string path, string text)
    {
        text = text.ReplaceLineEndings("\n");
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }
        File.WriteAllText(path, text);
        return true;
    }
}
