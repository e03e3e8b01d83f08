import Glibc

// The executable only wires the pieces together: parse the command line, run the command, exit.
exit(Candor.main(Array(CommandLine.arguments.dropFirst())))
