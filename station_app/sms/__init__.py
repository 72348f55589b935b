"""Text messages to villagers from the station's own GSM/4G modem (a USB dongle with a SIM
works without internet): the PDU encoding (``pdu``) and the AT-command driver (``modem``)."""
