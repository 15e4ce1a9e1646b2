"""All mapped tables; importing this package registers them on `Base.metadata`."""

from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.persistence.models.college import Department, Setting
from vocdesk.persistence.models.learners import Learner, LearnerStatusChange, LearningGroup
from vocdesk.persistence.models.packages import PackageExplanation, PackageHistory, PackageSubmission
from vocdesk.persistence.models.pdpa import BreachIncident, Erasure, GuardianConsent, SensitiveFact
from vocdesk.persistence.models.programmes import Programme
from vocdesk.persistence.models.teachers import Teacher
from vocdesk.persistence.models.users import AuthProof, UserAccount

__all__ = [
    "AuditEvent",
    "AuthProof",
    "BreachIncident",
    "Department",
    "Erasure",
    "GuardianConsent",
    "Learner",
    "LearnerStatusChange",
    "LearningGroup",
    "PackageExplanation",
    "PackageHistory",
    "PackageSubmission",
    "Programme",
    "SensitiveFact",
    "Setting",
    "Teacher",
    "UserAccount",
]
