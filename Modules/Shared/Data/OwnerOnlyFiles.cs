using Microsoft.Data.Sqlite;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// Files that hold secrets or the whole database are readable and writable by their owner only
/// (Unix mode 600 where the OS has Unix modes): the admin key file and the SQLite files.
/// </summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="text"/> to a file created owner-only; unless <paramref name="replace"/>, an existing file is an IOException.</summary>
    public static async Task WriteAsync(string path, string text, bool replace, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = replace ? FileMode.Create : FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }
        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(text.AsMemory(), ct);
        }
        Restrict(path);
    }

    /// <summary>
    /// Creates the SQLite database file owner-only before SQLite first opens it (SQLite then gives its
    /// -wal and -shm files the same mode), and narrows the files of an existing database.
    /// </summary>
    public static void SecureSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var path = Path.GetFullPath(builder.DataSource);
        if (!File.Exists(path) && builder.Mode != SqliteOpenMode.ReadOnly && builder.Mode != SqliteOpenMode.ReadWrite)
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }
            try
            {
                using var _ = new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it at the same moment.
            }
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file))
            {
                Restrict(file);
            }
        }
    }

    private static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
