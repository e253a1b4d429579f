#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Build script of OrganAffairs. Run through the local tool: dotnet pwsh ./build.ps1 -Target <Target>

.DESCRIPTION
    Targets:
      Build    dotnet build OrganAffairs.sln
      Test     Build, then dotnet test (console + trx logger into artifacts/test-results) and
               print "N passed, N failed, N skipped". With ORGANAFFAIRS_REQUIRE_POSTGRES=1 it
               also fails when a PostgreSql test was skipped or none ran.
      OpenApi  Build, then regenerate the committed contract openapi.yaml with `dotnet swagger tofile`.
      Lint     Spectral (spectral:oas, .spectral.yaml) and Redocly CLI (recommended, redocly.yaml)
               on openapi.yaml, with the CLIs pinned in tools/lint (npm ci).
      Ci       Test, then Lint.
      Bench    bench/bench.ps1 with its defaults: the Host against a raw baseline on SQLite and
               PostgreSQL, a markdown table in bench/results/ (about 8 minutes; never part of Ci).
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'OpenApi', 'Lint', 'Ci', 'Bench')]
    [string] $Target = 'Build',

    [string] $Configuration = 'Release'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# Native exit codes are checked by hand (Invoke-Native) so the message names the command.
$PSNativeCommandUseErrorActionPreference = $false
if ($null -ne (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue)) {
    $PSStyle.OutputRendering = 'PlainText'
}

$Root = $PSScriptRoot
$Solution = Join-Path $Root 'OrganAffairs.sln'
$ArtifactsDir = Join-Path $Root 'artifacts'
$TestResultsDir = Join-Path $ArtifactsDir 'test-results'
$OpenApiFile = Join-Path $Root 'openapi.yaml'
$LintDir = Join-Path $Root 'tools/lint'

# Keep the .NET CLI quiet and offline-friendly in logs.
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
# No telemetry or update checks from the linters.
$env:REDOCLY_TELEMETRY = 'off'
$env:REDOCLY_SUPPRESS_UPDATE_NOTICE = 'true'
$env:SCARF_ANALYTICS = 'false'
$env:NO_UPDATE_NOTIFIER = '1'

class BuildFailure : System.Exception {
    BuildFailure([string] $message) : base($message) {}
}

function Write-Step([string] $text) {
    Write-Host ''
    Write-Host "==> $text"
}

function Invoke-Native {
    <# Runs a native command; throws BuildFailure when it exits non-zero. #>
    param(
        [Parameter(Mandatory)] [string] $Command,
        [string[]] $Arguments = @(),
        [switch] $NoThrow
    )
    Write-Host "> $Command $($Arguments -join ' ')"
    # Out-Host: the command's output goes to the log, not into this function's return value.
    & $Command @Arguments | Out-Host
    $code = $LASTEXITCODE
    if ($NoThrow) { return $code }
    if ($code -ne 0) {
        throw [BuildFailure]::new("'$Command $($Arguments -join ' ')' failed with exit code $code.")
    }
}

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
function Invoke-Build {
    Write-Step "Build ($Configuration)"
    Invoke-Native dotnet @('build', $Solution, '-c', $Configuration)
}

# ---------------------------------------------------------------------------------------------
# Test
# ---------------------------------------------------------------------------------------------
function Get-TrxResults([string] $directory) {
    <# Reads every trx in $directory: one object per test result (Name = fully-qualified name). #>
    $files = @(Get-ChildItem -Path $directory -Filter '*.trx' -File -ErrorAction SilentlyContinue)
    if ($files.Count -eq 0) {
        throw [BuildFailure]::new("No test result file (*.trx) was written to $directory.")
    }
    $results = [System.Collections.Generic.List[object]]::new()
    foreach ($file in $files) {
        [xml] $trx = Get-Content -LiteralPath $file.FullName -Raw -Encoding utf8
        $ns = [System.Xml.XmlNamespaceManager]::new($trx.NameTable)
        $ns.AddNamespace('t', $trx.DocumentElement.NamespaceURI)

        # testId -> "Namespace.Class.Method" from the test definitions.
        $names = @{}
        foreach ($def in $trx.SelectNodes('/t:TestRun/t:TestDefinitions/t:UnitTest', $ns)) {
            $method = $def.SelectSingleNode('t:TestMethod', $ns)
            if ($null -ne $method -and $method.GetAttribute('className') -and $method.GetAttribute('name')) {
                $names[$def.GetAttribute('id')] = "$($method.GetAttribute('className')).$($method.GetAttribute('name'))"
            }
        }

        foreach ($r in $trx.SelectNodes('/t:TestRun/t:Results/t:UnitTestResult', $ns)) {
            $id = $r.GetAttribute('testId')
            $displayName = $r.GetAttribute('testName')
            $fqn = if ($names.ContainsKey($id)) { $names[$id] } else { $displayName }
            $message = $r.SelectSingleNode('t:Output/t:ErrorInfo/t:Message', $ns)
            $stdout = $r.SelectSingleNode('t:Output/t:StdOut', $ns)
            $reason = if ($null -ne $message) { $message.InnerText } elseif ($null -ne $stdout) { $stdout.InnerText } else { '' }
            $results.Add([pscustomobject]@{
                    Name        = $fqn
                    DisplayName = $displayName
                    Outcome     = $r.GetAttribute('outcome')
                    Reason      = ($reason -replace '\s+', ' ').Trim()
                })
        }
    }
    return , $results
}

$SkippedOutcomes = @('NotExecuted', 'Inconclusive', 'NotRunnable', 'Pending')

function Get-TestProblems {
    <# Prints the summary line (and the PostgreSQL check); returns the reasons to fail, if any. #>
    param([string] $Directory, [int] $TestExitCode)

    $results = Get-TrxResults $Directory
    $passed = @($results | Where-Object Outcome -EQ 'Passed').Count
    $skipped = @($results | Where-Object Outcome -In $SkippedOutcomes).Count
    $failed = $results.Count - $passed - $skipped   # Failed, Error, Timeout, Aborted, ...

    Write-Host ''
    Write-Host "$passed passed, $failed failed, $skipped skipped"

    $problems = [System.Collections.Generic.List[string]]::new()
    if ($TestExitCode -ne 0) {
        $problems.Add("dotnet test failed with exit code $TestExitCode.")
    }
    if ($failed -gt 0) {
        $problems.Add("$failed test(s) failed.")
    }

    if ($env:ORGANAFFAIRS_REQUIRE_POSTGRES -eq '1') {
        # -like is case-insensitive (PostgreSql, PostgreSQL); the display name also counts, so a
        # theory row named after the provider is caught too.
        $pg = @($results | Where-Object { $_.Name -like '*PostgreSql*' -or $_.DisplayName -like '*PostgreSql*' })
        $pgSkipped = @($pg | Where-Object Outcome -In $SkippedOutcomes)
        $pgRan = @($pg | Where-Object Outcome -NotIn $SkippedOutcomes)
        Write-Host "ORGANAFFAIRS_REQUIRE_POSTGRES=1: $($pgRan.Count) PostgreSql test(s) executed, $($pgSkipped.Count) skipped."
        foreach ($t in $pgSkipped) {
            $why = if ($t.Reason) { ": $($t.Reason)" } else { '' }
            Write-Host "  skipped PostgreSql test: $($t.DisplayName)$why"
        }
        if ($pgSkipped.Count -gt 0) {
            $problems.Add("ORGANAFFAIRS_REQUIRE_POSTGRES=1 but $($pgSkipped.Count) PostgreSql test(s) were skipped.")
        }
        if ($pgRan.Count -eq 0) {
            $problems.Add('ORGANAFFAIRS_REQUIRE_POSTGRES=1 but no test whose name contains "PostgreSql" was executed.')
        }
    }
    return , $problems
}

function Invoke-Test {
    Invoke-Build

    Write-Step "Test ($Configuration)"
    # Only this run's results are summed.
    if (Test-Path -LiteralPath $TestResultsDir) {
        Remove-Item -LiteralPath $TestResultsDir -Recurse -Force
    }
    $testExit = Invoke-Native -NoThrow dotnet @(
        'test', $Solution, '-c', $Configuration, '--no-build',
        '--logger', 'console;verbosity=normal',
        '--logger', 'trx;LogFileName=results.trx',
        '--results-directory', $TestResultsDir)

    $problems = Get-TestProblems -Directory $TestResultsDir -TestExitCode $testExit
    if ($problems.Count -gt 0) {
        throw [BuildFailure]::new("Test failed: $($problems -join ' ')")
    }
}

# ---------------------------------------------------------------------------------------------
# OpenApi
# ---------------------------------------------------------------------------------------------
function Invoke-OpenApi {
    Invoke-Build

    Write-Step 'OpenApi: regenerate openapi.yaml'
    $hostDll = Join-Path $Root "Host/bin/$Configuration/net10.0/OrganAffairs.Host.dll"
    if (-not (Test-Path -LiteralPath $hostDll)) {
        throw [BuildFailure]::new("Host assembly not found: $hostDll")
    }
    Push-Location $Root
    try {
        Invoke-Native dotnet @('swagger', 'tofile', '--yaml', '--output', 'openapi.yaml',
            "Host/bin/$Configuration/net10.0/OrganAffairs.Host.dll", 'v1')
    }
    finally {
        Pop-Location
    }
    Write-Host "Wrote $OpenApiFile"
}

# ---------------------------------------------------------------------------------------------
# Lint
# ---------------------------------------------------------------------------------------------
function Get-LintBin([string] $name) {
    $file = if ($IsWindows) { "$name.cmd" } else { $name }
    return Join-Path $LintDir "node_modules/.bin/$file"
}

function Install-LintTools {
    foreach ($tool in @('node', 'npm')) {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
            throw [BuildFailure]::new("'$tool' was not found on PATH; Lint needs Node.js and npm.")
        }
    }
    $lock = Join-Path $LintDir 'package-lock.json'
    $stamp = Join-Path $LintDir 'node_modules/.organaffairs-lock.sha256'
    $hash = (Get-FileHash -LiteralPath $lock -Algorithm SHA256).Hash
    $installed = (Test-Path -LiteralPath $stamp) -and
        ((Get-Content -LiteralPath $stamp -Raw).Trim() -eq $hash) -and
        (Test-Path -LiteralPath (Get-LintBin 'spectral')) -and
        (Test-Path -LiteralPath (Get-LintBin 'redocly'))
    if ($installed -and $env:CI -ne 'true') {
        Write-Host "Lint tools are up to date with tools/lint/package-lock.json (npm ci skipped)."
        return
    }
    Invoke-Native npm @('ci', '--prefix', $LintDir, '--no-audit', '--no-fund')
    Set-Content -LiteralPath $stamp -Value $hash -Encoding ascii
}

function Invoke-Lint {
    Write-Step 'Lint: install pinned linters (tools/lint)'
    Install-LintTools

    if (-not (Test-Path -LiteralPath $OpenApiFile)) {
        throw [BuildFailure]::new("$OpenApiFile not found; run -Target OpenApi first.")
    }

    Push-Location $Root
    try {
        Write-Step 'Lint: Spectral (spectral:oas)'
        $spectralExit = Invoke-Native -NoThrow (Get-LintBin 'spectral') @(
            'lint', '--ruleset', '.spectral.yaml', '--fail-severity=error', '--format', 'stylish',
            'openapi.yaml')

        Write-Step 'Lint: Redocly CLI (recommended)'
        $redoclyExit = Invoke-Native -NoThrow (Get-LintBin 'redocly') @(
            'lint', '--config', 'redocly.yaml', '--lint-config', 'error', '--max-problems', '10000',
            '--format', 'codeframe', 'openapi.yaml')
    }
    finally {
        Pop-Location
    }

    $problems = [System.Collections.Generic.List[string]]::new()
    if ($spectralExit -ne 0) { $problems.Add("Spectral reported errors (exit code $spectralExit).") }
    if ($redoclyExit -ne 0) { $problems.Add("Redocly reported errors (exit code $redoclyExit).") }
    if ($problems.Count -gt 0) {
        throw [BuildFailure]::new("Lint failed: $($problems -join ' ')")
    }
    Write-Host ''
    Write-Host 'Lint passed (no errors; warnings, if any, are listed above).'
}

# ---------------------------------------------------------------------------------------------
# Bench (never part of Ci)
# ---------------------------------------------------------------------------------------------
function Invoke-Bench {
    Write-Step 'Bench: bench/bench.ps1'
    & (Join-Path $Root 'bench/bench.ps1') -Configuration $Configuration
    if ($LASTEXITCODE -ne 0) {
        throw [BuildFailure]::new("bench/bench.ps1 failed with exit code $LASTEXITCODE.")
    }
}

# ---------------------------------------------------------------------------------------------
$stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
try {
    switch ($Target) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'OpenApi' { Invoke-OpenApi }
        'Lint' { Invoke-Lint }
        'Bench' { Invoke-Bench }
        'Ci' {
            # Lint runs even when Test failed, so one CI run reports both; either fails the target.
            $testFailure = $null
            try { Invoke-Test } catch { $testFailure = $_ }
            try { Invoke-Lint }
            catch {
                if ($null -eq $testFailure) { throw }
                Write-Host "Lint also failed: $($_.Exception.Message)"
            }
            if ($null -ne $testFailure) { throw $testFailure }
        }
    }
}
catch {
    $message = if ($_.Exception -is [BuildFailure]) { $_.Exception.Message } else { ($_ | Out-String).Trim() }
    Write-Host ''
    Write-Host "Target $Target FAILED after $([int]$stopwatch.Elapsed.TotalSeconds) s: $message"
    exit 1
}
Write-Host ''
Write-Host "Target $Target succeeded in $([int]$stopwatch.Elapsed.TotalSeconds) s."
exit 0
