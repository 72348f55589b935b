"""Station ↔ town hub sync. Never imports Qt (see PROTOCOL.md).

At this level, the wire both sides speak: ``protocol`` (messages, versions, signing),
``packing`` (compact pages), ``batch_files`` (the signed USB file format), ``files``
(atomic writes), ``crash`` (named crash points for the crash tests). Then three parts,
imports pointing one way (town → hub → wire, station → wire):

- ``station``: a station's side: client, engine, state, recovery, enrolment, USB files, CLI;
- ``hub``: the hub service: app, guard, apply, trust, change log, conflicts, stations, store;
- ``town``: the town's back office on the hub's data: its writes, notices, problems,
  queries, reports, exports, staff, demo.
"""
