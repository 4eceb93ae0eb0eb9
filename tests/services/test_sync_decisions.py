"""The upper level's decisions on a commune's levels travel down: with every receipt, or in a
package of their own. At the commune the level decided stands, and goes up again as the
commune's own record; nobody but the upper level can make such a decision."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from db_dump import dump, execute, query
from sync_sites import export, fingerprint, import_all, opened, two_offices

from chibo_desktop.domain.entities import new_id
from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.evaluation import UnitEvaluation, UpperDecision
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.sync import PackageStatus
from chibo_desktop.sync.package import PackageKind, read_header

YEAR = 2026
COMMUNE = "Đảng bộ xã Tân Lập"


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    """The province and Tân Lập, the commune's first package applied at the province and the
    receipt not yet taken back."""
    places = two_offices(tmp_path, ["Nguyễn Thị Hường", "Trần Văn Ước"])
    sent = export(places["commune"], places["usb"])
    [result] = import_all(places["upper"], [sent.path], {fingerprint(places["commune"])})
    assert result.applied and result.receipt is not None
    result.receipt.unlink()  # the first receipt carried no decision yet
    return places


def decide(upper: Path, unit_name: str, level: Level, reference: str) -> None:
    with opened(upper) as ws:
        unit = next(u for u in ws.units.all() if u.name == unit_name)
        ws.evaluations.decide_as_upper(
            UpperDecision(new_id(), unit.id, YEAR, level, reference, date(2027, 1, 15), "")
        )


def commune_levels(commune: Path) -> dict[str, Level | None]:
    """The organisations' final levels of the year as the commune records them."""
    with opened(commune) as ws:
        return {
            u.name: e.final_level
            for u in ws.units.all()
            if (e := ws.evaluations.unit_evaluation(u.id, YEAR)) is not None
        }


def send_down(upper: Path, usb: Path) -> Path:
    with opened(upper) as ws:
        [peer] = ws.sync.peers()
        return ws.sync.send_decisions(peer.site_id, usb).path


def test_the_provinces_decision_reaches_the_commune_and_stands(
    offices: dict[str, Path],
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given the province decided the commune's level of the year
    decide(upper, COMMUNE, Level.GOOD, "Quyết định số 112-QĐ/TU")

    # When it sends its decisions down and the commune applies the package
    package = send_down(upper, usb)
    header = read_header(package.read_bytes())
    assert header.kind is PackageKind.DECISIONS and header.counts == {"upper_decision": 1}
    [result] = import_all(commune, [package])

    # Then the commune holds the decision, and its own record says the level decided
    assert result.applied and result.preview.outcome is not None
    assert result.preview.outcome.tables["upper_decision"].new == 1
    assert commune_levels(commune) == {COMMUNE: Level.GOOD}
    with opened(commune) as ws:
        root = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        decision = ws.evaluations.upper_decision(root.id, YEAR)
        assert decision is not None and decision.reference == "Quyết định số 112-QĐ/TU"
        # and nobody at the commune can record another level, or a decision of its own
        ws.evaluations.open_year(root.id, YEAR, date(2026, 12, 20))
        own = ws.evaluations.unit_evaluation(root.id, YEAR)
        assert own is not None
        with pytest.raises(OperationRefused) as refused:
            ws.evaluations.save_unit(
                UnitEvaluation(
                    own.id, root.id, YEAR, final_level=Level.EXCELLENT, version=own.version
                )
            )
        assert refused.value.code == "evaluation.decided_by_upper"
        with pytest.raises(OperationRefused) as refused:
            ws.evaluations.decide_as_upper(
                UpperDecision(
                    new_id(), root.id, YEAR, Level.EXCELLENT, "Tự quyết", date(2027, 1, 2)
                )
            )
        assert refused.value.code == "evaluation.not_upper_level"

    # And at the province a decision needs its number and a date in or after the year
    with opened(upper) as ws:
        root = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        with pytest.raises(ValidationFailed) as failed:
            ws.evaluations.decide_as_upper(
                UpperDecision(new_id(), root.id, YEAR, Level.GOOD, "  ", date(2025, 12, 1))
            )
        assert {(p.field, p.code) for p in failed.value.problems} == {
            ("reference", "required"),
            ("decided_on", "before_the_year"),
        }

    # And the commune's next package carries its record up, with the level decided
    sent = export(commune, usb)
    assert sent.header.counts.get("unit_evaluation") == 1
    [applied] = import_all(upper, [sent.path])
    assert applied.applied
    rows = query(upper, "SELECT final_level FROM unit_evaluation WHERE year = ?", (YEAR,))
    assert rows == [(Level.GOOD.value,)]


def test_decisions_travel_down_with_every_receipt(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    decide(upper, "Chi bộ thôn 1 xã Tân Lập", Level.EXCELLENT, "Quyết định số 7-QĐ/TU")

    # When the commune sends a package and takes its receipt back
    sent = export(commune, usb, full=True)
    [result] = import_all(upper, [sent.path])
    assert result.receipt is not None
    [received] = import_all(commune, [result.receipt])

    # Then the receipt brought the decision on the cell
    assert received.applied
    assert commune_levels(commune) == {"Chi bộ thôn 1 xã Tân Lập": Level.EXCELLENT}


def test_a_changed_decision_wins_and_an_older_package_changes_nothing(
    offices: dict[str, Path],
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    decide(upper, COMMUNE, Level.COMPLETED, "Quyết định số 112-QĐ/TU")
    first = send_down(upper, usb)
    decide(upper, COMMUNE, Level.GOOD, "Quyết định số 130-QĐ/TU (thay Quyết định số 112)")
    second = send_down(upper, usb)

    # When the newer package arrives first and the older one after it
    import_all(commune, [second])
    before = dump(commune)
    [late] = import_all(commune, [first])

    # Then the newer decision stands and the older package changed nothing
    assert late.applied
    assert (
        late.preview.outcome is not None
        and late.preview.outcome.tables["upper_decision"].unchanged == 1
    )
    assert commune_levels(commune) == {COMMUNE: Level.GOOD}
    # (but the ledger and the audit log, which say that the package was received)
    received = ("package_ledger", "audit_entry")
    assert [line for line in dump(commune) if not any(r in line for r in received)] == [
        line for line in before if not any(r in line for r in received)
    ]


def test_a_commune_cannot_send_up_a_decision_on_itself(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given a commune whose database holds a forged decision on its own level, in its change log
    with opened(commune) as ws:
        root = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        site = ws.site
        assert site is not None
    forged = {
        "id": new_id().hex,
        "version": 10**15,
        "origin_site": site.id.hex,
        "deleted": 0,
        "unit_id": root.id.hex,
        "year": YEAR,
        "level": Level.EXCELLENT.value,
        "reference": "Quyết định giả",
        "decided_on": "2027-01-02",
        "notes": "",
    }
    execute(
        commune,
        f"INSERT INTO upper_decision ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})",
        tuple(forged.values()),
    )
    execute(
        commune,
        "INSERT INTO change_log (table_name, record_id) VALUES ('upper_decision', ?)",
        (forged["id"],),
    )
    sent = export(commune, usb)
    before = dump(upper)

    # When the province imports the package
    [result] = import_all(upper, [sent.path])

    # Then it is refused as malformed and the province's database is as it was
    assert result.preview.status == PackageStatus.REJECTED
    assert result.preview.rejection == "malformed_payload"
    assert json.dumps(result.preview.rejection_params, ensure_ascii=False).count("upper_decision")
    assert dump(upper) == before
