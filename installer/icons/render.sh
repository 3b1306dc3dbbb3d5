#!/usr/bin/env bash
# Renders the committed icon files from outlay.svg. Run it after editing the SVG, then commit the results:
# the installer build only uses the rendered files, so it needs none of these tools.
# Needs: rsvg-convert (apt: librsvg2-bin), ImageMagick (apt: imagemagick), png2icns (apt: icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

png() { rsvg-convert -w "$1" -h "$1" outlay.svg -o "$2"; }

# Linux: jpackage --icon takes one PNG; 256 px looks sharp in menus and docks.
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do png "$size" "png/outlay-$size.png"; done
cp png/outlay-256.png Outlay.png

# Windows: one .ico holding the sizes Explorer and the Start menu ask for. /usr/bin/convert is called by its
# full path because another 'convert' may come first on PATH.
/usr/bin/convert png/outlay-{16,24,32,48,64,128,256}.png Outlay.ico

# macOS: .icns made here with png2icns, so a Mac is not needed to refresh the icon. (On a Mac,
# `iconutil -c icns` on an Outlay.iconset folder of these PNGs makes an equivalent file.)
png2icns Outlay.icns png/outlay-{16,32,48,128,256,512,1024}.png >/dev/null
echo "Rendered icons in $(pwd)"
