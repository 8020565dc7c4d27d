"""An upload in progress is its sender's: another enrolled laptop that knows the bundle's hash
can neither add to it nor spoil it, and the owner goes on from where it was (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.hub.run import Hub, open_hub
from app.hub.server import refusal
from app.sync.bundle_reader import BundleReader
from app.sync.hub_protocol import REASON, body_digest

from tests.hub.uploads import bundle_of, enrolled, upload
from tests.sync.conftest import Laptop

pytestmark = pytest.mark.postgres


@pytest.fixture
def hub(pg_url: str, tmp_path: Path) -> Iterator[Hub]:
    opened = open_hub(pg_url, tmp_path / "hub")
    yield opened
    opened.close()


def refused(exc: pytest.ExceptionInfo[DomainError]) -> tuple[int, str]:
    answer = refusal(exc.value)
    return answer.status_code, answer.headers[REASON]


def test_another_laptop_cannot_append_to_an_upload_in_progress(
        hub: Hub, laptop: Laptop, tmp_path: Path) -> None:
    owner, intruder = laptop("owner"), laptop("intruder")
    mine = enrolled(hub, owner, "own-a", 120, 7)
    other = enrolled(hub, intruder, "own-a", 120, 8)  # even of the same commune
    bundle = bundle_of(owner, tmp_path / "owner")
    data = bundle.read_bytes()
    half = len(data) // 2
    sha = upload(hub, mine, bundle, upto=half)
    assert hub.hub.upload_state(mine, sha).offset == half

    # The intruder is told about its own upload of that hash (nothing), not the owner's...
    assert hub.hub.upload_state(other, sha).offset == 0
    # ...and writing where the owner is refused (409, with the reason and what it holds).
    with pytest.raises(DomainError) as exc:
        hub.hub.begin_append(other, sha, half, len(data))
    assert refused(exc) == (409, "hub.offset") and exc.value.params["offset"] == 0
    # Bytes it writes from 0 land in its own upload, which fails alone.
    job = hub.hub.begin_append(other, sha, 0, len(data))
    job.write(b"junk")
    job.close(body_digest(b"junk"))
    with pytest.raises(DomainError) as exc:
        hub.hub.apply(other, sha)
    assert exc.value.code == "hub.bad_upload"
    # The whole true bundle, sent by the intruder, is still not its own to apply (403).
    upload(hub, other, bundle)
    with pytest.raises(DomainError) as exc:
        hub.hub.apply(other, sha)
    assert refused(exc) == (403, "hub.not_own_bundle")

    # The owner's upload is where it was, and goes on from there to be applied.
    assert hub.hub.upload_state(mine, sha).offset == half
    assert upload(hub, mine, bundle) == sha
    done = hub.hub.apply(mine, sha)
    assert done.changes_new > 0 and not done.already
    assert hub.hub.upload_state(other, sha).applied


def test_a_download_names_no_laptop_of_another_commune(
        hub: Hub, laptop: Laptop, tmp_path: Path) -> None:
    """What the hub says it holds, in an upload's answer and in a download's manifest, covers
    the caller's commune only (and the hub): another commune's laptops are not named."""
    mine, theirs = laptop("mine"), laptop("theirs")
    me = enrolled(hub, mine, "named-a", 120, 12)
    other = enrolled(hub, theirs, "named-b", 120, 13)
    hub.hub.apply(other, upload(hub, other, bundle_of(theirs, tmp_path / "theirs")))
    done = hub.hub.apply(me, upload(hub, me, bundle_of(mine, tmp_path / "mine")))
    assert mine.device.id in done.holdings and theirs.device.id not in done.holdings
    ready = hub.hub.pull(me, {mine.device.id: done.holdings[mine.device.id]})
    assert ready.path is not None  # the hub's own device record, at least
    with BundleReader(ready.path) as reader:
        manifest = reader.open()
    assert theirs.device.id not in manifest.holdings
    assert theirs.device.id not in manifest.origins
