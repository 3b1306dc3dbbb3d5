#!/usr/bin/env bash
# CI check of the packaged app (Linux): builds the app image (no .deb, which takes longer) and runs the
# installed-style launcher as a user would, on an empty data folder:
#   target/installer/Outlay/bin/Outlay --version    must print "Outlay <pom version>"
#   target/installer/Outlay/bin/Outlay db migrate   must create the embedded database
# Exits non-zero when the build or either command fails. Needs JDK 17+ and Maven; installs the apt
# packages the build needs when they are missing (binutils, for jlink's objcopy).
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh Debian with only JDK and Maven lacks objcopy, which jlink --strip-debug calls.
if ! command -v objcopy >/dev/null; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq binutils >/dev/null
fi

installer/build.sh --app-image-only

launcher=target/installer/Outlay/bin/Outlay
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# OUTLAY_HOME keeps the check away from the real data folder of whoever runs it.
export OUTLAY_HOME="$home"

expected="Outlay $("${JAVA_HOME:+$JAVA_HOME/bin/}java" installer/PomInfo.java pom.xml | sed -n 's/^version=//p')"
actual=$("$launcher" --version) || { echo "ci-check: '$launcher --version' failed" >&2; exit 1; }
if [[ "$actual" != "$expected" ]]; then
  echo "ci-check: '$launcher --version' printed '$actual', expected '$expected'" >&2; exit 1
fi

"$launcher" db migrate || { echo "ci-check: '$launcher db migrate' failed" >&2; exit 1; }
if [[ ! -f "$home/data/outlay.mv.db" ]]; then
  echo "ci-check: 'db migrate' exited 0 but made no database in $home/data" >&2; exit 1
fi
# The class-data sharing archive (installer/cds) must map: -Xshare:on refuses to start otherwise, where the
# launcher's -Xshare:auto would quietly start without it, slower.
app=$(cd target/installer/Outlay && pwd)
classpath=$(sed -n 's/^app\.classpath=//p' "$app/lib/app/Outlay.cfg" | sed "s|\$APPDIR|$app/lib/app|" | paste -sd: -)
"$app/lib/runtime/bin/java" -Xshare:on -XX:+UseSerialGC -XX:SharedArchiveFile="$app/lib/app/outlay.jsa" \
  -cp "$classpath" app.outlay.Launcher --version >/dev/null \
  || { echo "ci-check: the class-data sharing archive $app/lib/app/outlay.jsa does not map" >&2; exit 1; }
grep -q 'SharedArchiveFile=$APPDIR/outlay.jsa' "$app/lib/app/Outlay.cfg" \
  || { echo "ci-check: the launcher does not use the class-data sharing archive" >&2; exit 1; }
# What the packages ship beside the app (installer/README.md, "Generated at mvn package"): licence, notices, bill of
# materials, man page, completion; and a metainfo file software centres accept (when appstreamcli is installed).
for file in legal/LICENSE legal/THIRD-PARTY-NOTICES.txt legal/outlay-sbom.json share/man/man1/outlay.1.gz \
    share/bash-completion/completions/outlay share/zsh/vendor-completions/_outlay share/metainfo/app.outlay.Outlay.metainfo.xml; do
  [[ -s "$app/lib/app/$file" ]] || { echo "ci-check: the app image lacks lib/app/$file" >&2; exit 1; }
done
grep -q '^org.hibernate.orm:hibernate-core ' "$app/lib/app/legal/THIRD-PARTY-NOTICES.txt" \
  || { echo "ci-check: THIRD-PARTY-NOTICES.txt does not list the bundled libraries" >&2; exit 1; }
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$app/lib/app/share/metainfo/app.outlay.Outlay.metainfo.xml" >/dev/null \
    || { echo "ci-check: appstreamcli validate fails on the metainfo" >&2; exit 1; }
fi
echo "ci-check: packaged app OK ($actual; db migrate on an empty data folder; class-data sharing archive maps; legal files, man page, completion)"
