#!/bin/sh
# Regenerates the Extension Manager icons (registration/images/*.png) from
# their hand-drawn SVG sources; needs rsvg-convert (Debian's librsvg2-bin).
# The PNGs are committed, so building the .oxt does not need this tool.
set -eu
cd "$(dirname "$0")/../registration/images"
for name in icon icon-hc; do
  rsvg-convert --width 42 --height 42 --output "$name.png" "$name.svg"
done
