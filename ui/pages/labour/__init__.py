"""Labour-market pages: demand facts, the occupation map, supply against demand, graduate outcomes."""
