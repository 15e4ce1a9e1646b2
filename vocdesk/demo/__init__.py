"""A deterministic demo college (departments, programmes, staff, groups, learners) for trying VocDesk out."""

from vocdesk.demo.fill import DemoOptions, fill_demo_college, fill_demo_college_with_users

__all__ = ["DemoOptions", "fill_demo_college", "fill_demo_college_with_users"]
