"""A virtual Thai national ID card that plugs into vpcd's socket, so pcscd sees it as a card in a real reader."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field

from tests.idcard_virtual.data import CardContent, memory_image

AID = bytes.fromhex("A000000054480001")
ATR_3B68 = bytes.fromhex("3B6800000073C84013009000")
ATR_3B67 = bytes.fromhex("3B6700000073C840009000")
"""Cards whose ATR starts 3B 67 want GET RESPONSE with P2 = 01 (the older cards); the others P2 = 00."""

OK = b"\x90\x00"
FILE_NOT_FOUND = b"\x6a\x82"
WRONG_P1P2 = b"\x6a\x86"
INS_NOT_SUPPORTED = b"\x6d\x00"


@dataclass
class CardBehaviour:
    """How this card answers, beside its content: the variants the reader must cope with or refuse."""

    atr: bytes = ATR_3B68
    thai_applet: bool = True
    """False: a bank or SIM card; SELECT of the Thai applet is answered 6A 82."""
    pull_after: int | None = None
    """Disconnect (card pulled out) when this many command APDUs have been answered."""
    length_unknown: bool = False
    """Answer READ BINARY with 61 00 (length not given); a GET RESPONSE with the wrong Le is answered 6C xx."""
    direct: bool = False
    """Answer READ BINARY with the data and 90 00 at once (as a T=1 reader or one doing GET RESPONSE itself)."""


@dataclass
class VirtualThaiCard:
    """Connect to vpcd on localhost:`port` and answer APDUs until `stop()` (or a simulated pull-out)."""

    content: CardContent
    behaviour: CardBehaviour = field(default_factory=CardBehaviour)
    port: int = 35963
    apdus: list[bytes] = field(default_factory=list)
    """Every command APDU received, in order (tests assert what the reader asked)."""

    def __post_init__(self) -> None:
        self._memory = memory_image(self.content)
        self._selected = False
        self._pending = b""
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> VirtualThaiCard:
        self._sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self._sock.settimeout(None)
        self._thread = threading.Thread(target=self._serve, name="virtual-thai-id", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # --- vpcd socket protocol: 2-byte big-endian length, then the message ---
    def _receive(self, sock: socket.socket) -> bytes | None:
        head = self._exactly(sock, 2)
        return None if head is None else self._exactly(sock, struct.unpack(">H", head)[0])

    @staticmethod
    def _exactly(sock: socket.socket, size: int) -> bytes | None:
        data = b""
        while len(data) < size:
            try:
                chunk = sock.recv(size - len(data))
            except OSError:
                return None
            if not chunk:
                return None
            data += chunk
        return data

    def _serve(self) -> None:
        sock = self._sock
        while sock is not None:
            message = self._receive(sock)
            if message is None:
                return
            if len(message) == 1:
                if message[0] == 4:
                    try:  # stop() may close the socket while pcscd asks for the ATR, as with any answer below
                        sock.sendall(struct.pack(">H", len(self.behaviour.atr)) + self.behaviour.atr)
                    except OSError:
                        return
                elif message[0] in (0, 1, 2):
                    self._selected, self._pending = False, b""
                continue
            answer = self.respond(message)
            self.apdus.append(message)
            try:
                sock.sendall(struct.pack(">H", len(answer)) + answer)
            except OSError:
                return
            if self.behaviour.pull_after is not None and len(self.apdus) >= self.behaviour.pull_after:
                self.stop_from_inside()
                return

    def stop_from_inside(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    # --- the card itself ---
    def respond(self, apdu: bytes) -> bytes:
        cla, ins, p1, p2 = apdu[:4]
        if ins == 0xA4:
            if not self.behaviour.thai_applet or apdu[5:5 + apdu[4]] != AID:
                return FILE_NOT_FOUND
            self._selected = True
            return b"\x61\x0a"
        if not self._selected:
            return b"\x69\x85"  # conditions of use not satisfied
        if cla == 0x80 and ins == 0xB0 and len(apdu) == 7:
            return self._read_binary((p1 << 8) | p2, apdu[6] or 256)
        if ins == 0xC0:
            return self._get_response(p2, apdu[4] if len(apdu) > 4 else 0)
        return INS_NOT_SUPPORTED

    def _read_binary(self, offset: int, length: int) -> bytes:
        data = self._memory[offset:offset + length]
        if len(data) < length:
            return WRONG_P1P2
        if self.behaviour.direct:
            return data + OK
        self._pending = data
        return b"\x61\x00" if self.behaviour.length_unknown else bytes([0x61, length & 0xFF])

    def _get_response(self, p2: int, le: int) -> bytes:
        wanted_p2 = 0x01 if self.behaviour.atr.startswith(b"\x3b\x67") else 0x00
        if p2 != wanted_p2:
            return WRONG_P1P2
        if not self._pending:
            return b"\x6f\x00"
        if (le or 256) != len(self._pending):
            return bytes([0x6C, len(self._pending) & 0xFF])
        data, self._pending = self._pending, b""
        return data + OK
