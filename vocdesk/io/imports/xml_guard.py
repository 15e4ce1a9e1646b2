"""Parse the prolog of every XML part of a workbook with defusedxml: DTDs, entities and external references
can only be declared before the root element, so reading up to it catches billion-laughs and XXE attacks."""

from __future__ import annotations

import zipfile
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from vocdesk.errors import FileRefused

_CHUNK = 16 * 1024


class _RootStarted(Exception):
    """Raised from the parser target at the first element: the prolog is over and was safe."""


class _StopAtRoot:
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        raise _RootStarted

    def end(self, tag: str) -> None:
        return None

    def data(self, data: str) -> None:
        return None

    def close(self) -> None:
        return None


def _refuse(part: str, detail: str) -> FileRefused:
    return FileRefused("import_xml_forbidden", part=part, detail=detail)


def check_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, scan_bytes: int) -> None:
    """Refuse the file if this part declares a DTD or entities, or if its root does not start in time."""
    parser: Any = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=True, forbid_entities=True,
                                   forbid_external=True)
    seen = 0
    try:
        with archive.open(info) as stream:
            while seen < scan_bytes:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    parser.close()
                    return
                seen += len(chunk)
                parser.feed(chunk)
    except _RootStarted:
        return
    except DefusedXmlException as exc:
        raise _refuse(info.filename, type(exc).__name__) from None
    except SyntaxError as exc:  # ParseError: the part is not well-formed XML
        raise FileRefused("import_corrupt", detail=f"{info.filename}: {exc}") from None
    raise _refuse(info.filename, f"no root element in the first {scan_bytes} bytes")
