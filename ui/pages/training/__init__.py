"""Training-centre pages: facilities, week grid, spare-room finder, approval queue, timetable import."""
