"""How units are named on Party documents (Hướng dẫn 36-HD/VPTW).

A cell issues documents as itself ("Chi bộ thôn Đông"); a Party organisation with a committee
(đảng bộ) issues them through its committee ("Đảng bộ xã Tân Lập" → "Đảng ủy xã Tân Lập"). The
line above the issuer names the organisation one level up, as an organisation ("Đảng bộ xã …").
"""

from __future__ import annotations

from chibo_desktop.domain.entities import Unit
from chibo_desktop.domain.text import fold, nfc

_ORGANISATION = "dang bo "  # folded "Đảng bộ "
_COMMITTEE = "Đảng ủy "


def committee_name(unit: Unit) -> str:
    """The name a unit issues documents under."""
    name = nfc(unit.name)
    if unit.is_cell or not fold(name).startswith(_ORGANISATION):
        return name
    return _COMMITTEE + name[len(_ORGANISATION) :]
