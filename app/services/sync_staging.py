"""Where bundles are built and opened: a private folder inside the data folder.

Never the system's temp folder: a killed import or export must not leave a copy of the census
in clear where other users can read it. What a killed run leaves is removed at the next start
(app/services/leftovers.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DeviceTrust
from app.domain.errors import DomainError
from app.paths import staging_root as staging_root  # its old home: imports of it keep working
from app.persistence.rows import DeviceRow
from app.sync.bundle_reader import BundleReader
from app.sync.disk_trouble import disk_error, readable_name, readable_path
from app.sync.envelope import Recipient, is_sealed, unseal
from app.sync.identity import DeviceIdentity


def staging_dir(root: Path | None, kind: str) -> Path:
    if root is None:  # a server's database: no data folder of this program
        return Path(tempfile.mkdtemp(prefix=f"asamblea-{kind}-"))
    root.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(root, 0o700)
    return Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=root))


class Staged:
    """A private copy of a bundle to read from: the stick may be pulled, the file changed. A
    sealed bundle is opened there too."""

    def __init__(self, path: Path, device: DeviceIdentity, staging: Path | None) -> None:
        self._source = Path(path)
        self._device = device
        self._dir = staging_dir(staging, "import")
        self._reader: BundleReader | None = None

    def __enter__(self) -> BundleReader:
        target = self._dir / "bundle.asamblea"
        name = readable_name(self._source)  # a name that is not UTF-8 is still shown
        try:
            shutil.copyfile(self._source, target)
        except FileNotFoundError as exc:
            self.__exit__()
            raise DomainError("sync.not_found", path=readable_path(self._source)) from exc
        except (IsADirectoryError, PermissionError) as exc:
            self.__exit__()
            raise DomainError("sync.not_bundle", name=name) from exc
        except OSError as exc:  # a full disk, a file-size limit: a sentence
            self.__exit__()
            trouble = disk_error(exc, self._dir.parent, self._source.stat().st_size)
            if trouble is None:
                raise
            raise trouble from exc
        if is_sealed(target):
            try:
                target = unseal(target, self._device, self._dir, name=name)
            except DomainError:
                self.__exit__()
                raise
        self._reader = BundleReader(target, name)
        return self._reader

    def __exit__(self, *_exc: object) -> None:
        if self._reader is not None:
            self._reader.close()
        shutil.rmtree(self._dir, ignore_errors=True)


def trusted_recipients(s: Session) -> list[Recipient]:
    """Every device this laptop trusts (itself included): who can read its sealed bundles."""
    rows = s.scalars(select(DeviceRow).where(DeviceRow.trust == DeviceTrust.TRUSTED.value,
                                             DeviceRow.deleted_at.is_(None)))
    return [Recipient(r.id, r.name, r.public_key) for r in rows]


def verify_file(path: Path) -> None:
    with BundleReader(path) as reader:
        reader.open()


def verify_placed(path: Path, device: DeviceIdentity, staging: Path | None) -> None:
    """Read the copy on the stick back: unseal it (this laptop is always a recipient)."""
    if not is_sealed(path):
        verify_file(path)
        return
    folder = staging_dir(staging, "check")
    try:
        verify_file(unseal(path, device, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
