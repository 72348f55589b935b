"""SMS in PDU mode (3GPP TS 23.040): what the modem is given and what it reports back.

Text goes out as UCS-2 (data coding 0x08), which carries Chinese; a text longer than one
message (70 characters) is split into parts of 67 with a concatenation header, which the
villager's phone joins back into one. Each part asks for a status report, so the station
learns it was delivered. Replies from a villager's phone may come in the GSM 7-bit
alphabet (a plain "5" to rate a service) or UCS-2: both are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

SINGLE_UCS2 = 70
PART_UCS2 = 67
MAX_PARTS = 9  # a notice of more than 600 characters is a letter, not a text message
VALIDITY_4_DAYS = 0xAA  # relative validity: 4 days, after which the network gives up

# The GSM 7-bit default alphabet (enough to read what a phone sends back).
GSM7 = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")


class PduError(ValueError):
    """A PDU this code cannot read (damaged, or of a kind it does not handle)."""


@dataclass(frozen=True)
class Part:
    pdu: str  # hex, SMSC field first, as AT+CMGS takes it
    length: int  # octets after the SMSC field: the number AT+CMGS=<length> wants


def international(number: str) -> str:
    """A mainland mobile number in the international form the network wants (8613…)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        return "86" + digits
    if digits.startswith("86") and len(digits) == 13:
        return digits
    raise PduError(f"不是手机号：{number}")


def _semi_octets(digits: str) -> str:
    padded = digits + ("F" if len(digits) % 2 else "")
    return "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))


def _split_ucs2(text: str, size: int) -> list[bytes]:
    """UTF-16BE chunks of at most ``size`` code units, never between a surrogate pair."""
    units = text.encode("utf-16-be")
    parts, start = [], 0
    while start < len(units):
        end = min(len(units), start + size * 2)
        if end < len(units) and 0xD8 <= units[end - 2] <= 0xDB:  # a high surrogate would be cut off
            end -= 2
        parts.append(units[start:end])
        start = end
    return parts


def submit_parts(number: str, text: str, reference: int) -> list[Part]:
    """The PDUs that send ``text`` to ``number``; ``reference`` (0–255) ties the parts of
    one long message together."""
    if not text:
        raise PduError("短信内容是空的")
    destination = international(number)
    chunks = _split_ucs2(text, SINGLE_UCS2)
    if len(chunks) > 1:
        chunks = _split_ucs2(text, PART_UCS2)
    if len(chunks) > MAX_PARTS:
        raise PduError(f"短信太长（{len(text)} 字），请缩短到 {MAX_PARTS * PART_UCS2} 字以内")
    parts = []
    for seq, chunk in enumerate(chunks, 1):
        header = bytes([5, 0, 3, reference & 0xFF, len(chunks), seq]) if len(chunks) > 1 else b""
        first = 0x01 | 0x10 | 0x20 | (0x40 if header else 0)  # SUBMIT, relative validity, status report, UDH
        body = header + chunk
        tpdu = (f"{first:02X}00{len(destination):02X}91{_semi_octets(destination)}"
                f"0008{VALIDITY_4_DAYS:02X}{len(body):02X}{body.hex().upper()}")
        parts.append(Part("00" + tpdu, len(tpdu) // 2))
    return parts


# -- reading what the network sends back ------------------------------------------------
class _Reader:
    def __init__(self, hex_text: str):
        try:
            self.data = bytes.fromhex(hex_text.strip())
        except ValueError:
            raise PduError("PDU 不是十六进制") from None
        self.at = 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise PduError("PDU 不完整")
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def octet(self) -> int:
        return self.take(1)[0]

    def address(self) -> str:
        digits = self.octet()
        kind = self.octet()
        raw = self.take((digits + 1) // 2)
        if kind & 0x70 == 0x50:  # alphanumeric sender (a service's name)
            return unpack_gsm7(raw, digits * 4 // 7)
        text = "".join(f"{b & 0x0F:X}{b >> 4:X}" for b in raw)[:digits]
        return text.rstrip("F")

    def timestamp(self) -> datetime:
        raw = self.take(7)
        swapped = [int(f"{b & 0x0F}{b >> 4}") if (b & 0x0F) < 10 and (b >> 4) < 10 else 0 for b in raw[:6]]
        quarters = int(f"{raw[6] & 0x07}{raw[6] >> 4}")
        sign = -1 if raw[6] & 0x08 else 1
        try:
            return datetime(2000 + swapped[0], swapped[1], swapped[2], swapped[3], swapped[4], swapped[5],
                            tzinfo=timezone(sign * timedelta(minutes=15 * quarters)))
        except ValueError:
            raise PduError("PDU 里的时间不对") from None


def unpack_gsm7(data: bytes, count: int, skip_bits: int = 0) -> str:
    """``count`` septets of the GSM 7-bit alphabet packed in ``data`` (after ``skip_bits``)."""
    bits = int.from_bytes(data, "little")
    chars = []
    escape = False
    for i in range(count):
        code = (bits >> (skip_bits + 7 * i)) & 0x7F
        if code == 0x1B:
            escape = True
            continue
        if escape:
            chars.append({0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~", 0x3E: "]", 0x40: "|",
                          0x65: "€", 0x14: "^"}.get(code, " "))
            escape = False
            continue
        chars.append(GSM7[code])
    return "".join(chars)


@dataclass(frozen=True)
class StatusReport:
    reference: int  # the TP-MR the modem gave the part when it was sent
    recipient: str
    status: int

    @property
    def delivered(self) -> bool:
        return self.status < 0x20

    @property
    def final(self) -> bool:
        """0x20–0x3F: the network is still trying; the rest is the last word."""
        return not 0x20 <= self.status < 0x40


def read_status_report(hex_text: str) -> StatusReport:
    r = _Reader(hex_text)
    r.take(r.octet())  # the SMSC's address
    first = r.octet()
    if first & 0x03 != 0x02:
        raise PduError("不是短信回执")
    reference = r.octet()
    recipient = r.address()
    r.timestamp()  # when the centre took it
    r.timestamp()  # when it was delivered (or failed)
    return StatusReport(reference, recipient, r.octet())


@dataclass(frozen=True)
class Incoming:
    sender: str
    text: str
    sent_at: datetime
    part: tuple[int, int, int] | None  # (reference, total, seq) of a long message


def read_deliver(hex_text: str) -> Incoming:
    """A message a villager sent to the station's SIM."""
    r = _Reader(hex_text)
    r.take(r.octet())
    first = r.octet()
    if first & 0x03 != 0x00:
        raise PduError("不是收到的短信")
    sender = r.address()
    r.octet()  # protocol identifier
    coding = r.octet()
    sent_at = r.timestamp()
    length = r.octet()
    rest = r.data[r.at:]
    part = None
    header_octets = 0
    if first & 0x40:
        header_octets = rest[0] + 1
        header = rest[1:header_octets]
        if len(header) >= 5 and header[0] == 0 and header[1] == 3:
            part = (header[2], header[3], header[4])
    alphabet = (coding >> 2) & 0x03 if coding & 0xC0 == 0 else 0
    if alphabet == 2:  # UCS-2
        text = rest[header_octets:length].decode("utf-16-be", errors="replace")
    elif alphabet == 0:  # GSM 7-bit, the header padded to a septet boundary
        skip = ((header_octets * 8 + 6) // 7) * 7 if header_octets else 0
        text = unpack_gsm7(rest, length - skip // 7, skip)
    else:
        raise PduError("短信的编码无法识别")
    return Incoming(sender, text, sent_at, part)
