"""Các cơ quan trao đổi dữ liệu at the province: each commune with its newest package and its key;
the communes silent for longer than the days chosen are pointed out; a stolen key is revoked."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sync_sites import enrol, export, fingerprint, import_all, make_commune, make_upper, opened

from chibo_desktop.domain.sync import KeyState
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import peers_dialog
from chibo_desktop.ui.dialogs.peers_dialog import PeersDialog


@pytest.fixture
def province(tmp_path: Path, chibo_home: Path, qapp: object) -> Path:
    """A province that received one package from each of two communes."""
    i18n.install("vi")
    upper, usb = tmp_path / "tinh.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    for place in ("Tân Lập", "Hòa Bình"):
        commune = tmp_path / f"{place}.sqlite"
        make_commune(commune, place, [f"Nguyễn Văn {place}"])
        enrol(commune, upper, usb)
        import_all(upper, [export(commune, usb).path], {fingerprint(commune)})
    return upper


def test_each_commune_with_its_newest_package_and_key(province: Path, qtbot: QtBot) -> None:
    with opened(province) as ws:
        [first, *_] = ws.sync.peers()
        made = first.last_package_at
        assert made is not None
        # Given the list ten days after the packages were made
        dialog = PeersDialog(ws.sync, now=made + timedelta(days=10))
        qtbot.addWidget(dialog)

        # Then both communes are listed with the day of their package and their key in use
        names = {dialog.table.item(r, PeersDialog.NAME).text() for r in range(2)}
        assert names == {"Văn phòng Đảng ủy xã Tân Lập", "Văn phòng Đảng ủy xã Hòa Bình"}
        day = made.strftime("%d/%m/%Y")
        assert {dialog.table.item(r, PeersDialog.LAST).text() for r in range(2)} == {day}
        assert {dialog.table.item(r, PeersDialog.KEY).text() for r in range(2)} == {"đang dùng"}
        assert dialog.summary.text() == "Cả 2 xã đều đã gửi dữ liệu trong 35 ngày qua."

        # When the clerk asks for communes silent for more than 5 days
        dialog.days.setValue(5)

        # Then both are pointed out, and the choice is kept for the status bar
        assert dialog.summary.text() == "2/2 xã đã quá 5 ngày chưa gửi dữ liệu."
        assert peers_dialog.silent_after_days() == 5
        if os.environ.get("CHIBO_SHOTS"):
            dialog.grab().save(f"{os.environ['CHIBO_SHOTS']}/peers_late.png")


def test_a_stolen_key_is_revoked(
    province: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PeersDialog, "_confirm_revoke", lambda _self, _peer: True)
    with opened(province) as ws:
        dialog = PeersDialog(ws.sync)
        qtbot.addWidget(dialog)
        assert not dialog.revoke_button.isEnabled()  # nothing chosen yet
        dialog.table.selectRow(0)
        chosen = dialog.table.item(0, PeersDialog.NAME).text()
        with qtbot.waitSignal(dialog.changed):
            dialog.revoke_button.click()

        revoked = next(p for p in ws.sync.peers() if p.name == chosen)
        [key] = ws.sync.peer_keys(revoked.site_id)
    assert key.state is KeyState.REVOKED
    row = next(r for r in range(2) if dialog.table.item(r, PeersDialog.NAME).text() == chosen)
    assert dialog.table.item(row, PeersDialog.KEY).text() == "đã thu hồi"


def test_the_fingerprint_sheet_is_a_signed_page_with_the_fingerprint(
    province: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dau-van-tay.pdf"
    monkeypatch.setattr(PeersDialog, "_ask_sheet_file", lambda _self: target)
    with opened(province) as ws:
        dialog = PeersDialog(ws.sync)
        qtbot.addWidget(dialog)
        fingerprint = ws.sync.fingerprint()

        dialog.print_button.click()

    # Then the PDF holds the office, its organisation and the fingerprint, and a signature
    [page] = PdfReader(target).pages
    words = " ".join(page.extract_text().split())
    assert "DẤU VÂN TAY KHÓA TRAO ĐỔI DỮ LIỆU" in words
    assert "Cơ quan: Văn phòng Tỉnh ủy Hà Tĩnh" in words
    assert fingerprint in words and "T/M VĂN PHÒNG" in words
    assert str(target) in dialog.own.text()
    if os.environ.get("CHIBO_SHOTS"):
        shutil.copy(target, f"{os.environ['CHIBO_SHOTS']}/fingerprint_sheet.pdf")


def test_new_keys_change_this_offices_fingerprint(
    province: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PeersDialog, "_confirm_new_keys", lambda _self: True)
    with opened(province) as ws:
        old = ws.sync.fingerprint()
        dialog = PeersDialog(ws.sync)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.changed):
            dialog.new_keys_button.click()
        new = ws.sync.fingerprint()
    assert new != old and new in dialog.own.text()
    assert dialog.own.text().startswith("Đã tạo khóa mới.")
