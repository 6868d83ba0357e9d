# Windows installer: builds the app (build.ps1), then compiles kamdesk.iss with Inno Setup 6
# into build\dist\KAMdesk-VERSION-windows-setup.exe (per-user, no administrator rights).
# Usage: build_spec\make_installer.ps1 [-NoBuild]   (-NoBuild packs the app already built)
# Needs Inno Setup 6 (winget install JRSoftware.InnoSetup); $env:ISCC may name ISCC.exe.
param([switch]$NoBuild)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not $NoBuild) {
    & (Join-Path $PSScriptRoot "build.ps1")
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$iscc = $env:ISCC
if (-not $iscc) {
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $candidates = @(
        $(if ($onPath) { $onPath.Source }),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"),
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe")
    ) | Where-Object { $_ -and (Test-Path $_) }
    $iscc = $candidates | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 is not installed: winget install JRSoftware.InnoSetup" }

& $iscc /Q build_spec\kamdesk.iss
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem build\dist\KAMdesk-*-windows-setup.exe | Sort-Object LastWriteTime |
    Select-Object -Last 1 | ForEach-Object { "packed: $($_.FullName) ({0:N0} MB)" -f ($_.Length / 1MB) }
