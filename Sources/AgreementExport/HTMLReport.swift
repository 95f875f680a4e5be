import Catalogue

/// A self-contained, well-formed HTML page around report sections (the overview, `export --all`):
/// the print copy's stylesheet and a few rules for the overview table, no scripts.
enum HTMLReport {
    static func document(title: String, words: any Wording, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLText.attribute(words.languageTag))">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="lederavtale"/>
        <title>\(HTMLText.attribute(title))</title>
        <style>
        \(HTMLStyle.css)
        table.overview { width: 100%; border-collapse: collapse; font-size: 9pt; }
        table.overview th, table.overview td { border: 1px solid #999999; padding: 2px 4px; vertical-align: top; text-align: left; }
        table.overview tr.behind td { font-weight: 700; }
        article.agreement { break-before: page; }
        @media print {
        @page { size: A4 landscape; margin: 12mm 11mm 12mm 11mm; }
        }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
