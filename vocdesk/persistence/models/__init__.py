"""All mapped tables; importing this package registers them on `Base.metadata`."""

from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.persistence.models.college import Department, Setting
from vocdesk.persistence.models.learners import Learner, LearnerStatusChange, LearningGroup
from vocdesk.persistence.models.programmes import Programme
from vocdesk.persistence.models.teachers import Teacher

__all__ = [
    "AuditEvent",
    "Department",
    "Learner",
    "LearnerStatusChange",
    "LearningGroup",
    "Programme",
    "Setting",
    "Teacher",
]
