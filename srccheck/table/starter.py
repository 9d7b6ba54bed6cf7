"""The commented starter table that ``srccheck sources init`` writes."""

STARTER_TABLE = """\
# A newsroom's own reliability table for srccheck.
#
# srccheck reads its built-in table first and then this file: an entry here with the same id
# as a built-in one replaces it, a new id adds a source. `srccheck sources list` shows the
# result and `srccheck sources show ID` shows where each entry came from.
# Set `extends_default = false` to use only the entries in this file.

schema_version = 1
extends_default = true

# Override a built-in entry: same id, your own score and grounds.
# [[source]]
# id = "tass"
# name = "TASS"
# kind = "outlet"
# score = 10
# basis = "Our standards desk treats TASS as a channel for official Russian claims only."
# reviewed = 2026-01-15

# Add a source the built-in table does not know (remove the leading "# " to use it; an
# example left in would rate a made-up outlet).
# [[source]]
# id = "example-regional-daily"
# name = "Example Regional Daily"
# kind = "outlet"                   # person | outlet | channel | think-tank | official
# score = 70                        # 0-100; see docs/rubric.md for the bands
# basis = "Replace with the public grounds for this score, in one sentence."
# reviewed = 2026-01-15
# sources = ["standards desk"]      # where the facts come from (shown by `sources show`)
# aliases = ["ERD"]
# domains = ["example.org"]
# tags = ["regional"]

# Rate people the table cannot list by the role the text gives them.
# [[role_default]]
# id = "medical"
# name = "named doctor or medical worker"
# phrases = ["doctor", "surgeon", "nurse", "paramedic"]
# score = 60
# basis = "Our policy: named medical staff are checked against the hospital before publication."

# Re-rate a class of vague attribution for your newsroom.
# [[class_default]]
# id = "anonymous-source"
# name = "anonymous source"
# phrases = ["sources said", "a source familiar with"]
# score = 25
# basis = "Our policy: anonymous sources need a second, named source."
"""
