#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Benchmarks of OrganAffairs: the Host against a raw ADO.NET baseline measured in the same run,
    on SQLite and PostgreSQL. See bench/README.md.

.DESCRIPTION
    dotnet tool restore && dotnet pwsh ./bench/bench.ps1      (or: dotnet pwsh ./build.ps1 -Target Bench)

    1. Installs wrk (Debian's package) if it is missing, and PostgreSQL's server binaries if
       PostgreSQL is asked for and they are missing (apt-get, as root).
    2. Builds bench/OrganAffairs.Bench.sln (the Host, the baseline, the bare app, the runner and
       the micro-benchmarks) in Release.
    3. Runs bench/Runner: per database a fresh database migrated by the Host and seeded with SQL,
       the Host and the baseline side by side, each scenario warmed up then alternated A/B for
       several rounds, start-up and idle memory against a bare app; a markdown table is written
       to bench/results/. Everything it starts it stops.
    4. With -Micro, also the BenchmarkDotNet micro-benchmarks (ShortRun), into artifacts/bench-micro.

    Every load loop is bounded in time (wrk -d) and in count (BENCH_MAX_REQUESTS per wrk thread),
    and goes to 127.0.0.1 only. Defaults take about 7–8 minutes.

    The contention scenarios are not in the default run (they add about 5 minutes); run them with
    dotnet pwsh ./bench/bench.ps1 -Scenarios bookings,dispatch      (or bookings,availability,dispatch)

    Nor are the Energy scenarios: ingest (a CSV file of -Readings readings through the Host's import
    endpoint against the database's own bulk path, -IngestRounds rounds, with the Host's peak RSS) and
    indicators (the yearly indicators with 1× and 10× the readings, under wrk):
    dotnet pwsh ./bench/bench.ps1 -Scenarios ingest,indicators
    dotnet pwsh ./bench/bench.ps1 -Scenarios ingest,indicators -Readings 100000 -IngestRounds 1 -Rounds 1    # a quick try

    Nor are the SQLite writers (50 connections creating organs against two Hosts on one database, the in-process
    write gate on and off, alternated rounds; p50, p99, timeouts and 5xx in the notes):
    dotnet pwsh ./bench/bench.ps1 -Databases sqlite -Scenarios writers

    Nor is the tracing overhead: GET organ by id against two Hosts in the same run, OpenTelemetry on (OTLP to a
    loopback port where nothing listens) and off, alternated rounds:
    dotnet pwsh ./bench/bench.ps1 -Databases sqlite -Scenarios tracing -Rounds 3 -Duration 10

    -ReadyToRun publishes the Host and the bare app with ReadyToRun and runs those (start-up is where it shows):
    dotnet pwsh ./bench/bench.ps1 -Databases sqlite -Scenarios startup -ReadyToRun

    Nor is the Logistics work-order raise: 50 connections raising work orders against the organ GET by id, same Host, same run:
    dotnet pwsh ./bench/bench.ps1 -Databases sqlite -Scenarios workorders -Rounds 1 -Duration 10
#>
[CmdletBinding()]
param(
    [string] $Configuration = 'Release',
    [string[]] $Databases = @('sqlite', 'postgresql'),
    [string[]] $Scenarios = @('get', 'list', 'create', 'startup'),
    [int] $Rounds = 3,
    [int] $Duration = 8,
    [int] $Warmup = 6,
    [int] $Connections = 32,
    [int] $Threads = 2,
    [int] $StartupRounds = 5,
    # The contention scenarios (-Scenarios bookings,availability,dispatch; not in the default run): wrk connections,
    # how many rooms / vehicles and drivers the contended side shares, and from how many one-hour windows.
    [int] $ContentionConnections = 50,
    [int] $ContendedResources = 3,
    [int] $ContendedWindows = 8,
    # The ingest scenario (-Scenarios ingest; not in the default run): readings per imported file, and alternated rounds.
    [int] $Readings = 1000000,
    [int] $IngestRounds = 2,
    # Extra Npgsql connection-string options for the Host and the baseline alike, e.g. 'No Reset On Close=true'.
    [string] $PostgresOptions = '',
    [switch] $Micro,
    # The Host and the bare app published with ReadyToRun (framework-dependent, linux-x64), as a deployment runs them (ADR 0053).
    [switch] $ReadyToRun,
    [switch] $SkipBuild
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false
if ($null -ne (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue)) {
    $PSStyle.OutputRendering = 'PlainText'
}

$Root = Split-Path -Parent $PSScriptRoot
$Bench = $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Invoke-Checked([string] $Command, [string[]] $Arguments) {
    Write-Host "> $Command $($Arguments -join ' ')"
    & $Command @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'$Command $($Arguments -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Test-Root { return (& id -u) -eq '0' }

function Install-DebianPackage([string] $Package) {
    if (-not (Test-Root) -or -not (Get-Command apt-get -ErrorAction SilentlyContinue)) {
        throw "$Package is missing; install it (apt-get install -y $Package) and run again."
    }
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get install -y --no-install-recommends $Package | Out-Host
    if ($LASTEXITCODE -ne 0) {
        # The package lists may be missing or stale on a fresh machine.
        Invoke-Checked 'apt-get' @('update')
        Invoke-Checked 'apt-get' @('install', '-y', '--no-install-recommends', $Package)
    }
}

Write-Host '==> Tools'
if (-not (Get-Command wrk -ErrorAction SilentlyContinue)) {
    Write-Host 'wrk not found: installing it from Debian'
    Install-DebianPackage 'wrk'
}
Write-Host "wrk: $((Get-Command wrk).Source)"
if ($Databases -contains 'postgresql') {
    $initdb = @(Get-ChildItem -Path '/usr/lib/postgresql/*/bin/initdb' -ErrorAction SilentlyContinue)
    if ($initdb.Count -eq 0) {
        Write-Host 'PostgreSQL server binaries not found: installing them from Debian'
        Install-DebianPackage 'postgresql'
    }
}

if (-not $SkipBuild) {
    Write-Host "==> Build ($Configuration)"
    Invoke-Checked 'dotnet' @('build', (Join-Path $Bench 'OrganAffairs.Bench.sln'), '-c', $Configuration)
}
$readyToRunDir = Join-Path $Root 'artifacts/bench-r2r'
if ($ReadyToRun) {
    Write-Host '==> Publish the Host and the bare app with ReadyToRun'
    foreach ($app in @(@('host', (Join-Path $Root 'Host/OrganAffairs.Host.csproj')), @('bare', (Join-Path $Bench 'Bare/OrganAffairs.Bench.Bare.csproj')))) {
        Invoke-Checked 'dotnet' @('publish', $app[1], '-c', $Configuration, '-r', 'linux-x64', '--self-contained', 'false',
            '-p:PublishReadyToRun=true', '-o', (Join-Path $readyToRunDir $app[0]))
    }
}

# The outage scenario (-Scenarios outage; issue 26, docs/adr/0051): a script of its own, run alone.
if ($Scenarios -contains 'outage') {
    if (-not $SkipBuild) { Invoke-Checked 'dotnet' @('build', (Join-Path $Root 'OrganAffairs.sln'), '-c', $Configuration) }
    & python3 (Join-Path $Bench 'outage.py') | Out-Host
    exit $LASTEXITCODE
}

Write-Host '==> Run'
$runner = Join-Path $Bench "Runner/bin/$Configuration/net10.0/OrganAffairs.Bench.Runner.dll"
$arguments = @(
    $runner, '--repo', $Root, '--configuration', $Configuration,
    '--databases', ($Databases -join ','), '--scenarios', ($Scenarios -join ','),
    '--rounds', $Rounds, '--duration', $Duration, '--warmup', $Warmup,
    '--connections', $Connections, '--threads', $Threads, '--startup-rounds', $StartupRounds,
    '--contention-connections', $ContentionConnections, '--contended-resources', $ContendedResources,
    '--contended-windows', $ContendedWindows, '--readings', $Readings, '--ingest-rounds', $IngestRounds)
if ($PostgresOptions) { $arguments += @('--pg-options', $PostgresOptions) }
if ($ReadyToRun) { $arguments += @('--ready-to-run', $readyToRunDir) }
& dotnet @arguments | Out-Host
$code = $LASTEXITCODE

if ($Micro) {
    Write-Host '==> Micro-benchmarks (BenchmarkDotNet, ShortRun)'
    # BenchmarkDotNet finds and rebuilds its project from the working directory.
    Push-Location (Join-Path $Bench 'Micro')
    try {
        Invoke-Checked 'dotnet' @("bin/$Configuration/net10.0/OrganAffairs.Bench.Micro.dll", '--filter', '*',
            '--artifacts', (Join-Path $Root 'artifacts/bench-micro'))
    }
    finally {
        Pop-Location
    }
}
exit $code
