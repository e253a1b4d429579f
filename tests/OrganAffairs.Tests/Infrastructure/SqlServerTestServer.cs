using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>
/// One SQL Server per test run: the server named by ORGANAFFAIRS_TEST_SQLSERVER (a connection string
/// of a login that may CREATE DATABASE), or else a throwaway container through Testcontainers.MsSql
/// when a Docker engine answers. Each test class gets its own database.
/// </summary>
public sealed class SqlServerTestServer
{
    public const string ConnectionStringVariable = "ORGANAFFAIRS_TEST_SQLSERVER";
    public const string RequireVariable = "ORGANAFFAIRS_REQUIRE_SQLSERVER";
    public const string ImageVariable = "ORGANAFFAIRS_TEST_SQLSERVER_IMAGE";
    public const string DefaultImage = "mcr.microsoft.com/mssql/server:2022-latest";

    /// <summary>
    /// The test databases sort and compare text by code point, as SQLite and PostgreSQL (C locale) do
    /// in the other suites; README explains the choice for production databases.
    /// </summary>
    public const string Collation = "Latin1_General_100_BIN2";

    private static readonly Lazy<string?> Skip = new(FindSkipReason);
    private static readonly Lazy<Task<SqlServerTestServer>> Instance = new(StartAsync);
    private readonly string _adminConnectionString;
    private int _databases;

    private SqlServerTestServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    /// <summary>Why SQL Server tests cannot run here, or null when they can. Cheap and asked once: no container is started.</summary>
    public static string? SkipReason() => Skip.Value;

    public static Task<SqlServerTestServer> GetAsync() => Instance.Value;

    /// <summary>A new, empty database on the server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"oa_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new SqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"IF DB_ID(N'{name}') IS NOT NULL DROP DATABASE [{name}]; CREATE DATABASE [{name}] COLLATE {Collation};";
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
        return new SqlConnectionStringBuilder(_adminConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    private static string? FindSkipReason()
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            return null; // required: a missing server must fail, not skip.
        }
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionStringVariable)))
        {
            return null;
        }
        return DockerEngine.Unavailable() is { } why
            ? $"{ConnectionStringVariable} is not set and no Docker engine answered for Testcontainers.MsSql ({why})"
            : null;
    }

    private static async Task<SqlServerTestServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new SqlServerTestServer(configured);
        }
        var image = Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } custom ? custom : DefaultImage;
        var container = new MsSqlBuilder(image).Build();
        await container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new SqlServerTestServer(new SqlConnectionStringBuilder(container.GetConnectionString()) { ConnectTimeout = 30 }.ConnectionString);
    }
}

/// <summary>Whether a Docker engine answers here: DOCKER_HOST, else the usual sockets, asked with a one-second /_ping.</summary>
public static class DockerEngine
{
    /// <summary>Null when an engine answered; otherwise what was tried.</summary>
    public static string? Unavailable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(host))
        {
            return Ping(host) ? null : $"DOCKER_HOST={host} did not answer";
        }
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(@"\\.\pipe\docker_engine") ? null : @"no \\.\pipe\docker_engine";
        }
        var home = Environment.GetEnvironmentVariable("HOME") ?? "";
        string[] sockets = ["/var/run/docker.sock", Path.Combine(home, ".docker", "run", "docker.sock")];
        foreach (var socket in sockets.Where(File.Exists))
        {
            if (Ping("unix://" + socket))
            {
                return null;
            }
        }
        var present = sockets.Where(File.Exists).ToList();
        return present.Count == 0
            ? "DOCKER_HOST is not set and /var/run/docker.sock does not exist"
            : $"{string.Join(", ", present)} exists but no engine answered";
    }

    private static bool Ping(string endpoint)
    {
        Uri uri;
        try
        {
            uri = new Uri(endpoint);
        }
        catch (UriFormatException)
        {
            return false;
        }
        if (uri.Scheme is not ("unix" or "tcp" or "http"))
        {
            return true; // npipe://, ssh://: not cheaply pinged here; Testcontainers tries them and a failure then fails the tests.
        }
        using var socket = uri.Scheme == "unix"
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.ReceiveTimeout = 1000;
        socket.SendTimeout = 1000;
        EndPoint target = uri.Scheme == "unix" ? new UnixDomainSocketEndPoint(uri.AbsolutePath) : new DnsEndPoint(uri.Host, uri.Port);
        try
        {
            if (!socket.ConnectAsync(target).Wait(TimeSpan.FromSeconds(1)))
            {
                return false;
            }
            if (Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") == "1")
            {
                return true; // a TLS endpoint does not answer plain HTTP; an accepted connection is the best cheap sign.
            }
            socket.Send(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
            var buffer = new byte[256];
            var read = socket.Receive(buffer);
            var answer = Encoding.ASCII.GetString(buffer, 0, read);
            return answer.StartsWith("HTTP/1.", StringComparison.Ordinal) && answer.Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or AggregateException or ObjectDisposedException)
        {
            return false;
        }
    }
}
