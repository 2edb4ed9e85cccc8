"""The English names of the core's stored values (statuses, roles, severities, kinds...), which
the front ends show translated in the "labels" context of resources/translations/*.ts.

Stored values stay English identifiers; only what is shown is translated. The GUI (through
desktop_app/gui/labels.py) and the CLI's tables read these names, so a status reads the same in
both, and as the printed reports name it (tests/gui/test_state_names.py);
scripts/core_messages.py hands them to pyside6-lupdate.
"""

from __future__ import annotations

NAMES: dict[str, str] = {
    # progress status
    "not_started": "Not started",
    "in_progress": "In progress",
    "completed": "Completed",
    "cancelled": "Cancelled",
    "delayed": "Delayed",
    # evaluation
    "implemented": "Implemented",
    "partly_implemented": "Partly implemented",
    "not_implemented": "Not implemented",
    "needs_clarification": "Needs clarification",
    "pending": "Pending evaluation",
    # node roles
    "coordinator": "Coordinating body",
    "institution": "Institution",
    "inspection-team": "Inspection team",
    "partner-agency": "Partner agency (State Security Service)",
    # the joint commission's signatures on an inspection's acts
    "awaiting_co_signature": "Awaiting co-signature",
    "co_signed": "Co-signed",
    # user roles
    "admin": "Administrator",
    "editor": "Editor",
    "viewer": "Viewer",
    # severity
    "critical": "Critical",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    # finding status
    "open": "Open",
    "in_remediation": "In remediation",
    "remediated": "Remediated",
    "verified_closed": "Verified and closed",
    "disputed": "Disputed",
    "withdrawn": "Withdrawn",
    # verification of a finding: method and result
    "document_review": "Document review",
    "on_site": "On site",
    "closed": "Verified: close it",
    "returned": "Not remediated: return it",
    # a coordinator's decision on a dispute
    "uphold": "Uphold the finding",
    "withdraw": "Withdraw the finding",
    # a coordinator's decision on a request for more time, and the request's state
    "approve": "Approve: move the deadline",
    "reject": "Reject",
    "approved": "Approved",
    "rejected": "Rejected",
    # inspection kind (its statuses are below)
    "scheduled": "Scheduled",
    "unscheduled": "Unscheduled",
    "follow_up": "Follow-up",
    # indicator direction
    "increase": "Increase",
    "decrease": "Decrease",
    # what a plan revision changes ("cancelled" is shared above)
    "title": "Title",
    "start": "Start date",
    "end": "End date",
    "continuous": "Continuous",
    "lead": "Lead institution",
    "co_executors": "Co-executors",
    # institution kinds
    "ministry": "Ministry",
    "agency": "Agency",
    "cii_operator": "CII operator",
    "coordinating_body": "Coordinating body",
    # a partner's state, and what became of a bundle (the bundle log's outcome)
    "active": "Active",
    "revoked": "Revoked",
    "sent": "Sent",
    "merged": "Merged",
    "already imported": "Already imported",
    "refused": "Refused",
}

# An inspection's statuses, in a context of their own: a measure is "In progress" and
# "Completed" too, but Russian agrees an inspection's words with "проверка" (Проводится,
# Завершена), as the printed reports do (reports/i18n.py, RU_INSPECTION_STATUS).
INSPECTION_STATUS_CONTEXT = "inspection status"
INSPECTION_STATUSES: dict[str, str] = {
    "planned": "Planned",
    "in_progress": "In progress",
    "completed": "Completed",
    "report_issued": "Act issued",
}

# The kinds of a due list's item (core.due.DueKind), apart from the stored values above: a due
# "finding" is a finding to remediate, not the record kind.
DUE_KINDS: dict[str, str] = {
    "report": "Lead report for the period",
    "measure_end": "Measure ending",
    "clarification": "Clarification requested",
    "finding": "Finding to remediate",
    "claim": "Remediation awaiting verification",
    "extension": "Extension request awaiting a decision",
    "task": "Working group task",
}
