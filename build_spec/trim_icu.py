"""Shrinks the ICU data library that Qt brings along on Linux (libicudata, 31 MB of 131).

Qt's Linux libraries link ICU, whose data library holds one symbol, ``icudtNN_dat``: an ICU
"common data" package (format ``CmnD``) with every locale, collation, code-page converter and
break dictionary of CLDR. KAMdesk speaks Portuguese and English and reads text as UTF-8, so
this module rewrites the package with only what those need and links it again into a library of
the same name and symbol (with binutils' ``as`` and ``ld``, which PyInstaller needs on Linux
anyway). ICU falls back to ``root`` for any locale that is gone, so a missing item costs a
translation of a language name, never a crash.

Kept: every file that is not one locale's data (``root``, ``pool``, ``res_index``, the
supplemental data, time zones, plural rules, Unicode normalisation and collation tables), and the
locales whose language is in ``LANGUAGES``. Dropped: the other locales, the code-page converters
(``.cnv``; UTF-8/16/32, ASCII and Latin-1 are built into ICU; Windows-1252 and
ISO-8859-15 stay), the dictionaries that break Thai,
Lao, Khmer, Burmese and CJK text into words, and the transliterators.

Run by kamdesk.spec; by hand: ``python build_spec/trim_icu.py IN.so OUT.so``.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "pt")
# Names of locale data files: a language code of 2 or 3 letters, then script/region/variant.
_LOCALE_STEM = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
_NOT_A_LOCALE = {"res_index"}  # looks like one ("res"), but lists the installed locales
_DROPPED_SUFFIXES = (".cnv", ".dict")
# Converters kept anyway: Windows-1252 and ISO-8859-15, the Western code pages a Brazilian file
# may still come in (3 KB each).
_KEPT_CONVERTERS = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")
_DROPPED_FOLDERS = ("translit",)
_ALIGNMENT = 16  # ICU aligns every item of a package to 16 bytes
# A line of `readelf -SW`: [Nr] Name Type Address Offset Size ...
_SECTION_HEADER = re.compile(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)")


def keep_item(name: str) -> bool:
    """Whether the package item ``name`` (such as ``icudt73l/coll/pt.res``) stays."""
    parts = name.split("/")
    if parts[-1] in _KEPT_CONVERTERS:
        return True
    if name.endswith(_DROPPED_SUFFIXES) or any(p in _DROPPED_FOLDERS for p in parts[1:-1]):
        return False
    stem, _, suffix = parts[-1].rpartition(".")
    if suffix != "res" or stem in _NOT_A_LOCALE or not _LOCALE_STEM.fullmatch(stem):
        return True
    return stem.split("_")[0] in LANGUAGES


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in toc[1:]] + [len(blob) - header_size]
    items = []
    for (name_offset, data_offset), end in zip(toc, ends, strict=True):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[header_size + data_offset : header_size + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding ``items`` (sorted by name: ICU looks them up by binary search)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    name_offsets, position = [], toc_size
    for name, _ in items:
        name_offsets.append(position)
        position += len(name) + 1
    data = bytearray()
    data_start = _aligned(toc_size + len(names))
    data_offsets = []
    for _, item in items:
        data_offsets.append(data_start + len(data))
        data += item + b"\0" * (_aligned(len(item)) - len(item))
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (data_start - toc_size - len(names))
    return header + toc + names + padding + bytes(data)


def _aligned(size: int) -> int:
    return -(-size // _ALIGNMENT) * _ALIGNMENT


def trimmed_package(blob: bytes) -> bytes:
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if keep_item(name)])


def _data_symbol(library: Path) -> tuple[str, bytes]:
    """The name and the bytes of the ``icudtNN_dat`` symbol of an ICU data library."""
    symbols = _run("nm", "-D", "--defined-only", "-S", str(library))
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) \w (icudt\d+_dat)$", symbols, re.M)
    if not found:
        raise ValueError(f"{library.name} defines no icudtNN_dat symbol")
    address, size, symbol = int(found[1], 16), int(found[2], 16), found[3]
    for line in _run("readelf", "-SW", str(library)).splitlines():
        fields = _SECTION_HEADER.match(line)
        if fields:
            start, offset, length = (int(field, 16) for field in fields.groups())
            if start <= address < start + length:
                with library.open("rb") as file:
                    file.seek(offset + address - start)
                    return symbol, file.read(size)
    raise ValueError(f"{symbol} lies in no section of {library.name}")


def _soname(library: Path) -> str:
    found = re.search(r"SONAME\s+(\S+)", _run("objdump", "-p", str(library)))
    return found[1] if found else library.name


def trim_library(source: Path, target: Path) -> None:
    """Writes ``target``: ``source`` (an ICU data library) with the trimmed package."""
    symbol, blob = _data_symbol(source)
    soname = _soname(source)
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder, "package.dat")
        package.write_bytes(trimmed_package(blob))
        assembly = Path(folder, "package.s")
        assembly.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'{symbol}:\n\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        _run("as", "-o", str(Path(folder, "package.o")), str(assembly))
        target.parent.mkdir(parents=True, exist_ok=True)
        _run("ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(target),
             str(Path(folder, "package.o")))  # fmt: skip


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: trim_icu.py IN.so OUT.so")
    trim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {Path(sys.argv[2]).stat().st_size / 2**20:.1f} MB")
