using OrganAffairs.Bench.Runner;

// bench/bench.ps1 builds everything in Release and starts this; see bench/README.md.
try
{
    var options = Options.Parse(args);
    using var bench = new Bench(options);
    return bench.Execute();
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 2;
}
