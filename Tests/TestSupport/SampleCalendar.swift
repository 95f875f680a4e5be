import AgreementKit
import AgreementStore
import AgreementUI

/// The built-in wheels and guide around an agreement, for interface tests: the Bø wheel made to
/// apply to every municipality, Sula's as it is, and an earlier conversation whose follow-ups
/// the next one shows.
public enum SampleCalendar {
    public static let wheels: [AnnualWheel] = (try? SampleCatalog.wheels()) ?? []
    public static let guides: [ConversationGuide] = (try? SampleCatalog.guides()) ?? []

    /// The Bø school wheel with its municipality taken off, so it applies to the samples.
    public static var everywhere: [AnnualWheel] {
        wheels.map { wheel in
            var copy = wheel
            if copy.id == "bo-skule" { copy.municipalities = [] }
            return copy
        }
    }

    /// A finished conversation of 12.05 in the agreement's year with two follow-ups, one on a goal row.
    public static func earlierConversation(for agreement: Agreement) -> Conversation {
        let year = agreement.header.year
        let guide = guides.first
        let area = guide?.areas.first?.id
        let row = agreement.allRows.first { !$0.targetNumber.isEmpty }?.id
        return Conversation(agreementID: agreement.id, date: LocalDate(year: year, month: 5, day: 12)!, guideID: guide?.id ?? "leiarsamtale-rektor",
                            areas: area.map { [ConversationNotes(areaID: $0, notes: "Gjennomgang av resultatene.")] } ?? [],
                            followUps: [
                                FollowUpItem(id: "fu-plan", what: "Plan for lesing på mellomtrinnet", who: "Rektor", due: LocalDate(year: year, month: 6, day: 1),
                                             goalRowID: row, areaID: area),
                                FollowUpItem(id: "fu-team", what: "Teamtid for 5.–7. trinn", who: "Kontaktpersonen", due: LocalDate(year: year, month: 9, day: 30), areaID: area),
                            ],
                            step: .minutes, finished: true)
    }

    /// Wheels, guides and an earlier conversation for `agreement`.
    public static func companions(for agreement: Agreement) -> Companions {
        Companions(wheels: everywhere, guides: guides, conversations: [earlierConversation(for: agreement)])
    }
}
