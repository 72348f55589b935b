"""The station's GSM/4G USB modem, driven by AT commands over its serial port (pyserial).

``Modem(port)`` takes anything with ``read``/``write`` (a ``serial.Serial``; tests give it
a pseudo-terminal with a simulated modem behind it). It sets the modem to PDU mode with
status reports as unsolicited ``+CDS`` lines, checks that it is registered on a network,
sends each part of a message with ``AT+CMGS`` and returns the references the network
gave them, and collects the delivery reports and replies that arrive meanwhile.
Every failure is a ``ModemError`` with a sentence an agent can act on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .pdu import Incoming, PduError, StatusReport, read_deliver, read_status_report, submit_parts

CTRL_Z = b"\x1a"
REGISTERED = {"1": "本地网络", "5": "漫游"}
# The +CMS ERROR codes a village agent meets, in their words.
CMS_WORDS = {
    "38": "网络暂时不可用", "41": "网络暂时故障", "42": "网络拥堵", "47": "网络资源不足",
    "310": "没有插SIM卡", "311": "SIM卡要输PIN码", "313": "SIM卡故障", "330": "短信中心号码未知",
    "331": "没有网络信号", "332": "网络超时", "500": "模块内部错误",
}


class ModemError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Sent:
    references: list[int]
    parts: int


@dataclass
class Inbox:
    reports: list[StatusReport] = field(default_factory=list)
    replies: list[Incoming] = field(default_factory=list)


class Modem:
    def __init__(self, port, timeout: float = 10.0, send_timeout: float = 60.0):
        self.port = port
        self.timeout = timeout
        self.send_timeout = send_timeout
        self.buffer = b""
        self.inbox = Inbox()
        self._reference = int(time.time()) & 0xFF

    # -- the line protocol ------------------------------------------------------------
    def _read_some(self, deadline: float) -> bool:
        chunk = self.port.read(256)
        if chunk:
            self.buffer += chunk
            return True
        if time.monotonic() > deadline:
            raise ModemError("timeout", "短信猫没有回应，请检查连接线和电源")
        return False

    def _raw_line(self, deadline: float) -> str:
        while b"\n" not in self.buffer:
            self._read_some(deadline)
        raw, self.buffer = self.buffer.split(b"\n", 1)
        return raw.decode("ascii", errors="replace").strip()

    def _unsolicited(self, line: str, deadline: float) -> bool:
        """A report or a reply arriving between answers (its PDU is on the next line)."""
        if line.startswith("+CDS:"):
            self._take_report(self._raw_line(deadline))
            return True
        if line.startswith("+CMT:"):
            self._take_reply(self._raw_line(deadline))
            return True
        return False

    def _line(self, deadline: float) -> str:
        """The next non-empty line; unsolicited reports met on the way go to the inbox."""
        while True:
            line = self._raw_line(deadline)
            if line and not self._unsolicited(line, deadline):
                return line

    def _take_report(self, pdu: str) -> None:
        try:
            self.inbox.reports.append(read_status_report(pdu))
        except PduError:
            pass  # a report the network garbled tells nothing; the message stays "sent"

    def _take_reply(self, pdu: str) -> None:
        try:
            self.inbox.replies.append(read_deliver(pdu))
        except PduError:
            pass

    def command(self, text: str, timeout: float | None = None) -> list[str]:
        """Send ``AT…``; return the lines before OK, or raise the modem's refusal."""
        self.port.write(text.encode("ascii") + b"\r")
        deadline = time.monotonic() + (timeout or self.timeout)
        lines = []
        while True:
            line = self._line(deadline)
            if line == text:  # the modem echoes until ATE0 is in force
                continue
            if line == "OK":
                return lines
            self._refused(line)
            lines.append(line)

    @staticmethod
    def _refused(line: str) -> None:
        if line == "ERROR":
            raise ModemError("error", "短信猫拒绝了这个命令")
        for mark in ("+CMS ERROR:", "+CME ERROR:"):
            if line.startswith(mark):
                code = line[len(mark):].strip()
                raise ModemError(code, f"短信发送失败：{CMS_WORDS.get(code, '错误代码 ' + code)}")

    # -- what the station does ----------------------------------------------------------
    def setup(self) -> str:
        """PDU mode, reports as they come; returns the network (raises without one)."""
        self.command("AT")
        self.command("ATE0")
        self.command("AT+CMEE=1")
        self.command("AT+CMGF=0")
        self.command("AT+CNMI=2,2,0,1,0")  # replies (+CMT) and delivery reports (+CDS) as they arrive
        return self.network()

    def network(self) -> str:
        for line in self.command("AT+CREG?"):
            if line.startswith("+CREG:"):
                state = line.split(",")[-1].strip()
                if state in REGISTERED:
                    return REGISTERED[state]
        raise ModemError("no_network", "短信猫没有连上手机网络（信号弱、欠费或没插SIM卡）")

    def send(self, number: str, text: str) -> Sent:
        """Send one message (in as many parts as it needs); the references come back in
        the status reports. A part refused stops the rest: the message is not sent whole."""
        try:
            parts = submit_parts(number, text, self._next_reference())
        except PduError as err:
            raise ModemError("bad_message", str(err)) from None
        references = []
        for part in parts:
            self.port.write(f"AT+CMGS={part.length}\r".encode("ascii"))
            self._wait_prompt(time.monotonic() + self.timeout)
            self.port.write(part.pdu.encode("ascii") + CTRL_Z)
            deadline = time.monotonic() + self.send_timeout
            while True:
                line = self._line(deadline)
                if line.startswith("+CMGS:"):
                    references.append(int(line.split(":")[1].split(",")[0]))
                elif line == "OK":
                    break
                else:
                    self._refused(line)
        return Sent(references, len(parts))

    def _wait_prompt(self, deadline: float) -> None:
        """Up to the "> " prompt; a report that arrived before it is kept, an error raised."""
        while True:
            prompt, newline = self.buffer.find(b">"), self.buffer.find(b"\n")
            if newline != -1 and (prompt == -1 or newline < prompt):
                line = self._raw_line(deadline)
                if line and not self._unsolicited(line, deadline):
                    self._refused(line)
                continue
            if prompt != -1:
                self.buffer = self.buffer[prompt + 1:]
                return
            self._read_some(deadline)

    def collect(self, wait: float = 0.0) -> Inbox:
        """Reports and replies that arrived (reading for up to ``wait`` seconds more)."""
        deadline = time.monotonic() + wait
        while True:
            self.buffer += self.port.read(256) or b""
            self._drain()
            if time.monotonic() >= deadline:
                break
        got, self.inbox = self.inbox, Inbox()
        return got

    def _drain(self) -> None:
        """Take the whole unsolicited reports in the buffer; keep a half-arrived one."""
        while True:
            lines = self.buffer.split(b"\n")
            if len(lines) < 2:
                return
            head = lines[0].decode("ascii", errors="replace").strip()
            if head.startswith(("+CDS:", "+CMT:")):
                if len(lines) < 3:
                    return
                pdu = lines[1].decode("ascii", errors="replace").strip()
                (self._take_report if head.startswith("+CDS:") else self._take_reply)(pdu)
                self.buffer = b"\n".join(lines[2:])
            else:
                self.buffer = b"\n".join(lines[1:])

    def _next_reference(self) -> int:
        self._reference = (self._reference + 1) & 0xFF
        return self._reference
