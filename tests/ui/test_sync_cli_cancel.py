"""Ctrl+C during ``sync import``: the package under way is finished, the rest are left for the
same command run again, and the command says so. Ctrl+C is a real SIGINT, raised in the process
once the first of three communes' packages is applied (the moment a clerk would press it while
the next one is read). Real database files and packages (tests/sync_sites.py).

The sentences are checked in English (``--lang en``): the command's Vietnamese comes from the
translation file, like every other sentence of the command line."""

from __future__ import annotations

import signal
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import pytest
from db_dump import query
from sync_sites import enrol, export, make_commune, make_upper, opened

from chibo_desktop import cli
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.sync import SyncService

COMMUNES = {
    "Tân Lập": ["Nguyễn Thị Hường", "Trần Văn Ước"],
    "Kỳ Anh": ["Lê Đình Ấn", "Phạm Thị Ngọc Ánh"],
    "Cẩm Xuyên": ["Hoàng Văn Khải", "Đặng Thị Yến"],
}


def run(*arguments: object) -> int:
    return cli.main(["--lang", "en", *(str(a) for a in arguments)])


def ctrl_c_after_first_package(monkeypatch: pytest.MonkeyPatch, step: str) -> list[object]:
    """The real check or import (``step``: the SyncService method), with Ctrl+C raised once its
    first package is done; the handler that is in force at that moment is kept (it must not be
    the default one)."""
    real = getattr(SyncService, step)
    handlers: list[object] = []

    def interrupted(
        self: SyncService,
        paths: Collection[Path],
        *,
        progress: Callable[[int, int], None] | None = None,
        **options: Any,
    ) -> object:
        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == 1:
                handlers.append(signal.getsignal(signal.SIGINT))
                signal.raise_signal(signal.SIGINT)

        return real(self, paths, progress=report, **options)

    monkeypatch.setattr(SyncService, step, interrupted)
    return handlers


@pytest.fixture
def stick(tmp_path: Path, chibo_home: Path) -> tuple[Path, Path]:
    """A province and a stick with three communes' first packages."""
    upper, usb = tmp_path / "tinh.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    for n, (place, members) in enumerate(COMMUNES.items()):
        commune = tmp_path / f"xa-{n}.sqlite"
        make_commune(commune, place, members)
        enrol(commune, upper, usb)
        export(commune, usb)
    return upper, usb


def test_ctrl_c_stops_between_packages_and_the_same_command_carries_on(
    stick: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys, qapp: object
) -> None:
    """(``qapp``: see tests/ui/test_sync_cli.py's stick.)"""
    upper, usb = stick
    packages = sorted(usb.glob("chibo-data-*.chibo"))
    sigint_before = signal.getsignal(signal.SIGINT)
    handlers = ctrl_c_after_first_package(monkeypatch, "import_packages")

    # When Ctrl+C is pressed while the packages are imported
    assert run("sync", "import", "--db", upper, "--yes", usb) == 130

    # Then the first package is applied, the other two are said to be not applied, and how to
    # carry on
    out, err = capsys.readouterr()
    assert handlers and handlers[0] is not signal.default_int_handler
    assert signal.getsignal(signal.SIGINT) is sigint_before  # put back
    assert f"{packages[0].name}: package 1 from " in out and ": applied, " in out
    assert "Receipt for the sender:" in out
    assert err.splitlines() == [
        "Stopping after the package under way; the packages after it are not applied.",
        f"{packages[1].name}: not applied (the import was stopped).",
        f"{packages[2].name}: not applied (the import was stopped).",
        "Stopped: 1 packages applied, 2 not applied. Run the same command again to import the "
        "rest; the packages already applied are not applied twice.",
    ]
    assert len(query(upper, "SELECT package_id FROM package_ledger")) == 1
    with opened(upper) as ws:
        [office] = ws.sync.peers()
        place = office.name.removeprefix("Văn phòng Đảng ủy xã ")
        assert {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)} == set(COMMUNES[place])

    # When the same command is run again (without Ctrl+C)
    monkeypatch.undo()
    assert run("sync", "import", "--db", upper, "--yes", *packages) == 0

    # Then the first says it was applied already and the other two are applied
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert f"{packages[0].name}: package 1 from " in lines[0]
    assert ": already applied on " in lines[0]
    assert sum(": applied, " in line for line in lines) == 2
    assert err == ""
    with opened(upper) as ws:
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
    assert names == {n for members in COMMUNES.values() for n in members}


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_ctrl_c_while_the_packages_are_checked_applies_nothing(
    stick: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys, qapp: object, dry_run: bool
) -> None:
    upper, usb = stick
    packages = sorted(usb.glob("chibo-data-*.chibo"))
    sigint_before = signal.getsignal(signal.SIGINT)
    handlers = ctrl_c_after_first_package(monkeypatch, "inspect")

    # When Ctrl+C is pressed while the first package is checked
    options = ["--dry-run"] if dry_run else []
    assert run("sync", "import", "--db", upper, "--yes", *options, usb) == 130

    # Then no package is applied and the command says which were not checked or applied
    out, err = capsys.readouterr()
    assert handlers and handlers[0] is not signal.default_int_handler
    assert signal.getsignal(signal.SIGINT) is sigint_before
    stopping = "Stopping after the package under way; the packages after it are not applied."
    if dry_run:
        first, *rest = err.splitlines()[1:]
        assert first.startswith(f"{packages[0].name}: package 1 from ")  # its key to check
        assert [err.splitlines()[0], *rest] == [
            stopping,
            f"{packages[1].name}: not checked (the check was stopped).",
            f"{packages[2].name}: not checked (the check was stopped).",
            "Stopped: 2 packages not checked. Run the same command again.",
        ]
    else:
        assert out == ""
        assert err.splitlines() == [
            stopping,
            *(f"{p.name}: not applied (the import was stopped)." for p in packages),
            "Stopped: 0 packages applied, 3 not applied. Run the same command again to import "
            "the rest; the packages already applied are not applied twice.",
        ]
    assert query(upper, "SELECT package_id FROM package_ledger") == []
    assert not list(usb.glob("chibo-receipt-*"))
