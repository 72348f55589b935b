"""The town hub service: what stations reach over HTTP or by file — enrolment, the trust
checks, applying pushed pages, the change log they pull, conflicts, review before
import, backups. Imports the wire and the core, never a station's side or the town's."""
