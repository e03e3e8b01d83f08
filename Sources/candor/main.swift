import CandorCLI
import Glibc

// The executable only hands the arguments to CandorCLI and exits with the status it returns.
exit(Candor.main(Array(CommandLine.arguments.dropFirst())))
