<#
.SYNOPSIS
  Builds Outlay's Windows installer: jar + dependencies (Maven) -> trimmed Java runtime (jdeps + jlink)
  -> app image and .msi (jpackage). The Windows counterpart of installer/build.sh.
.DESCRIPTION
  Outputs under target\installer\: the app image (Outlay\Outlay.exe, plus Outlay\outlay-cli.exe for the
  command line) and Outlay-<version>.msi: per-user install (no administrator rights), a chooser for the
  install folder, a Start menu entry and a desktop shortcut.
  Needs JDK 17+ (JAVA_HOME or PATH), Maven, and for the .msi the WiX Toolset 3.x (candle.exe and light.exe
  on PATH), which jpackage 17 drives.
.PARAMETER AppImageOnly
  Stop after the app image (skips the slower .msi step).
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1
#>
param([switch]$AppImageOnly)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location (Split-Path -Parent $PSScriptRoot)   # paths below are relative to the project root

# The JDK's tools from JAVA_HOME when it is set, else from PATH.
function Tool([string]$name) {
  if ($env:JAVA_HOME) { return Join-Path $env:JAVA_HOME "bin\$name.exe" }
  return $name
}
# Runs a program and stops the build when it fails (native programs do not raise PowerShell errors).
function Run([string]$program, [string[]]$arguments) {
  & $program @arguments
  if ($LASTEXITCODE -ne 0) { throw "$program failed (exit code $LASTEXITCODE)" }
}

$out = 'target\installer'
# Fixed for good: Windows Installer uses it to recognise a newer Outlay .msi as an upgrade of the old one.
$upgradeUuid = 'c38e4f9c-bbcb-4f4f-ac7f-1db17679fe92'

if (-not $AppImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
  throw 'The .msi needs the WiX Toolset 3.x (candle.exe, light.exe) on PATH: https://wixtoolset.org'
}

Write-Host '==> outlay.jar and target\lib (Maven)'
Run 'mvn' @('-q', '-B', 'package', '-DskipTests')

# Name, version, vendor, description, copyright and licence come from the pom, as in build.sh.
$pom = @{}
foreach ($line in (& (Tool 'java') installer\PomInfo.java pom.xml)) {
  $key, $value = $line -split '=', 2
  $pom[$key] = $value
}
if ($LASTEXITCODE -ne 0) { throw 'Reading pom.xml failed' }
# The .msi takes a numeric version of at most three parts: 0.2.0-SNAPSHOT becomes 0.2.0.
$appVersion = ($pom['version'] -split '-')[0]
$copyright = "Copyright $($pom['year']) $($pom['vendor']). Licensed under $($pom['license'])."

if (Test-Path $out) { Remove-Item $out -Recurse -Force }
New-Item -ItemType Directory -Path "$out\input\lib" | Out-Null

# The input folder holds only what the app runs with: the jar and its dependencies in lib\ (where the
# jar's manifest Class-Path expects them). The javafx-*-<version>.jar without the -win classifier are
# empty, so they stay out.
Copy-Item target\outlay.jar "$out\input\"
# The licence, third-party notices and bill of materials (pom.xml, target\legal): Help > About opens them there.
Copy-Item -Recurse target\legal "$out\input\legal"
Get-ChildItem target\lib\*.jar |
  Where-Object { $_.Name -notmatch '^javafx-[a-z]+-[0-9.]+\.jar$' } |
  Copy-Item -Destination "$out\input\lib\"

Write-Host '==> Trimmed Java runtime (jdeps + jlink)'
$found = & (Tool 'jdeps') --print-module-deps --ignore-missing-deps --multi-release 17 `
  --class-path "$out\input\lib\*" "$out\input\outlay.jar"
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
# Modules reached only through reflection or service lookup (see build.sh): TLS with elliptic curves for
# PostgreSQL, number and date formats beyond English, non-Unicode encodings of bank CSV exports.
$modules = (($found | Select-Object -Last 1).Trim()) + ',jdk.crypto.ec,jdk.localedata,jdk.charsets'
Write-Host "    $modules"
Run (Tool 'jlink') @('--add-modules', $modules, '--strip-debug', '--no-header-files', '--no-man-pages',
  '--compress=2', '--output', "$out\runtime")

Write-Host '==> App image (jpackage)'
$meta = @('--name', $pom['name'], '--app-version', $appVersion, '--vendor', $pom['vendor'],
  '--description', $pom['description'], '--copyright', $copyright,
  '--icon', 'installer\icons\Outlay.ico', '--dest', $out)
Run (Tool 'jpackage') (@('--type', 'app-image') + $meta + @(
  '--input', "$out\input", '--main-jar', 'outlay.jar', '--main-class', 'app.outlay.Launcher',
  '--runtime-image', "$out\runtime",
  '--add-launcher', 'outlay-cli=installer\windows\outlay-cli.properties'))
$image = Join-Path $out $pom['name']
Write-Host "    $image"
if ($AppImageOnly) { exit 0 }

Write-Host '==> Installer (jpackage --type msi)'
$msi = @('--type', 'msi') + $meta + @('--app-image', $image,
  '--win-per-user-install', '--win-dir-chooser', '--win-menu', '--win-menu-group', $pom['name'],
  '--win-shortcut', '--win-upgrade-uuid', $upgradeUuid)
# A LICENSE file, when the project has one, is shown for agreement during the install.
if (Test-Path LICENSE) { $msi += @('--license-file', 'LICENSE') }
if ($pom['url']) { $msi += @('--about-url', $pom['url']) }
Run (Tool 'jpackage') $msi
Get-ChildItem "$out\*.msi" | ForEach-Object { '    {0}: {1:N0} MB' -f $_.FullName, ($_.Length / 1MB) }
