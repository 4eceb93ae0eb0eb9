"""Every window and dialog of the program, each made on a demo workspace as the program makes
it: for the checks that go over all of them (Vietnamese text, mnemonics and tab order). A new
window class without an entry in ``DIALOGS`` fails ``test_every_dialog_is_checked``."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from sync_sites import opened

import chibo_desktop.ui
from chibo_desktop.domain.enums import DistinctionKind
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.backups import BackupFolder
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.ui.dialogs.accounts_dialog import (
    AccountFormDialog,
    AccountsDialog,
    NewPasswordDialog,
)
from chibo_desktop.ui.dialogs.audit_dialog import AuditDialog
from chibo_desktop.ui.dialogs.backup_settings_dialog import BackupSettingsDialog
from chibo_desktop.ui.dialogs.candidate_dialog import CandidateDialog
from chibo_desktop.ui.dialogs.conflict_inbox_dialog import ConflictInboxDialog
from chibo_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from chibo_desktop.ui.dialogs.error_report_dialog import ErrorReportDialog
from chibo_desktop.ui.dialogs.evaluation_import_dialog import EvaluationImportDialog
from chibo_desktop.ui.dialogs.evaluation_year_dialogs import (
    CheckDialog,
    CloseYearDialog,
    OpenYearDialog,
    ReopenYearDialog,
)
from chibo_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
from chibo_desktop.ui.dialogs.import_wizard import ImportWizard
from chibo_desktop.ui.dialogs.meeting_plan_dialog import AgendaTemplateDialog, MeetingPlanDialog
from chibo_desktop.ui.dialogs.member_dialog import MemberDialog
from chibo_desktop.ui.dialogs.member_evaluation_dialog import MemberEvaluationDialog
from chibo_desktop.ui.dialogs.member_record_dialogs import (
    BadgeDialog,
    DistinctionDialog,
    PostDialog,
    StatusChangeDialog,
)
from chibo_desktop.ui.dialogs.minutes_editor import MinutesEditor
from chibo_desktop.ui.dialogs.minutes_print_preview import MinutesPrintPreview
from chibo_desktop.ui.dialogs.peers_dialog import PeersDialog
from chibo_desktop.ui.dialogs.restore_dialog import RestoreDialog
from chibo_desktop.ui.dialogs.sign_in_dialog import (
    ChangePasswordDialog,
    FirstAdministratorDialog,
    SignInDialog,
)
from chibo_desktop.ui.dialogs.statistics_dialog import StatisticsDialog
from chibo_desktop.ui.dialogs.stick_backup_dialog import StickBackupDialog
from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog
from chibo_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog
from chibo_desktop.ui.dialogs.transfer_dialog import TransferDialog
from chibo_desktop.ui.dialogs.unit_dialog import UnitDialog
from chibo_desktop.ui.help_window import HelpWindow
from chibo_desktop.ui.idle_lock import LockCurtain
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.tabs.meetings_tab import AddMeetingDialog, RescheduleDialog
from chibo_desktop.ui.tabs.residents_213_tab import Resident213Dialog
from chibo_desktop.ui.widgets.drive_chooser import Destination

TODAY = date(2026, 11, 21)
YEAR = 2026
DEMO = DemoSettings(members=60, cells=3, years=2, seed=3, today=TODAY)
ADMIN = ("quantri", "Nguyễn Thị Hà", "mật khẩu dài 1")


def make_demo(path: Path) -> None:
    """A demo commune with a year of meetings, two years of evaluations and an administrator."""
    with opened(path) as ws:
        ws.demo.generate(DEMO)
        ws.accounts.create_first_administrator(*ADMIN)


def open_demo(path: Path) -> Workspace:
    """The demo commune, open and signed in as its administrator."""
    workspace = open_workspace(path)
    login, _, password = ADMIN
    workspace.accounts.sign_in(login, password)
    return workspace


def _cells(ws: Workspace) -> list:
    return [u for u in ws.units.all() if u.is_cell]


def _member(ws: Workspace):
    return ws.members.page(MemberQuery(), 0, 1)[0]


def _meeting(ws: Workspace, finalised: bool):
    meetings = ws.meetings.in_year([c.id for c in _cells(ws)], YEAR)
    return next(m for m in meetings if (m.finalised_on is not None) == finalised)


def _sheet_row(ws: Workspace):
    cell = _cells(ws)[0]
    return cell, ws.evaluations.cell_sheet(cell.id, YEAR).rows[0]


def _stick(tmp_path: Path) -> Callable[[], list[Destination]]:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return lambda: [Destination(usb, "KINGSTON", 8 * 10**9)]


def _backups(ws: Workspace) -> BackupFolder:
    ws.backups.take()
    return ws.backups.folder


def _curtain(ws: Workspace) -> QWidget:
    """The lock curtain over a window (kept alive with the curtain, its parent)."""
    window = QMainWindow()
    window.resize(900, 600)
    LockCurtain(window, ws.accounts, "quantri")
    return window


Factory = Callable[[Workspace, Path], QWidget]

DIALOGS: dict[type[QWidget], Factory] = {
    MainWindow: lambda ws, _: MainWindow(ws),
    FirstRunDialog: lambda ws, _: FirstRunDialog(ws.setup, ws.demo),
    FirstAdministratorDialog: lambda ws, _: FirstAdministratorDialog(ws.accounts),
    SignInDialog: lambda ws, _: SignInDialog(ws.accounts),
    ChangePasswordDialog: lambda ws, _: ChangePasswordDialog(ws.accounts),
    AccountsDialog: lambda ws, _: AccountsDialog(ws.accounts),
    AccountFormDialog: lambda ws, _: AccountFormDialog(ws.accounts, None),
    NewPasswordDialog: lambda ws, _: NewPasswordDialog(ws.accounts, ws.accounts.all()[0]),
    LockCurtain: lambda ws, _: _curtain(ws),
    AuditDialog: lambda ws, _: AuditDialog(ws.audit, {ws.site.id: ws.site.name}),
    BackupSettingsDialog: lambda ws, _: BackupSettingsDialog(ws.backups),
    RestoreDialog: lambda ws, _: RestoreDialog(_backups(ws), None),
    DamagedDatabaseDialog: lambda ws, _: DamagedDatabaseDialog(_backups(ws), "disk I/O error"),
    StickBackupDialog: lambda ws, tmp: StickBackupDialog(ws.backups, None, _stick(tmp)),
    ErrorReportDialog: lambda ws, tmp: ErrorReportDialog(ws.error_report, None, _stick(tmp)),
    HelpWindow: lambda _ws, _: HelpWindow(),
    SyncExportDialog: lambda ws, tmp: SyncExportDialog(ws.sync, None, _stick(tmp)),
    SyncImportDialog: lambda ws, tmp: SyncImportDialog(ws.sync, None, start_folder=tmp),
    PeersDialog: lambda ws, _: PeersDialog(ws.sync),
    ConflictInboxDialog: lambda ws, _: ConflictInboxDialog(ws.sync),
    UnitDialog: lambda ws, _: UnitDialog(ws.units, ws.units.all()[0]),
    MemberDialog: lambda ws, _: MemberDialog(
        ws.members, _cells(ws), _member(ws), records=ws.records, units=ws.units.all()
    ),
    PostDialog: lambda ws, _: PostDialog(ws.records, _member(ws), ws.units.all()),
    DistinctionDialog: lambda ws, _: DistinctionDialog(
        ws.records, _member(ws), kind=DistinctionKind.DISCIPLINE
    ),
    BadgeDialog: lambda ws, _: BadgeDialog(ws.records, _member(ws), []),
    StatusChangeDialog: lambda ws, _: StatusChangeDialog(ws.records, _member(ws)),
    TransferDialog: lambda ws, _: TransferDialog(ws.transfers, _cells(ws), _member(ws)),
    CandidateDialog: lambda ws, _: CandidateDialog(ws.admissions, _cells(ws)),
    Resident213Dialog: lambda ws, _: Resident213Dialog(ws.residents_213, _cells(ws)[0]),
    ImportWizard: lambda ws, _: ImportWizard(ws.roster_import, ws.units),
    StatisticsDialog: lambda ws, _: StatisticsDialog(ws.statistics, None, today=lambda: TODAY),
    MeetingPlanDialog: lambda ws, _: MeetingPlanDialog(
        ws.meetings, _cells(ws)[0], YEAR, ws.members
    ),
    AgendaTemplateDialog: lambda ws, _: AgendaTemplateDialog(ws.meetings),
    AddMeetingDialog: lambda ws, _: AddMeetingDialog(ws.meetings, _cells(ws), None, TODAY),
    RescheduleDialog: lambda ws, _: RescheduleDialog(
        ws.meetings, _meeting(ws, finalised=False), _cells(ws)[0].name
    ),
    MinutesEditor: lambda ws, _: MinutesEditor(
        ws.meetings, ws.minutes_print, _meeting(ws, finalised=False).id, lambda _c: None
    ),
    MinutesPrintPreview: lambda ws, _: MinutesPrintPreview(
        ws.minutes_print, _meeting(ws, finalised=True).id
    ),
    OpenYearDialog: lambda ws, _: OpenYearDialog(
        ws.evaluations, ws.units.all()[0].id, ws.units.all()[0].name, YEAR + 1
    ),
    CloseYearDialog: lambda ws, _: CloseYearDialog(ws.evaluations, ws.units.all()[0].id, YEAR, 2),
    ReopenYearDialog: lambda ws, _: ReopenYearDialog(
        ws.evaluations,
        ws.units.all()[0].id,
        ws.evaluations.review_year(ws.units.all()[0].id, YEAR - 1),
    ),
    CheckDialog: lambda ws, _: CheckDialog(
        ws.evaluations.check_year(ws.units.all()[0].id, YEAR),
        ws.evaluations.rules(YEAR),
        YEAR,
        ws.evaluations.profile(YEAR).title,
    ),
    MemberEvaluationDialog: lambda ws, _: MemberEvaluationDialog(
        ws.evaluations,
        _sheet_row(ws)[1],
        _sheet_row(ws)[0].id,
        _sheet_row(ws)[0].name,
        YEAR,
        ws.evaluations.profile(YEAR),
        lambda _c: None,
    ),
    EvaluationImportDialog: lambda ws, _: EvaluationImportDialog(ws.evaluation_import, YEAR),
}
# Bases that are never shown themselves.
ABSTRACT = {"FormDialog", "SmallAccountDialog", "_RecordDialog", "MeetingForm"}


def _window_classes() -> set[type[QWidget]]:
    for module in pkgutil.walk_packages(chibo_desktop.ui.__path__, "chibo_desktop.ui."):
        importlib.import_module(module.name)
    found: set[type[QWidget]] = set()
    todo: list[type] = [QDialog, QMainWindow]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("chibo_desktop.") and sub.__name__ not in ABSTRACT:
                found.add(sub)
    found.add(LockCurtain)
    return found


# Bases that are never shown themselves.
ABSTRACT = {"FormDialog", "SmallAccountDialog", "_RecordDialog", "MeetingForm"}


def window_classes() -> set[type[QWidget]]:
    for module in pkgutil.walk_packages(chibo_desktop.ui.__path__, "chibo_desktop.ui."):
        importlib.import_module(module.name)
    found: set[type[QWidget]] = set()
    todo: list[type] = [QDialog, QMainWindow]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("chibo_desktop.") and sub.__name__ not in ABSTRACT:
                found.add(sub)
    found.add(LockCurtain)
    return found
