//! Per-reply latency of the scorer (divan): empathy alone (`score_text`, what `frontline
//! score` does per CSV row) on short, typical and long replies in each language, and the
//! lexicons' one-time parse. Run: `cargo bench --no-default-features --bench scorer`.

use frontline::scenario::Language;
use frontline::scoring::Scorer;

fn main() {
    divan::main();
}

const CUSTOMER_EN: &str = "Our flight to my sister's wedding got cancelled and nobody at the gate tells us anything. Two kids, stuck at Lyon airport since 6am.";
const CUSTOMER_FR: &str = "Notre vol pour le mariage de ma sœur est annulé et personne à la porte ne nous dit rien. Deux enfants, bloqués à l'aéroport de Lyon depuis 6h.";
const CUSTOMER_NL: &str = "Onze vlucht naar de bruiloft van mijn zus is geannuleerd en niemand aan de gate zegt ons iets. Twee kinderen, vast op de luchthaven van Lyon sinds 6 uur.";

const SHORT_EN: &str = "So sorry, Sam. Are you still at the gate?";
const TYPICAL_EN: &str = "Sam, I'm so sorry: stuck at the gate with two kids on the morning of your sister's wedding must be exhausting. Are you still at Lyon airport? I'm rebooking you now and will message you within 20 minutes.";
const TYPICAL_FR: &str = "Sam, je suis vraiment désolée : bloqués à la porte avec deux enfants le matin du mariage de votre sœur, ça doit être épuisant. Êtes-vous toujours à l'aéroport de Lyon ? Je vous rebooke et je vous écris d'ici 20 minutes.";
const TYPICAL_NL: &str = "Sam, het spijt me echt: met twee kinderen vastzitten aan de gate op de ochtend van de bruiloft van je zus moet uitputtend zijn. Ben je nog op de luchthaven van Lyon? Ik boek je nu om en stuur je binnen 20 minuten een bericht.";

/// Bench cases by name: (language, customer message, reply).
fn case(name: &str) -> (Language, &'static str, &'static str) {
    match name {
        "en-short" => (Language::En, CUSTOMER_EN, SHORT_EN),
        "fr" => (Language::Fr, CUSTOMER_FR, TYPICAL_FR),
        "nl" => (Language::Nl, CUSTOMER_NL, TYPICAL_NL),
        _ => (Language::En, CUSTOMER_EN, TYPICAL_EN),
    }
}

#[divan::bench(args = ["en-short", "en", "fr", "nl"])]
fn score_text(bencher: divan::Bencher, name: &str) {
    let (language, customer, reply) = case(name);
    let scorer = Scorer::new();
    // Parse the lexicon before timing: `frontline score` does it once per run.
    scorer.lexicon(language);
    bencher.bench(|| {
        scorer.score_text(
            divan::black_box(customer),
            divan::black_box(reply),
            language,
        )
    });
}

#[divan::bench]
fn score_text_long_reply(bencher: divan::Bencher) {
    let scorer = Scorer::new();
    scorer.lexicon(Language::En);
    let long = TYPICAL_EN.repeat(10);
    bencher.bench(|| {
        scorer.score_text(
            divan::black_box(CUSTOMER_EN),
            divan::black_box(&long),
            Language::En,
        )
    });
}

#[divan::bench(args = [Language::En, Language::Fr, Language::Nl])]
fn parse_lexicon(language: Language) -> usize {
    let scorer = Scorer::new();
    scorer.lexicon(divan::black_box(language));
    language as usize
}
