"""The user guide (docs/huong-dan-su-dung.md): its chapters, its pictures, its PDF, and the script
that takes the pictures from the program (docs/make_guide.py)."""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

from pypdf import PdfReader
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDE = DOCS / "huong-dan-su-dung.md"
PDF = DOCS / "huong-dan-su-dung.pdf"
# One chapter per topic the guide must cover (issue 8), as the guide titles them.
CHAPTERS = [
    "Bắt đầu",
    "Thiết lập lần đầu",
    "Thêm đảng viên",
    "Nhập danh sách từ Excel",
    "Sinh hoạt chi bộ hằng tháng: từ chương trình đến in biên bản",
    "Đánh giá, xếp loại cuối năm",
    "Gửi dữ liệu lên cấp trên bằng USB",
    "Nhận giấy xác nhận của cấp trên",
    "Khôi phục bản sao lưu",
    "Khi gặp sự cố",
]


def pictures_named(markdown: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", markdown)


@functools.cache
def make_guide() -> ModuleType:
    """docs/make_guide.py (docs/ is not a package of the program)."""
    spec = importlib.util.spec_from_file_location("make_guide", DOCS / "make_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def flat(text: str) -> str:
    """PDF text as one NFC line: titles may wrap, and extraction may decompose letters."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_guide_has_a_chapter_for_each_topic() -> None:
    text = GUIDE.read_text("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    chapters = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert chapters == CHAPTERS


def test_every_picture_the_guide_names_is_there_and_readable() -> None:
    named = pictures_named(GUIDE.read_text("utf-8"))
    assert len(named) > 20
    for name in named:
        reader = QImageReader(str(DOCS / name))
        assert reader.canRead(), f"{name} is missing or not a picture"
        assert reader.size().width() > 100


def test_the_script_takes_exactly_the_pictures_the_guide_names() -> None:
    # Given the pictures the guide shows, and the steps of the script that takes them
    named = {Path(name).name for name in pictures_named(GUIDE.read_text("utf-8"))}
    shots = set(make_guide().SHOTS)
    # Then a picture named but not taken (stale) or taken but not shown is a failure
    assert named == shots, (named - shots, shots - named)
    assert {p.name for p in (DOCS / "hinh").glob("*.png")} == shots


def test_the_pdf_holds_every_chapter_with_its_diacritics(tmp_path: Path) -> None:
    # Given the guide rendered again, as the script does
    fresh = tmp_path / "guide.pdf"
    pages = make_guide().render_pdf(GUIDE, fresh)
    for pdf in (fresh, PDF):  # and the one shipped with the program
        reader = PdfReader(pdf)
        assert len(reader.pages) == pages
        first = flat(reader.pages[0].extract_text())
        text = flat(" ".join(page.extract_text() for page in reader.pages))
        # Then the contents on the first page, and every chapter's title, read as written
        assert "Hướng dẫn sử dụng Chi bộ Desktop" in first and "Mục lục" in first
        for title in CHAPTERS:
            assert title in first
            assert text.count(title) >= 2  # in the contents and as the chapter's heading
        assert f"Trang {pages}/{pages}" in text
        width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
        assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_the_script_takes_the_pictures_from_the_program_and_renders_the_pdf(
    tmp_path: Path,
) -> None:
    # When the script runs into another folder (about 20 s)
    out = tmp_path / "guide"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("CHIBO_HOME", None)
    done = subprocess.run(
        [sys.executable, str(DOCS / "make_guide.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    # Then every picture of the guide was taken, and the PDF made from them
    taken = {p.name for p in (out / "hinh").glob("*.png")}
    assert taken == set(make_guide().SHOTS)
    for name in taken:
        assert QImageReader(str(out / "hinh" / name)).size().width() > 100
    text = flat(" ".join(p.extract_text() for p in PdfReader(out / "huong-dan-su-dung.pdf").pages))
    assert all(title in text for title in CHAPTERS)
