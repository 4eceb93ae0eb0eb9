"""Where things live. The one module that knows source vs frozen (PyInstaller) and per-user folders.

Nothing is ever written beside the executable: user data goes to the per-user data folder, or to
``$CHIBO_HOME`` when that is set (tests and development use it to keep real data out of reach).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

import platformdirs

APP_NAME = "ChiboDesktop"
DATABASE_FILE_NAME = "chibo.sqlite"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_file() -> Path:
    """The window icon (the Windows executable carries chibo.ico, built into it)."""
    return resources_dir() / "icons" / "chibo.png"


def help_dir() -> Path:
    """The user guide (huong-dan-su-dung.md, its pictures in hinh/, and its PDF): docs/ of the
    source tree, <bundle>/help in the frozen program (build.spec)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "help"
    return Path(__file__).resolve().parent.parent / "docs"


def user_data_dir() -> Path:
    home = os.environ.get("CHIBO_HOME")
    base = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILE_NAME


def backups_dir() -> Path:
    folder = user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def logs_dir() -> Path:
    """The program's log files (rotated; personal numbers masked)."""
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file() -> Path:
    """The user's preferences (window layout, columns shown): an .ini in the data folder."""
    return user_data_dir() / "settings.ini"


class VolumeKind(StrEnum):
    LOCAL = "local"
    REMOVABLE = "removable"  # a USB stick, a memory card
    NETWORK = "network"  # a shared folder on another computer


# Windows' GetDriveTypeW answers.
_DRIVE_REMOVABLE, _DRIVE_REMOTE = 2, 4
# Linux file systems that live on another computer.
_NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs", "fuse.sshfs"}
)


def volume_kind(path: Path) -> VolumeKind:
    """Whether ``path`` is on a removable drive or a network share, where a live database must
    not be (a stick pulled out, a power cut or a network break during a write damages it, and
    SQLite's locks are not safe over a network). An unknown answer is LOCAL: the check must
    never keep the office out of its data."""
    try:
        if os.name == "nt":
            return _windows_volume_kind(path)
        if sys.platform.startswith("linux"):
            return linux_volume_kind(
                path, Path("/proc/self/mountinfo").read_text("utf-8"), Path("/sys/class/block")
            )
    except OSError:
        pass
    return VolumeKind.LOCAL


def _windows_volume_kind(path: Path) -> VolumeKind:
    import ctypes  # Windows only

    absolute = str(path.resolve())
    if absolute.startswith("\\\\") and not absolute.startswith("\\\\?\\"):
        return VolumeKind.NETWORK  # \\server\share\…
    root = os.path.splitdrive(absolute)[0] + "\\"
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kind = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    if kind == _DRIVE_REMOVABLE:
        return VolumeKind.REMOVABLE
    if kind == _DRIVE_REMOTE:
        return VolumeKind.NETWORK
    return VolumeKind.LOCAL


def linux_volume_kind(path: Path, mountinfo: str, sys_block: Path) -> VolumeKind:
    """From the mount holding ``path`` (the longest mount point above it in ``mountinfo``, the
    kernel's list): its file system type, and whether its block device is removable
    (``sys_block``/<device>/removable, or its whole disk's for a partition)."""
    target = str(path.resolve())
    best: tuple[str, str, str] | None = None  # mount point, file system, source
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        point = fields[4].replace("\\040", " ")
        after = fields[fields.index("-") + 1 :]
        if len(after) < 2:
            continue
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, after[0], after[1])
    if best is None:
        return VolumeKind.LOCAL
    _, file_system, source = best
    if file_system in _NETWORK_FILE_SYSTEMS or source.startswith("//"):
        return VolumeKind.NETWORK
    if source.startswith("/dev/"):
        device = sys_block / source.removeprefix("/dev/")
        for candidate in (device, device.resolve().parent):
            flag = candidate / "removable"
            if flag.is_file():
                return (
                    VolumeKind.REMOVABLE
                    if flag.read_text("ascii").strip() == "1"
                    else VolumeKind.LOCAL
                )
    return VolumeKind.LOCAL
