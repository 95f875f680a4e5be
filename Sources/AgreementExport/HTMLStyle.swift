/// The embedded stylesheet of the HTML export: readable on screen, the form's phase colours
/// (Okabe–Ito blue, orange and green, each with its letter B/O/G so black and white prints keep
/// the meaning), and the print copy: A4, the goal tables of sections 2 and 3 on landscape pages
/// so every column has room for its longest word, a goal area kept with its assessment, page
/// breaks only before sections 2, 3 and 4, and a running header and page numbers in the page
/// margins (`pageRules`). It holds no "<" or "&" so the page stays well-formed XML.
enum HTMLStyle {
    /// The `@page` rules of the print copy: A4 portrait, landscape pages named `wide`, the
    /// running header (left and right) and the page number (`counter(page)`, `counter(pages)`).
    /// The cover page has the title, so it has no running header.
    static func pageRules(headerLeft: String, headerRight: String, pageNumber: (before: String, between: String, after: String)) -> String {
        let box = "font-family: Arial, \"Liberation Sans\", Helvetica, sans-serif; font-size: 7.5pt; color: #333333;"
        let number = [CSSText.string(pageNumber.before), "counter(page)", CSSText.string(pageNumber.between), "counter(pages)",
                      CSSText.string(pageNumber.after)].joined(separator: " ")
        return """
        @page { size: A4; margin: 16mm 15mm 15mm 15mm;
          @top-left { content: \(CSSText.string(headerLeft)); \(box) vertical-align: bottom; padding-bottom: 2.5mm; }
          @top-right { content: \(CSSText.string(headerRight)); \(box) font-weight: 700; vertical-align: bottom; padding-bottom: 2.5mm; }
          @bottom-center { content: \(number); \(box) vertical-align: top; padding-top: 2.5mm; }
        }
        @page :first { @top-left { content: none; } @top-right { content: none; } }
        @page wide { size: A4 landscape; margin: 12mm 11mm 12mm 11mm; }
        """
    }

    static let css = screen + "\n" + print

    private static let screen = """
    :root { --blue: #0072B2; --orange: #E69F00; --green: #009E73;
            --blue-bg: #E8F2F9; --orange-bg: #FDF4E1; --green-bg: #E3F5EF;
            --ink: #1B1B1B; --muted: #5A5A5A; --line: #9A9A9A; }
    * { box-sizing: border-box; }
    html { background: #F4F4F2; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: var(--ink); background: #FFFFFF; line-height: 1.45; font-size: 15px;
           max-width: 75rem; margin: 0 auto; padding: 2rem 2.5rem 4rem; }
    h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
    h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
    p { margin: .3rem 0; }
    .subtitle { color: var(--muted); margin: 0 0 1rem; }
    .notice { border: 2px solid var(--ink); padding: .5rem .75rem; margin: 1rem 0; font-weight: 600; }
    .notice.private { border-color: #B00020; color: #B00020; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    th, td { border: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; text-align: left;
             overflow-wrap: break-word; hyphens: manual; }
    th { background: #EFEFEF; font-weight: 600; }
    ul { margin: 0; padding-left: 1.1rem; }
    li { margin: .1rem 0; }
    li.heading, li.instruction, li.indicator { list-style: none; margin-left: -1.1rem; }
    li.heading { font-weight: 600; margin-top: .3rem; }
    li.instruction { font-style: italic; }
    li.done::marker { content: "✓ "; }
    table.parties { width: auto; min-width: 28rem; }
    table.parties th { width: 11rem; }
    table.goals th { width: 20%; }
    table.goals th:nth-child(2) { width: 22%; }
    table.goals th:nth-child(5) { width: 18%; }
    .tag { display: inline-block; min-width: 1.35em; margin-right: .4em; padding: 0 .2em; border-radius: .25em;
           font-size: .8em; font-weight: 700; line-height: 1.5; text-align: center; vertical-align: .05em;
           border: 1px solid var(--ink); }
    .tag.blue { background: var(--blue); color: #FFFFFF; }
    .tag.orange { background: var(--orange); color: #000000; }
    .tag.green { background: var(--green); color: #000000; }
    th.blue { background: var(--blue); color: #FFFFFF; }
    th.orange { background: var(--orange); color: #000000; }
    th.green { background: var(--green); color: #000000; }
    th.blue .tag, th.orange .tag, th.green .tag { background: #FFFFFF; color: #000000; }
    td.blue { background: var(--blue-bg); }
    td.orange { background: var(--orange-bg); }
    td.green { background: var(--green-bg); }
    .field { border-left: 5px solid var(--line); padding: .35rem .75rem; margin: .5rem 0 .75rem; }
    .field.blue { border-left-color: var(--blue); background: var(--blue-bg); }
    .field.orange { border-left-color: var(--orange); background: var(--orange-bg); }
    .field.green { border-left-color: var(--green); background: var(--green-bg); }
    .field .label { font-weight: 600; }
    .value.empty { min-height: 1.45em; }
    .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; color: var(--muted); }
    .legend li { margin: 0; }
    .phase-badge { font-weight: 600; }
    table.assessment td.mark, table.checklist td.mark { text-align: center; font-weight: 700; width: 9rem; }
    td.mark.chosen { background: var(--green); color: #000000; outline: 2px solid var(--ink); outline-offset: -3px; }
    .date { font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
    .linked { color: var(--muted); }
    .assessment-heading { font-weight: 700; margin-top: 1rem; }
    .assessment-body { display: grid; grid-template-columns: minmax(0, 9fr) minmax(0, 11fr); gap: 0 1rem; align-items: start; }
    .assessment-body table.assessment { margin: .5rem 0; }
    .goal-area { margin-top: 2.5rem; }
    .exempt { font-style: italic; }
    .signature-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2.5rem 3rem; margin-top: 1.5rem; }
    .signature { border-top: 1px solid var(--ink); padding-top: .3rem; }
    .signature .role { font-weight: 600; }
    .signature .name { color: var(--muted); }
    @media screen and (max-width: 40rem) { .assessment-body, .signature-grid { grid-template-columns: 1fr; } }
    """

    private static let print = """
    @media print {
      html { background: #FFFFFF; }
      body { max-width: none; margin: 0; padding: 0; font-size: 9pt; line-height: 1.2;
             font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h1 { font-size: 18pt; margin: 0 0 1mm; }
      h2 { font-size: 13pt; margin: 0 0 2mm; padding-bottom: .6mm; border-bottom-width: 1.2pt; }
      h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
      h4 { font-size: 10pt; margin: 0 0 1.5mm; }
      p { margin: .8mm 0; }
      ul { padding-left: 3.2mm; }
      li { margin: 0; }
      li.heading, li.instruction, li.indicator { margin-left: -3.2mm; }
      li.heading { margin-top: .8mm; }
      table { margin: 1mm 0 2mm; }
      th, td { padding: .7mm 1.2mm; border-color: #6F6F6F; }
      table.goals, table.assessment { font-size: 8pt; }
      table.goals th { width: 22%; }
      table.goals th:nth-child(1), table.goals th:nth-child(5) { width: 17%; }
      .tag { font-size: 7pt; line-height: 1.35; margin-right: 1.2mm; }
      .notice { padding: 1.5mm 2.5mm; margin: 3mm 0; }
      .notice.private { color: #000000; border-color: #000000; }
      .field { border-left-width: 1.2mm; padding: 1mm 2.5mm; margin: 1.2mm 0 2mm; }
      .value.empty { min-height: 5mm; }
      table.parties { min-width: 0; width: 60%; }
      table.parties th { width: 40%; }
      .legend { gap: 1mm 6mm; margin: 2mm 0 0; }
      table.checklist td.mark { width: 19mm; }
      table.assessment td.mark { width: auto; }
      .part.page { break-before: page; }
      .part.wide { page: wide; }
      .part { margin-top: 7mm; }
      .part.page { margin-top: 0; }
      .goal-area { margin-top: 0; padding-top: 2mm; break-inside: avoid; }
      .goal-area.long, .goal-area.long tr { break-inside: auto; }
      .assessment-heading { margin-top: 1.5mm; }
      .assessment-body { grid-template-columns: 52fr 24fr 24fr; gap: 0 3mm; }
      table.assessment th:first-child { width: 34%; }
      .assessment-body .comments { display: contents; }
      .assessment-body .field { margin: 1mm 0; font-size: 8pt; }
      .assessment-block, tr, .field, .tag, .signatures { break-inside: avoid; }
      .assessment-block { break-before: avoid; }
      thead { display: table-header-group; }
      h1, h2, h3, h4, .assessment-heading, .label { break-after: avoid; }
      .signature-grid { gap: 14mm 12mm; margin-top: 12mm; }
    }
    """
}
