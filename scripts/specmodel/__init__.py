"""Our specs as the checks read them, shared by the drift checks (check-docs, check-sdk) and the
breaking-change report (diff-specs); owned by none of them.

  kinds.py      types on one comparable scale (spec schemas and vendor type expressions)
  document.py   specs, operations, parameters and schemas resolved into comparable fields
  decisions.py  x-decision records: what a spec deliberately departs from, pinned per source
"""
