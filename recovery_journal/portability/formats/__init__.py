"""One module per import format; each turns a file into plain records or an ImportProblem."""
