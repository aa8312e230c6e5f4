"""Bundles as an older KoLL made them, for tests of what a newer one does with them."""

from __future__ import annotations

import json
from pathlib import Path

from koll_desktop.services.bundle_format import read_bundle, write_bundle
from koll_desktop.services.bundles import PSEUDONYMISED_FIELD


def as_before_copies_were_known(source: Path, target: Path) -> Path:
    """The pseudonymised bundle `source` without what tells its cases for copies: how an
    older KoLL read them in (each beside its case, under a new number)."""
    content = read_bundle(source)
    members = dict(content.members)
    for name in [n for n in members if n.startswith("cases/")]:
        record = json.loads(members[name])
        record.pop(PSEUDONYMISED_FIELD)
        members[name] = json.dumps(record).encode()
    manifest = {k: v for k, v in content.manifest.items() if k != "members"}
    return write_bundle(target, {**manifest, "pseudonymised": False}, members)
