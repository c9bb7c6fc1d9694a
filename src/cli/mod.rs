//! The command line: `frontline check`, `play` and `score`.
