"""Every visible string has a Vietnamese translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chibo_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
TS = paths.translations_dir() / "chibo_vi.ts"
QM = paths.translations_dir() / "chibo_vi.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is not installed beside {sys.executable}")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_source_string_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "chibo_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:10]}"


def test_no_translation_is_unfinished_or_empty() -> None:
    untranslated = [
        key
        for key, message in _messages(TS).items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(t.itertext())).strip()
    ]
    assert not untranslated


def test_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / "chibo_vi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(rebuilt)], check=True, capture_output=True
    )
    assert rebuilt.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see README)"
