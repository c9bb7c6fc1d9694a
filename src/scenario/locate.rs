//! Finds where a value stands in a RON source, so that a problem found after parsing
//! (an unknown turn id, a duplicate fact) can be reported at its line and column.
//!
//! `ron` gives positions for syntax errors only; the typed `Scenario` has none. This module
//! builds a light tree of the source (structs, fields, lists, scalars with their starting
//! positions) and resolves a path such as `turns[3].next[1].goto` against it. It is tolerant:
//! on text it does not understand it stops and returns what it has, and a path that does
//! not resolve fully gives the position of the deepest node found.

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// One step of a path into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
}

impl From<&'static str> for Seg {
    fn from(name: &'static str) -> Seg {
        Seg::Field(name)
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Seg {
        Seg::Index(index)
    }
}

/// Builds a path: `path!["turns", 3, "next", 1, "goto"]`.
#[macro_export]
#[doc(hidden)]
macro_rules! path {
    ($($seg:expr),* $(,)?) => {
        ::std::vec::Vec::from([$($crate::scenario::locate::Seg::from($seg)),*])
    };
}

#[derive(Debug, Default)]
struct Node {
    start: Pos,
    /// Named fields, for `Name(field: value, ...)` and `{ key: value }`.
    fields: Vec<(String, Node)>,
    /// Unnamed items, for lists, tuples and `Variant(value)`.
    items: Vec<Node>,
}

/// The located tree of one RON document.
#[derive(Debug)]
pub struct SourceMap {
    root: Node,
}

impl SourceMap {
    pub fn new(text: &str) -> SourceMap {
        let mut parser = Parser {
            chars: text.chars().collect(),
            at: 0,
            pos: Pos { line: 1, col: 1 },
        };
        parser.skip_trivia_and_attributes();
        let root = parser.value(0).unwrap_or_default();
        SourceMap { root }
    }

    /// The position of the value at `path`, or of the deepest part of it that exists.
    pub fn find(&self, path: &[Seg]) -> Pos {
        let mut node = &self.root;
        for seg in path {
            match step(node, seg) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.start
    }
}

fn step<'a>(node: &'a Node, seg: &Seg) -> Option<&'a Node> {
    match seg {
        Seg::Field(name) => node
            .fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
            // `Some(x)` or a newtype around a struct: look through the wrapper.
            .or_else(|| match node.items.as_slice() {
                [only] => step(only, seg),
                _ => None,
            }),
        Seg::Index(i) => node.items.get(*i),
    }
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    pos: Pos,
}

/// Deep enough for any scenario, shallow enough that hostile input cannot overflow the stack.
const MAX_DEPTH: usize = 128;

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.pos.line += 1;
            self.pos.col = 1;
        } else {
            self.pos.col += 1;
        }
        Some(c)
    }

    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.peek(), self.peek_at(1)) {
                            (None, _) => return,
                            (Some('*'), Some('/')) => {
                                self.bump();
                                self.bump();
                                depth -= 1;
                            }
                            (Some('/'), Some('*')) => {
                                self.bump();
                                self.bump();
                                depth += 1;
                            }
                            _ => {
                                self.bump();
                            }
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn skip_trivia_and_attributes(&mut self) {
        self.skip_trivia();
        while self.peek() == Some('#') && self.peek_at(1) == Some('!') {
            while let Some(c) = self.bump() {
                if c == ']' {
                    break;
                }
            }
            self.skip_trivia();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_trivia();
        let start = self.pos;
        let mut node = Node {
            start,
            ..Node::default()
        };
        match self.peek()? {
            '[' => {
                self.bump();
                node.items = self.items(']', depth)?;
            }
            '(' => {
                self.bump();
                self.group(&mut node, ')', depth)?;
            }
            '{' => {
                self.bump();
                self.group(&mut node, '}', depth)?;
            }
            '"' => self.string()?,
            'r' if matches!(self.peek_at(1), Some('"' | '#')) => self.raw_string()?,
            'b' if self.peek_at(1) == Some('"') => {
                self.bump();
                self.string()?;
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '\'' => break,
                        _ => {}
                    }
                }
            }
            c if is_word_char(c) || c == '-' || c == '+' || c == '.' => {
                while self
                    .peek()
                    .is_some_and(|c| is_word_char(c) || "-+.".contains(c))
                {
                    self.bump();
                }
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.bump();
                    self.group(&mut node, ')', depth)?;
                }
            }
            _ => return None,
        }
        Some(node)
    }

    /// The inside of `( ... )` or `{ ... }`: named fields, or unnamed items.
    fn group(&mut self, node: &mut Node, close: char, depth: usize) -> Option<()> {
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                self.bump();
                return Some(());
            }
            if let Some(name) = self.field_name() {
                let value = self.value(depth + 1)?;
                node.fields.push((name, value));
            } else {
                let value = self.value(depth + 1)?;
                self.skip_trivia();
                if self.peek() == Some(':') {
                    // A map entry with a non-identifier key: keep the value, drop the key.
                    self.bump();
                    let entry = self.value(depth + 1)?;
                    node.items.push(entry);
                } else {
                    node.items.push(value);
                }
            }
            self.skip_trivia();
            match self.peek()? {
                ',' => {
                    self.bump();
                }
                c if c == close => {}
                _ => return None,
            }
        }
    }

    /// If the next tokens are `identifier :`, consume them and return the identifier.
    fn field_name(&mut self) -> Option<String> {
        let mut ahead = 0;
        if self.peek_at(0) == Some('r') && self.peek_at(1) == Some('#') {
            ahead = 2;
        }
        let first = self.peek_at(ahead)?;
        if !(first.is_alphabetic() || first == '_') {
            return None;
        }
        let mut end = ahead;
        while self.peek_at(end).is_some_and(is_word_char) {
            end += 1;
        }
        let mut colon = end;
        while self.peek_at(colon).is_some_and(char::is_whitespace) {
            colon += 1;
        }
        if self.peek_at(colon) != Some(':') {
            return None;
        }
        let name: String = self.chars[self.at + ahead..self.at + end].iter().collect();
        for _ in 0..=colon {
            self.bump();
        }
        Some(name)
    }

    fn items(&mut self, close: char, depth: usize) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                self.bump();
                return Some(items);
            }
            items.push(self.value(depth + 1)?);
            self.skip_trivia();
            match self.peek()? {
                ',' => {
                    self.bump();
                }
                c if c == close => {}
                _ => return None,
            }
        }
    }

    fn string(&mut self) -> Option<()> {
        self.bump(); // opening quote
        loop {
            match self.bump()? {
                '\\' => {
                    self.bump()?;
                }
                '"' => return Some(()),
                _ => {}
            }
        }
    }

    fn raw_string(&mut self) -> Option<()> {
        self.bump(); // r
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.bump()? != '"' {
            return None;
        }
        loop {
            if self.bump()? == '"' {
                let mut seen = 0;
                while seen < hashes && self.peek() == Some('#') {
                    self.bump();
                    seen += 1;
                }
                if seen == hashes {
                    return Some(());
                }
            }
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The 1-based line and character column of a byte offset in `text`.
pub fn pos_of_offset(text: &str, offset: usize) -> Pos {
    let mut pos = Pos { line: 1, col: 1 };
    for (i, c) in text.char_indices() {
        if i >= offset {
            break;
        }
        if c == '\n' {
            pos.line += 1;
            pos.col = 1;
        } else {
            pos.col += 1;
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"#![enable(implicit_some)]
// a comment
Scenario(
    id: "x",
    turns: [
        Turn(id: "a", next: [Branch(goto: "b")]),
        Turn(
            id: "b", /* inline */ text: r#"raw "quoted""#,
            next: [Branch(when: [Action(Monitor)], goto: "end"), Branch(goto: "a")],
        ),
    ],
    opt: Some(Inner(k: 1)),
)"##;

    #[test]
    fn finds_nested_fields_and_items() {
        let map = SourceMap::new(DOC);
        assert_eq!(map.find(&path!["id"]), Pos { line: 4, col: 9 });
        assert_eq!(
            map.find(&path!["turns", 0, "next", 0, "goto"]),
            Pos { line: 6, col: 43 }
        );
        assert_eq!(
            map.find(&path!["turns", 1, "next", 1, "goto"]),
            Pos { line: 9, col: 79 }
        );
        assert_eq!(map.find(&path!["opt", "k"]), Pos { line: 12, col: 24 });
    }

    #[test]
    fn missing_parts_give_the_deepest_node_found() {
        let map = SourceMap::new(DOC);
        assert_eq!(
            map.find(&path!["turns", 1, "missing"]),
            Pos { line: 7, col: 9 }
        );
        assert_eq!(map.find(&path!["turns", 9]), Pos { line: 5, col: 12 });
    }

    #[test]
    fn never_panics_on_garbage() {
        for text in [
            "",
            "(",
            "[[[[",
            "\"unterminated",
            "r#\"x",
            "Foo(a: [1, 2",
            "/* open",
        ] {
            let map = SourceMap::new(text);
            let _ = map.find(&path!["a", 0, "b"]);
        }
        let deep = "[".repeat(100_000);
        let _ = SourceMap::new(&deep).find(&path![0, 0]);
    }

    #[test]
    fn offsets_become_line_and_char_column() {
        let text = "ab\néé x";
        assert_eq!(pos_of_offset(text, 0), Pos { line: 1, col: 1 });
        assert_eq!(pos_of_offset(text, 3), Pos { line: 2, col: 1 });
        assert_eq!(pos_of_offset(text, 8), Pos { line: 2, col: 4 });
    }
}
