"""Pictures made safe before they reach the vault: checked, scaled, re-encoded in memory.

Re-encoding from decoded pixels drops EXIF (GPS, camera), comments, ICC extras and anything
scripted; only PNG and JPEG pixels come out. Nothing is written to disk: the bytes pass through
QBuffer. Used when a person picks a file (ui/hope_box) and when an export is imported
(portability), so both take the same path. QtGui only, as report/ allows.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter

from recovery_journal.storage.hope_box import HopeImage

MAX_FILE_BYTES = 20 * 1024 * 1024
# Bigger than any camera in common use; a "picture" claiming more is a decompression bomb.
MAX_SIDE = 12_000
MAX_PIXELS = 80_000_000
LONG_SIDE = 1600
JPEG_QUALITY = 88
# Only raster formats whose decoders cannot run scripts or fetch anything.
_ALLOWED_FORMATS = {b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp"}
_ALLOCATION_LIMIT_MB = 512


class PictureRefusedError(ValueError):
    """A picture that can't be kept; the message is calm and fit to show."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("HopePictures", text)


def safe_picture(data: bytes) -> HopeImage:
    """Decode `data` as an image, scale to ≤ 1600 px, re-encode; PictureRefusedError otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise PictureRefusedError(_tr("That picture is over 20 MB. Please pick a smaller one."))
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(_ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # apply the EXIF orientation before the EXIF goes
    kind = bytes(reader.format().data()).lower()
    if kind not in _ALLOWED_FORMATS:
        raise PictureRefusedError(_tr("That file isn't a picture this app can keep."))
    size: QSize = reader.size()  # read from the header, before any pixels are decoded
    if (not size.isValid() or size.width() > MAX_SIDE or size.height() > MAX_SIDE
            or size.width() * size.height() > MAX_PIXELS):
        raise PictureRefusedError(_tr("That picture is too big to open safely."))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PictureRefusedError(_tr("That picture couldn't be opened."))
    return encode(image)


def encode(image: QImage) -> HopeImage:
    """Scale `image` to ≤ 1600 px on the long side and write it as PNG (if see-through) or JPEG."""
    if max(image.width(), image.height()) > LONG_SIDE:
        image = image.scaled(LONG_SIDE, LONG_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    # Paint into a fresh image: it holds pixels only, no text keys or colour-space extras.
    alpha = image.hasAlphaChannel()
    kind = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    clean = QImage(image.size(), kind)
    clean.fill(Qt.GlobalColor.transparent if alpha else Qt.GlobalColor.white)
    painter = QPainter(clean)
    painter.drawImage(0, 0, image)
    painter.end()
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    fmt, mime = (b"png", "image/png") if alpha else (b"jpeg", "image/jpeg")
    writer = QImageWriter(buffer, QByteArray(fmt))
    if not alpha:
        writer.setQuality(JPEG_QUALITY)
    if not writer.write(clean):
        raise PictureRefusedError(_tr("That picture couldn't be opened."))
    buffer.close()
    return HopeImage(bytes(out.data()), mime)


def to_image(picture: HopeImage) -> QImage:
    """The stored picture as a QImage (from memory, never disk)."""
    image = QImage()
    image.loadFromData(picture.data)
    return image


# Chunks and markers our own encoder writes; a file holding only these carries no metadata.
_CLEAN_PNG_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"pHYs", b"IDAT", b"IEND"}
_CLEAN_JPEG_MARKERS = {0xE0, 0xDB, 0xC0, 0xC1, 0xC2, 0xC4, 0xDD, 0xDA}
_JPEG_DATA_MARKERS = {0x00, 0xFF, 0xD9, 0xC4, 0xDA, 0xDB, 0xDD, *range(0xD0, 0xD8)}


def _png_is_clean(data: bytes) -> bool:
    at = 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        if data[at + 4:at + 8] not in _CLEAN_PNG_CHUNKS:
            return False
        at += 12 + length
    return at == len(data)


def _jpeg_is_clean(data: bytes) -> bool:
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker not in _CLEAN_JPEG_MARKERS:
            return False
        if marker == 0xDA:  # the picture data: only stuffing, restarts and tables may follow
            rest = data[at + 2:]
            return all(rest[i + 1] in _JPEG_DATA_MARKERS
                       for i in range(len(rest) - 1) if rest[i] == 0xFF)
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return False


def safe_imported_picture(data: bytes, mime: str) -> HopeImage:
    """A picture from an import, through `safe_picture`'s checks and re-encode.

    When the file is already exactly what this app writes (PNG or JPEG, no larger than 1600 px,
    no chunk or marker beyond the pixels') its own bytes are kept, so a JSON export imported
    and exported again gives the same bytes; otherwise the re-encoded picture is kept.
    """
    made = safe_picture(data)
    original, again = QImage(), to_image(made)
    clean = (mime == "image/png" and data.startswith(b"\x89PNG\r\n\x1a\n")
             and _png_is_clean(data)) or (mime == "image/jpeg" and data.startswith(b"\xff\xd8")
                                          and _jpeg_is_clean(data))
    if clean and original.loadFromData(data) and original.size() == again.size():
        return HopeImage(bytes(data), mime)
    return made
