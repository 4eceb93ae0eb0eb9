"""Choosing where to write a file for a USB stick: the sticks plugged in, with their free space,
so that nobody has to find a drive letter; a button to look again; any other folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Destination:
    """A place a file can be written to: a plugged-in stick, or a folder."""

    folder: Path
    name: str  # as the system shows it, e.g. "KINGSTON"
    free_bytes: int


def plugged_in_drives(database: Path) -> list[Destination]:
    """The writable volumes other than the system's own and the one holding the database."""
    system = QStorageInfo.root().rootPath()
    here = QStorageInfo(str(database.parent)).rootPath()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if root in (system, here) or root.startswith(("/proc", "/sys", "/dev", "/run", "/snap")):
            continue
        found.append(Destination(Path(root), volume.displayName(), volume.bytesAvailable()))
    return found


def _size(free: int) -> str:
    """Free space in the user's number format ("3,2 GB" in Vietnamese)."""
    locale = QLocale()
    if free >= 1e9:
        return f"{locale.toString(free / 1e9, 'f', 1)} GB"
    return f"{locale.toString(free / 1e6, 'f', 0)} MB"


class DriveChooser(QWidget):
    changed = Signal()  # another place chosen (or none)

    def __init__(
        self,
        destinations: Callable[[], list[Destination]],
        ready: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``ready`` False: there is nothing to write yet, so nothing is listed or chosen."""
        super().__init__(parent)
        self._destinations = destinations
        self._ready = ready
        self.drives = QListWidget()
        self.drives.setMinimumHeight(110)
        self.no_drive = QLabel(
            self.tr("No USB stick is plugged in. Plug one in, or choose a folder.")
        )
        self.no_drive.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Look again for sticks"))
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button = QPushButton(self.tr("Choose another &folder…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.drives.itemSelectionChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drives)
        layout.addWidget(self.no_drive)
        layout.addWidget(self.refresh_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.folder_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.setEnabled(ready)
        self.refresh()

    def current(self) -> Destination | None:
        item = self.drives.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        self.drives.clear()
        for destination in self._destinations() if self._ready else []:
            self._add(destination)
        if self.drives.count():
            self.drives.setCurrentRow(0)
        self.no_drive.setVisible(self._ready and self.drives.count() == 0)
        self.changed.emit()

    def add_folder(self, folder: Path) -> None:
        """A folder chosen by hand, selected."""
        info = QStorageInfo(str(folder))
        self._add(Destination(folder, folder.name or str(folder), info.bytesAvailable()))
        self.drives.setCurrentRow(self.drives.count() - 1)
        self.no_drive.setVisible(False)

    def _add(self, destination: Destination) -> None:
        text = self.tr("{name} ({folder}) — {free} free").format(
            folder=destination.folder, name=destination.name, free=_size(destination.free_bytes)
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, destination)
        self.drives.addItem(item)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder"))
        if chosen:
            self.add_folder(Path(chosen))
