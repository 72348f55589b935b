"""The first run on a fresh machine: the system libraries wait for another apt instead of
failing and show apt's words when they fail; no display gives one clear line, not Qt's
xcb abort; the demo says its PINs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "qt-system-libs.sh"


def fake_bin(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/usr/bin/env bash\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def run_script(tmp_path: Path, apt_body: str) -> subprocess.CompletedProcess:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_bin(bin_dir, "ldconfig", "exit 0\n")  # no library found: every one is missing
    fake_bin(bin_dir, "fc-list", "exit 0\n")
    fake_bin(bin_dir, "id", "echo 0\n")  # as root
    fake_bin(bin_dir, "apt-get", apt_body)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "APT_LOCK_WAIT": "5", "APT_LOCK_POLL": "0.1",
           "APT_LOCK_POLL_STEP": "1", "COUNT_FILE": str(tmp_path / "count")}
    return subprocess.run(["bash", str(SCRIPT), "desktop"], env=env, capture_output=True, text=True, timeout=60)


def test_the_system_libraries_wait_for_the_apt_lock(tmp_path):
    held_twice = ('n=$(cat "$COUNT_FILE" 2>/dev/null || echo 0); echo $((n + 1)) > "$COUNT_FILE"\n'
                  'if [ "$n" -lt 2 ]; then echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by'
                  ' process 4242 (apt-get)"; exit 100; fi\nexit 0\n')
    done = run_script(tmp_path, held_twice)
    assert done.returncode == 0, done.stderr
    assert "waiting for another program using apt" in done.stdout
    assert int((tmp_path / "count").read_text()) >= 4  # update retried, then install


def test_a_failing_install_shows_what_apt_said(tmp_path):
    failed = run_script(tmp_path, 'if [ "$1" != "-o" ]; then exit 0; fi\n'
                                  'case "$*" in *install*) echo "E: Unable to locate package libxcb-cursor0"; exit 100;; esac\n'
                                  'exit 0\n')
    assert failed.returncode == 1
    assert "could not install" in failed.stderr and "Unable to locate package libxcb-cursor0" in failed.stderr


def test_without_a_display_the_window_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    shown = subprocess.run([sys.executable, "-m", "ui.launcher", "--data-dir", str(tmp_path / "station")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert shown.returncode == 1
    lines = [line for line in shown.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "DISPLAY" in lines[0] and "xcb" not in shown.stderr


def test_the_demo_prints_its_pins(tmp_path):
    out = subprocess.run([sys.executable, "-m", "ui.launcher", "demo", "--data-dir", str(tmp_path / "demo"),
                          "--days", "3"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "王秀英 1234" in out.stdout and "李建国 5678" in out.stdout
