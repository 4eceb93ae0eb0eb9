"""Setting up this installation: the site, the unit it owns, and (for a commune) its cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.audit import CommandLabel
from chibo_desktop.domain.entities import Changes, Site, Unit, new_id
from chibo_desktop.domain.enums import CellKind, SiteRole, UnitLevel
from chibo_desktop.domain.text import fold, nfc
from chibo_desktop.domain.validation import Problem, ValidationFailed, normalise_unit, validate_unit
from chibo_desktop.services.access import Access
from chibo_desktop.services.errors import OperationRefused


@dataclass(frozen=True, slots=True)
class CellDraft:
    name: str
    kind: CellKind


def code_from_name(name: str, taken: set[str]) -> str:
    """A short stable code from a unit's name ("Chi bộ thôn Đông" → "CB-THON-DONG")."""
    words = [w for w in fold(name).upper().replace("-", " ").split(" ") if w.isalnum()]
    if words[:2] == ["CHI", "BO"]:
        words = ["CB", *words[2:]]
    base = "-".join(words)[:40] or "DV"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    taken.add(code)
    return code


class SetupService:
    def __init__(self, access: Access, today=date.today) -> None:
        self._access = access
        self._store = access.store
        self._today = today

    def site(self) -> Site | None:
        return self._store.site()

    def initialize(
        self,
        office_name: str,
        place_name: str,
        role: SiteRole,
        root_name: str,
        cells: Sequence[CellDraft] = (),
        root_code: str | None = None,
    ) -> Changes:
        """Create the site and its tree in one transaction. A second call is refused."""
        if self._store.site() is not None:
            raise OperationRefused("site.already_set_up")
        problems = []
        if not nfc(office_name):
            problems.append(Problem("office_name", "required"))
        if not nfc(place_name):
            problems.append(Problem("place_name", "required"))
        level = UnitLevel.COMMUNE if role is SiteRole.COMMUNE else UnitLevel.PROVINCE
        taken: set[str] = {nfc(root_code)} if root_code else set()
        root = normalise_unit(
            Unit(
                id=new_id(),
                name=nfc(root_name),
                level=level,
                code=nfc(root_code) if root_code else code_from_name(root_name, taken),
            )
        )
        units = [root]
        for cell in cells:
            units.append(
                normalise_unit(
                    Unit(
                        id=new_id(),
                        name=nfc(cell.name),
                        level=UnitLevel.CELL,
                        kind=cell.kind,
                        code=code_from_name(cell.name, taken) if nfc(cell.name) else "",
                        parent_id=root.id,
                    )
                )
            )
        for index, unit in enumerate(units):
            parent = root if unit.parent_id else None
            for problem in validate_unit(unit, parent, self._today()):
                field = "root_name" if index == 0 else f"cells[{index - 1}].{problem.field}"
                problems.append(Problem(field, problem.code, problem.params))
        if problems:
            raise ValidationFailed(problems)
        site = Site(
            id=new_id(),
            name=nfc(office_name),
            place_name=nfc(place_name),
            role=role,
            unit_id=root.id,
        )
        label = CommandLabel("site.setup", site.name)
        with self._access.writing(label, Permission.ADMINISTER):
            self._store.save_site(site)
            self._store.insert_new(units)
        return Changes(unit_ids=frozenset(u.id for u in units), site=True)
