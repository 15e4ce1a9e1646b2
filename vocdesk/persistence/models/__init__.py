"""All mapped tables; importing this package registers them on `Base.metadata`."""

from vocdesk.persistence.models.audit import AuditEvent
from vocdesk.persistence.models.college import Department, Setting
from vocdesk.persistence.models.community import (
    RepairJob,
    RepairPart,
    ServiceMinutes,
    ServicePoint,
    ShiftAttendance,
    ShiftService,
    VolunteerShift,
)
from vocdesk.persistence.models.dual import DualMou, DualPlacement, DualShift, DualTrainer, DualTrainerCertificate
from vocdesk.persistence.models.equipment import (
    Asset,
    AssetCategory,
    AssetCheckout,
    AssetMaintenance,
    EquipmentUsage,
    Location,
    Stocktake,
    StocktakeEntry,
)
from vocdesk.persistence.models.grants import FundingGrant, GrantAdjustment, Purchase, PurchaseLine, Vendor
from vocdesk.persistence.models.labour import DemandFact, GraduateOutcome, ProgrammeOccupation
from vocdesk.persistence.models.learner_support import FollowUpCase, LearnerIncome, LearnerSkill, LearnerSupport
from vocdesk.persistence.models.learners import Learner, LearnerStatusChange, LearningGroup
from vocdesk.persistence.models.packages import PackageExplanation, PackageHistory, PackageSubmission
from vocdesk.persistence.models.pdpa import BreachIncident, Erasure, GuardianConsent, SensitiveFact
from vocdesk.persistence.models.programmes import Programme
from vocdesk.persistence.models.teachers import (
    Enterprise,
    StaffingGroupCount,
    StaffingPlan,
    Teacher,
    TeacherContract,
    TeacherDevelopment,
    TeacherQualification,
    TeachingAssignment,
)
from vocdesk.persistence.models.training import Booking, Closure, Facility, HolidayChange, Lesson, Term
from vocdesk.persistence.models.users import AuthProof, UserAccount

__all__ = [
    "Asset",
    "AssetCategory",
    "AssetCheckout",
    "AssetMaintenance",
    "AuditEvent",
    "AuthProof",
    "Booking",
    "BreachIncident",
    "Closure",
    "DemandFact",
    "Department",
    "DualMou",
    "DualPlacement",
    "DualShift",
    "DualTrainer",
    "DualTrainerCertificate",
    "Enterprise",
    "EquipmentUsage",
    "Erasure",
    "Facility",
    "FollowUpCase",
    "FundingGrant",
    "GraduateOutcome",
    "GrantAdjustment",
    "GuardianConsent",
    "HolidayChange",
    "Learner",
    "LearnerIncome",
    "LearnerSkill",
    "LearnerStatusChange",
    "LearnerSupport",
    "LearningGroup",
    "Lesson",
    "Location",
    "PackageExplanation",
    "PackageHistory",
    "PackageSubmission",
    "Programme",
    "ProgrammeOccupation",
    "Purchase",
    "PurchaseLine",
    "RepairJob",
    "RepairPart",
    "SensitiveFact",
    "ServiceMinutes",
    "ServicePoint",
    "Setting",
    "ShiftAttendance",
    "ShiftService",
    "StaffingGroupCount",
    "StaffingPlan",
    "Stocktake",
    "StocktakeEntry",
    "Teacher",
    "TeacherContract",
    "TeacherDevelopment",
    "TeacherQualification",
    "TeachingAssignment",
    "Term",
    "UserAccount",
    "Vendor",
    "VolunteerShift",
]
