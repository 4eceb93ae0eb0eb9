"""Gửi báo cáo lỗi: one zip file a person saves onto a stick for whoever looks after the program.

It holds what helps to find a fault and nothing about any person (DOMAIN.md "Sensitivity"):
the log files, scrubbed again as they are copied (personal numbers masked, the home folder
written "~": a log from an older release, or a damaged one, is no exception); the versions of
the program, the system, Python and Qt; the database's schema, size, the number of rows of
each table, SQLite's quick check and the office's role; and the screens' preferences, leaving
out any value that is more than plain words and numbers. Never the database, a name, an ID or
a card number.
"""

from __future__ import annotations

import configparser
import io
import itertools
import json
import logging
import platform
import re
import zipfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chibo_desktop import __version__, paths
from chibo_desktop.logs import LOG_FILE_NAME, scrubbed
from chibo_desktop.services.files import write_to_stick
from chibo_desktop.storage.repositories import IntegrityRepository
from chibo_desktop.storage.store import Store

REPORT_PREFIX = "chibo-bao-cao-loi-"
SYSTEM_PART = "system.json"
LOGS_PART = "logs/"
LEFT_OUT = "(left out)"
NAME_LEFT_OUT = "[name]"
# A preference kept in the report: words, numbers, lists of them (the roster's columns, say).
# Anything else may be a path or text someone typed.
_PLAIN = re.compile(r"[A-Za-z0-9_ ,.\-]{0,200}")
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ErrorReport:
    path: Path
    parts: tuple[str, ...]  # the names inside the zip


class ErrorReportService:
    def __init__(
        self,
        integrity: IntegrityRepository,
        store: Store,
        database: Path,
        logs: Path,
        settings: Path,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._integrity = integrity
        self._store = store
        self._database = database
        self._logs = logs
        self._settings = settings
        self._now = now

    def write(self, folder: Path, environment: Mapping[str, str]) -> ErrorReport:
        """The report, written to ``folder`` (a stick) under a temporary name, synced, renamed
        and read back. ``environment``: what the caller knows of its side (Qt, the language).
        The names of the people the database holds are taken out of the logs too: the program
        logs none, but an error's message may quote one."""
        return write_error_report(
            folder,
            self.database_facts(),
            environment,
            self._logs,
            self._settings,
            self._now(),
            names=self._integrity.person_names(),
        )

    def database_facts(self) -> dict[str, object]:
        """What the report says of the open database: no record's content."""
        site = self._store.site()
        return {
            "schema_version": self._integrity.schema_version(),
            "file_bytes": self._database.stat().st_size,
            "quick_check": self._integrity.quick_check() or "ok",
            "rows": self._integrity.row_counts(),
            "site_role": site.role.value if site else None,
        }


def write_error_report(
    folder: Path,
    database: Mapping[str, object],
    environment: Mapping[str, str],
    logs: Path,
    settings: Path,
    now: datetime,
    names: Collection[str] = (),
) -> ErrorReport:
    """The report with ``database`` for what is known of the database (when it cannot be
    opened, why: the report is most wanted then); ``names`` are replaced in the logs."""
    system = {
        "report": {"created_at": now.isoformat(timespec="seconds")},
        "program": {"version": __version__, "frozen": paths.is_frozen()},
        "system": {
            "os": platform.platform(),
            "machine": platform.machine(),
            "python": platform.python_version(),
            **environment,
        },
        "database": dict(database),
        "settings": _settings(settings),
    }
    parts = {SYSTEM_PART: scrubbed(json.dumps(system, ensure_ascii=False, indent=2))}
    unnamed = _Names(names)
    for log in sorted(logs.glob(f"{LOG_FILE_NAME}*")):
        text = log.read_text(encoding="utf-8", errors="replace")
        parts[LOGS_PART + log.name] = unnamed.replaced(scrubbed(text))
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    path = folder / f"{REPORT_PREFIX}{now:%Y%m%d-%H%M%S}.zip"
    write_to_stick(path, data.getvalue())
    _log.info("Error report written: %s, %d parts", path.name, len(parts))
    return ErrorReport(path, tuple(parts))


def _settings(path: Path) -> dict[str, object]:
    """The screens' preferences (settings.ini), each value that is not plain left out."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as error:
        return {"unreadable": type(error).__name__}
    return {
        section: {
            key: value if _PLAIN.fullmatch(value) else LEFT_OUT
            for key, value in parser[section].items()
        }
        for section in parser.sections()
    }


class _Names:
    """People's names to take out of a text. A log of megabytes and a province's hundred
    thousand names: each pair of words of the text is looked up among the names' first two
    words, and only then compared with the names that start so."""

    _WORD = re.compile(r"\w+")

    def __init__(self, names: Collection[str]) -> None:
        self._by_start: dict[str, list[str]] = {}
        for name in names:
            words = name.split()
            if len(words) >= 2:  # a one-word "name" would take common words out
                start = f"{words[0]} {words[1]}"
                self._by_start.setdefault(start, []).append(" ".join(words))
        for candidates in self._by_start.values():
            candidates.sort(key=len, reverse=True)  # the longest name that fits

    def replaced(self, text: str) -> str:
        if not self._by_start:
            return text
        out: list[str] = []
        done = 0
        for word, following in itertools.pairwise(self._WORD.finditer(text)):
            if word.start() < done or text[word.end() : following.start()] != " ":
                continue
            for name in self._by_start.get(f"{word.group()} {following.group()}", ()):
                end = word.start() + len(name)
                if text.startswith(name, word.start()) and not text[end : end + 1].isalnum():
                    out += [text[done : word.start()], NAME_LEFT_OUT]
                    done = end
                    break
        return "".join([*out, text[done:]])
