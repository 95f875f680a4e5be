@testable import AgreementUI
import Testing

@Suite("Cells: four bytes each, every grapheme kept exactly")
struct CellTests {
    @Test func aCellIsPlainMemoryOfFourBytes() {
        #expect(_isPOD(Cell.self), "a cell holds no reference (no String, no heap) — copying a screen is a memory copy")
        #expect(MemoryLayout<Cell>.stride == 4)
        #expect(MemoryLayout<Cell>.size == 4, "no padding: equal cells are equal bytes, which CellDiff's memcmp relies on")
    }

    @Test func theHighestScalarTheLastClusterNumberAndEveryRoleShareAWordWithoutMixing() {
        let highest = Unicode.Scalar(0x10FFFF)!
        for role in Role.allCases {
            let cell = Cell(scalar: highest, role: role)
            #expect(cell.role == role && cell.scalar == highest && !cell.isContinuation)
            var continued = Cell.continuation(role)
            #expect(continued.isContinuation && continued.role == role && continued.scalar == nil)
            continued.blankText()
            #expect(continued == Cell.space(role))
        }
        var cluster = Cell(scalar: "a", role: .selection)
        cluster.code = Cell.clusterBit | Cell.clusterLimit
        #expect(cluster.role == .selection && cluster.scalar == nil && !cluster.isContinuation, "the last number is not the continuation mark")
    }

    @Test func aFullGraphemeTableLeavesAClusterItsFirstScalar() {
        let table = GraphemeTable(limit: 2)
        #expect(table.number("e\u{301}") == 0 && table.number("🇳🇴") == 1)
        #expect(table.number("🇸🇪") == nil, "no room: the cell shows «🇸» rather than another cluster's number")
        #expect(table.number("e\u{301}") == 0 && table.text(1) == "🇳🇴", "clusters already numbered keep their numbers")
    }

    @Test func everyRoleComesBackAsItWasSet() {
        for role in Role.allCases {
            var cell = Cell(scalar: "a", role: .normal)
            cell.role = role
            #expect(cell.role == role && Cell("æ", role: role).role == role)
        }
    }

    @Test func everyGraphemeComesBackAsItWasPut() {
        for text in [" ", "a", "æ", "…", "│", "宽", "🇳🇴", "e\u{301}", "👩‍👩‍👧‍👦", "\u{1F44D}\u{1F3FD}"] {
            #expect(Cell(text, role: .title).text == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Cell(Character(text), role: .title).text == text)
        }
        #expect(Cell("", role: .normal).isContinuation && Cell.continuation(.normal).text.isEmpty)
        #expect(!Cell("a").isContinuation && Cell("a").scalar == "a" && Cell("🇳🇴").scalar == nil)
    }

    @Test func equalTextAndRoleMakeEqualCells() {
        #expect(Cell("🇳🇴", role: .normal) == Cell("🇳🇴", role: .normal))
        #expect(Cell("🇳🇴", role: .normal) != Cell("🇸🇪", role: .normal))
        #expect(Cell("e\u{301}", role: .normal) != Cell("e", role: .normal))
        #expect(Cell("a", role: .normal) != Cell("a", role: .title))
        #expect(Cell(scalar: "a", role: .muted) == Cell("a", role: .muted))
        #expect(Cell.space(.header) == Cell(" ", role: .header))
    }

    @Test func aBlankedCellKeepsItsRole() {
        var cell = Cell("🇳🇴", role: .warning)
        cell.blankText()
        #expect(cell == Cell(" ", role: .warning))
    }

    @Test func aRolesOrdinalIsItsPlaceInAllCases() {
        for (index, role) in Role.allCases.enumerated() { #expect(role.ordinal == index, "\(role)") }
    }

    @Test func aScreenLineReadsBackClustersAndWideGraphemes() {
        var screen = Screen(width: 12, height: 1)
        screen.put("a🇳🇴宽e\u{301}ø", x: 0, y: 0, role: .normal)
        #expect(screen.line(0) == "a🇳🇴宽e\u{301}ø     ")
    }
}
