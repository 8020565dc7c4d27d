"""USB sticks as Qt sees them: the mounted, writable volumes a bundle can be written to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Where desktops mount sticks; a volume elsewhere is the laptop's own disk.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_mb: int


def removable_drives() -> list[Drive]:
    """Mounted, writable volumes that look like a USB stick (Qt's QStorageInfo)."""
    drives = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if root == system:
            continue
        looks_removable = root.startswith(REMOVABLE_ROOTS) or (
            len(root) <= 3 and root[1:2] == ":"  # a Windows drive letter other than C:
        )
        if looks_removable:
            name = volume.displayName() or root
            drives.append(Drive(Path(root), name, volume.bytesAvailable() // (1024 * 1024)))
    return drives
