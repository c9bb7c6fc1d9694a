//! In-process timing of the scorer's stages over a CSV of (customer, reply) rows, for
//! profiling: cutting replies into words, then matching the lexicon's phrases, then the
//! whole empathy verdict. One thread, no process start, no CSV parsing or JSON writing
//! in the timed loops; each figure is the best of 20 passes over every row.
//!
//!     cargo run --release --no-default-features --example stage_times -- FILE.csv
//!
//! Pin it to one core (`taskset -c 0`) and alternate builds to compare them: this VM's
//! speed drifts by a third between minutes, far more than most changes measured here.

use std::time::Instant;

use frontline::scenario::model::Language;
use frontline::scoring::Scorer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: stage_times FILE.csv (with `customer` and `reply` columns)")?;
    let mut reader = csv::Reader::from_path(&path)?;
    let headers = reader.headers()?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("{path}: no `{name}` column"))
    };
    let (customer, reply) = (column("customer")?, column("reply")?);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record?;
        rows.push((record[customer].to_string(), record[reply].to_string()));
    }
    let scorer = Scorer::new();
    let lexicon = scorer.lexicon(Language::En);
    let mut best = [f64::MAX; 3];
    let mut checksum = 0usize;
    for _ in 0..20 {
        let start = Instant::now();
        for (_, reply) in &rows {
            let analysed = lexicon.analyse(reply);
            checksum += analysed.tokens.len();
            analysed.recycle();
        }
        best[0] = best[0].min(start.elapsed().as_secs_f64() * 1e3);
        let start = Instant::now();
        for (_, reply) in &rows {
            let analysed = lexicon.analyse(reply);
            checksum += lexicon.find_all(&analysed).len();
            analysed.recycle();
        }
        best[1] = best[1].min(start.elapsed().as_secs_f64() * 1e3);
        let start = Instant::now();
        for (customer, reply) in &rows {
            checksum += scorer
                .score_text(customer, reply, Language::En)
                .evidence
                .len();
        }
        best[2] = best[2].min(start.elapsed().as_secs_f64() * 1e3);
    }
    println!(
        "{} rows: words {:.2} ms | words + phrases {:.2} ms | whole verdict {:.2} ms \
         (checksum {checksum})",
        rows.len(),
        best[0],
        best[1],
        best[2]
    );
    Ok(())
}
