#!/usr/bin/env bash
# The system libraries Qt needs on Debian/Ubuntu: "offscreen" (tests, screenshots) or
# "desktop" (a real window through X11). Installs the missing ones when run as root,
# otherwise prints the command to run.
set -euo pipefail
want=${1:-offscreen}
libs=(libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1
      libdbus-1.so.3:libdbus-1-3)
if [ "$want" = desktop ]; then
  libs+=(libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
         libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
         libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0)
fi
missing=()
# Read the lists once: "cmd | grep -q" under pipefail fails when grep stops reading early.
have_libs=$(ldconfig -p)
for pair in "${libs[@]}"; do
  grep -qF "${pair%%:*}" <<<"$have_libs" || missing+=("${pair##*:}")
done
have_fonts=$(fc-list 2>/dev/null || true)
if [ "$want" = desktop ] && ! grep -qi "CJK" <<<"$have_fonts"; then
  missing+=(fonts-noto-cjk)  # without a CJK font the Chinese shows as boxes
fi
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "Qt needs: ${missing[*]} (install them with your package manager)"; exit 0; }
if [ "$(id -u)" = 0 ]; then
  echo "installing for Qt: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Qt needs these packages: sudo apt-get install ${missing[*]}"
fi
