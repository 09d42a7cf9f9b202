"""My hope box: what reminds the person why things matter (issue 20)."""
