"""Seeds: verbatim text, metadata from the index, hash checked on load."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from claims.errors import InputError, SourceError
from claims.sources import decode_text, load_seed, seed_ids
from tests.conftest import ROOT, SEED_ID


def test_seed_loads_with_metadata(seed) -> None:  # type: ignore[no-untyped-def]
    """The seed comes with title, publisher and an aware publication time."""
    src = seed.source
    assert src.id == SEED_ID
    assert src.title == "李峥嵘:以“微博之力”书写责任与担当"
    assert src.publisher == "北京日报客户端"
    assert src.published is not None
    assert src.published.isoformat() == "2024-09-03T16:23:48+08:00"
    assert seed.text.startswith("李峥嵘:以“微博之力”书写责任与担当")


# sha256 of ../shared/seeds/weibo_li_zhengrong_2024-09-03.txt, the copy the seed came from
SHARED_SEED_SHA256 = "3705b5b8ddea3ba7f0a7e3327c5cec7bc5b4c2b155a5775efdc96ad5468bc0a8"


def test_seed_is_byte_identical_to_shared_copy() -> None:
    """seeds/ holds the shared seed byte for byte: its hash is the shared copy's, checked
    against the shared file itself where shared/ sits beside the checkout."""
    ours = (ROOT / "seeds" / f"{SEED_ID}.txt").read_bytes()
    assert hashlib.sha256(ours).hexdigest() == SHARED_SEED_SHA256
    shared = ROOT.parent / "shared" / "seeds" / f"{SEED_ID}.txt"
    if shared.exists():
        assert shared.read_bytes() == ours


def test_every_indexed_seed_loads() -> None:
    """Every id in seeds/index.toml has a file whose hash matches."""
    ids = seed_ids(ROOT / "seeds")
    assert SEED_ID in ids
    for sid in ids:
        assert load_seed(sid, ROOT / "seeds").source.id == sid


def test_tampered_seed_is_refused(tmp_path: Path) -> None:
    """A seed whose text no longer matches its hash raises SourceError naming both hashes."""
    shutil.copy(ROOT / "seeds" / "index.toml", tmp_path / "index.toml")
    text = (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    (tmp_path / f"{SEED_ID}.txt").write_text(text.replace("超9万", "超8万"), encoding="utf-8")
    with pytest.raises(SourceError, match=r"sha256 of .* the index says"):
        load_seed(SEED_ID, tmp_path)


def test_unknown_seed_is_refused() -> None:
    """An id that is not in the index is a SourceError."""
    with pytest.raises(SourceError, match="not in"):
        load_seed("no-such-seed", ROOT / "seeds")


def test_binary_and_invalid_utf8_are_refused() -> None:
    """Binary data and invalid UTF-8 give InputError with the reason."""
    with pytest.raises(InputError, match="binary"):
        decode_text(b"\x00\x01\x02", "x.bin")
    with pytest.raises(InputError, match="not valid UTF-8 at byte 1"):
        decode_text(b"a\xff", "x.txt")
