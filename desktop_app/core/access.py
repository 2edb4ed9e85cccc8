"""Who may do what: the node's role decides which records it owns, the user's role what they may
change. Checked by every service before it writes, so the CLI and the GUI enforce the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.models import NodeRole, UserRole
from desktop_app.errors import PermissionDenied, Term

# What each kind of node may author. The exchange's merge checks the same table for senders.
NODE_RIGHTS: dict[NodeRole, frozenset[str]] = {
    NodeRole.COORDINATOR: frozenset(
        {
            "plan",  # strategy, directions, measures, indicators, institutions, facilities
            "catalog",
            "evaluate",
            "inspect",  # inspections, notes, findings, deadline extensions
            "report_progress",
            "respond_finding",
        }
    ),
    NodeRole.INSTITUTION: frozenset({"report_progress", "respond_finding"}),
    NodeRole.INSPECTION_TEAM: frozenset({"inspect"}),
}

ACTION_NAMES = {
    "plan": Term("edit the action plan"),
    "catalog": Term("edit the requirement catalog"),
    "evaluate": Term("evaluate progress reports"),
    "inspect": Term("record inspections and findings"),
    "report_progress": Term("report progress"),
    "respond_finding": Term("respond to findings"),
}


@dataclass(frozen=True)
class Access:
    node_role: NodeRole
    user_role: UserRole

    def can(self, right: str) -> bool:
        if self.user_role is UserRole.VIEWER:
            return False
        return right in NODE_RIGHTS[self.node_role]

    def require_editor(self) -> None:
        """For writes whose node rights the rule book alone decides (a finding's moves)."""
        if self.user_role is UserRole.VIEWER:
            raise PermissionDenied("a viewer cannot change anything")

    def require(self, right: str) -> None:
        self.require_editor()
        if right not in NODE_RIGHTS[self.node_role]:
            raise PermissionDenied(
                "this node ({role}) cannot {action}",
                role=Term(self.node_role.value),
                action=ACTION_NAMES.get(right, Term(right)),
            )

    @property
    def is_admin(self) -> bool:
        return self.user_role is UserRole.ADMIN

    def require_admin(self, what: Term) -> None:
        if not self.is_admin:
            raise PermissionDenied("only an admin can {what}", what=what)
