import AgreementKit
import Catalogue

extension BrowseState {
    /// `m`: the mid-year review in Oppfølging, the year-end assessment in Resultatvurdering.
    func startMeeting(_ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        switch agreement.phase {
        case .followUp, .assessment:
            return .push(MeetingState(agreement))
        case .agreement, .closed:
            core.say(.meetingOnlyInFollowUpOrAssessment, .warning)
            return .none
        }
    }

    /// `e`: asks for the format, then public or full, then the file name (in the current folder).
    func beginExport(_ core: AppCore) -> Outcome {
        core.agreement == nil ? .none : .push(DialogState(.exportFormat, core: core))
    }
}
