"""First run: set up this office (its name, place, role, the commune and its cells), or open the
program with demo data to look around."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.enums import CellKind, SiteRole
from chibo_desktop.domain.progress import Cancelled
from chibo_desktop.services.demo import DemoService, DemoSettings
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.setup import CellDraft, SetupService
from chibo_desktop.ui.messages import CELL_KINDS, describe_error, label
from chibo_desktop.ui.operations import BackgroundRunner, show_error

DEMO_SETTINGS = DemoSettings(members=2000, cells=20, years=2, seed=1)
_STARTING_ROWS = 3


class FirstRunDialog(QDialog):
    def __init__(self, setup: SetupService, demo: DemoService, parent: QWidget | None = None):
        super().__init__(parent)
        self._setup = setup
        self._demo = demo
        self._runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Chi bộ Desktop — first set-up"))
        self.setMinimumWidth(640)

        intro = QLabel(
            self.tr(
                "Welcome. Enter your office and its Party organisation once; everything can be "
                "changed later. To look around first, open the program with demo data."
            )
        )
        intro.setWordWrap(True)

        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("e.g. Văn phòng Đảng ủy xã Tân Lập"))
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("e.g. Tân Lập (printed as “Tân Lập, ngày …”)"))
        self.commune_role = QRadioButton(self.tr("Commune or ward Party committee"))
        self.upper_role = QRadioButton(self.tr("Upper-level office (province)"))
        self.commune_role.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.commune_role)
        roles.addButton(self.upper_role)
        self.root_name = QLineEdit()
        self.root_name.setPlaceholderText(self.tr("e.g. Đảng bộ xã Tân Lập"))
        role_row = QHBoxLayout()
        role_row.addWidget(self.commune_role)
        role_row.addWidget(self.upper_role)
        role_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Office name *"), self.office_name)
        form.addRow(self.tr("&Place name *"), self.place_name)
        role_label = QLabel(self.tr("&Role"))
        role_label.setBuddy(self.commune_role)  # then the arrow keys choose between the two
        form.addRow(role_label, role_row)
        form.addRow(self.tr("Party &organisation *"), self.root_name)

        self.cells_box = QGroupBox(self.tr("Cells of the commune (you can add more later)"))
        self.cells = QTableWidget(0, 2)
        self.cells.setHorizontalHeaderLabels([self.tr("Cell name"), self.tr("Type")])
        self.cells.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cells.verticalHeader().setDefaultSectionSize(28)
        for _ in range(_STARTING_ROWS):
            self._add_cell_row()
        add_row = QPushButton(self.tr("Add a &row"))
        add_row.clicked.connect(self._add_cell_row)
        cells_layout = QVBoxLayout(self.cells_box)
        cells_layout.addWidget(self.cells)
        cells_layout.addWidget(add_row, 0, Qt.AlignmentFlag.AlignLeft)
        self.upper_role.toggled.connect(lambda upper: self.cells_box.setEnabled(not upper))

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.hide()

        self.demo_button = QPushButton(self.tr("Open with &demo data"))
        self.demo_button.clicked.connect(self._open_demo)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        cancel = QPushButton(self.tr("Quit"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.cells_box, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def _add_cell_row(self) -> None:
        row = self.cells.rowCount()
        self.cells.insertRow(row)
        kinds = QComboBox()
        for kind in CellKind:
            kinds.addItem(label(CELL_KINDS, kind), kind.value)
        self.cells.setCellWidget(row, 1, kinds)

    def cell_drafts(self) -> list[CellDraft]:
        drafts = []
        for row in range(self.cells.rowCount()):
            item = self.cells.item(row, 0)
            name = item.text().strip() if item else ""
            if name:
                kind = self.cells.cellWidget(row, 1).currentData()  # type: ignore[union-attr]
                drafts.append(CellDraft(name, CellKind(kind)))
        return drafts

    def _start(self) -> None:
        upper = self.upper_role.isChecked()
        try:
            self._setup.initialize(
                office_name=self.office_name.text(),
                place_name=self.place_name.text(),
                role=SiteRole.UPPER if upper else SiteRole.COMMUNE,
                root_name=self.root_name.text(),
                cells=[] if upper else self.cell_drafts(),
            )
        except (ValidationFailed, OperationRefused) as error:
            self.problems.setText(describe_error(error))
            self.problems.show()
            return
        self.accept()

    def _open_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.start_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.start_button.setEnabled(True)
            if not isinstance(error, Cancelled):
                show_error(self, error)

        self._runner.run(
            self.tr("Creating demo data…"),
            lambda progress, cancel: self._demo.generate(DEMO_SETTINGS, progress, cancel),
            lambda _summary: self.accept(),
            failed,
        )
