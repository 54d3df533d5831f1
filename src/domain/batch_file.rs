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

/// A run of good codes of a batch file with the bad lines found beside it (see
/// [`split_window`]). Repeats of a code of an earlier window are left to the store, whose
/// unique index sees every run.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Entries read (all of a window's, on its first run).
    pub entries: u64,
    /// Good codes and their lines, in code order, no code twice.
    pub good: Vec<(u64, String)>,
    pub bad: Vec<BadLine>,
}

/// Splits a window of consecutive entries into runs of at most `run` good codes, sorted by
/// code, and the window's bad lines: a code repeated within the window is good on its first
/// line and a [`LineProblem::DuplicateInFile`] on the others. The first run carries the
/// window's entry count and every bad line; a window with no good code is one empty run.
///
/// Why sorted: a batch's codes are random strings, and each one lands in a leaf of the unique
/// index on `codes.code`. In file order, every write transaction touched leaves all over the
/// index and wrote each of them to the WAL again; in code order a transaction's codes fall
/// in one narrow slice of the index, and a window sweeps the index once. Sorting also finds
/// the repeats (they end up side by side), so no set of the window's codes is kept.
pub fn split_window(entries: Vec<Entry>, run: usize) -> Vec<Chunk> {
    let run = run.max(1);
    let entries_read = entries.len() as u64;
    let mut bad = Vec::new();
    let mut good = Vec::with_capacity(entries.len());
    for (line, code) in entries {
        match code {
            Ok(code) => good.push((line, code)),
            Err(problem) => bad.push(BadLine { line, problem }),
        }
    }
    // By code, then line: of a code's lines, the first in the file comes first.
    good.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    let mut runs = vec![Chunk {
        entries: entries_read,
        good: Vec::with_capacity(run.min(good.len())),
        bad: Vec::new(),
    }];
    let mut kept: Option<(u64, String)> = None;
    for (line, code) in good {
        if let Some((first_line, first)) = &kept
            && *first == code
        {
            let problem = LineProblem::DuplicateInFile {
                first_line: *first_line,
            };
            bad.push(BadLine { line, problem });
            continue;
        }
        if let Some(kept) = kept.replace((line, code)) {
            push_to_run(&mut runs, kept, run);
        }
    }
    if let Some(kept) = kept {
        push_to_run(&mut runs, kept, run);
    }
    runs[0].bad = bad;
    runs
}

/// Adds a good code to the last run, or to a new one when that is full.
fn push_to_run(runs: &mut Vec<Chunk>, code: (u64, String), run: usize) {
    if runs.last().is_some_and(|last| last.good.len() >= run) {
        runs.push(Chunk {
            good: Vec::with_capacity(run),
            ..Chunk::default()
        });
    }
    runs.last_mut().expect("a window has a run").good.push(code);
}

/// The bad lines of a whole file as a report keeps them: the exact count, and the first
/// `limit` by line number, whatever order they are found in (repeats and codes already
/// loaded are found after the lines around them). Holds at most twice `limit` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadReport {
    pub count: u64,
    first: Vec<BadLine>,
    limit: usize,
}

impl BadReport {
    pub fn new(limit: usize) -> BadReport {
        BadReport {
            count: 0,
            first: Vec::new(),
            limit,
        }
    }

    pub fn add(&mut self, bad: BadLine) {
        self.count += 1;
        self.first.push(bad);
        // Sorting now and then keeps the memory bounded and the cost linear.
        if self.first.len() >= 2 * self.limit.max(1) {
            self.keep_first();
        }
    }

    fn keep_first(&mut self) {
        self.first.sort_by_key(|b| b.line);
        self.first.truncate(self.limit);
    }

    /// The first `limit` bad lines, in line order.
    pub fn into_first(mut self) -> Vec<BadLine> {
        self.keep_first();
        self.first
    }
}

/// One entry of a batch file: its line, and its canonical code or why it has none. Repeats
/// are not detected here (see [`check`], or the store's staging for files too large to hold).
pub type Entry = (u64, Result<String, LineProblem>);

/// Reads a batch file entry by entry, holding one line at a time: large files stream.
/// Line numbers are physical lines of the file, blank ones included (a CSV record quoted over
/// several lines is numbered by its first).
pub fn entries<R: Read>(reader: R) -> std::io::Result<Entries<R>> {
    let mut reader = std::io::BufReader::new(reader);
    let mut first = Vec::new();
    reader.read_until(b'\n', &mut first)?;
    let first_text = String::from_utf8_lossy(&first);
    let csv_column = csv_code_column(first_text.trim_start_matches('\u{feff}'));
    // A CSV file's header is not an entry: reading starts after it.
    let (start, line) = match csv_column {
        Some(_) => (Vec::new(), 1),
        None => (first, 0),
    };
    Ok(Entries {
        source: Source {
            reader: std::io::Cursor::new(start).chain(reader),
            line,
            buffer: Vec::new(),
            csv_column,
            record: csv::ByteRecord::new(),
        },
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

/// The file, read a physical line at a time. The csv crate's own reader is not used for the
/// file as a whole: it skips blank lines and then numbers the next record wrongly.
struct Source<R: Read> {
    reader: std::io::Chain<std::io::Cursor<Vec<u8>>, std::io::BufReader<R>>,
    /// The last physical line read.
    line: u64,
    buffer: Vec<u8>,
    /// The `code` column, for a CSV file; `None` for one code per line.
    csv_column: Option<usize>,
    record: csv::ByteRecord,
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
        self.buffer.clear();
        let first_line = self.line + 1;
        loop {
            if self.reader.read_until(b'\n', &mut self.buffer)? == 0 {
                break;
            }
            self.line += 1;
            // A CSV field quoted across lines continues on the next one; quotes inside a
            // quoted field are doubled, so an odd count means the record is still open.
            let open_quote = self.buffer.iter().filter(|&&b| b == b'"').count() % 2 == 1;
            if self.csv_column.is_none() || !open_quote {
                break;
            }
        }
        if self.buffer.is_empty() {
            return Ok(Raw::End);
        }
        let Ok(text) = std::str::from_utf8(&self.buffer) else {
            return Ok(Raw::Unreadable(first_line, "not UTF-8 text".into()));
        };
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return Ok(Raw::Blank(first_line));
        }
        let Some(column) = self.csv_column else {
            return Ok(Raw::Text(first_line, text.to_string()));
        };
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        Ok(match csv.read_byte_record(&mut self.record) {
            Ok(_) => {
                let field = self.record.get(column).unwrap_or_default();
                // from_utf8 cannot fail: the whole line is UTF-8.
                Raw::Text(first_line, String::from_utf8_lossy(field).into_owned())
            }
            Err(err) => Raw::Unreadable(first_line, format!("not a CSV record ({:?})", err.into_kind())),
        })
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
    fn a_window_keeps_the_first_line_of_a_code_and_reports_the_others() {
        let runs = split_window(
            vec![
                (3, Ok("DDDD".into())),
                (4, Err(LineProblem::Unreadable("x".into()))),
                (5, Ok("BBBB".into())),
                (7, Ok("DDDD".into())),
                (8, Ok("AAAA".into())),
                (9, Ok("DDDD".into())),
                (10, Ok("CCCC".into())),
            ],
            2,
        );
        // Sorted by code, two to a run; the first run counts the window and holds its bad lines.
        let goods: Vec<_> = runs.iter().map(|r| r.good.clone()).collect();
        assert_eq!(
            goods,
            vec![
                vec![(8, "AAAA".into()), (5, "BBBB".into())],
                vec![(10, "CCCC".into()), (3, "DDDD".into())],
            ]
        );
        assert_eq!(runs.iter().map(|r| r.entries).collect::<Vec<_>>(), [7, 0]);
        assert!(runs[1].bad.is_empty());
        let mut bad: Vec<_> = runs[0].bad.iter().map(|b| (b.line, b.problem.clone())).collect();
        bad.sort_by_key(|(line, _)| *line);
        assert_eq!(
            bad,
            vec![
                (4, LineProblem::Unreadable("x".into())),
                (7, LineProblem::DuplicateInFile { first_line: 3 }),
                (9, LineProblem::DuplicateInFile { first_line: 3 }),
            ]
        );
    }

    #[test]
    fn a_window_without_a_good_code_is_one_empty_run() {
        let runs = split_window(vec![(1, Err(LineProblem::AlreadyLoaded))], 10);
        assert_eq!(runs.len(), 1);
        assert_eq!(
            (runs[0].entries, runs[0].good.len(), runs[0].bad.len()),
            (1, 0, 1)
        );
        assert_eq!(split_window(Vec::new(), 10), vec![Chunk::default()]);
    }

    #[test]
    fn a_bad_report_keeps_the_first_lines_whatever_the_order_found() {
        let mut report = BadReport::new(3);
        for line in [9, 8, 7, 6, 5, 4, 3, 2, 10, 1] {
            report.add(BadLine {
                line,
                problem: LineProblem::AlreadyLoaded,
            });
        }
        assert_eq!(report.count, 10);
        let lines: Vec<u64> = report.into_first().iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![1, 2, 3]);
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
    fn a_blank_line_inside_a_csv_file_is_reported_and_later_lines_keep_their_numbers() {
        let input = "code,note\nAAAA-1111,a\n\nbad!,b\n\"CCCC-3333\",\"two\nlines\"\nbad?,c\n\n";
        let check = check(input.as_bytes()).unwrap();
        assert_eq!(check.good.iter().map(|g| g.line).collect::<Vec<_>>(), vec![2, 5]);
        let bad = lines_of(&check.bad);
        assert_eq!(
            bad.iter().map(|b| b.0).collect::<Vec<_>>(),
            vec![3, 4, 7],
            "{bad:?}"
        );
        assert_eq!(bad[0].1, "empty");
    }

    #[test]
    fn a_blank_line_inside_a_plain_file_is_reported_as_empty() {
        let check = check("AAAA-1111\n \t\nBAD!\nCCCC-3333\n\n\n".as_bytes()).unwrap();
        assert_eq!(
            lines_of(&check.bad),
            vec![
                (2, "empty".into()),
                (
                    3,
                    "bad characters \"!\": only A-Z, 0-9 and '-' are allowed".into()
                )
            ]
        );
        assert_eq!(check.entries, 4);
    }

    #[test]
    fn an_unterminated_quote_is_one_unreadable_record() {
        let check = check("code\nAAAA-1111\n\"BBBB\nCCCC-3333\n".as_bytes()).unwrap();
        assert_eq!(check.good.len(), 1);
        assert_eq!(check.bad.len(), 1);
        assert_eq!(check.bad[0].line, 3);
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
