namespace WsisConnect.Testing;

/// <summary>A fresh, empty directory under the system temp folder, removed again on dispose.</summary>
/// <remarks>Removal is best effort: a process killed mid-write may still hold files, and a leftover
/// directory in /tmp must not fail the test that made it.</remarks>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory; <paramref name="prefix"/> makes leftovers recognisable.</summary>
    public TempDirectory(string prefix = "wsis-test-")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The absolute path of the directory.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string ToString() => Path;

    /// <summary>Deletes the directory and everything in it, ignoring failures.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
