"""Community service pages: service points, repair intake, the job list and learners' service hours."""
