import AgreementKit
import AgreementUI
import TestSupport

/// The Hoeggen sample in the interface as of 15.09.2011 (the sample store's «per» date), with the
/// store's wheels and guide around it.
enum CalendarTestState {
    static let today = LocalDate(year: 2011, month: 9, day: 15)!

    /// `wheels` defaults to the Bø wheel made to apply to Trondheim; `earlier` adds the finished
    /// conversation of 12.05 with its two follow-ups.
    static func make(_ width: Int = 120, _ height: Int = 40, today: LocalDate = today, wheels: [AnnualWheel] = SampleCalendar.everywhere,
                     earlier: Bool = true, phase: Phase? = nil, schedule: AgreementSchedule? = nil) -> AppState {
        var agreement = SampleState.agreement
        if let phase { agreement.phase = phase }
        if let schedule { agreement.schedule = schedule }
        var state = AppState(agreement: agreement, size: Size(width: width, height: height), today: today, seed: 7)
        state.core.session.todayIsFixed = true
        state.core.companions = Companions(wheels: wheels, guides: SampleCalendar.guides,
                                           conversations: earlier ? [SampleCalendar.earlierConversation(for: agreement)] : [])
        return state
    }

    /// The mid-year meeting on 27.09 and the assessment's deadline 31.01 the year after.
    static let dates = AgreementSchedule(meetings: [.midYear: LocalDate(year: 2011, month: 9, day: 27)!],
                                         phaseDeadlines: [.assessment: LocalDate(year: 2012, month: 1, day: 31)!])
}
