"""Thống kê: the statistics forms for the unit chosen in the tree (and the units below it).

Three tabs: Biểu 1 for a period, Biểu 3 on a date, the yearly admission rate. The figures are
computed on the worker thread (a province takes a few seconds) and shown as tables.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Unit
from chibo_desktop.domain.statistics import AdmissionBase, AdmissionRate, IncreaseDecrease, Profile
from chibo_desktop.reports.statistics_sheet import FigureLine, FigureSheet
from chibo_desktop.services.statistics import StatisticsService
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.statistics_table_models import (
    AdmissionRateTableModel,
    FigureTableModel,
    IncreaseDecreaseTableModel,
    ProfileTableModel,
)
from chibo_desktop.ui.widgets.date_field import DateField

EARLIEST_YEAR = 1930  # the Party's founding
NAMES_SHOWN = 10  # members named in the warning; the rest are counted


class StatisticsDialog(QDialog):
    def __init__(
        self,
        statistics: StatisticsService,
        unit: Unit | None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._statistics = statistics
        self._unit_id = unit.id if unit else None
        self._runner = BackgroundRunner(self)
        self._today = today
        now = today()
        self.setWindowTitle(self.tr("Statistics"))
        fit_to_screen(self, 760, 680)

        self.scope = QLabel(
            self.tr("{unit} and the units below it").format(unit=unit.name)
            if unit
            else self.tr("The whole organisation")
        )
        font = self.scope.font()
        font.setBold(True)
        self.scope.setFont(font)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._increase_decrease_tab(now), self.tr("Increase and decrease"))
        self.tabs.addTab(self._profile_tab(now), self.tr("Profile of the members"))
        self.tabs.addTab(self._admission_rate_tab(now), self.tr("Admission rate"))

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export_excel)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.compute_increase_decrease()
        self.compute_profile()
        self.compute_admission_rate()

    # -- the tabs ----------------------------------------------------------------------------------
    def _increase_decrease_tab(self, now: date) -> QWidget:
        self.period_from = DateField()
        self.period_from.set_value(date(now.year, 1, 1))
        self.period_to = DateField()
        self.period_to.set_value(date(now.year, 12, 31))
        compute = QPushButton(self.tr("&Compute"))
        compute.clicked.connect(self.compute_increase_decrease)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.period_from)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.period_to)
        row = QHBoxLayout()
        row.addWidget(from_label)
        row.addWidget(self.period_from)
        row.addWidget(to_label)
        row.addWidget(self.period_to)
        row.addWidget(compute)
        row.addStretch(1)
        self.increase_decrease = IncreaseDecreaseTableModel(self)
        self.unexplained = QLabel()
        self.unexplained.setWordWrap(True)
        self.unexplained.setStyleSheet("color: #b00020;")
        self.unexplained.hide()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self._table(self.increase_decrease, with_share=False), 1)
        layout.addWidget(self.unexplained)
        return page

    def _profile_tab(self, now: date) -> QWidget:
        self.profile_on = DateField()
        self.profile_on.set_value(now)
        compute = QPushButton(self.tr("&Compute"))
        compute.clicked.connect(self.compute_profile)
        row = QHBoxLayout()
        on_label = QLabel(self.tr("On the &date"))
        on_label.setBuddy(self.profile_on)
        row.addWidget(on_label)
        row.addWidget(self.profile_on)
        row.addWidget(compute)
        row.addStretch(1)
        self.profile = ProfileTableModel(self)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self._table(self.profile, with_share=True), 1)
        return page

    def _admission_rate_tab(self, now: date) -> QWidget:
        self.rate_year = QSpinBox()
        self.rate_year.setRange(EARLIEST_YEAR, now.year)
        self.rate_year.setValue(now.year)
        self.rate_base = QComboBox()
        self.rate_base.addItem(
            self.tr("31 December of the previous year"), AdmissionBase.PREVIOUS_YEAR_END
        )
        self.rate_base.addItem(self.tr("1 January of the year"), AdmissionBase.YEAR_START)
        compute = QPushButton(self.tr("&Compute"))
        compute.clicked.connect(self.compute_admission_rate)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Year"), self.rate_year)
        form.addRow(self.tr("Compared with the members &on"), self.rate_base)
        form.addRow("", compute)
        self.admission_rate = AdmissionRateTableModel(self)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self._table(self.admission_rate, with_share=False), 1)
        return page

    def _table(self, model: FigureTableModel, with_share: bool) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(model.LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (model.VALUE, model.SHARE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnHidden(model.SHARE, not with_share)
        return view

    # -- computing ---------------------------------------------------------------------------------
    def compute_increase_decrease(self) -> None:
        period = self._period()
        if period is None:
            return
        start, end = period
        unit_id = self._unit_id
        self._run(
            lambda: self._statistics.increase_decrease(unit_id, start, end),
            self._show_increase_decrease,
        )

    def compute_profile(self) -> None:
        on = self._date(self.profile_on)
        if on is None:
            return
        unit_id = self._unit_id
        self._run(lambda: self._statistics.profile(unit_id, on), self._show_profile)

    def compute_admission_rate(self) -> None:
        unit_id, year = self._unit_id, self.rate_year.value()
        base = AdmissionBase(self.rate_base.currentData())
        self._run(
            lambda: self._statistics.admission_rate(unit_id, year, base),
            self._show_admission_rate,
        )

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._runner.run(self.tr("Computing the statistics…"), lambda _p, _c: work(), done)

    def _show_increase_decrease(self, figures: IncreaseDecrease) -> None:
        self.increase_decrease.set_figures(figures)
        sentences = []
        if figures.expected_end != figures.end_of_period:
            sentences.append(
                self.tr(
                    "The figures do not add up: start + increase − decrease = {expected}, but "
                    "{actual} members are on the roll at the end."
                ).format(
                    expected=QLocale().toString(figures.expected_end),
                    actual=QLocale().toString(figures.end_of_period),
                )
            )
        if figures.unexplained:
            names = ", ".join(m.full_name for m in figures.unexplained[:NAMES_SHOWN])
            hidden = len(figures.unexplained) - NAMES_SHOWN
            if hidden > 0:
                names = self.tr("{names} and {count} more").format(names=names, count=hidden)
            sentences.append(
                self.tr(
                    "The recorded history of these members does not explain their presence on "
                    "the roll; check their status changes and transfers: {names}."
                ).format(names=names)
            )
        self.unexplained.setText(" ".join(sentences))
        self.unexplained.setVisible(bool(sentences))

    def _show_profile(self, profile: Profile) -> None:
        self.profile.set_profile(profile)

    def _show_admission_rate(self, rate: AdmissionRate) -> None:
        self.admission_rate.set_rate(rate)

    # -- Excel ------------------------------------------------------------------------------------
    def export_excel(self) -> None:
        sheets = self.sheets()
        if not sheets:
            return
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        today = format_date(self._today()).replace("/", "-")
        suggested = folder / f"{self.windowTitle()} {today}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")  # unit names may contain dots
        try:
            self._statistics.save_workbook(path, sheets)
        except Exception as error:  # a locked or unwritable file: say so, keep the dialog
            show_error(self, error)
            return
        inform(
            self,
            self.windowTitle(),
            self.tr("The figures were saved to:\n{path}").format(path=path),
        )

    def sheets(self) -> list[FigureSheet]:
        """The forms computed so far, worded as on screen."""
        sheets = []
        forms = (self.increase_decrease, self.profile, self.admission_rate)
        for index, model in enumerate(forms):
            if not model.rowCount():
                continue
            with_share = model is self.profile
            shown = [model.LABEL, model.VALUE, *([model.SHARE] if with_share else [])]
            columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in shown]
            lines = [
                FigureLine(
                    row.label,
                    (row.value, row.share) if with_share else (row.value,),
                    row.level,
                    row.heading,
                    row.warning,
                )
                for row in model.rows()
            ]
            heading = [self.scope.text(), self.tabs.tabText(index)]
            if model is self.increase_decrease and not self.unexplained.isHidden():
                heading.append(self.unexplained.text())
            sheets.append(FigureSheet(self.tabs.tabText(index), heading, columns, lines))
        return sheets

    # -- reading the dates -------------------------------------------------------------------------
    def _date(self, field: DateField) -> date | None:
        """The date typed, or None after telling the user what is wrong with it."""
        try:
            value = field.value()
        except ValueError:
            value = None
        if value is None:
            inform(
                self,
                self.windowTitle(),
                self.tr("“{text}” is not a date; write it as dd/mm/yyyy.").format(
                    text=field.text()
                ),
                warning=True,
            )
            field.setFocus()
        return value

    def _period(self) -> tuple[date, date] | None:
        start = self._date(self.period_from)
        end = self._date(self.period_to) if start else None
        if start is None or end is None:
            return None
        if end < start:
            inform(
                self,
                self.windowTitle(),
                self.tr("The period ends before it starts; please check the dates."),
                warning=True,
            )
            self.period_to.setFocus()
            return None
        return start, end

    def done(self, result: int) -> None:
        # A count still running would report back to a deleted dialog: let it finish, and let
        # its result arrive, before the dialog closes.
        self._runner.wait()
        QCoreApplication.processEvents()
        super().done(result)
