"""The live preview shows the brief's HTML inert: no script, no image, nothing fetched."""

from __future__ import annotations

from briefer.app.preview import Preview
from briefer.app.qt import QImage, QTextDocument, QUrl


def test_the_preview_shows_typed_html_as_text_and_loads_no_image(qtbot, tmp_path):
    secret = tmp_path / "secret.png"
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(0xFF0000)
    picture.save(str(secret))
    preview = Preview()
    qtbot.addWidget(preview)
    preview.schedule(
        f'# Brief\n\n<img src="{secret}"> <img src="//127.0.0.1/x">\n\n'
        "- &lt;script&gt;alert(1)&lt;/script&gt; said the officials.\n"
    )
    preview.render_now()
    shown = preview.toHtml()
    assert "<img" not in shown
    assert "<script>alert(1)</script> said the officials." in preview.toPlainText()
    image = preview.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(secret))
    )
    assert (image.width(), image.height()) == (1, 1)


def test_a_long_list_pasted_into_the_editor_is_previewed_in_part_without_a_stall(qtbot, window):
    """25,000 bullets once held the window 23 s: Qt lays out a list in squared time."""
    import time

    from briefer.app.qt import QTimer

    pasted = "- point\n" * 25_000
    gaps, last = [], [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window.editor.insertPlainText(pasted)
    qtbot.waitUntil(lambda: "start of this text only" in window.preview.toPlainText())
    qtbot.wait(100)
    timer.stop()
    assert max(gaps) < 2.0
    assert window.editor.toPlainText() == pasted  # the brief itself is whole
    shown = window.preview.toPlainText()
    assert shown.count("point") == 2000
    assert shown.strip().endswith(
        "The preview shows the start of this text only; the export holds it all."
    )
