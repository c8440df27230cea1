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
