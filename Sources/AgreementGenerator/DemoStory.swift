/// Where a demo unit's year stands on the store's date: the phase and the records that put it
/// there, so that the overview has something to show — and some units are behind.
enum DemoStory: Sendable {
    /// Still in Inngåelse after 1 March, some targets and measures missing, nothing signed: behind.
    case notSigned
    /// Moved on to Oppfølging with gaps and without signatures: behind on the agreement.
    case movedOnUnsigned
    /// In Oppfølging, signed, but no mid-year review by 30 June: behind.
    case noMidYearReview
    /// In Oppfølging, signed, mid-year review held, the log busy right up to the date.
    case onTrack
    /// As `onTrack`, but nothing logged since May.
    case quiet
    /// A past year, Avsluttet: every goal area rated, signed, improvement plans where unmet.
    case finished
    /// A past year still in Resultatvurdering, half rated: behind on the year-end assessment.
    case assessmentUnfinished
}
