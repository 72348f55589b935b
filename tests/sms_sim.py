"""A simulated GSM modem on a pseudo-terminal, answering AT commands as a real USB dongle
does: echo until ATE0, PDU-mode AT+CMGS with its "> " prompt and Ctrl-Z, +CMGS
references, +CDS delivery reports, +CMT replies, +CMS errors and a lost network. Its
PDU reading and writing is its own (not the product's), so a test checks one against
the other."""

from __future__ import annotations

import os
import select
import threading
import tty
from dataclasses import dataclass, field

GSM7 = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
SMSC = "07911326040000F0"  # +8613624000000
STAMP = "62103221431300"  # 2026-12-01 23:34:31 +00


def _digits(raw: bytes, count: int) -> str:
    return "".join(f"{b & 0x0F}{b >> 4 if b >> 4 != 0xF else ''}" for b in raw)[:count]


def _address(number: str) -> str:
    digits = number + ("F" if len(number) % 2 else "")
    return f"{len(number):02X}91" + "".join(digits[i + 1] + digits[i] for i in range(0, len(digits), 2))


def _pack7(text: str) -> bytes:
    value = 0
    for i, ch in enumerate(text):
        value |= GSM7.index(ch) << (7 * i)
    return value.to_bytes((len(text) * 7 + 7) // 8, "little")


@dataclass
class Received:
    number: str
    text: str
    part: tuple[int, int, int] | None  # (reference, total, seq)
    reference: int


@dataclass
class SimulatedModem:
    network: bool = True
    fail_next: str | None = None  # a +CMS ERROR code for the next AT+CMGS
    report_status: int = 0  # what the delivery reports say (0: delivered)
    sent: list[Received] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)

    def start(self) -> str:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.path = os.ttyname(slave)
        self._slave = slave
        self._echo = True
        self._next_mr = 0
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self.path

    def stop(self) -> None:
        self._stop = True
        self._thread.join(2)
        os.close(self.master)
        os.close(self._slave)

    def _write(self, text: str) -> None:
        os.write(self.master, text.encode("ascii"))

    def _serve(self) -> None:
        pending = b""
        while not self._stop:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                pending += os.read(self.master, 4096)
            except OSError:
                return
            while b"\r" in pending:
                raw, pending = pending.split(b"\r", 1)
                line = raw.decode("ascii", errors="replace").strip()
                if line.startswith("AT+CMGS="):
                    while CTRL_Z not in pending:  # the prompt, then the PDU up to Ctrl-Z
                        if not pending:
                            self._write("\r\n> ")
                        ready, _, _ = select.select([self.master], [], [], 2)
                        if not ready:
                            break
                        pending += os.read(self.master, 4096)
                    pdu, _, pending = pending.partition(CTRL_Z)
                    self._cmgs(int(line.split("=")[1]), pdu.decode("ascii").strip().lstrip(">").strip())
                elif line:
                    self._command(line)

    def _command(self, line: str) -> None:
        self.commands.append(line)
        if self._echo:
            self._write(line + "\r\n")
        if line == "ATE0":
            self._echo = False
        if line == "AT+CREG?":
            self._write(f"\r\n+CREG: 0,{1 if self.network else 0}\r\n")
        self._write("\r\nOK\r\n")

    def _cmgs(self, length: int, pdu: str) -> None:
        self.commands.append(f"AT+CMGS={length}")
        data = bytes.fromhex(pdu)
        tpdu = data[1 + data[0]:]
        if len(tpdu) != length:
            self._write("\r\n+CMS ERROR: 304\r\n")
            return
        if not self.network:
            self._write("\r\n+CMS ERROR: 331\r\n")
            return
        if self.fail_next:
            code, self.fail_next = self.fail_next, None
            self._write(f"\r\n+CMS ERROR: {code}\r\n")
            return
        first, digits = tpdu[0], tpdu[2]
        number = _digits(tpdu[4:4 + (digits + 1) // 2], digits)
        at = 4 + (digits + 1) // 2
        coding, body = tpdu[at + 1], tpdu[at + 4:at + 4 + tpdu[at + 3]]
        assert coding == 0x08, "the station sends UCS-2"
        part = None
        if first & 0x40:
            header = body[1:body[0] + 1]
            part = (header[2], header[3], header[4])
            body = body[body[0] + 1:]
        self._next_mr = (self._next_mr + 1) % 256
        self.sent.append(Received(number, body.decode("utf-16-be"), part, self._next_mr))
        self._write(f"\r\n+CMGS: {self._next_mr}\r\n\r\nOK\r\n")
        threading.Timer(0.05, self._report, (self._next_mr, number, self.report_status)).start()

    def _report(self, reference: int, number: str, status: int) -> None:
        tpdu = f"06{reference:02X}{_address(number)}{STAMP}{STAMP}{status:02X}"
        if not self._stop:
            self._write(f"\r\n+CDS: {len(tpdu) // 2}\r\n{SMSC}{tpdu}\r\n")

    def reply(self, sender: str, text: str) -> None:
        """A villager's phone sends the station a message (GSM 7-bit when it can)."""
        if all(ch in GSM7 for ch in text):
            coding, body, count = "00", _pack7(text).hex().upper(), len(text)
        else:
            coding, body = "08", text.encode("utf-16-be").hex().upper()
            count = len(body) // 2
        tpdu = f"04{_address(sender)}00{coding}{STAMP}{count:02X}{body}"
        self._write(f"\r\n+CMT: ,{len(tpdu) // 2}\r\n{SMSC}{tpdu}\r\n")

    def joined(self) -> dict[str, str]:
        """What each number received, long messages joined back as a phone would."""
        texts: dict[tuple, list] = {}
        for r in self.sent:
            key = (r.number, r.part[0] if r.part else None, r.reference if not r.part else None)
            texts.setdefault(key, []).append(((r.part or (0, 1, 1))[2], r.text))
        return {key[0]: "".join(text for _, text in sorted(parts)) for key, parts in texts.items()}


CTRL_Z = b"\x1a"
