"""Password hashing, lockout and idle-lock policies: pure logic, no database."""
