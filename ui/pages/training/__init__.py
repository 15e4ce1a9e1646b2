"""Training-centre pages: course catalogue and runs, trainees and walk-in enrolment."""
