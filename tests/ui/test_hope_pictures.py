"""Pictures for the hope box: EXIF and scripts never survive, huge or odd files are refused."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

from recovery_journal.report.pictures import (
    LONG_SIDE,
    PictureRefusedError,
    safe_picture,
    to_image,
)


def _jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)
    return bytes(out.data())


def _ifd(entries: list[tuple[int, int, int, bytes]], next_offset: int = 0) -> bytes:
    """A big-endian TIFF IFD; each entry's value (≤ 4 bytes) sits inline."""
    body = struct.pack(">H", len(entries))
    for tag, kind, count, value in entries:
        body += struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\0")
    return body + struct.pack(">I", next_offset)


def _with_exif(jpeg: bytes) -> bytes:
    """`jpeg` with a hand-made APP1 EXIF: camera make, orientation 6 (turned) and GPS."""
    make = b"SecretCam\0"
    ifd0_at = 8
    ifd0_size = 2 + 3 * 12 + 4
    gps_at = ifd0_at + ifd0_size
    gps_size = 2 + 2 * 12 + 4
    make_at = gps_at + gps_size
    ifd0 = _ifd([
        (0x010F, 2, len(make), struct.pack(">I", make_at)),  # Make
        (0x0112, 3, 1, struct.pack(">H", 6)),  # Orientation: rotate 90° clockwise
        (0x8825, 4, 1, struct.pack(">I", gps_at)),  # GPS IFD
    ])
    gps = _ifd([
        (0x0001, 2, 2, b"N\0"),  # GPSLatitudeRef
        (0x0003, 2, 2, b"W\0"),  # GPSLongitudeRef
    ])
    tiff = b"MM\0*" + struct.pack(">I", ifd0_at) + ifd0 + gps + make
    payload = b"Exif\0\0" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + app1 + jpeg[2:]


def test_exif_is_applied_then_dropped(qapp: object) -> None:
    source = _with_exif(_jpeg(80, 40))
    assert b"SecretCam" in source
    picture = safe_picture(source)
    assert picture.mime == "image/jpeg"
    for secret in (b"SecretCam", b"Exif", b"MM\0*", b"II*\0"):
        assert secret not in picture.data
    shown = to_image(picture)
    # Orientation 6 was applied before the metadata went: the wide picture now stands tall.
    assert (shown.width(), shown.height()) == (40, 80)
    assert shown.textKeys() == []


def test_large_pictures_are_scaled_and_see_through_ones_stay_png(qapp: object) -> None:
    picture = safe_picture(_jpeg(3200, 1000))
    shown = to_image(picture)
    assert (shown.width(), shown.height()) == (LONG_SIDE, 500)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.setText("Comment", "where I live")
    image.save(buffer, "PNG")
    png = safe_picture(bytes(out.data()))
    assert png.mime == "image/png" and b"where I live" not in png.data
    assert to_image(png).hasAlphaChannel()


@pytest.mark.parametrize("data", [
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
    b'<rect width="10" height="10"/></svg>',
    b"<html><body><script>alert(1)</script></body></html>",
    b"not a picture at all",
    b"",
])
def test_scripts_and_non_pictures_are_refused(qapp: object, data: bytes) -> None:
    with pytest.raises(PictureRefusedError):
        safe_picture(data)


def test_absurd_dimensions_are_refused_before_decoding(qapp: object) -> None:
    # A tiny PNG whose header claims 100000 × 100000 pixels: refused from the header alone.
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImage(1, 1, QImage.Format.Format_RGB32).save(buffer, "PNG")
    data = bytearray(png.data())
    for width, height in ((100_000, 100_000), (11_000, 11_000)):  # the second: area too big
        data[16:24] = struct.pack(">II", width, height)  # IHDR width, height, then its CRC
        data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF)
        header = QByteArray(bytes(data))
        source = QBuffer(header)
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        reader_size = QImageReader(source).size()
        assert (reader_size.width(), reader_size.height()) == (width, height)  # a valid header
        with pytest.raises(PictureRefusedError, match="too big"):
            safe_picture(bytes(data))
    with pytest.raises(PictureRefusedError, match="20 MB"):
        safe_picture(b"\xff\xd8" + b"\0" * (20 * 1024 * 1024 + 1))


def test_an_import_keeps_only_pictures_already_clean(qapp: object) -> None:
    from recovery_journal.report.pictures import safe_imported_picture

    ours = safe_picture(_jpeg(60, 40))
    assert safe_imported_picture(ours.data, "image/jpeg").data == ours.data  # stable
    tagged = _with_exif(ours.data)
    kept = safe_imported_picture(tagged, "image/jpeg")
    assert kept.data != tagged and b"SecretCam" not in kept.data
    commented = ours.data[:2] + b"\xff\xfe\x00\x07hello" + ours.data[2:]  # a COM marker
    assert b"hello" not in safe_imported_picture(commented, "image/jpeg").data
    big = _jpeg(2000, 100)
    assert safe_imported_picture(big, "image/jpeg").data != big  # larger than 1600 px: redone
