"""Opening a database and wiring the services that work on it (used by the window and the CLI)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from chibo_desktop import paths
from chibo_desktop.domain.clock import HybridLogicalClock
from chibo_desktop.domain.entities import Site
from chibo_desktop.domain.working_days import WorkingCalendar
from chibo_desktop.services.access import Access
from chibo_desktop.services.accounts import AccountService
from chibo_desktop.services.admissions import AdmissionService
from chibo_desktop.services.audit import AuditService
from chibo_desktop.services.backups import BackupFolder, BackupService
from chibo_desktop.services.checks import CheckService
from chibo_desktop.services.classification_export import ClassificationExportService
from chibo_desktop.services.demo import DemoService
from chibo_desktop.services.error_report import ErrorReportService
from chibo_desktop.services.evaluation_import import EvaluationImportService
from chibo_desktop.services.evaluations import EvaluationService
from chibo_desktop.services.meetings import MeetingService
from chibo_desktop.services.member_records import MemberRecordService
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.minutes_print import MinutesPrintService
from chibo_desktop.services.residents_213 import Residents213Service
from chibo_desktop.services.roster_export import RosterExportService
from chibo_desktop.services.roster_import import RosterImportService
from chibo_desktop.services.rules import RuleService
from chibo_desktop.services.setup import SetupService
from chibo_desktop.services.statistics import StatisticsService
from chibo_desktop.services.sync import SyncService
from chibo_desktop.services.todo import TodoService
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.services.undo import UndoStack
from chibo_desktop.services.units import UnitService
from chibo_desktop.storage import store as storage
from chibo_desktop.storage.accounts import AccountRepository
from chibo_desktop.storage.audit import AuditRepository
from chibo_desktop.storage.exchange import RecordExchange
from chibo_desktop.storage.migrations import CURRENT_VERSION, DatabaseTooNew
from chibo_desktop.storage.repositories import (
    EvaluationRepository,
    IntegrityRepository,
    MeetingRepository,
    MemberRecordRepository,
    MemberRepository,
    RuleProfileRepository,
    UnitRepository,
)
from chibo_desktop.storage.store import DatabaseDamaged, DatabaseUnreadable
from chibo_desktop.storage.sync_state import SyncStateRepository

__all__ = [
    "DatabaseDamaged",
    "DatabaseTooNew",
    "DatabaseUnreadable",
    "Workspace",
    "open_workspace",
]
_log = logging.getLogger(__name__)


@dataclass
class Workspace:
    path: Path
    migration_backup: Path | None  # the copy taken before migrating an older file, if any
    store: storage.Store
    access: Access
    accounts: AccountService
    audit: AuditService
    backups: BackupService
    undo: UndoStack
    setup: SetupService
    units: UnitService
    members: MemberService
    records: MemberRecordService
    transfers: TransferService
    residents_213: Residents213Service
    admissions: AdmissionService
    todo: TodoService
    rules: RuleService
    checks: CheckService
    demo: DemoService
    statistics: StatisticsService
    roster_import: RosterImportService
    roster_export: RosterExportService
    meetings: MeetingService
    minutes_print: MinutesPrintService
    evaluations: EvaluationService
    evaluation_import: EvaluationImportService
    classification_export: ClassificationExportService
    sync: SyncService
    error_report: ErrorReportService

    @property
    def site(self) -> Site | None:
        return self.setup.site()

    def close(self) -> None:
        storage.close_database()


def open_workspace(path: Path) -> Workspace:
    """Open the database at ``path``, creating or migrating it (with a backup first)."""
    db, backup = storage.open_database(path, paths.backups_dir())
    _log.info("Database %s opened (schema %d)", path, CURRENT_VERSION)
    store = storage.Store(db, HybridLogicalClock())
    access = Access(store, AccountRepository())
    backups = BackupService(store, BackupFolder(path, paths.backups_dir()), access)
    undo = UndoStack(access, before_bulk=backups.before_bulk)
    unit_repo = UnitRepository()
    member_repo = MemberRepository()
    record_repo = MemberRecordRepository()
    calendar = WorkingCalendar()
    transfers = TransferService(record_repo, member_repo, unit_repo, undo, calendar)
    admissions = AdmissionService(record_repo, member_repo, unit_repo, undo)
    setup = SetupService(access)
    units = UnitService(unit_repo, undo)
    members = MemberService(member_repo, unit_repo, undo)
    rules = RuleService(RuleProfileRepository(), store)
    meetings = MeetingService(
        MeetingRepository(), member_repo, record_repo, unit_repo, transfers, rules, store, undo
    )
    evaluations = EvaluationService(
        EvaluationRepository(), member_repo, record_repo, unit_repo, rules, store, undo
    )
    return Workspace(
        path=path,
        migration_backup=backup,
        store=store,
        access=access,
        accounts=AccountService(access, AccountRepository()),
        audit=AuditService(AuditRepository(), members, units),
        backups=backups,
        undo=undo,
        setup=setup,
        units=units,
        members=members,
        records=MemberRecordService(record_repo, member_repo, unit_repo, undo),
        transfers=transfers,
        residents_213=Residents213Service(record_repo, unit_repo, undo),
        admissions=admissions,
        todo=TodoService(member_repo, record_repo, transfers, admissions, calendar),
        rules=rules,
        checks=CheckService(IntegrityRepository(), store),
        demo=DemoService(access, setup),
        statistics=StatisticsService(unit_repo),
        roster_import=RosterImportService(members, units, setup, undo),
        roster_export=RosterExportService(member_repo, unit_repo, record_repo, store),
        meetings=meetings,
        minutes_print=MinutesPrintService(meetings, unit_repo, store),
        evaluations=evaluations,
        evaluation_import=EvaluationImportService(evaluations, members, units, setup),
        classification_export=ClassificationExportService(evaluations, unit_repo, store),
        sync=SyncService(
            store,
            SyncStateRepository(),
            RecordExchange(),
            unit_repo,
            EvaluationRepository(),
            undo,
            backups.before_import,
        ),
        error_report=ErrorReportService(
            IntegrityRepository(), store, path, paths.logs_dir(), paths.settings_file()
        ),
    )
