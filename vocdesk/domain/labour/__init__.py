"""Labour-market rules: demand facts (units, periods, totals, occupation schemes) and graduate-outcome figures."""
