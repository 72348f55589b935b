"""Station ↔ town hub sync: protocol, station engine and HTTP client, hub service,
USB batch files. Never imports Qt (see PROTOCOL.md)."""
