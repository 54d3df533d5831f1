//! The layout rules a newcomer relies on, kept by tests: no source file over 600 lines, and
//! no import cycle among the modules under src/ (a module and its own ancestors may refer
//! to each other; siblings and cousins may not both depend on each other).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The most lines a file under src/ may have.
const MAX_LINES: usize = 600;

/// Every .rs file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file: `src/web/admin/mod.rs` is `web::admin`, `src/lib.rs` the root.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src_dir()).unwrap().with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(path.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        path.pop();
    }
    path
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_string()];
    };
    let (head, body) = (&tree[..open], &tree[open + 1..tree.rfind('}').unwrap()]);
    let (mut parts, mut depth, mut current) = (Vec::new(), 0, String::new());
    for ch in body.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if ch == ',' && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(ch);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(&format!("{head}{p}")))
        .collect()
}

/// The paths a file names: its `use` trees expanded, and every `crate::...` or `super::...`
/// path in its code. Comments are left out.
fn named_paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    for statement in code.split(';') {
        if let Some(at) = statement.find("use ")
            && statement[..at]
                .split_whitespace()
                .all(|w| w == "pub" || w.starts_with("pub("))
        {
            let tree: String = statement[at + 4..]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            paths.extend(expand_use(&tree));
        }
    }
    let identifier = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    for word in code.split(|c: char| !identifier(c)) {
        let path = word.trim_end_matches(':');
        if (path.starts_with("crate::") || path.starts_with("super::")) && path.len() > 7 {
            paths.push(path.to_string());
        }
    }
    paths
}

/// The module a path names, from inside module `from`: the longest prefix that is a module.
fn target(from: &[String], path: &str, modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty() && *s != "*");
    let mut resolved: Vec<String> = match segments.next()? {
        "crate" => Vec::new(),
        "self" => from.to_vec(),
        "super" => from[..from.len().saturating_sub(1)].to_vec(),
        child => {
            let mut local = from.to_vec();
            local.push(child.to_string());
            if !modules.contains(&local) {
                return None;
            }
            local
        }
    };
    for segment in segments {
        if segment == "super" {
            resolved.pop();
        } else {
            resolved.push(segment.to_string());
        }
    }
    (0..=resolved.len())
        .rev()
        .map(|n| resolved[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
}

/// Module dependencies, leaving out those between a module and its ancestors.
fn dependencies() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
    files
        .iter()
        .map(|file| {
            let from = module_of(file);
            let text = std::fs::read_to_string(file).unwrap();
            let to = named_paths(&text)
                .iter()
                .filter_map(|path| target(&from, path, &modules))
                .filter(|to| !related(&from, to))
                .collect();
            (from, to)
        })
        .collect()
}

/// A cycle through `start`, if there is one: the modules in order.
fn cycle_through(
    start: &Vec<String>,
    graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
) -> Option<Vec<Vec<String>>> {
    let mut stack = vec![(start.clone(), vec![start.clone()])];
    let mut seen = BTreeSet::new();
    while let Some((module, trail)) = stack.pop() {
        for next in graph.get(&module).into_iter().flatten() {
            if next == start {
                return Some(trail);
            }
            if seen.insert(next.clone()) {
                let mut longer = trail.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_source_file_is_over_six_hundred_lines() {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, std::fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(f, lines)| format!("{} ({lines} lines)", f.strip_prefix(src_dir()).unwrap().display()))
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn no_modules_import_each_other() {
    let graph = dependencies();
    assert!(graph.len() > 40, "the source tree was not read: {graph:?}");
    let cycles: Vec<String> = graph
        .keys()
        .filter_map(|module| cycle_through(module, &graph))
        .map(|cycle| {
            let names: Vec<String> = cycle.iter().map(|m| format!("crate::{}", m.join("::"))).collect();
            names.join(" -> ")
        })
        .collect();
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}

#[test]
fn the_cycle_finder_sees_a_cycle() {
    let modules: BTreeSet<Vec<String>> = [vec![], vec!["a".to_string()], vec!["b".to_string()]]
        .into_iter()
        .collect();
    let a = vec!["a".to_string()];
    let paths = named_paths("use crate::{b::{Thing, Other}};\nfn f() { super::b::g() } // crate::c");
    assert_eq!(paths, ["crate::b::Thing", "crate::b::Other", "super::b::g"]);
    let to_b: BTreeSet<_> = paths.iter().filter_map(|p| target(&a, p, &modules)).collect();
    assert_eq!(to_b, [vec!["b".to_string()]].into_iter().collect());
    let graph: BTreeMap<_, _> = [
        (a.clone(), to_b),
        (vec!["b".to_string()], [a.clone()].into_iter().collect()),
    ]
    .into_iter()
    .collect();
    assert_eq!(cycle_through(&a, &graph).map(|c| c.len()), Some(2));
}
