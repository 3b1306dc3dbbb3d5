#!/bin/sh
# Writes the class-data sharing archive of an installed Outlay: <app>/lib/app/outlay.jsa, from the class list
# beside this script (make-classlist.sh), with the app's own runtime and class path. The JVM only maps an
# archive whose class path is exactly the one it was written for, so this runs where the app finally lives:
# by installer/build.sh for the app image, and by the .deb's postinst at /opt/outlay. If it cannot run, the
# app still starts, only slower (java-options: -Xshare:auto, quietly).
# Usage: dump.sh <app folder, the one holding bin/ and lib/>
set -eu
app=$(cd "$1" && pwd)
cfg=$(ls "$app"/lib/app/*.cfg | head -n 1)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app/lib/app|" | paste -sd: -)
rm -f "$app/lib/app/outlay.jsa"
# The same collector as at run time (java-options): an archive written under another one is not mapped.
"$app/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:SharedClassListFile="$app/lib/app/outlay.classlist" -XX:SharedArchiveFile="$app/lib/app/outlay.jsa" \
  -cp "$classpath" >/dev/null
echo "class-data sharing archive: $app/lib/app/outlay.jsa"
