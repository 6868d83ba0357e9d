# Builds the one-folder app into build\dist\KAMdesk: KAMdesk.exe (windowed) and kamdesk-cli.exe
# (console, for the command line). Usage: build_spec\build.ps1 [extra pyinstaller options];
# $env:KAMDESK_NO_PRUNE = "1" keeps every Qt file.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$pyinstaller = if ($env:PYINSTALLER) { $env:PYINSTALLER } else { "pyinstaller" }
& $pyinstaller --noconfirm --clean --log-level WARN `
    --distpath build\dist --workpath build\work build_spec\kamdesk.spec @args
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$bytes = (Get-ChildItem build\dist\KAMdesk -Recurse -File | Measure-Object Length -Sum).Sum
"built: build\dist\KAMdesk ({0:N0} MB)" -f ($bytes / 1MB)
