import Foundation

// Foundation is imported here so the static Foundation's own dependencies are linked (Package.swift).
Program.main(Array(CommandLine.arguments.dropFirst()))
