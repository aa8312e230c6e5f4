"""`koll tour`: every screen as a PNG, from a fresh demo, without touching the user's data."""

from __future__ import annotations

from PySide6.QtGui import QImage

from koll_desktop.ui import tour


def test_the_tour_writes_every_screen(qtbot, tmp_path, data_paths):
    files = tour.run_tour(tmp_path / "tour")
    names = [f.stem for f in files]
    assert names[:8] == ["01-arendelista", *tour.STEP_FILES.values()]
    assert {"09-bibliotek", "10-korsreferenser", "11-sammanstallning", "13-jamforelse",
            "14-jamforelse-matris", "16-installningar", "17-gallring", "18-registerutdrag",
            "19-radera-person", "20-arendets-logg"} <= set(names)
    for file in files:
        image = QImage(str(file))
        assert not image.isNull(), file
        assert image.width() >= 500 and image.height() >= 180  # dialogs are smaller
    # Screens differ: each step shows its own page.
    sizes = {f.read_bytes() for f in files}
    assert len(sizes) == len(files)
    assert not data_paths.database.exists()  # the user's data folder was never opened
