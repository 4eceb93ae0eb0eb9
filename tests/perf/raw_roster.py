"""The roster's questions asked of SQLite directly, without the program: the baseline of the
roster benchmarks (``test_province_perf.py``, ``test_memory_perf.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberQuery

ON_ROLL = tuple(s.value for s in MemberStatus if s.on_roll)
COLUMNS = (
    "id, version, origin_site, deleted, full_name, sort_key, search_key, unit_id, gender, "
    "birth_date, other_name, ethnicity, religion, personal_id, party_card, admission_date, "
    "official_date, status, status_date, phone, notes"
)


class RawRoster:
    """The same questions as ``MemberRepository``, asked of SQLite directly: the baseline."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path)

    def close(self) -> None:
        self._db.close()

    def _where(self, query: MemberQuery) -> tuple[str, list[Any]]:
        clauses = ["deleted = 0", f"status IN ({', '.join('?' * len(ON_ROLL))})"]
        params: list[Any] = list(ON_ROLL)
        if query.unit_ids is not None:
            clauses.append(f"unit_id IN ({', '.join('?' * len(query.unit_ids))})")
            params += [u.hex for u in query.unit_ids]
        text = query.folded_text
        if text.isdigit():
            clauses.append(
                "((party_card >= ? AND party_card < ?) OR (personal_id >= ? AND personal_id < ?))"
            )
            params += [text, text + ":", text, text + ":"]
        elif text:
            clauses.append("search_key LIKE ?")
            params.append(f"%{text}%")
        return " AND ".join(clauses), params

    def count(self, query: MemberQuery) -> int:
        where, params = self._where(query)
        return self._db.execute(f"SELECT COUNT(*) FROM member WHERE {where}", params).fetchone()[0]

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[tuple[Any, ...]]:
        where, params = self._where(query)
        sql = f"SELECT {COLUMNS} FROM member WHERE {where} ORDER BY sort_key, id LIMIT ? OFFSET ?"
        return self._db.execute(sql, [*params, limit, offset]).fetchall()
