"""Bytes to text: a byte-order mark's UTF-16/32, else UTF-8 first, GB18030 before giving up, with clear errors."""

from ..errors import InputError

__all__ = ["decode", "MAX_BYTES"]

MAX_BYTES = 20 * 1024 * 1024  # the longest Chinese code (民法典) is under 1 MB
# UTF-32 first: its little-endian mark begins with UTF-16's; Python's codecs drop the mark.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(path, data):
    """Return ``(text, encoding)`` for the bytes of ``path``.

    Raises :class:`InputError` for an empty, binary, oversized or undecodable file.
    """
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file too large ({len(data) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:  # before the NUL test: UTF-16 text is half NULs
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as e:
                raise InputError(path, f"starts with a {encoding.upper()} byte-order mark but is not "
                                       f"{encoding.upper()} (invalid data at offset {e.start})") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise InputError(
            path,
            f"not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
            "and not GB18030 either",
        ) from None
