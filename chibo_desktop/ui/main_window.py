"""The main window: the organisation tree on the left, the tabs on the right, undo in the menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop import __version__
from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Member, Transfer, Unit
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.domain.sync import KeyState
from chibo_desktop.services.backups import Backup
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.roster_export import ExportFormat
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.sync.enrolment import ENROLMENT_SUFFIX
from chibo_desktop.ui import i18n
from chibo_desktop.ui.backup_texts import describe_backup_error, when
from chibo_desktop.ui.dialogs.accounts_dialog import AccountsDialog
from chibo_desktop.ui.dialogs.audit_dialog import AuditDialog
from chibo_desktop.ui.dialogs.backup_settings_dialog import BackupSettingsDialog
from chibo_desktop.ui.dialogs.conflict_inbox_dialog import ConflictInboxDialog, names_in
from chibo_desktop.ui.dialogs.error_report_dialog import ErrorReportDialog
from chibo_desktop.ui.dialogs.evaluation_import_dialog import run_evaluation_import
from chibo_desktop.ui.dialogs.import_wizard import ImportWizard
from chibo_desktop.ui.dialogs.message_box import ask_date, confirm, inform
from chibo_desktop.ui.dialogs.minutes_editor import MinutesEditor
from chibo_desktop.ui.dialogs.peers_dialog import PeersDialog, silent_after_days
from chibo_desktop.ui.dialogs.restore_dialog import RestoreDialog
from chibo_desktop.ui.dialogs.sign_in_dialog import ChangePasswordDialog, SignInDialog
from chibo_desktop.ui.dialogs.statistics_dialog import StatisticsDialog
from chibo_desktop.ui.dialogs.stick_backup_dialog import StickBackupDialog
from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog
from chibo_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog
from chibo_desktop.ui.dialogs.transfer_dialog import TransferDialog
from chibo_desktop.ui.dialogs.unit_dialog import UnitDialog
from chibo_desktop.ui.help_window import show_guide
from chibo_desktop.ui.idle_lock import IdleLock, idle_minutes
from chibo_desktop.ui.messages import (
    APP_TITLE,
    ROLES,
    describe_finding,
    describe_refusal,
    describe_undo,
    label,
    tr,
)
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.sync_texts import describe_sync_refusal, display_fingerprint
from chibo_desktop.ui.tabs.admissions_tab import AdmissionsTab
from chibo_desktop.ui.tabs.evaluation_tab import EvaluationTab
from chibo_desktop.ui.tabs.meetings_tab import MeetingsTab
from chibo_desktop.ui.tabs.residents_213_tab import Residents213Tab
from chibo_desktop.ui.tabs.roster_tab import RosterTab
from chibo_desktop.ui.tabs.transfers_tab import TransfersTab
from chibo_desktop.ui.widgets.drive_chooser import plugged_in_drives
from chibo_desktop.ui.widgets.todo_panel import TodoPanel
from chibo_desktop.ui.widgets.unit_tree import UnitTree

PREFERRED_SIZE = (1200, 760)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._runner = BackgroundRunner(self)
        site = workspace.site
        self.setWindowTitle(f"{tr(APP_TITLE)} — {site.name if site else ''}")
        fit_to_screen(self, *PREFERRED_SIZE)

        self.tree = UnitTree()
        self.roster = RosterTab(
            workspace.members,
            workspace.units,
            self.apply_changes,
            records=workspace.records,
            exports=workspace.roster_export,
            runner=self._runner,
            transfers=workspace.transfers,
        )
        self.roster.transfer_requested.connect(self.transfer_member)
        commune = workspace.site is not None and workspace.site.role is SiteRole.COMMUNE
        self.transfers = TransfersTab(
            workspace.transfers,
            workspace.members,
            workspace.units,
            self.apply_changes,
            write_package=self.write_transfer_package if commune else None,
        )
        self.admissions = AdmissionsTab(workspace.admissions, workspace.units, self.apply_changes)
        self.residents_213 = Residents213Tab(workspace.residents_213, self.apply_changes)
        # Made inside the window, the tabs not on screen read their data when first shown.
        self.meetings = MeetingsTab(
            workspace.meetings,
            workspace.units,
            self.apply_changes,
            members=workspace.members,
            parent=self,
        )
        self.meetings.open_minutes.connect(self.open_minutes)
        self.evaluation = EvaluationTab(
            workspace.evaluations,
            workspace.units,
            self.apply_changes,
            exports=workspace.classification_export,
            import_results=lambda parent, year: run_evaluation_import(parent, workspace, year),
            parent=self,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roster, self.tr("Members"))
        self.tabs.addTab(self.meetings, self.tr("Cell meetings"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation and classification"))
        self.tabs.addTab(self.transfers, self.tr("Transfers"))
        self.tabs.addTab(self.admissions, self.tr("Admissions"))
        self.tabs.addTab(self.residents_213, self.tr("213 list"))
        self.todo = TodoPanel(workspace.todo)
        self.todo.member_chosen.connect(self._open_member)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(self.todo)
        left.setSizes([430, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 950])
        self.restored_banner = self._restored_banner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.restored_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # The backup the clerk chose to restore: the program closes the database, puts the
        # backup in its place and opens it again (app.py).
        self.restore_requested: Path | None = None
        self.tree.unit_selected.connect(self._unit_selected)

        self._build_menus()
        self.site_label = QLabel()
        self.exchange_label = QLabel()
        self.statusBar().addPermanentWidget(self.exchange_label)
        self.statusBar().addPermanentWidget(self.site_label)
        self.statusBar().addPermanentWidget(self.account_label)
        self._show_site()
        self._reload_tree()
        self.todo.refresh()
        self._show_account()

    def _restored_banner(self) -> QFrame:
        """Shown after a restore until the office confirms the restored data: until then no
        routine backup is taken and none is deleted."""
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff3cd"))
        banner.setPalette(palette)
        self.restored_label = QLabel()
        self.restored_label.setWordWrap(True)
        self.confirm_restore_button = QPushButton(self.tr("&Confirm the restored data"))
        self.confirm_restore_button.clicked.connect(self.confirm_restore)
        row = QHBoxLayout(banner)
        row.addWidget(self.restored_label, 1)
        row.addWidget(self.confirm_restore_button)
        note = self._ws.backups.folder.restore_note()
        banner.setVisible(note is not None)
        if note is not None:
            self.restored_label.setText(
                self.tr(
                    "The data was restored from the backup of {date}. Check it (members, "
                    "meetings, evaluations), then press Confirm. Until then the program takes "
                    "no automatic backup and deletes none."
                ).format(date=when(note.source_taken_at))
            )
        return banner

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Import members from Excel…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_roster)
        self._editing_actions = [self.import_action]  # what a viewer may not do
        check = file_menu.addAction(self.tr("&Check the data"))
        check.triggered.connect(self.check_data)
        file_menu.addSeparator()
        back_up = file_menu.addAction(self.tr("&Back up now"))
        back_up.setShortcut(QKeySequence("Ctrl+B"))
        back_up.triggered.connect(self.back_up_now)
        restore = file_menu.addAction(self.tr("&Restore from a backup…"))
        restore.triggered.connect(self.restore_from_backup)
        to_stick = file_menu.addAction(self.tr("Back up to a USB &stick (with a password)…"))
        to_stick.triggered.connect(self.back_up_to_stick)
        settings = file_menu.addAction(self.tr("Backup se&ttings…"))
        settings.triggered.connect(self.backup_settings)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard key for it
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        self.redo_action.triggered.connect(self.redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find = edit_menu.addAction(self.tr("&Find a member"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.roster.search.setFocus())
        add_member = edit_menu.addAction(self.tr("&Add a member…"))
        add_member.setShortcut(QKeySequence.StandardKey.New)
        add_member.triggered.connect(lambda: self._on_roster(self.roster.add_member))
        self._editing_actions.append(add_member)

        units_menu = self.menuBar().addMenu(self.tr("&Organisation"))
        self.new_unit_action = units_menu.addAction(self.tr("&New unit under the selected one…"))
        self.new_unit_action.triggered.connect(self.new_unit)
        self.rename_unit_action = units_menu.addAction(self.tr("&Rename the selected unit…"))
        self.rename_unit_action.triggered.connect(self.rename_unit)
        self.dissolve_unit_action = units_menu.addAction(self.tr("&Dissolve the selected unit…"))
        self.dissolve_unit_action.triggered.connect(self.dissolve_unit)
        units_menu.addSeparator()
        self.show_dissolved_action = units_menu.addAction(self.tr("Show dissolved units"))
        self.show_dissolved_action.setCheckable(True)
        self.show_dissolved_action.toggled.connect(lambda _checked: self._reload_tree())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.new_unit_action, self.rename_unit_action, self.dissolve_unit_action):
            self.tree.addAction(action)

        self._build_exchange_menu()

        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.statistics_action = reports_menu.addAction(self.tr("&Statistics…"))
        self.statistics_action.setShortcut(QKeySequence("Ctrl+T"))  # Thống kê
        self.statistics_action.triggered.connect(self.show_statistics)
        reports_menu.addSeparator()
        for text, keys, kind in (
            (
                self.tr("&Print the member list (PDF)…"),
                QKeySequence.StandardKey.Print,
                ExportFormat.PDF,
            ),
            (
                self.tr("E&xport the member list to Excel…"),
                QKeySequence("Ctrl+E"),
                ExportFormat.XLSX,
            ),
        ):
            action = reports_menu.addAction(text)
            action.setShortcut(keys)
            action.triggered.connect(
                lambda _=False, kind=kind: self._on_roster(lambda: self.roster.export_shown(kind))
            )

        self._build_account_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = help_menu.addAction(self.tr("&User guide"))
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: show_guide(self))
        about = help_menu.addAction(self.tr("&About Chi bộ Desktop"))
        about.triggered.connect(self.about)
        report = help_menu.addAction(self.tr("Save an &error report…"))
        report.triggered.connect(self.save_error_report)
        help_menu.addSeparator()
        self.language_menu = help_menu.addMenu(self.tr("&Language (Ngôn ngữ)"))
        choices = QActionGroup(self)
        current = i18n.chosen_language()
        for lang, name in i18n.LANGUAGES.items():
            choice = self.language_menu.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(lang == current)
            choice.setActionGroup(choices)
            choice.triggered.connect(lambda _=False, lang=lang: self.choose_language(lang))
        self._update_undo_actions()

    def _build_exchange_menu(self) -> None:
        """Trao đổi dữ liệu: packages on a USB stick between a commune and its upper level."""
        site = self._ws.site
        menu = self.menuBar().addMenu(self.tr("&Data exchange"))
        if site is not None and site.role is SiteRole.COMMUNE:
            send = menu.addAction(self.tr("&Send data to the upper level…"))
            self._editing_actions.append(send)
            send.setShortcut(QKeySequence("Ctrl+Shift+S"))
            send.triggered.connect(self.send_data)
        receive = menu.addAction(self.tr("&Receive data…"))
        receive.setShortcut(QKeySequence("Ctrl+Shift+R"))
        receive.triggered.connect(self.receive_data)
        self._editing_actions.append(receive)
        if site is not None and site.role is SiteRole.UPPER:
            down = menu.addAction(self.tr("Send &decisions down to a commune…"))
            down.setShortcut(QKeySequence("Ctrl+Shift+D"))
            down.triggered.connect(self.send_decisions)
            self._editing_actions.append(down)
        menu.addSeparator()
        if site is not None and site.role is SiteRole.COMMUNE:
            # The upper level's file, or another commune's (to send it a member's transfer).
            enrol = menu.addAction(self.tr("Install an &enrolment file…"))
            enrol.triggered.connect(self.install_enrolment)
            self._editing_actions.append(enrol)
        enrolment = menu.addAction(self.tr("&Write this office's enrolment file…"))
        enrolment.triggered.connect(self.write_enrolment)
        fingerprint = menu.addAction(self.tr("This office's key &fingerprint"))
        fingerprint.triggered.connect(self.show_fingerprint)
        menu.addSeparator()
        peers = menu.addAction(self.tr("&Offices exchanging data…"))
        peers.triggered.connect(self.show_peers)
        conflicts = menu.addAction(self.tr("&Conflicts waiting for a decision…"))
        conflicts.triggered.connect(self.show_conflicts)

    def _build_account_menu(self) -> None:
        """Tài khoản: who is signed in, locking the window, one's password, the accounts."""
        menu = self.menuBar().addMenu(self.tr("&Account"))
        self.lock_action = menu.addAction(self.tr("&Lock the window"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_window)
        self.switch_action = menu.addAction(self.tr("Sign in as &someone else…"))
        self.switch_action.triggered.connect(self.sign_in_again)
        self.password_action = menu.addAction(self.tr("Change my &password…"))
        self.password_action.triggered.connect(self.change_password)
        menu.addSeparator()
        self.audit_action = menu.addAction(self.tr("C&hange log…"))
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.audit_action.triggered.connect(self.show_audit)
        self.accounts_action = menu.addAction(self.tr("&Accounts…"))
        self.accounts_action.triggered.connect(self.manage_accounts)
        self.account_label = QLabel()
        self.idle_lock: IdleLock | None = None

    def _show_account(self) -> None:
        """The status bar says who is signed in; the menus offer what their role may do."""
        account = self._ws.accounts.signed_in
        guarded = self._ws.accounts.any_exist()
        if account is not None:
            self.account_label.setText(
                self.tr("Signed in: {name} ({role})").format(
                    name=account.full_name, role=label(ROLES, account.role).lower()
                )
            )
        self.account_label.setVisible(account is not None)
        for action in (self.lock_action, self.switch_action, self.password_action):
            action.setEnabled(account is not None)
        self.accounts_action.setEnabled(self._ws.access.may(Permission.ADMINISTER))
        for action in self._editing_actions:
            action.setEnabled(self._may_edit())
        self._unit_selected(self.tree.current_unit())
        self._update_undo_actions()
        if guarded and account is not None and self.idle_lock is None:
            self.idle_lock = IdleLock(self._ws.accounts, self, idle_minutes())
            self.idle_lock.unlocked.connect(self._signed_in_again)

    def lock_window(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def sign_in_again(self) -> None:
        before = self._ws.accounts.signed_in
        if SignInDialog(self._ws.accounts, self).exec():
            self._signed_in_again(before)

    def _signed_in_again(self, before: object = None) -> None:
        """After the lock or a change of person: another person does not undo the previous
        one's work, and the menus follow the new role."""
        if before is not None and before != self._ws.accounts.signed_in:
            self._ws.undo.clear()
        self._show_account()

    def change_password(self) -> None:
        if ChangePasswordDialog(self._ws.accounts, self).exec():
            self.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    def show_audit(self) -> None:
        names = {peer.site_id: peer.name for peer in self._ws.sync.peers()}
        site = self._ws.site
        if site is not None:
            names[site.id] = site.name
        AuditDialog(self._ws.audit, names, self).exec()

    def manage_accounts(self) -> None:
        dialog = AccountsDialog(self._ws.accounts, self)
        if self.idle_lock is not None:
            dialog.idle_changed.connect(self.idle_lock.set_minutes)
        dialog.exec()
        self._show_account()

    def _update_undo_actions(self) -> None:
        undo, redo = self._ws.undo.undo_label, self._ws.undo.redo_label
        self.undo_action.setEnabled(undo is not None and self._may_edit())
        self.undo_action.setText(
            self.tr("&Undo: {action}").format(action=describe_undo(undo))
            if undo
            else self.tr("&Undo")
        )
        self.redo_action.setEnabled(redo is not None and self._may_edit())
        self.redo_action.setText(
            self.tr("&Redo: {action}").format(action=describe_undo(redo))
            if redo
            else self.tr("&Redo")
        )

    # -- refreshing --------------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Every action ends here: refresh what it touched, and the undo menu."""
        if changes.unit_ids or changes.site:
            self._reload_tree()
        self.roster.apply_changes(changes)
        self.meetings.apply_changes(changes)
        self.evaluation.apply_changes(changes)
        if not changes.empty:
            # Transfers, candidates and the 213 list are short lists: re-read them whole.
            self.transfers.refresh()
            self.admissions.refresh()
            self.residents_213.refresh()
            self.todo.refresh()
        self._update_undo_actions()

    def _reload_tree(self) -> None:
        current = self.tree.current_unit()
        self.tree.set_units(
            self._ws.units.all(),
            self.show_dissolved_action.isChecked(),
            keep=current.id if current else None,
        )

    def _unit_selected(self, unit: Unit | None) -> None:
        self.roster.show_unit(unit)
        self.meetings.show_unit(unit)
        self.evaluation.show_unit(unit)
        self.admissions.show_unit(unit)
        self.residents_213.show_unit(unit)
        selected = unit is not None and self._may_edit()
        self.new_unit_action.setEnabled(selected and not unit.is_cell)  # type: ignore[union-attr]
        self.rename_unit_action.setEnabled(selected)
        self.dissolve_unit_action.setEnabled(selected and unit.parent_id is not None)  # type: ignore[union-attr]

    def _may_edit(self) -> bool:
        return self._ws.access.may(Permission.EDIT)

    def _show_site(self) -> None:
        site = self._ws.site
        if site is None:
            return
        role = (
            self.tr("commune office")
            if site.role is SiteRole.COMMUNE
            else self.tr("upper-level office")
        )
        self.site_label.setText(f"{site.name} ({role})")
        self.exchange_label.setText(self._exchange_state())

    def _exchange_state(self) -> str:
        """The status bar's word on the USB handoff: when the upper level last confirmed our
        data; at the upper level, the communes that have sent nothing for a while."""
        site = self._ws.site
        if site is None:
            return ""
        if site.role is SiteRole.COMMUNE:
            upper = self._ws.sync.upper()
            if upper is None:
                return self.tr("Not yet enrolled with the upper level")
            if upper.last_receipt_at is None:
                return self.tr("No data confirmed by the upper level yet")
            return self.tr("Last accepted by the upper level on {date}").format(
                date=format_date(upper.last_receipt_at.date())
            )
        communes = [p for p in self._ws.sync.peers() if p.role is SiteRole.COMMUNE]
        days = silent_after_days()
        silent = self._ws.sync.silent_peers(days)
        if not communes:
            return self.tr("No commune has sent data yet")
        if silent:
            return self.tr("{silent} of {count} communes sent nothing for {days} days").format(
                silent=len(silent), count=len(communes), days=days
            )
        return self.tr("Data received from {count} communes").format(count=len(communes))

    # -- actions -----------------------------------------------------------------------------------
    def undo(self) -> None:
        if self._ws.undo.undo_label is None:
            return
        try:
            self.apply_changes(self._ws.undo.undo())
        except Exception as error:  # a refused undo leaves the data and the stack as they were
            show_error(self, error)
            self._update_undo_actions()

    def redo(self) -> None:
        if self._ws.undo.redo_label is None:
            return
        try:
            self.apply_changes(self._ws.undo.redo())
        except Exception as error:
            show_error(self, error)
            self._update_undo_actions()

    def new_unit(self) -> None:
        parent = self.tree.current_unit()
        if parent is None or parent.is_cell:
            return
        dialog = UnitDialog(self._ws.units, parent, self)
        if dialog.exec():
            self.apply_changes(dialog.changes)

    def rename_unit(self) -> None:
        unit = self.tree.current_unit()
        if unit is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename unit"),
            self.tr("New name for {name}:").format(name=unit.name),
            text=unit.name,
        )
        if not ok or name.strip() == unit.name:
            return
        try:
            self.apply_changes(self._ws.units.rename(unit.id, name))
        except Exception as error:
            show_error(self, error)

    def dissolve_unit(self) -> None:
        """Dissolve a unit; a cell that still has members first moves them to a chosen cell."""
        unit = self.tree.current_unit()
        if unit is None or unit.parent_id is None:
            return
        title = self.tr("Dissolve unit")
        target = None
        if unit.is_cell and self._ws.units.member_count(unit.id):
            others = [
                u
                for u in self._ws.units.all()
                if u.is_cell and u.dissolved_on is None and u.id != unit.id
            ]
            names = [u.name for u in others]
            chosen, ok = QInputDialog.getItem(
                self,
                title,
                self.tr("{name} still has members. Move them all to:").format(name=unit.name),
                names,
                0,
                False,
            )
            if not ok or not names:
                return
            target = others[names.index(chosen)]
        on = ask_date(self, title, self.tr("Date of the dissolution decision (dd/mm/yyyy):"))
        if on is None:
            return
        question = self.tr(
            "Dissolve {name}? It stays in the records (and in past reports) as dissolved. "
            "You can undo it (Ctrl+Z)."
        ).format(name=unit.name)
        if target is not None:
            question += "\n\n" + self.tr(
                "Every member moves to {target}; each move is kept in the member's history."
            ).format(target=target.name)
        if not confirm(self, title, question, self.tr("Dissolve")):
            return
        try:
            if target is None:
                changes = self._ws.units.dissolve(unit.id, on)
            else:
                changes = self._ws.transfers.dissolve_into(unit.id, target.id, on)
        except Exception as error:
            show_error(self, error)
            return
        self.apply_changes(changes)
        if target is not None:
            self._warn_if_too_small(title, target.name)

    def transfer_member(self, member: Member) -> None:
        cells = [u for u in self._ws.units.all() if u.is_cell]
        dialog = TransferDialog(self._ws.transfers, cells, member, parent=self)
        if dialog.exec():
            self.apply_changes(dialog.changes)
            left = next((u.name for u in cells if u.id == member.unit_id), "")
            self._warn_if_too_small(dialog.windowTitle(), left)

    def _warn_if_too_small(self, title: str, cell_name: str) -> None:
        """Điều lệ art. 24: a cell needs at least three official members."""
        for name, count in self._ws.transfers.cells_below_minimum():
            if name == cell_name:
                text = self.tr("{cell} has only {count} official members (at least 3 needed).")
                inform(self, title, text.format(cell=name, count=count), warning=True)

    def open_minutes(self, meeting_id: UUID) -> None:
        """The minutes editor, modal: it saves as the user types, and the tab shows the new
        state once it closes."""
        try:
            editor = MinutesEditor(
                self._ws.meetings, self._ws.minutes_print, meeting_id, self.apply_changes, self
            )
        except Exception as error:
            show_error(self, error)
            return
        editor.exec()
        self.apply_changes(Changes(meetings=True))

    def _open_member(self, member_id: UUID) -> None:
        self.tabs.setCurrentWidget(self.roster)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))  # the member may be in any cell
        self.roster.open_member(member_id)

    def import_roster(self) -> None:
        wizard = ImportWizard(self._ws.roster_import, self._ws.units, self)
        wizard.imported.connect(self.apply_changes)  # the roster and the undo menu show it at once
        wizard.exec()

    def check_data(self) -> None:
        def done(findings: list) -> None:
            if findings:
                text = "\n".join("• " + describe_finding(f) for f in findings)
                inform(self, self.tr("Check the data"), text, warning=True)
            else:
                inform(self, self.tr("Check the data"), self.tr("No problems found."))

        self._runner.run(
            self.tr("Checking the data…"), lambda _progress, _cancel: self._ws.checks.run(), done
        )

    # -- backups -----------------------------------------------------------------------------------
    def back_up_daily(self) -> None:
        """The day's backup on the worker, once the window shows (none if one was taken today,
        or while a restore waits for confirmation)."""

        def done(backup: Backup | None) -> None:
            if backup is not None:
                self.statusBar().showMessage(
                    self.tr("Daily backup taken at {time}.").format(
                        time=f"{backup.taken_at:%H:%M}"
                    ),
                    10_000,
                )

        self._runner.run(
            self.tr("Backing up the data…"),
            lambda _progress, _cancel: self._ws.backups.daily(),
            done,
            self._backup_failed,
        )

    def back_up_now(self) -> None:
        def done(backup: Backup) -> None:
            inform(
                self,
                self.tr("Back up now"),
                self.tr("The data was backed up and checked: {file} in {folder}.").format(
                    file=backup.path.name, folder=backup.path.parent
                ),
            )

        self._runner.run(
            self.tr("Backing up the data…"),
            lambda _progress, _cancel: self._ws.backups.take(),
            done,
            self._backup_failed,
        )

    def _backup_failed(self, error: BaseException) -> None:
        inform(self, self.tr("Back up now"), describe_backup_error(error), warning=True)

    def restore_from_backup(self) -> None:
        try:
            self._ws.backups.check_may_restore()
        except OperationRefused as refused:
            inform(self, self.tr("Restore from a backup"), describe_refusal(refused), warning=True)
            return
        dialog = RestoreDialog(self._ws.backups.folder, self._runner, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested = dialog.chosen.path
            self.close()

    def back_up_to_stick(self) -> None:
        dialog = StickBackupDialog(
            self._ws.backups, self._runner, lambda: plugged_in_drives(self._ws.path), self
        )
        dialog.exec()

    def backup_settings(self) -> None:
        BackupSettingsDialog(self._ws.backups, self).exec()

    def confirm_restore(self) -> None:
        try:
            self._ws.backups.confirm_restore()
        except OperationRefused as refused:
            show_error(self, refused)
            return
        self.restored_banner.hide()

    def show_statistics(self) -> None:
        """The statistics forms for the unit chosen in the tree (the whole tree if none)."""
        dialog = StatisticsDialog(self._ws.statistics, self.tree.current_unit(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def send_data(self) -> None:
        dialog = SyncExportDialog(
            self._ws.sync,
            self._runner,
            lambda: plugged_in_drives(self._ws.path),
            self,
        )
        dialog.exported.connect(lambda _result: self._show_site())
        dialog.exec()

    def send_decisions(self) -> None:
        """At the upper level: its decisions on a commune's levels, for that commune."""
        dialog = SyncExportDialog(
            self._ws.sync,
            self._runner,
            lambda: plugged_in_drives(self._ws.path),
            self,
            decisions=True,
        )
        dialog.exec()

    def write_transfer_package(self, transfer: Transfer) -> None:
        """A member's official transfer out: their record for the commune they move to."""
        dialog = SyncExportDialog(
            self._ws.sync,
            self._runner,
            lambda: plugged_in_drives(self._ws.path),
            self,
            transfer=transfer,
        )
        dialog.exec()

    def receive_data(self) -> None:
        dialog = SyncImportDialog(self._ws.sync, self._runner, self)
        dialog.imported.connect(self._after_import)
        dialog.exec()

    def _after_import(self) -> None:
        """Packages may touch any unit, member, meeting or evaluation: show them all again."""
        units = frozenset(u.id for u in self._ws.units.all())
        everything = Changes(
            unit_ids=units, site=True, register=True, meetings=True, evaluations=True
        )
        self.apply_changes(everything)
        self.roster.model.reload()
        self._show_site()

    def install_enrolment(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The enrolment file of the upper level or of another commune"),
            "",
            self.tr("Enrolment files (*{suffix})").format(suffix=ENROLMENT_SUFFIX),
        )
        if not chosen:
            return
        try:
            peer = self._ws.sync.enrol(Path(chosen))
        except OperationRefused as refused:
            text = describe_sync_refusal(
                refused.code, **{"file": Path(chosen).name, **refused.params}
            )
            inform(self, self.tr("Enrolment"), text, warning=True)
            return
        active = next(
            k for k in self._ws.sync.peer_keys(peer.site_id) if k.state is KeyState.ACTIVE
        )
        inform(
            self,
            self.tr("Enrolment"),
            self.tr(
                "The key of {site} is installed. Its fingerprint is\n\n{fingerprint}\n\n"
                "Compare it with the one {site} printed or read out to you before sending data."
            ).format(site=peer.name, fingerprint=display_fingerprint(active)),
        )
        self._show_site()

    def write_enrolment(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this office's enrolment file"),
            f"dang-ky{ENROLMENT_SUFFIX}",
            self.tr("Enrolment files (*{suffix})").format(suffix=ENROLMENT_SUFFIX),
        )
        if not chosen:
            return
        try:
            self._ws.sync.write_enrolment(Path(chosen))
        except OperationRefused as refused:
            text = describe_sync_refusal(
                refused.code, **{"file": Path(chosen).name, **refused.params}
            )
            inform(self, self.tr("Enrolment"), text, warning=True)
            return
        inform(
            self,
            self.tr("Enrolment"),
            self.tr(
                "The enrolment file was written to {path}. Give it to the communes, and print "
                "this office's key fingerprint for them to compare:\n\n{fingerprint}"
            ).format(path=chosen, fingerprint=self._ws.sync.fingerprint()),
        )

    def show_conflicts(self) -> None:
        dialog = ConflictInboxDialog(self._ws.sync, self, name_of=names_in(self._ws))
        dialog.decided.connect(self._after_import)
        dialog.exec()

    def show_peers(self) -> None:
        dialog = PeersDialog(self._ws.sync, self)
        dialog.changed.connect(self._show_site)
        dialog.exec()

    def show_fingerprint(self) -> None:
        inform(
            self,
            self.tr("This office's key fingerprint"),
            self.tr(
                "This office's key fingerprint is\n\n{fingerprint}\n\nThe offices you exchange "
                "data with compare it with the one their program shows before they accept your "
                "first package."
            ).format(fingerprint=self._ws.sync.fingerprint()),
        )

    def _on_roster(self, act: Callable[[], None]) -> None:
        """A member action from the menus: on the members tab, so its list is what it acts on."""
        self.tabs.setCurrentWidget(self.roster)
        act()

    def about(self) -> None:
        inform(
            self,
            self.tr("About Chi bộ Desktop"),
            self.tr(
                "Chi bộ Desktop {version}\n\nThe member roster, cell meetings and annual "
                "classification of a commune Party committee, fully offline.\n\nDatabase: {path}"
            ).format(version=__version__, path=self._ws.path),
        )

    def choose_language(self, lang: str) -> None:
        """Shown in ``lang`` from the next start: the open windows are built in the language
        they started with."""
        if lang == i18n.chosen_language():
            return
        i18n.choose_language(lang)
        inform(
            self,
            self.tr("Language"),
            self.tr(
                "The program will show in {language} the next time it starts. Close it and "
                "open it again to change now."
            ).format(language=i18n.LANGUAGES[lang]),
        )

    def save_error_report(self) -> None:
        dialog = ErrorReportDialog(
            self._ws.error_report, self._runner, lambda: plugged_in_drives(self._ws.path), self
        )
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.wait()
        super().closeEvent(event)
