using System.Buffers.Text;
using System.Security.Cryptography;

namespace WsisConnect.Storage;

/// <summary>
/// The embedded store's password: generated at the first start and kept in the data folder, readable by its owner
/// only. Without it any local process could connect to the loopback port, read the token signing key and sign an
/// organiser token, or rewrite every record.
/// </summary>
public static class StorePassword
{
    /// <summary>The file in the data folder that holds the password.</summary>
    public const string FileName = "store.password";

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Reads the password from <paramref name="dataDirectory"/>, or generates and writes it there. The data folder is
    /// made owner-only as well: its log and checkpoints hold the same secrets as the store.
    /// </summary>
    public static string LoadOrCreate(string dataDirectory)
    {
        CreateOwnerOnlyDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            TryCreate(path, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnlyFile) != 0)
        {
            // Copied in by hand or restored from a backup with wider rights: narrow them before anyone else reads it.
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
        var password = File.ReadAllText(path).Trim();
        return password.Length >= 16
            ? password
            : throw new InvalidOperationException($"{path} must hold a password of at least 16 characters; delete it to have a new one generated.");
    }

    private static void CreateOwnerOnlyDirectory(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataDirectory);
            return;
        }
        Directory.CreateDirectory(dataDirectory, OwnerOnlyDirectory);
        if ((File.GetUnixFileMode(dataDirectory) & ~OwnerOnlyDirectory) != 0)
        {
            File.SetUnixFileMode(dataDirectory, OwnerOnlyDirectory);
        }
    }

    private static void TryCreate(string path, string password)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created with the narrow mode, never widened first: there is no moment when another user could open it.
            options.UnixCreateMode = OwnerOnlyFile;
        }
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(password);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first (two starts racing on one folder); use theirs.
        }
    }
}
