"""People: the person's own support network, and who is in the crisis plan."""
