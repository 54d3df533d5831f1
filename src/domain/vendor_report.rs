//! A vendor's redemption report: CSV with a `code` column and a `date` column (the day the code
//! was used; a timestamp is accepted too).

use std::io::Read;

use chrono::NaiveDate;

use super::code_format;
use super::registry_files::{FileProblem, ProblemKind, Sheet, parse_date};

/// One line of a vendor's redemption report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendorRedemption {
    pub line: u64,
    pub code: String,
    pub redeemed_on: NaiveDate,
}

/// Reads a report; every problem is reported with its line.
pub fn read(reader: impl Read) -> Result<Vec<VendorRedemption>, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    if let Some((mut sheet, mut csv)) = Sheet::open("report", reader, &["code", "date"], &mut problems) {
        sheet.each_record(&mut csv, |sheet, line, fields| {
            let code = code_format::canonicalize(fields[0]);
            let date = parse_date(fields[1]);
            match (code, date) {
                (Ok(code), Some(redeemed_on)) => rows.push(VendorRedemption {
                    line,
                    code,
                    redeemed_on,
                }),
                (code, date) => {
                    let code = code.err();
                    let date = date.is_none().then(|| fields[1].to_string());
                    let mut bad = Vec::new();
                    if let Some(problem) = &code {
                        bad.push(format!("code: {problem}"));
                    }
                    if let Some(date) = &date {
                        bad.push(format!("date must be like 2026-11-30, not {date:?}"));
                    }
                    sheet.problem_of(line, ProblemKind::ReportLine { code, date }, bad.join("; "));
                }
            }
        });
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_dates_by_header() {
        let rows =
            read("Date,Code\n2026-11-30,titan-aaaa\n2026-12-01T08:00:00Z,TITAN-BBBB\n".as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].code, "TITAN-AAAA");
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[1].redeemed_on.to_string(), "2026-12-01");
    }

    #[test]
    fn reports_bad_lines() {
        let problems = read("code,date\nok-code,yesterday\n,2026-11-30\n".as_bytes()).unwrap_err();
        let text: Vec<_> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            vec![
                "report line 2: date must be like 2026-11-30, not \"yesterday\"".to_string(),
                "report line 3: code: empty".to_string(),
            ]
        );
        // A page says them in its language, each problem of a line by its kind.
        let both = read("code,date\n,soon\n".as_bytes()).unwrap_err();
        assert_eq!(
            both[0].words(crate::i18n::Lang::En),
            "code: empty; the date must be like 2026-11-30, not “soon”"
        );
        assert_eq!(
            both[0].words(crate::i18n::Lang::Fr),
            "code : vide ; la date doit être de la forme 2026-11-30, pas « soon »"
        );
        let header = read("code\nX\n".as_bytes()).unwrap_err();
        assert_eq!(
            header[0].words(crate::i18n::Lang::De),
            "die Spalte „date“ fehlt (die Kopfzeile muss code, date nennen)"
        );
    }
}
