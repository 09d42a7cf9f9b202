"""The life check: the person rates each of their life areas 1-7 and notes what is going well."""
