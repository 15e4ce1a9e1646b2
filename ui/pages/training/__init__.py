"""Training-centre pages: facilities, week grid, spare-room finder, approvals; courses, runs, trainees."""
