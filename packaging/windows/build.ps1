# Builds the Windows bundle and installer unattended, from the repository root or anywhere:
#
#   powershell -NoProfile -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#   ... build.ps1 -SkipTests          # no test run (the bundle and installer only)
#   ... build.ps1 -SkipInstaller      # no Inno Setup: the bundle dist\competition-app\ only
#
# Steps, each stopping the build with a non-zero exit code when it fails:
#   1. build\venv-test from requirements\dev.txt (hashes checked) and the tests that run on Windows
#   2. build\venv from requirements\bundle.txt: the app's locked runtime and PyInstaller only
#   3. PyInstaller: dist\competition-app\ (competition-app.exe, competition-app-cli.exe, _internal\)
#   4. the bundle's self-test
#   5. Inno Setup: dist\installer\competition-app-<version>-setup.exe
#   6. the installer, installed silently for this user into a temporary folder, passes the
#      self-test there and is uninstalled again
# Needs Python 3.11 x64 (the py launcher, or -Python C:\path\python.exe) and, unless
# -SkipInstaller, Inno Setup 6 (ISCC.exe; -Iscc names another place). See BUILD.md.
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [switch]$SkipTests,
    [switch]$SkipInstaller
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root
$env:PYTHONUTF8 = '1'  # the tests and the self-test print Chinese

function Stop-Build {
    param([Parameter(Mandatory)][string]$Message, [int]$Code = 1)
    [Console]::Error.WriteLine("build.ps1: $Message")
    exit $(if ($Code -ne 0) { $Code } else { 1 })
}

# A native program's failure does not stop PowerShell (even with 'Stop'): check each exit code.
# Its output goes to the console, never into a function's return value.
function Invoke-Checked {
    param([Parameter(Mandatory)][string]$What, [Parameter(Mandatory)][scriptblock]$Command)
    Write-Host "== $What"
    & $Command | Out-Host
    if ($LASTEXITCODE -ne 0) { Stop-Build "$What failed with exit code $LASTEXITCODE" $LASTEXITCODE }
}

function New-LockedVenv {
    param([Parameter(Mandatory)][string]$Dir, [Parameter(Mandatory)][string]$Lock)
    if (Test-Path $Dir) { Remove-Item -Recurse -Force $Dir }
    if ($Python) {
        Invoke-Checked "virtual environment $Dir" { & $Python -m venv $Dir }
    } else {
        Invoke-Checked "virtual environment $Dir" { & py -3.11 -m venv $Dir }
    }
    $py = Join-Path $Dir 'Scripts\python.exe'
    Invoke-Checked "install $Lock" { & $py -m pip install -q --require-hashes -r $Lock }
    return $py
}

if (-not $SkipTests) {
    $testPy = New-LockedVenv 'build\venv-test' 'requirements\dev.txt'
    Invoke-Checked 'install the app (editable)' { & $testPy -m pip install -q --no-deps -e . }
    $env:QT_QPA_PLATFORM = 'offscreen'
    Invoke-Checked 'tests' { & $testPy -m pytest tests -q -p no:cacheprovider -m 'not slow' }
    Remove-Item Env:QT_QPA_PLATFORM
}

$buildPy = New-LockedVenv 'build\venv' 'requirements\bundle.txt'
$started = Get-Date
Invoke-Checked 'PyInstaller' {
    & $buildPy -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller packaging\competition-app.spec
}
$bundle = Join-Path $Root 'dist\competition-app'
$size = (Get-ChildItem $bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("built {0} in {1:N0} s, {2:N0} MB" -f $bundle, ((Get-Date) - $started).TotalSeconds, $size)

function Test-SelfTest {
    param([Parameter(Mandatory)][string]$Cli)
    # Windows PowerShell 5.1 turns a redirected stderr line (a Qt warning) into an error
    # record, which 'Stop' would make fatal: the exit code and the last line decide here.
    $ErrorActionPreference = 'Continue'
    $out = & $Cli --self-test 2>&1 | Out-String
    $code = $LASTEXITCODE
    Write-Host $out
    if ($code -ne 0 -or $out -notmatch 'self-test passed') {
        Stop-Build "self-test of $Cli failed (exit code $code)"
    }
}

Write-Host '== self-test of the bundle'
Test-SelfTest (Join-Path $bundle 'competition-app-cli.exe')

if ($SkipInstaller) { exit 0 }
if (-not (Test-Path $Iscc)) {
    Stop-Build "Inno Setup's ISCC.exe is not at $Iscc (install Inno Setup 6, or pass -Iscc, or -SkipInstaller)"
}
# one version: competition_app.__version__, read from the source tree
$version = "$(& $buildPy -c 'import competition_app; print(competition_app.__version__)')".Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { Stop-Build 'could not read the version' }
Invoke-Checked "installer $version" { & $Iscc /Q "/DAppVersion=$version" packaging\windows\competition-app.iss }
$setup = Join-Path $Root "dist\installer\competition-app-$version-setup.exe"

# The installer itself: a silent per-user install into a temporary folder, its self-test there,
# and a silent uninstall. Start-Process -Wait, since setup.exe is a GUI program that returns at once.
$target = Join-Path ([IO.Path]::GetTempPath()) "competition-app-check-$PID"
if (-not (Test-Path $setup)) { Stop-Build "Inno Setup wrote no $setup" }
$install = Start-Process -FilePath $setup -Wait -PassThru -ArgumentList @(
    '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/TASKS=""', "/DIR=`"$target`"")
if ($install.ExitCode -ne 0) { Stop-Build "silent install failed with exit code $($install.ExitCode)" }
Write-Host '== self-test of the installed copy'
Test-SelfTest (Join-Path $target 'competition-app-cli.exe')
# -Wait waits for the process and its descendants: the uninstaller reruns itself from a copy
$uninstall = Start-Process -FilePath (Join-Path $target 'unins000.exe') -Wait -PassThru `
    -ArgumentList @('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')
if ($uninstall.ExitCode -ne 0) { Stop-Build "silent uninstall failed with exit code $($uninstall.ExitCode)" }
Remove-Item -Recurse -Force $target -ErrorAction SilentlyContinue
Write-Host "installer: $setup"
exit 0
