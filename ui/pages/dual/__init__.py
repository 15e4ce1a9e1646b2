"""Dual system (ทวิภาคี) pages: enterprises, MOUs, trainers, placements with their findings."""
