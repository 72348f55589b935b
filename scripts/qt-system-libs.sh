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
if [ "$(id -u)" != 0 ]; then
  echo "Qt needs these packages: sudo apt-get install ${missing[*]}"
  exit 0
fi

# Another apt (the system's daily update, a software centre) may hold the lock for a while:
# wait for it (up to APT_LOCK_WAIT seconds) instead of failing, and when apt does fail,
# show what it said.
wait_s=${APT_LOCK_WAIT:-600}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run_apt() {  # run_apt WHAT apt-get-args...: retried while the lock is held, its output shown on failure
  local what=$1; shift
  local waited=0
  while true; do
    if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$wait_s" "$@" >"$log" 2>&1; then
      return 0
    fi
    if grep -qiE "could not get lock|unable to acquire|is another process using it" "$log" && [ "$waited" -lt "$wait_s" ]; then
      [ "$waited" = 0 ] && echo "waiting for another program using apt to finish (up to ${wait_s}s)..."
      sleep "${APT_LOCK_POLL:-5}"; waited=$((waited + ${APT_LOCK_POLL_STEP:-5}))
      continue
    fi
    echo "could not $what for Qt (apt-get $*):" >&2
    tail -n 20 "$log" >&2
    exit 1
  done
}
echo "installing for Qt: ${missing[*]}"
run_apt "update the package lists" update -qq
run_apt "install ${missing[*]}" install -y -qq "${missing[@]}"
