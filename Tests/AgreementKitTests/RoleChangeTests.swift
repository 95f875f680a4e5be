import AgreementKit
import TestSupport
import Testing

/// A new leader or contact person during the year: the header names the current one, the
/// agreement keeps who held the role when, and a signed agreement records an amendment.
@Suite("A new leader or contact person during the year")
struct RoleChangeTests {
    let recorded = LocalDate(year: 2011, month: 8, day: 20)!
    let august15 = LocalDate(year: 2011, month: 8, day: 15)!

    private func agreement(_ phase: Phase) -> Agreement {
        var a = Fixtures.agreement(phase: phase)
        a.header.leader = "Kari Hansen"
        a.header.contactPerson = "Per Berg"
        return a
    }

    private func hand(_ a: inout Agreement, _ role: Party = .leader, to name: String = "Ola Nordmann", from date: LocalDate? = nil,
                      reason: String = "") throws(RoleChangeProblem) {
        try a.handOver(role, to: name, from: date ?? august15, reason: reason, recorded: recorded, party: .contactPerson, person: "Per Berg",
                       id: "rc1", amendmentID: "am1", label: "1 Om avtalen – Enhetsleder")
    }

    @Test func inInngaaelseTheHeaderChangesAndTheRecordKeepsTheEarlierLeader() throws {
        var a = agreement(.agreement)
        try hand(&a)
        #expect(a.header.leader == "Ola Nordmann")
        #expect(a.roleChanges == [RoleChange(id: "rc1", role: .leader, previous: "Kari Hansen", name: "Ola Nordmann", from: august15, reason: "",
                                             recorded: recorded, party: .contactPerson, person: "Per Berg")])
        #expect(a.amendments.isEmpty, "before signing, a change is not an amendment")
        #expect(a.holders(of: .leader) == [RoleHolder(name: "Kari Hansen", from: nil, until: LocalDate(year: 2011, month: 8, day: 14)),
                                           RoleHolder(name: "Ola Nordmann", from: august15, until: nil)])
        #expect(a.holders(of: .contactPerson) == [RoleHolder(name: "Per Berg", from: nil, until: nil)])
    }

    @Test func aSignedAgreementNeedsAReasonAndRecordsAnAmendmentWithoutTouchingTheSignatures() throws {
        var a = agreement(.followUp)
        a.signOffs = [SignOff(phase: .agreement, party: .leader, name: "Kari Hansen", date: LocalDate(year: 2011, month: 2, day: 1)!)]
        #expect(throws: RoleChangeProblem.reasonMissing) { try hand(&a, reason: "  ") }
        #expect(a.header.leader == "Kari Hansen" && a.roleChanges.isEmpty, "a refusal changes nothing")
        try hand(&a, reason: "Kari Hansen har sluttet")
        #expect(a.header.leader == "Ola Nordmann")
        #expect(a.amendments.count == 1)
        let amendment = try #require(a.amendments.first)
        #expect(amendment.oldValue == "Kari Hansen" && amendment.newValue == "Ola Nordmann" && amendment.reason == "Kari Hansen har sluttet")
        #expect(amendment.date == recorded && amendment.field == "1 Om avtalen – Enhetsleder")
        #expect(a.signOffs.first?.name == "Kari Hansen", "the signed parties are never rewritten")
    }

    @Test func twoChangesOfOneRoleGiveThreeHoldersInOrder() throws {
        var a = agreement(.agreement)
        try hand(&a, .contactPerson, to: "Lise Dahl", from: LocalDate(year: 2011, month: 3, day: 1)!)
        try hand(&a, .contactPerson, to: "Tor Moe", from: LocalDate(year: 2011, month: 10, day: 1)!)
        #expect(a.header.contactPerson == "Tor Moe")
        #expect(a.holders(of: .contactPerson).map(\.name) == ["Per Berg", "Lise Dahl", "Tor Moe"])
        #expect(a.holders(of: .contactPerson)[1].until == LocalDate(year: 2011, month: 9, day: 30))
        #expect(a.header.leader == "Kari Hansen", "the other role stays")
    }

    @Test func refusalsNameWhatIsWrong() throws {
        var a = agreement(.agreement)
        #expect(throws: RoleChangeProblem.sameHolder("Kari Hansen")) { try hand(&a, to: " Kari Hansen ") }
        #expect(throws: RoleChangeProblem.nameMissing) { try hand(&a, to: "  ") }
        #expect(throws: RoleChangeProblem.notARole(.director)) { try hand(&a, .director) }
        let early = LocalDate(year: 2010, month: 12, day: 1)!
        #expect(throws: RoleChangeProblem.beforeYear(early, year: 2011)) { try hand(&a, from: early) }
        try hand(&a)
        #expect(throws: RoleChangeProblem.notAfterLastChange(august15, last: august15)) { try hand(&a, to: "Siri Lund") }
        var closed = agreement(.closed)
        #expect(throws: RoleChangeProblem.closed) { try hand(&closed, reason: "x") }
        #expect(closed.roleChanges.isEmpty)
    }
}
