import Foundation
// The benchmark tool; see README, "Ytelse / Performance".
print("lederavtale-bench: generate | run")
