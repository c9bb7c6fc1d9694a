//! Web and e-mail addresses in a reply, so that a link or an e-mail address of the case
//! file can be checked as a value: "voltaro.example/tariffs-september" where the case file
//! says "voltaro.example/tariffs-october" sends every reader to the wrong page, and
//! "media@voltaro.example" for "press@voltaro.example" sends a journalist's mail nowhere.

use super::verdict::Span;

/// An address found in a text: its comparable form and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundAddress {
    pub address: Address,
    pub span: Span,
}

/// A web address (host and path) or an e-mail address (mailbox and host), lower-cased,
/// without "https://", "www." or a closing slash: "Voltaro.example/Tariffs-October/" and
/// "https://www.voltaro.example/tariffs-october" are the same address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// `host` ("voltaro.example") and `path` ("tariffs-october"; empty for the home page).
    Web { host: String, path: String },
    /// `mailbox` ("press") at `host` ("voltaro.example").
    Mail { mailbox: String, host: String },
}

impl Address {
    /// The address `text` writes, if it is one ("voltaro.example/tariffs-october",
    /// "press@voltaro.example"); what a scenario's `Address` marker holds.
    pub fn parse(text: &str) -> Option<Address> {
        let text = text.trim().to_ascii_lowercase();
        let text = trim_punctuation(&text);
        if let Some((mailbox, host)) = text.split_once('@') {
            return (!mailbox.is_empty() && mailbox.bytes().all(is_mailbox_byte) && is_host(host))
                .then(|| Address::Mail {
                    mailbox: mailbox.to_string(),
                    host: host.to_string(),
                });
        }
        let rest = ["https://", "http://"]
            .iter()
            .find_map(|scheme| text.strip_prefix(scheme))
            .unwrap_or(text);
        let rest = rest.strip_prefix("www.").unwrap_or(rest);
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        is_host(host).then(|| Address::Web {
            host: host.to_string(),
            path: path.trim_end_matches('/').to_string(),
        })
    }

    pub fn host(&self) -> &str {
        match self {
            Address::Web { host, .. } | Address::Mail { host, .. } => host,
        }
    }

    /// Whether `self`, found in a reply, gives another address on the same site as
    /// `wanted` (a case file's): another page ("tariffs-september" for "tariffs-october")
    /// or another mailbox ("media@" for "press@"). The site's home page, a page above the
    /// wanted one or below it only point less precisely, and are not counted wrong.
    pub fn contradicts(&self, wanted: &Address) -> bool {
        match (self, wanted) {
            (
                Address::Web { host, path },
                Address::Web {
                    host: wanted_host,
                    path: wanted_path,
                },
            ) => {
                host == wanted_host
                    && !path.is_empty()
                    && !is_within(path, wanted_path)
                    && !is_within(wanted_path, path)
            }
            (
                Address::Mail { mailbox, host },
                Address::Mail {
                    mailbox: wanted_mailbox,
                    host: wanted_host,
                },
            ) => host == wanted_host && mailbox != wanted_mailbox,
            _ => false,
        }
    }
}

/// Whether `path` is `outer` or a page below it ("a/b" is within "a"; "ab" is not).
fn is_within(path: &str, outer: &str) -> bool {
    path.strip_prefix(outer)
        .is_some_and(|rest| rest.is_empty() || outer.is_empty() || rest.starts_with('/'))
}

/// Every address in `text`, in text order.
pub fn find_addresses(text: &str) -> Vec<FoundAddress> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !is_address_byte(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && is_address_byte(bytes[at]) {
            at += 1;
        }
        // A sentence's full stop or a closing bracket after an address is not part of it.
        let candidate = trim_punctuation(&text[start..at]);
        // An address needs a dot between two letters or digits ("voltaro.example"), which
        // most runs of these bytes ("07:10", "@marieke_b", "e.g.") do not have.
        if candidate.contains('.')
            && let Some(address) = Address::parse(candidate)
        {
            found.push(FoundAddress {
                address,
                span: Span {
                    start,
                    end: start + candidate.len(),
                },
            });
        }
    }
    found
}

/// The bytes an address is written with here: ASCII letters, digits and the URL
/// punctuation a reply's address uses. Non-ASCII ends an address.
fn is_address_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~:/?#@%+=&".contains(&b)
}

fn is_mailbox_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._+".contains(&b)
}

/// `text` without the punctuation that closes a sentence or a clause after an address.
fn trim_punctuation(text: &str) -> &str {
    text.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', '"'])
}

/// Whether `host` is a host name: labels of letters, digits and hyphens joined by dots,
/// at least two, the last of two letters or more ("voltaro.example", "velovonk.nl"; not
/// "09.50", "e.g", "v1.2").
fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web(host: &str, path: &str) -> Address {
        Address::Web {
            host: host.into(),
            path: path.into(),
        }
    }

    #[test]
    fn one_address_in_its_many_spellings() {
        let wanted = web("voltaro.example", "tariffs-october");
        for text in [
            "voltaro.example/tariffs-october",
            "Voltaro.example/Tariffs-October/",
            "https://www.voltaro.example/tariffs-october",
            "http://voltaro.example/tariffs-october",
        ] {
            assert_eq!(Address::parse(text), Some(wanted.clone()), "{text}");
        }
        assert_eq!(
            Address::parse("Press@Voltaro.example"),
            Some(Address::Mail {
                mailbox: "press".into(),
                host: "voltaro.example".into()
            })
        );
    }

    #[test]
    fn times_numbers_handles_and_abbreviations_are_not_addresses() {
        for text in [
            "VL 318 leaves at 09.50.",
            "@marieke_b, e.g. the Flex rate",
            "version 1.2, 17.5 % or 7:10",
            "#VoltaroScam",
        ] {
            assert!(find_addresses(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn addresses_are_found_with_their_spans_without_closing_punctuation() {
        let reply = "All rates: voltaro.example/tariffs-october. Press: press@voltaro.example)";
        let found = find_addresses(reply);
        let quoted: Vec<&str> = found
            .iter()
            .map(|f| &reply[f.span.start..f.span.end])
            .collect();
        assert_eq!(
            quoted,
            ["voltaro.example/tariffs-october", "press@voltaro.example"]
        );
        // An address inside French or Dutch text, next to accented words.
        let found = find_addresses("Tout est là : velovonk.nl/garantie, même le cadre");
        assert_eq!(found[0].address, web("velovonk.nl", "garantie"));
    }

    #[test]
    fn another_page_or_mailbox_of_the_same_site_contradicts_the_case_file() {
        let wanted = web("voltaro.example", "tariffs-october");
        let contradicts = |text: &str| Address::parse(text).unwrap().contradicts(&wanted);
        assert!(contradicts("voltaro.example/tariffs-september"));
        assert!(contradicts("voltaro.example/tariffs"));
        assert!(contradicts("voltaro.example/tariffs-octobre"));
        // The same page, the home page, a page below it, another site: not wrong.
        assert!(!contradicts("www.voltaro.example/tariffs-october/"));
        assert!(!contradicts("voltaro.example"));
        assert!(!contradicts("voltaro.example/tariffs-october/flex"));
        assert!(!contradicts("regulator.example/compare"));
        let press = Address::parse("press@voltaro.example").unwrap();
        assert!(
            Address::parse("media@voltaro.example")
                .unwrap()
                .contradicts(&press)
        );
        assert!(
            !Address::parse("press@other.example")
                .unwrap()
                .contradicts(&press)
        );
        assert!(!web("voltaro.example", "press").contradicts(&press));
    }
}
