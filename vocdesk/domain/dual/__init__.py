"""Dual system (ทวิภาคี) rules, pure: the checks made before a learner is placed with an enterprise."""
