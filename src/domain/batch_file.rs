//! Reading a batch of codes from a file: one code per line, or CSV with a `code` column.
//!
//! The whole file is read before anything is loaded, so that the report names every bad line
//! by number and reason. The checks that need the database ("already loaded") are added by the
//! store when it loads the good lines.

use std::collections::HashMap;
use std::io::{BufRead, Read};

use super::code_format::{self, CodeProblem};

/// Why a line of a batch file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// Reads and checks a batch file in memory. The format is told by the first line: a CSV header
/// with a `code` column (any case), or else one code per line. Blank lines at the end of the
/// file are ignored; a blank line before a code is reported as empty.
pub fn check(reader: impl Read) -> std::io::Result<BatchCheck> {
    let mut check = BatchCheck::default();
    let mut first_line_of = HashMap::new();
    for entry in entries(reader)? {
        let (line, code) = entry?;
        check.entries += 1;
        match code {
            Err(problem) => check.reject(line, problem),
            Ok(code) => match first_line_of.get(&code) {
                Some(&first_line) => check.reject(line, LineProblem::DuplicateInFile { first_line }),
                None => {
                    first_line_of.insert(code.clone(), line);
                    check.good.push(GoodCode { line, code });
                }
            },
        }
    }
    Ok(check)
}

/// One entry of a batch file: its line, and its canonical code or why it has none. Repeats
/// are not detected here (see [`check`], or the store's staging for files too large to hold).
pub type Entry = (u64, Result<String, LineProblem>);

/// Reads a batch file entry by entry, holding one line at a time: large files stream.
pub fn entries<R: Read>(reader: R) -> std::io::Result<Entries<R>> {
    let mut reader = std::io::BufReader::new(reader);
    let mut first = Vec::new();
    reader.read_until(b'\n', &mut first)?;
    let first_text = String::from_utf8_lossy(&first);
    let source = match csv_code_column(first_text.trim_start_matches('\u{feff}')) {
        Some(column) => Source::Csv {
            csv: csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(std::io::Cursor::new(first).chain(reader)),
            column,
            record: csv::ByteRecord::new(),
        },
        None => Source::Lines {
            reader: std::io::Cursor::new(first).chain(reader),
            line: 0,
            buffer: Vec::new(),
        },
    };
    Ok(Entries {
        source,
        pending_blank_lines: Vec::new(),
        ready: std::collections::VecDeque::new(),
        done: false,
    })
}

/// See [`entries`].
pub struct Entries<R: Read> {
    source: Source<R>,
    /// Blank lines are held back until a code follows them, so that blank lines at the end of
    /// the file are not reported.
    pending_blank_lines: Vec<u64>,
    ready: std::collections::VecDeque<Entry>,
    done: bool,
}

enum Source<R: Read> {
    Lines {
        reader: std::io::Chain<std::io::Cursor<Vec<u8>>, std::io::BufReader<R>>,
        line: u64,
        buffer: Vec<u8>,
    },
    Csv {
        csv: csv::Reader<std::io::Chain<std::io::Cursor<Vec<u8>>, std::io::BufReader<R>>>,
        column: usize,
        record: csv::ByteRecord,
    },
}

/// One line as read, before checking.
enum Raw {
    End,
    Blank(u64),
    Text(u64, String),
    Unreadable(u64, String),
}

impl<R: Read> Source<R> {
    fn next_raw(&mut self) -> std::io::Result<Raw> {
        match self {
            Source::Lines { reader, line, buffer } => {
                buffer.clear();
                if reader.read_until(b'\n', buffer)? == 0 {
                    return Ok(Raw::End);
                }
                *line += 1;
                Ok(match std::str::from_utf8(buffer) {
                    Ok(text) if text.trim_start_matches('\u{feff}').trim().is_empty() => Raw::Blank(*line),
                    Ok(text) => Raw::Text(*line, text.trim_start_matches('\u{feff}').to_string()),
                    Err(_) => Raw::Unreadable(*line, "not UTF-8 text".into()),
                })
            }
            Source::Csv { csv, column, record } => match csv.read_byte_record(record) {
                Ok(false) => Ok(Raw::End),
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let field = record.get(*column).unwrap_or_default();
                    Ok(match std::str::from_utf8(field) {
                        Ok(text)
                            if text.trim().is_empty()
                                && record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) =>
                        {
                            Raw::Blank(line)
                        }
                        Ok(text) => Raw::Text(line, text.to_string()),
                        Err(_) => Raw::Unreadable(line, "not UTF-8 text".into()),
                    })
                }
                Err(err) => {
                    let line = err.position().map_or(0, |p| p.line());
                    match err.into_kind() {
                        csv::ErrorKind::Io(io) => Err(io),
                        other => Ok(Raw::Unreadable(line, format!("not a CSV record ({other:?})"))),
                    }
                }
            },
        }
    }
}

impl<R: Read> Iterator for Entries<R> {
    type Item = std::io::Result<Entry>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(entry) = self.ready.pop_front() {
                return Some(Ok(entry));
            }
            if self.done {
                return None;
            }
            let raw = match self.source.next_raw() {
                Ok(raw) => raw,
                Err(err) => {
                    self.done = true;
                    return Some(Err(err));
                }
            };
            let (line, entry) = match raw {
                Raw::End => {
                    self.done = true;
                    continue;
                }
                Raw::Blank(line) => {
                    self.pending_blank_lines.push(line);
                    continue;
                }
                Raw::Text(line, text) => (line, code_format::canonicalize(&text).map_err(LineProblem::Code)),
                Raw::Unreadable(line, why) => (line, Err(LineProblem::Unreadable(why))),
            };
            for blank in self.pending_blank_lines.drain(..) {
                self.ready
                    .push_back((blank, Err(LineProblem::Code(CodeProblem::Empty))));
            }
            self.ready.push_back((line, entry));
        }
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
