import AgreementKit

/// Where the wheel view's parts go for a size: the title line, the year strip (with a line of
/// quarter themes when a wheel gives them), the list of dates and the selected entry's details.
struct WheelLayout {
    var title: Rect
    var strip: Rect
    var list: Rect
    var detail: Rect
    var status: Rect
    var footer: Rect

    init(_ size: Size, core: AppCore) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (_, rest) = screen.splitTop(1)
        let (aboveFooter, footer) = rest.splitBottom(1)
        let (body, status) = aboveFooter.splitBottom(1)
        let (title, belowTitle) = body.splitTop(1)
        let (strip, panes) = belowTitle.splitTop(WheelLayout.themes(core).isEmpty ? 3 : 4)
        let (list, detail) = panes.splitLeft(size.width * 3 / 5)
        self.title = title
        self.strip = strip
        self.list = list
        self.detail = detail
        self.status = status
        self.footer = footer
    }

    /// The quarter themes of the wheels that apply to the agreement, by quarter.
    static func themes(_ core: AppCore) -> [Int: String] {
        guard let agreement = core.agreement else { return [:] }
        var themes: [Int: String] = [:]
        for wheel in core.companions.wheels where wheel.applies(to: agreement.header.municipality) {
            for theme in wheel.themes where themes[theme.quarter] == nil { themes[theme.quarter] = theme.title }
        }
        return themes
    }
}
