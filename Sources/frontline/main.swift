import Foundation
import FrontlineCLI

exit(CommandLineTool.main(arguments: Array(CommandLine.arguments.dropFirst())))
