//! Reading a batch of codes from a file: one code per line, or CSV with a `code` column.
//!
//! The whole file is read before anything is loaded, so that the report names every bad line
//! by number and reason. The checks that need the database ("already loaded") are added by the
//! store when it loads the good lines.

use std::collections::HashMap;
use std::io::{BufRead, Read};

use super::code_format::{self, CodeProblem};

/// Why a line of a batch file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    Code(CodeProblem),
    /// The same code stands on an earlier line of the same file.
    DuplicateInFile {
        first_line: u64,
    },
    /// The code is in the database already (in this or another batch).
    AlreadyLoaded,
    /// The line is not valid UTF-8, or not a valid CSV record.
    Unreadable(String),
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineProblem::Code(problem) => problem.fmt(f),
            LineProblem::DuplicateInFile { first_line } => {
                write!(f, "duplicate in the file: same code as line {first_line}")
            }
            LineProblem::AlreadyLoaded => write!(f, "already loaded"),
            LineProblem::Unreadable(why) => write!(f, "unreadable: {why}"),
        }
    }
}

/// One bad line: its 1-based number in the file and why it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: u64,
    pub problem: LineProblem,
}

/// One good code and the line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodCode {
    pub line: u64,
    pub code: String,
}

/// What a batch file holds after checking: the good codes and every bad line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BatchCheck {
    /// Code entries read (header and trailing blank lines not counted).
    pub entries: u64,
    pub good: Vec<GoodCode>,
    pub bad: Vec<BadLine>,
}

impl BatchCheck {
    /// Adds one entry: checks its form and that it does not repeat an earlier entry.
    fn push(&mut self, line: u64, raw: &str, first_line_of: &mut HashMap<String, u64>) {
        self.entries += 1;
        match code_format::canonicalize(raw) {
            Err(problem) => self.reject(line, LineProblem::Code(problem)),
            Ok(code) => match first_line_of.get(&code) {
                Some(&first_line) => self.reject(line, LineProblem::DuplicateInFile { first_line }),
                None => {
                    first_line_of.insert(code.clone(), line);
                    self.good.push(GoodCode { line, code });
                }
            },
        }
    }

    fn reject(&mut self, line: u64, problem: LineProblem) {
        self.bad.push(BadLine { line, problem });
    }

    /// Moves good codes the store found already loaded to the bad lines, keeping line order.
    pub fn mark_already_loaded(&mut self, lines: &[u64]) {
        if lines.is_empty() {
            return;
        }
        let loaded: std::collections::HashSet<u64> = lines.iter().copied().collect();
        self.good.retain(|good| !loaded.contains(&good.line));
        self.bad.extend(lines.iter().map(|&line| BadLine {
            line,
            problem: LineProblem::AlreadyLoaded,
        }));
        self.bad.sort_by_key(|bad| bad.line);
    }
}

/// Reads and checks a batch file. The format is told by the first line: a CSV header with a
/// `code` column (any case), or else one code per line. Blank lines at the end of the file
/// are ignored; a blank line before a code is reported as empty.
pub fn check(reader: impl Read) -> std::io::Result<BatchCheck> {
    let mut reader = std::io::BufReader::new(reader);
    let mut first = Vec::new();
    reader.read_until(b'\n', &mut first)?;
    let first_text = String::from_utf8_lossy(&first);
    let first_text = first_text.trim_start_matches('\u{feff}');
    match csv_code_column(first_text) {
        Some(column) => check_csv(first.as_slice().chain(reader), column),
        None => check_lines(first.as_slice().chain(reader)),
    }
}

/// The index of the `code` column when `line` is a CSV header naming one.
fn csv_code_column(line: &str) -> Option<usize> {
    let mut header = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line.as_bytes());
    let record = header.records().next()?.ok()?;
    if record.len() < 2 && !record.get(0)?.trim().eq_ignore_ascii_case("code") {
        return None;
    }
    record.iter().position(|field| {
        field
            .trim()
            .trim_start_matches('\u{feff}')
            .eq_ignore_ascii_case("code")
    })
}

fn check_lines(mut reader: impl BufRead) -> std::io::Result<BatchCheck> {
    let mut check = BatchCheck::default();
    let mut first_line_of = HashMap::new();
    // Blank lines are held back until a code follows them, so that blank lines at the end of
    // the file are not reported.
    let mut pending_blank_lines = Vec::new();
    let mut buffer = Vec::new();
    let mut line = 0u64;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer)? == 0 {
            break;
        }
        line += 1;
        let text = match std::str::from_utf8(&buffer) {
            Ok(text) => text.trim_start_matches('\u{feff}'),
            Err(_) => {
                check.entries += 1;
                check.reject(line, LineProblem::Unreadable("not UTF-8 text".into()));
                continue;
            }
        };
        if text.trim().is_empty() {
            pending_blank_lines.push(line);
            continue;
        }
        for blank in pending_blank_lines.drain(..) {
            check.push(blank, "", &mut first_line_of);
        }
        check.push(line, text, &mut first_line_of);
    }
    Ok(check)
}

fn check_csv(reader: impl Read, column: usize) -> std::io::Result<BatchCheck> {
    let mut check = BatchCheck::default();
    let mut first_line_of = HashMap::new();
    let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let mut pending_blank_lines = Vec::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                let field = record.get(column).unwrap_or_default();
                match std::str::from_utf8(field) {
                    Ok(text)
                        if text.trim().is_empty()
                            && record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) =>
                    {
                        pending_blank_lines.push(line);
                    }
                    Ok(text) => {
                        for blank in pending_blank_lines.drain(..) {
                            check.push(blank, "", &mut first_line_of);
                        }
                        check.push(line, text, &mut first_line_of);
                    }
                    Err(_) => {
                        check.entries += 1;
                        check.reject(line, LineProblem::Unreadable("not UTF-8 text".into()));
                    }
                }
            }
            Err(err) => {
                let line = err.position().map_or(0, |p| p.line());
                match err.into_kind() {
                    csv::ErrorKind::Io(io) => return Err(io),
                    other => {
                        check.entries += 1;
                        check.reject(
                            line,
                            LineProblem::Unreadable(format!("not a CSV record ({other:?})")),
                        );
                    }
                }
            }
        }
    }
    Ok(check)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(bad: &[BadLine]) -> Vec<(u64, String)> {
        bad.iter().map(|b| (b.line, b.problem.to_string())).collect()
    }

    #[test]
    fn plain_lines_are_trimmed_upper_cased_and_numbered() {
        let check = check(" abcd-1234 \r\nEFGH5678\n\n\n".as_bytes()).unwrap();
        assert_eq!(check.entries, 2);
        assert_eq!(
            check.good,
            vec![
                GoodCode {
                    line: 1,
                    code: "ABCD-1234".into()
                },
                GoodCode {
                    line: 2,
                    code: "EFGH5678".into()
                }
            ]
        );
        assert!(check.bad.is_empty());
    }

    #[test]
    fn every_bad_line_is_reported_with_its_number() {
        let input = "GOOD-0001\n\nBAD CODE\nabc\nGOOD-0001\ngood-0002\n";
        let check = check(input.as_bytes()).unwrap();
        assert_eq!(check.good.iter().map(|g| g.line).collect::<Vec<_>>(), vec![1, 6]);
        let bad = lines_of(&check.bad);
        assert_eq!(bad.len(), 4, "{bad:?}");
        assert_eq!(bad[0], (2, "empty".into()));
        assert_eq!(bad[1].0, 3);
        assert!(bad[1].1.starts_with("bad characters"));
        assert_eq!(bad[2].0, 4);
        assert!(bad[2].1.starts_with("too short"));
        assert_eq!(bad[3], (5, "duplicate in the file: same code as line 1".into()));
    }

    #[test]
    fn csv_with_a_code_column_is_read_by_header() {
        let input = "id,Code,note\n1,aaaa-1111,\"first, quoted\"\n2,,missing\n3,BBBB-2222,x\n";
        let check = check(input.as_bytes()).unwrap();
        assert_eq!(
            check.good,
            vec![
                GoodCode {
                    line: 2,
                    code: "AAAA-1111".into()
                },
                GoodCode {
                    line: 4,
                    code: "BBBB-2222".into()
                }
            ]
        );
        assert_eq!(lines_of(&check.bad), vec![(3, "empty".into())]);
    }

    #[test]
    fn a_single_code_column_csv_skips_its_header() {
        let check = check("\u{feff}code\nAAAA-1111\n".as_bytes()).unwrap();
        assert_eq!(check.entries, 1);
        assert_eq!(check.good[0].line, 2);
    }

    #[test]
    fn invalid_utf8_is_reported_not_fatal() {
        let check = check(&b"AAAA-1111\n\xff\xfe\nBBBB-2222\n"[..]).unwrap();
        assert_eq!(check.good.len(), 2);
        assert_eq!(
            lines_of(&check.bad),
            vec![(2, "unreadable: not UTF-8 text".into())]
        );
    }

    #[test]
    fn already_loaded_lines_move_to_the_report_in_order() {
        let mut check = check("AAAA-1111\nBAD\nCCCC-3333\n".as_bytes()).unwrap();
        check.mark_already_loaded(&[3]);
        assert_eq!(check.good.len(), 1);
        assert_eq!(
            lines_of(&check.bad),
            vec![
                (2, "too short: 3 characters, at least 4".into()),
                (3, "already loaded".into())
            ]
        );
    }
}
