"""Hostile and awkward input files, made on the fly (nothing large is stored).

Each function returns the bytes of one file. The PDFs are written by hand
(objects, cross-reference table, trailer) so that they can be as malformed as
a test needs; ``pdf`` takes the objects' bodies and numbers them from 1.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

#: Catalog object number used by ``pdf`` (the first object).
CATALOG = 1


def pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object i+1 is ``objects[i]``; object 1 must be the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, CATALOG, xref))
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def deep_page_tree(depth: int = 20_000) -> bytes:
    """One page under ``depth`` nested /Pages nodes (pdfium gives up long before)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        n = 2 + level
        parent = b" /Parent %d 0 R" % (n - 1) if level else b""
        objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (n + 1, parent))
    page_no = 2 + depth
    objs.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>" % (page_no - 1))
    return pdf(objs)


def deflate_repeated(chunk: bytes, times: int, last: bool = True) -> bytes:
    """Raw deflate data of ``chunk * times``, made in the time it takes to
    compress ``chunk`` once: after a full flush the compressor starts afresh,
    so every repetition of the chunk compresses to the same bytes. With
    ``last`` false the data stays open for more blocks to follow."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    return block * times + (comp.flush(zlib.Z_FINISH) if last else b"")


def huge_image_page(side: int = 20_000) -> bytes:
    """A scan-like page (no text) holding one ``side``×``side`` grayscale image
    whose pixels are really there (zeros, deflated to a few hundred KB)."""
    rows = 200
    assert side % rows == 0
    n = side * side
    adler = ((n % 65521) << 16) | 1         # Adler-32 of n zero bytes
    data = (b"\x78\xda" + deflate_repeated(bytes(side * rows), side // rows)
            + struct.pack(">I", adler))
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        stream(content),
        stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                     b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode" % (side, side)),
    ])


def giant_page(points: int = 14_400) -> bytes:
    """An empty page ``points`` wide and high (200 inches at the PDF maximum):
    rendered at 300 dpi it would be 60,000 pixels on a side."""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (points, points),
        stream(b"0 g 10 10 50 50 re f"),
    ])


def zip_bomb_docx(inflated: int = 2**30) -> bytes:
    """A .docx whose document.xml really inflates to about ``inflated`` bytes
    (1 MB on disk per GB): an XML body of spaces."""
    chunk = b" " * (1 << 20)
    times = inflated >> 20
    head = b'<?xml version="1.0"?><w:document xmlns:w="' + W_NS + b'"><w:body>'
    tail = b"</w:body></w:document>"
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    data = (deflate_repeated(head, 1, last=False) + deflate_repeated(chunk, times, last=False)
            + deflate_repeated(tail, 1))
    members = [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", RELS.encode())]
    return _zip(members, ("word/document.xml", data, crc, len(head) + len(chunk) * times + len(tail)))


def _zip(stored: list[tuple[str, bytes]], deflated: tuple[str, bytes, int, int]) -> bytes:
    """A zip of ``stored`` members plus one member given as raw deflate data
    (name, data, CRC-32, unpacked size), written by hand since zipfile cannot
    take data that is already compressed."""
    out = io.BytesIO()
    central = []
    entries = [(n, d, 0, zlib.crc32(d), len(d)) for n, d in stored]
    entries.append((deflated[0], deflated[1], 8, deflated[2], deflated[3]))
    for name, data, method, crc, size in entries:
        offset = out.tell()
        fields = struct.pack("<HHHHHIII", 20, 0, method, 0, 0x21, crc, len(data), size)
        out.write(b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name.encode() + data)
        central.append(b"PK\x01\x02" + struct.pack("<H", 20) + fields
                       + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, offset) + name.encode())
    start = out.tell()
    out.write(b"".join(central))
    out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(central), len(central),
                                            out.tell() - start, start, 0))
    return out.getvalue()


def billion_laughs_docx(levels: int = 9) -> bytes:
    """A .docx whose document.xml defines nested entities (billion laughs)."""
    ents = [b'<!ENTITY l0 "lol">'] + [
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, levels + 1)]
    xml = (b'<?xml version="1.0"?><!DOCTYPE w:document [' + b"".join(ents) + b']>'
           b'<w:document xmlns:w="' + W_NS + b'"><w:body><w:p><w:r><w:t>&l%d;</w:t></w:r></w:p>'
           b'</w:body></w:document>' % levels)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def random_bytes(n: int, seed: int) -> bytes:
    """``n`` reproducible pseudo-random bytes."""
    import random
    return random.Random(seed).randbytes(n)


def ole_header_then_noise(n: int = 4096, seed: int = 1) -> bytes:
    """Bytes that start like a Word 97-2003 file and are noise after that."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random_bytes(n, seed)


def plan_text(extra: str = "") -> str:
    """A small plan in plain text: a target, and agencies listed with dashes."""
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 81/KH-UBND\n"
        "KẾ HOẠCH\nĐào tạo nghề cho lao động nông thôn\n"
        "I. MỤC TIÊU\nPhấn đấu đến năm 2030 tỷ lệ lao động qua đào tạo đạt 70%.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Sở Công Thương, Ban Quản lý các khu công nghiệp tỉnh chủ trì tổ chức đào tạo "
        "cho người lao động.\n"
        "- Sở Tài chính bố trí kinh phí thực hiện.\n" + extra)


def tree(files: dict[str, bytes], root) -> None:
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


__all__ = [n for n in dir() if not n.startswith("_") and n not in ("io", "os", "struct", "zipfile", "zlib")]
