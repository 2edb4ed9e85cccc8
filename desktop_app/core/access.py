"""Who may do what: the node's role decides which records it owns, the user's role what they may
change. Checked by every service before it writes, so the CLI and the GUI enforce the same rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_app.core.models import NodeRole, UserRole
from desktop_app.errors import PermissionDenied, Term


class Right(enum.StrEnum):
    """What a node may author."""

    PLAN = "plan"  # strategy, directions, measures, indicators, institutions, facilities
    CATALOG = "catalog"
    EVALUATE = "evaluate"
    INSPECT = "inspect"  # inspections, notes, findings, deadline extensions
    REPORT_PROGRESS = "report_progress"
    RESPOND_FINDING = "respond_finding"
    CO_SIGN = "co_sign"  # the partner agency's signature beside the issuing side's


# What each kind of node may author. The exchange's merge checks the same table for senders.
NODE_RIGHTS: dict[NodeRole, frozenset[Right]] = {
    # The coordinator signs for the agency that issues; the partner agency co-signs.
    NodeRole.COORDINATOR: frozenset(Right) - {Right.CO_SIGN},
    NodeRole.INSTITUTION: frozenset({Right.REPORT_PROGRESS, Right.RESPOND_FINDING}),
    NodeRole.INSPECTION_TEAM: frozenset({Right.INSPECT}),
    NodeRole.PARTNER_AGENCY: frozenset({Right.CO_SIGN}),
}

ACTION_NAMES: dict[Right, Term] = {
    Right.PLAN: Term("edit the action plan"),
    Right.CATALOG: Term("edit the requirement catalog"),
    Right.EVALUATE: Term("evaluate progress reports"),
    Right.INSPECT: Term("record inspections and findings"),
    Right.REPORT_PROGRESS: Term("report progress"),
    Right.RESPOND_FINDING: Term("respond to findings"),
    Right.CO_SIGN: Term("co-sign acts and verified closures"),
}


@dataclass(frozen=True)
class Access:
    node_role: NodeRole
    user_role: UserRole

    def can(self, right: Right) -> bool:
        if self.user_role is UserRole.VIEWER:
            return False
        return right in NODE_RIGHTS[self.node_role]

    def require_editor(self) -> None:
        """For writes whose node rights the rule book alone decides (a finding's moves)."""
        if self.user_role is UserRole.VIEWER:
            raise PermissionDenied("a viewer cannot change anything")

    def require(self, right: Right) -> None:
        self.require_editor()
        if right not in NODE_RIGHTS[self.node_role]:
            raise PermissionDenied(
                "this node ({role}) cannot {action}",
                role=Term(self.node_role.value),
                action=ACTION_NAMES[right],
            )

    @property
    def is_admin(self) -> bool:
        return self.user_role is UserRole.ADMIN

    def require_admin(self, what: Term) -> None:
        if not self.is_admin:
            raise PermissionDenied("only an admin can {what}", what=what)
