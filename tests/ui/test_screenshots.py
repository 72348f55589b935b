"""`station-app screenshots` writes one non-blank PNG per page, in Chinese by default."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from ui.pages import PAGES


def distinct_colours(path) -> int:
    image = QImage(str(path))
    step = max(1, image.width() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_screenshots_command_renders_every_page(demo_folder, tmp_path):
    out = tmp_path / "shots"
    # As a person runs it: no platform named, so it draws on an offscreen screen of 1366x768.
    env = {name: value for name, value in os.environ.items() if name != "QT_QPA_PLATFORM"}
    done = subprocess.run([sys.executable, "-m", "ui.launcher", "screenshots", "--data-dir", str(demo_folder),
                           "--out", str(out)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert QImage(str(out / "cases_new.png")).size().toTuple() == (1136, 700)  # not cut to a smaller screen
    for module, _, _ in PAGES:
        png = out / f"{module}.png"
        assert png.is_file(), module
        assert distinct_colours(png) > 8, f"{module}.png looks blank"
    assert (out / "login.png").is_file() and (out / "wizard.png").is_file()
