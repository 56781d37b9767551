import os
import stat

import pytest

from summarizer.render import current_umask, write_atomic


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_get_the_umask_permissions_not_mkstemps(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        assert current_umask() == umask
        target = tmp_path / "out" / "brief.md"
        write_atomic(target, "text\n")
        write_atomic(target, "again\n")  # replacing keeps them too
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_text() == "again\n"
    assert [p.name for p in target.parent.iterdir()] == ["brief.md"]
