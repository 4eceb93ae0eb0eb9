"""Large print: every window fits, unsqueezed, on the screens of the offices' old PCs with
Windows' text size turned up — a 1366 × 768 laptop at 125 % and a 1920 × 1080 screen at 150 %.

Each screen is its own process (Qt reads the screen and the scale once, at start). Set
CHIBO_SHOTS to a folder to keep a picture of every window at each size for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from chibo_desktop.ui.screen_fit import cramped, fit_to_screen

CHILD = Path(__file__).with_name("large_print_child.py")


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1.25"), (1920, 1080, "1.5"), (1366, 768, "1")],
    ids=["1366x768-125%", "1920x1080-150%", "1366x768-100%"],
)
def test_every_window_fits_the_screen_in_large_print(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env["QT_SCALE_FACTOR"] = scale
    if shots := os.environ.get("CHIBO_SHOTS"):
        env["CHIBO_SHOTS"] = str(Path(shots) / f"{width}x{height}-{scale}")
        Path(env["CHIBO_SHOTS"]).mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(CHILD)], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(reports) > 40  # every window was opened
    misfits = [f"{r['window']}: {'; '.join(r['problems'])}" for r in reports if r["problems"]]
    assert not misfits, "\n".join(misfits)


def test_a_window_is_sized_to_the_room_the_screen_has(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()  # the test screen: 800 × 600
    fit_to_screen(window, 1200, 760)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert cramped(window, 1200, 760)
    fit_to_screen(window, 400, 300)
    assert (window.width(), window.height()) == (400, 300)
    assert not cramped(window, 400, 300)
