"""The upper level's decisions in the window: the province records its decision on a commune's
level in the classification tab (the commune's own records read only there), sends it down from
the data exchange menu, and at the commune the level decided shows, fixed, with its reference."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_sites import export, fingerprint, import_all, opened, two_offices
from tab_helpers import held_as_in_window

from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.member_evaluation_dialog import combo_level, set_combo_level
from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog
from chibo_desktop.ui.tabs.evaluation_tab import EvaluationTab
from chibo_desktop.ui.widgets.drive_chooser import Destination

YEAR = 2026
TODAY = date(2027, 1, 20)
COMMUNE = "Đảng bộ xã Tân Lập"


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    """The province holding Tân Lập's first package; the commune's 2026 review open."""
    places = two_offices(tmp_path, ["Nguyễn Thị Hường", "Trần Văn Ước"])
    with opened(places["commune"]) as ws:
        root = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        ws.evaluations.open_year(root.id, YEAR, date(2026, 12, 20))
    sent = export(places["commune"], places["usb"])
    import_all(places["upper"], [sent.path], {fingerprint(places["commune"])})
    for receipt in places["usb"].glob("chibo-receipt-*"):
        receipt.unlink()
    return places


def classification_tab(qtbot: QtBot, ws: Workspace) -> EvaluationTab:
    tab = held_as_in_window(
        qtbot,
        lambda on_changes: EvaluationTab(ws.evaluations, ws.units, on_changes, today=lambda: TODAY),
    )
    tab.show_unit(next(u for u in ws.units.all() if u.name == COMMUNE))
    tab.year.setCurrentIndex(tab.year.findData(YEAR))
    return tab


def shot(widget: object, name: str) -> None:
    if os.environ.get("CHIBO_SHOTS"):
        Path("/tmp/shots").mkdir(exist_ok=True)
        widget.grab().save(f"/tmp/shots/{name}.png")  # type: ignore[attr-defined]


def test_the_province_records_its_decision_and_sends_it_down(
    offices: dict[str, Path], qtbot: QtBot
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    with opened(upper) as ws:
        # Given the province's classification tab on the commune
        tab = classification_tab(qtbot, ws)
        form = tab.commune_form
        assert form.isVisibleTo(tab) and form.save_button.isEnabled()
        assert not form.self_level.isEnabled()  # the commune's own assessment: read only
        assert not tab.open_button.isVisibleTo(tab)  # opening the year is the commune's
        assert "Read only here" in tab.banner_text.text()

        # When the clerk enters the decision without a date, then with one
        set_combo_level(form.final_level, Level.GOOD)
        form.reference.setText("Quyết định số 112-QĐ/TU")
        form.save_button.click()
        assert form.problems.isVisibleTo(form) and "Decision date" in form.problems.text()
        form.decided_on.set_value(date(2027, 1, 15))
        form.save_button.click()

        # Then it is recorded, and the form says how it goes down
        assert not form.problems.isVisibleTo(form)
        root = next(u for u in ws.units.all() if u.name == COMMUNE)
        decision = ws.evaluations.upper_decision(root.id, YEAR)
        assert decision is not None and decision.level is Level.GOOD
        assert decision.reference == "Quyết định số 112-QĐ/TU"
        assert "goes down to the commune" in form.decided_note.text()
        shot(tab, "upper_decision_form")

        # And the data exchange dialog writes it for the commune chosen
        dialog = SyncExportDialog(
            ws.sync, None, lambda: [Destination(usb, "KINGSTON", 3_200_000_000)], decisions=True
        )
        qtbot.addWidget(dialog)
        assert dialog.commune.count() == 1 and dialog.commune.currentText().endswith("Tân Lập")
        assert not dialog.full.isVisibleTo(dialog)
        with qtbot.waitSignal(dialog.exported) as written:
            dialog.write_button.click()
        shot(dialog, "send_decisions")
    path = written.args[0].path
    assert path.exists() and path.name.startswith("chibo-decisions-")
    assert "Done" in dialog.status.text() and "Tân Lập" in dialog.status.text()

    # When the commune applies the package, its form shows the level decided, fixed
    [applied] = import_all(commune, [path])
    assert applied.applied
    with opened(commune) as ws:
        tab = classification_tab(qtbot, ws)
        form = tab.commune_form
        assert combo_level(form.final_level) is Level.GOOD and not form.final_level.isEnabled()
        assert form.self_level.isEnabled()  # its own assessment stays its own
        note = form.decided_note.text()
        assert "Quyết định số 112-QĐ/TU" in note and "15/01/2027" in note
        shot(tab, "commune_decided")
