"""The organisation tree and the set-up of a site."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chibo_desktop.domain.entities import Unit, new_id
from chibo_desktop.domain.enums import CellKind, MemberStatus, SiteRole, UnitLevel
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.setup import CellDraft, code_from_name
from chibo_desktop.services.workspace import Workspace, open_workspace


def a_cell(parent: Unit, name: str = "Chi bộ thôn Bắc", code: str = "CB-THON-BAC") -> Unit:
    return Unit(
        id=new_id(),
        name=name,
        level=UnitLevel.CELL,
        code=code,
        kind=CellKind.RESIDENTIAL,
        parent_id=parent.id,
        founded_on=date(2020, 1, 1),
    )


def fields(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in excinfo.value.problems}


# -- create, rename ------------------------------------------------------------------------------


def test_create_a_cell(workspace: Workspace, commune: Unit) -> None:
    cell = a_cell(commune)
    changes = workspace.units.create(cell)
    saved = workspace.units.get(cell.id)
    assert saved is not None
    assert (saved.name, saved.code, saved.parent_id) == (
        "Chi bộ thôn Bắc",
        "CB-THON-BAC",
        commune.id,
    )
    assert changes.unit_ids == frozenset({cell.id})
    assert workspace.undo.undo_label is not None
    assert workspace.undo.undo_label.action == "unit.create"


def test_duplicate_code_refused(workspace: Workspace, commune: Unit, dong: Unit) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.units.create(a_cell(commune, code=dong.code.lower()))  # codes are upper-cased
    assert failed.value.problems == [Problem("code", "duplicate_code", {"value": "CB-THON-DONG"})]


def test_a_cell_cannot_hold_units(workspace: Workspace, dong: Unit) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.units.create(a_cell(dong))
    assert fields(failed) == {("parent_id", "cell_cannot_contain_units")}


def test_a_missing_parent_is_a_validation_problem(workspace: Workspace, commune: Unit) -> None:
    orphan = dataclasses.replace(a_cell(commune), parent_id=new_id())
    with pytest.raises(ValidationFailed) as failed:
        workspace.units.create(orphan)
    assert fields(failed) == {("parent_id", "required")}
    assert workspace.units.get(orphan.id) is None


def test_rename(workspace: Workspace, dong: Unit) -> None:
    workspace.units.rename(dong.id, "  Chi bộ   thôn Đông Hưng ")
    renamed = workspace.units.get(dong.id)
    assert renamed is not None
    assert renamed.name == "Chi bộ thôn Đông Hưng"
    assert renamed.code == dong.code  # the code is stable: packages and reports refer to it


def test_rename_refusals(workspace: Workspace, dong: Unit) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.units.rename(dong.id, "  ")
    assert fields(failed) == {("name", "required")}
    with pytest.raises(OperationRefused) as refused:
        workspace.units.rename(new_id(), "Chi bộ mới")
    assert refused.value.code == "unit.not_found"
    assert workspace.units.get(dong.id) == dong


# -- dissolve ------------------------------------------------------------------------------------


def test_dissolve_refused_while_the_cell_has_members(
    workspace: Workspace, add_member: Any, doai: Unit
) -> None:
    add_member(unit_id=doai.id)
    add_member("Trần Văn Bình", unit_id=doai.id)

    with pytest.raises(OperationRefused) as refused:
        workspace.units.dissolve(doai.id, date(2025, 6, 30))

    assert refused.value.code == "unit.still_has_members"
    assert refused.value.params == {"unit": "Chi bộ thôn Đoài", "count": 2}
    unchanged = workspace.units.get(doai.id)
    assert unchanged is not None and unchanged.dissolved_on is None


def test_dissolve_after_members_moved_or_left(
    workspace: Workspace, add_member: Any, doai: Unit, dong: Unit
) -> None:
    # Given a cell with one living member and one who died
    living = add_member(unit_id=doai.id)
    add_member(
        "Trần Văn Bình", unit_id=doai.id, status=MemberStatus.DIED, status_date=date(2022, 1, 1)
    )

    # When the living member is moved to another cell
    workspace.members.update(dataclasses.replace(living, unit_id=dong.id))

    # Then the cell can be dissolved (the dead keep their cell, for the record)
    workspace.units.dissolve(doai.id, date(2025, 6, 30))
    dissolved = workspace.units.get(doai.id)
    assert dissolved is not None and dissolved.dissolved_on == date(2025, 6, 30)
    assert workspace.undo.undo_label is not None
    assert workspace.undo.undo_label.action == "unit.dissolve"

    with pytest.raises(OperationRefused) as refused:
        workspace.units.dissolve(doai.id, date(2025, 7, 1))
    assert refused.value.code == "unit.already_dissolved"


def test_dissolve_refused_while_units_below_are_open(workspace: Workspace, commune: Unit) -> None:
    with pytest.raises(OperationRefused) as refused:
        workspace.units.dissolve(commune.id, date(2025, 6, 30))
    assert refused.value.code == "unit.still_has_units"
    assert "Chi bộ thôn Đông" in refused.value.params["children"]


def test_dissolved_before_founded_refused(workspace: Workspace, commune: Unit) -> None:
    cell = a_cell(commune)
    workspace.units.create(cell)
    with pytest.raises(ValidationFailed) as failed:
        workspace.units.dissolve(cell.id, date(2019, 12, 31))
    assert fields(failed) == {("dissolved_on", "dissolved_before_founded")}


# -- the tree ------------------------------------------------------------------------------------


def test_subtree_ids(workspace: Workspace, commune: Unit, cells: dict[str, Unit]) -> None:
    # Given a partial organisation with two cells of its own under the commune
    partial = Unit(
        id=new_id(), name="Đảng bộ bộ phận Khu A", level=UnitLevel.PARTIAL, code="DBBP-A",
        parent_id=commune.id,
    )  # fmt: skip
    workspace.units.create(partial)
    below = [a_cell(partial, "Chi bộ Khu A1", "CB-A1"), a_cell(partial, "Chi bộ Khu A2", "CB-A2")]
    for cell in below:
        workspace.units.create(cell)

    everything = {u.id for u in workspace.units.all()}
    assert workspace.units.subtree_ids(commune.id) == everything
    assert len(everything) == 7
    assert workspace.units.subtree_ids(partial.id) == {partial.id, *(c.id for c in below)}
    dong = cells["Chi bộ thôn Đông"]
    assert workspace.units.subtree_ids(dong.id) == {dong.id}


def test_member_count(workspace: Workspace, add_member: Any, dong: Unit, doai: Unit) -> None:
    add_member()
    add_member("Lê Văn Tám", status=MemberStatus.TRANSFERRED_OUT, status_date=date(2023, 1, 1))
    assert workspace.units.member_count(dong.id) == 1  # on the roll only
    assert workspace.units.member_count(doai.id) == 0


# -- set-up ----------------------------------------------------------------------------------------


def test_initialize_builds_the_site_and_tree(workspace: Workspace) -> None:
    site = workspace.site
    assert site is not None
    assert (site.name, site.place_name, site.role) == (
        "Văn phòng Đảng ủy xã Tân Lập",
        "Tân Lập",
        SiteRole.COMMUNE,
    )
    units = {u.name: u for u in workspace.units.all()}
    root = units["Đảng bộ xã Tân Lập"]
    assert site.unit_id == root.id
    assert root.level is UnitLevel.COMMUNE and root.parent_id is None
    assert {u.code for u in units.values() if u.parent_id == root.id} == {
        "CB-THON-DONG",
        "CB-THON-DOAI",
        "CB-TRUONG-TIEU-HOC-TAN-LAP",
    }
    school = units["Chi bộ Trường Tiểu học Tân Lập"]
    assert (school.level, school.kind) == (UnitLevel.CELL, CellKind.SCHOOL)


def test_second_initialize_is_refused(workspace: Workspace) -> None:
    with pytest.raises(OperationRefused) as refused:
        workspace.setup.initialize(
            "Văn phòng khác", "Nơi khác", SiteRole.COMMUNE, "Đảng bộ xã Khác"
        )
    assert refused.value.code == "site.already_set_up"
    assert len(workspace.units.all()) == 4


def test_initialize_validation_writes_nothing(db_path: Path) -> None:
    ws = open_workspace(db_path)
    try:
        # When everything the form asks for is left empty
        with pytest.raises(ValidationFailed) as failed:
            ws.setup.initialize(
                office_name=" ",
                place_name="",
                role=SiteRole.COMMUNE,
                root_name="",
                cells=[
                    CellDraft("Chi bộ thôn Một", CellKind.RESIDENTIAL),
                    CellDraft("  ", CellKind.AGENCY),
                ],
            )

        # Then each problem names its field, and nothing is saved
        problems = fields(failed)
        assert {
            ("office_name", "required"),
            ("place_name", "required"),
            ("root_name", "required"),
            ("cells[1].name", "required"),
        } <= problems
        assert not any(field.startswith("cells[0]") for field, _ in problems)
        assert ws.site is None
        assert ws.units.all() == []
    finally:
        ws.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM site").fetchone()[0] == 0
        assert raw.execute("SELECT COUNT(*) FROM unit").fetchone()[0] == 0


def test_initialize_upper_level(db_path: Path) -> None:
    ws = open_workspace(db_path)
    try:
        ws.setup.initialize("Văn phòng Tỉnh ủy", "Hà Tĩnh", SiteRole.UPPER, "Đảng bộ tỉnh Hà Tĩnh")
        site = ws.site
        assert site is not None and site.role is SiteRole.UPPER
        (root,) = ws.units.all()
        assert root.level is UnitLevel.PROVINCE
        assert root.id == site.unit_id
    finally:
        ws.close()


def test_code_from_name() -> None:
    taken: set[str] = set()
    assert code_from_name("Chi bộ thôn Đông", taken) == "CB-THON-DONG"
    assert code_from_name("Chi bộ thôn Đông", taken) == "CB-THON-DONG-2"
    assert code_from_name("Chi bộ thôn Đông", taken) == "CB-THON-DONG-3"
    assert code_from_name("Đảng bộ xã Ưu Điềm", taken) == "DANG-BO-XA-UU-DIEM"
    assert code_from_name("Chi bộ Khu phố 3 - Tổ 5", taken) == "CB-KHU-PHO-3-TO-5"
    assert code_from_name("!!!", taken) == "DV"
    assert len(code_from_name("Chi bộ " + "Rất Dài " * 20, taken)) <= 40
