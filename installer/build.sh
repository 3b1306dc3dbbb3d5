#!/usr/bin/env bash
# Builds Outlay's installer for the current OS (Linux or macOS; on Windows use build.ps1):
#   jar + dependencies (Maven) -> trimmed Java runtime (jdeps + jlink) -> app image and package (jpackage).
# Outputs under target/installer/: the app image (Outlay/ on Linux, Outlay.app on macOS) and the package
# (.deb, plus .rpm where rpmbuild exists, on Linux; .dmg on macOS).
#
# Usage: installer/build.sh [--app-image-only]
#   --app-image-only   stop after the app image (what CI checks; the package step is slower)
# Needs JDK 17+ (jpackage, jlink, jdeps: from JAVA_HOME, else PATH) and Maven; for .deb, dpkg-deb and fakeroot.
# Written for bash 3.2 too (macOS): no associative arrays, no expansion of empty arrays.
set -euo pipefail

app_image_only=false
for arg in "$@"; do
  case "$arg" in
    --app-image-only) app_image_only=true ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."                   # all paths below are relative to the project root
jdk="${JAVA_HOME:+$JAVA_HOME/bin/}"        # the JDK's tools from JAVA_HOME when it is set, else from PATH
out=target/installer

case "$(uname -s)" in
  Linux) os=linux; icon=installer/icons/Outlay.png ;;
  Darwin) os=mac; icon=installer/icons/Outlay.icns ;;
  *) echo "build.sh: unsupported OS $(uname -s); on Windows run installer/build.ps1" >&2; exit 2 ;;
esac

# Fail early, with the fix, on what a fresh machine may lack.
command -v "${jdk}jlink" >/dev/null || { echo "build.sh: no jlink; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
if [[ $os == linux ]]; then
  # jlink --strip-debug also strips the native libraries on Linux, with objcopy.
  command -v objcopy >/dev/null || { echo "build.sh: no objcopy; apt-get install -y binutils" >&2; exit 1; }
  # Some distributions ship the JDK's modules (which jlink links from) in a separate package.
  jdk_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}"
  [[ -d "$jdk_home/jmods" ]] || { echo "build.sh: $jdk_home/jmods missing (Ubuntu: apt-get install openjdk-17-jmods)" >&2; exit 1; }
fi

echo "==> outlay.jar and target/lib (Maven)"
mvn -q -B package -DskipTests

# Name, version, vendor, description, copyright and licence come from the pom, so they are written once.
# PomInfo prints key=value lines; each becomes a variable pom_<key>.
pom_info=$("${jdk}java" installer/PomInfo.java pom.xml)
while IFS='=' read -r key value; do
  printf -v "pom_$key" '%s' "$value"
done <<< "$pom_info"
# jpackage wants a numeric version (MSI and DMG: at most three numbers), so 0.2.0-SNAPSHOT becomes 0.2.0.
app_version="${pom_version%%-*}"
copyright="Copyright ${pom_year} ${pom_vendor}. Licensed under ${pom_license}."
if [[ $os == mac && ( $app_version == 0 || $app_version == 0.* ) ]]; then
  # jpackage on macOS refuses a version whose first number is 0 (an old CFBundleVersion rule), so before
  # 1.0 the Mac app carries the placeholder version 1; the .dmg file still gets the real version.
  bundle_version=1
else
  bundle_version="$app_version"
fi

rm -rf "$out"
mkdir -p "$out/input/lib"

# jpackage copies its whole input folder into the image, so the folder holds only what the app runs with:
# the jar, and its runtime dependencies in lib/ where the jar's manifest Class-Path expects them. The
# javafx-*-<version>.jar without an OS classifier are empty (the OS-specific jar beside each one holds the
# code), so they stay out.
cp target/outlay.jar "$out/input/"
# Class-data sharing (installer/cds): the list and the script that writes the archive where the app lives.
cp installer/cds/outlay.classlist installer/cds/dump.sh "$out/input/"
# The licence, third-party notices and bill of materials (pom.xml, target/legal): Help > About opens them there.
cp -R target/legal "$out/input/legal"
for jar in target/lib/*.jar; do
  if [[ ! "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then cp "$jar" "$out/input/lib/"; fi
done

if [[ $os == linux ]]; then
  # What the package links into /usr/share (installer/linux/postinst): the man page and shell completion that
  # mvn package wrote from the commands (target/man, target/completion), the icon at the hicolor theme's sizes and
  # the AppStream metadata. In the app image they sit in lib/app/share/, in the layout of /usr/share (jpackage's
  # packages take only the app image's own folders, so not a share/ beside bin/ and lib/).
  share="$out/input/share"
  mkdir -p "$share/man/man1" "$share/bash-completion/completions" "$share/zsh/vendor-completions" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps"
  gzip -9n < target/man/outlay.1 > "$share/man/man1/outlay.1.gz"
  cp target/completion/outlay.bash "$share/bash-completion/completions/outlay"
  cp target/completion/_outlay "$share/zsh/vendor-completions/_outlay"
  cp installer/linux/app.outlay.Outlay.metainfo.xml "$share/metainfo/"
  cp installer/icons/outlay.svg "$share/icons/hicolor/scalable/apps/outlay.svg"
  for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "installer/icons/png/outlay-$size.png" "$share/icons/hicolor/${size}x${size}/apps/outlay.png"
  done
fi

echo "==> Trimmed Java runtime (jdeps + jlink)"
modules=$("${jdk}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$out/input/lib/*" "$out/input/outlay.jar")
# Modules reached only through reflection or service lookup, which jdeps cannot see:
#   jdk.crypto.ec   elliptic-curve TLS: PostgreSQL over SSL (sslmode prefer/require/verify-full)
#   jdk.localedata  number and date formats for locales other than English
#   jdk.charsets    non-Unicode encodings a bank's CSV export may use
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.charsets"
echo "    $modules"
"${jdk}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

echo "==> App image (jpackage)"
# Metadata shared by the app image and the package made from it.
meta=(--name "$pom_name" --app-version "$bundle_version" --vendor "$pom_vendor"
  --description "$pom_description" --copyright "$copyright" --icon "$icon" --dest "$out")
image_args=(--type app-image "${meta[@]}" --input "$out/input" --main-jar outlay.jar
  --main-class app.outlay.Launcher --runtime-image "$out/runtime")
while read -r option; do
  image_args+=(--java-options "$option")
done < <(grep -v '^#' installer/java-options | grep -v '^[[:space:]]*$')
image="$out/$pom_name"
if [[ $os == mac ]]; then
  # The bundle identifier and Finder category live in the app's Info.plist, so they are set here.
  image_args+=(--mac-package-identifier app.outlay --mac-package-name "$pom_name"
    --mac-app-category public.app-category.finance)
  image="$out/$pom_name.app"
fi
"${jdk}jpackage" "${image_args[@]}"
echo "    $image: $(du -sh "$image" | cut -f1)"

if $app_image_only; then
  if [[ $os == linux ]]; then sh installer/cds/dump.sh "$image"; fi
  exit 0
fi

echo "==> Package (jpackage)"
package_args=("${meta[@]}" --app-image "$image")
if [[ -n "$pom_url" ]]; then package_args+=(--about-url "$pom_url"); fi

if [[ $os == mac ]]; then
  # A LICENSE file, when the project has one, is shown for agreement when the disk image opens.
  if [[ -f LICENSE ]]; then package_args+=(--license-file LICENSE); fi
  "${jdk}jpackage" --type dmg "${package_args[@]}" --mac-package-identifier app.outlay
  if [[ $bundle_version != "$app_version" ]]; then
    mv "$out/$pom_name-$bundle_version.dmg" "$out/$pom_name-$app_version.dmg"
  fi
else
  # The licence for the package's copyright file (Debian's format: short name, then indented lines).
  printf '%s\n %s\n' "$pom_license" "$pom_licenseUrl" > "$out/license.txt"
  # Installs to /opt/outlay with a menu entry: jpackage takes installer/linux/Outlay.desktop (which sets
  # Categories=Office;Finance;) and fills in the launcher and icon paths. JavaFX's native code comes in its
  # jars, but the system libraries it loads (GTK 3, X11, OpenGL, fonts) do not, and jpackage only finds
  # what the Java runtime itself links to, so those are declared. libgtk-3-0t64: Debian 13, Ubuntu 24.04.
  command -v fakeroot >/dev/null || { echo "build.sh: the .deb needs fakeroot: apt-get install -y fakeroot" >&2; exit 1; }
  package_args+=(--license-file "$out/license.txt" --resource-dir installer/linux
    --linux-package-name outlay --linux-shortcut --linux-menu-group "Office;Finance;" --linux-app-category misc)
  "${jdk}jpackage" --type deb "${package_args[@]}" \
    --linux-deb-maintainer "${pom_email:-dev@outlay.app}" \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libxxf86vm1, libgl1, libfreetype6, libfontconfig1"
  if command -v rpmbuild >/dev/null; then
    # The same libraries as rpm capabilities (by soname), which Fedora and openSUSE both provide. The spec is
    # installer/linux/outlay.spec (jpackage's template plus the links into /usr that the .deb's postinst makes).
    "${jdk}jpackage" --type rpm "${package_args[@]}" --linux-rpm-license-type "$pom_license" \
      --linux-package-deps "libgtk-3.so.0()(64bit), libXtst.so.6()(64bit), libXxf86vm.so.1()(64bit), libGL.so.1()(64bit), libfreetype.so.6()(64bit), libfontconfig.so.1()(64bit)"
  fi
fi
for package in "$out"/*.deb "$out"/*.rpm "$out"/*.dmg; do
  if [[ -f "$package" ]]; then echo "    $package: $(du -h "$package" | cut -f1)"; fi
done

# Last, so no package carries it: an archive only maps at the path it was written for, and the packages'
# postinst writes their own at the installed path.
if [[ $os == linux ]]; then sh installer/cds/dump.sh "$image"; fi
