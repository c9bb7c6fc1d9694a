//! Interface strings through Fluent: the three locales are embedded in the binary from
//! `assets/locales/*/*.ftl`, and switching language changes the interface on the next frame.

use std::collections::HashMap;

use bevy::prelude::*;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

use crate::scenario::Language;

/// The embedded Fluent sources, per interface language: (file name, text).
const SOURCES: [(Language, &str, &[(&str, &str)]); 3] = [
    (
        Language::En,
        "en-US",
        &[
            (
                "app.ftl",
                include_str!("../../assets/locales/en-US/app.ftl"),
            ),
            (
                "play.ftl",
                include_str!("../../assets/locales/en-US/play.ftl"),
            ),
        ],
    ),
    (
        Language::Fr,
        "fr-FR",
        &[
            (
                "app.ftl",
                include_str!("../../assets/locales/fr-FR/app.ftl"),
            ),
            (
                "play.ftl",
                include_str!("../../assets/locales/fr-FR/play.ftl"),
            ),
        ],
    ),
    (
        Language::Nl,
        "nl-NL",
        &[
            (
                "app.ftl",
                include_str!("../../assets/locales/nl-NL/app.ftl"),
            ),
            (
                "play.ftl",
                include_str!("../../assets/locales/nl-NL/play.ftl"),
            ),
        ],
    ),
];

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<I18n>();
}

/// The interface's translations and the current interface language.
#[derive(Resource)]
pub struct I18n {
    lang: Language,
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl Default for I18n {
    fn default() -> Self {
        Self::new(Language::En)
    }
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

impl I18n {
    /// Builds all bundles from the embedded sources. A syntax error in a locale file is a
    /// programming error caught by the tests, so it panics.
    pub fn new(lang: Language) -> Self {
        let mut bundles = HashMap::new();
        for (language, tag, files) in SOURCES {
            let id: LanguageIdentifier = tag.parse().expect("valid language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            for (name, text) in files {
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(_, errs)| panic!("{tag}/{name}: {errs:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errs| panic!("{tag}/{name}: {errs:?}"));
            }
            bundles.insert(language, bundle);
        }
        Self { lang, bundles }
    }

    pub fn lang(&self) -> Language {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Language) {
        self.lang = lang;
    }

    /// The interface string `id` in the current language; falls back to English, then to
    /// the id itself so that a missing string is visible rather than blank.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The interface string `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for lang in [self.lang, Language::En] {
            let Some(bundle) = self.bundles.get(&lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// A whole number grouped by thousands as the interface language writes it:
    /// 12,000 / 12 000 (with a no-break space, so it never wraps) / 12.000.
    pub fn count(&self, n: u64) -> String {
        let separator = match self.lang {
            Language::En => ',',
            Language::Fr => '\u{a0}',
            Language::Nl => '.',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(digit);
        }
        out
    }

    /// The message ids of one language, for completeness checks.
    pub fn ids(lang: Language) -> Vec<String> {
        let mut ids = Vec::new();
        for (language, _, files) in SOURCES {
            if language != lang {
                continue;
            }
            for (_, text) in files {
                for line in text.lines() {
                    let Some((id, _)) = line.split_once('=') else {
                        continue;
                    };
                    let id = id.trim_end();
                    let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if is_id {
                        ids.push(id.to_string());
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

/// Shorthand for a number argument.
pub fn num(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// Shorthand for a string argument.
pub fn text(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

/// The name of an interface language in that language.
pub fn language_name(lang: Language) -> &'static str {
    match lang {
        Language::En => "English",
        Language::Fr => "Français",
        Language::Nl => "Nederlands",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        let mut i18n = I18n::new(Language::En);
        assert_eq!(i18n.count(0), "0");
        assert_eq!(i18n.count(999), "999");
        assert_eq!(i18n.count(12_000), "12,000");
        assert_eq!(i18n.count(1_234_567), "1,234,567");
        i18n.set_lang(Language::Fr);
        assert_eq!(i18n.count(12_000), "12\u{a0}000");
        i18n.set_lang(Language::Nl);
        assert_eq!(i18n.count(3_400), "3.400");
        assert_eq!(
            i18n.t_args("play-audience", &[("n", text(i18n.count(3_400)))]),
            "3.400 mensen kijken mee"
        );
    }

    #[test]
    fn every_locale_has_every_message() {
        let en = I18n::ids(Language::En);
        assert!(en.len() > 50, "{}", en.len());
        for lang in [Language::Fr, Language::Nl] {
            let other = I18n::ids(lang);
            let missing: Vec<_> = en.iter().filter(|id| !other.contains(id)).collect();
            let extra: Vec<_> = other.iter().filter(|id| !en.contains(id)).collect();
            assert!(missing.is_empty(), "{lang}: missing {missing:?}");
            assert!(extra.is_empty(), "{lang}: extra {extra:?}");
        }
    }

    #[test]
    fn switching_language_changes_strings() {
        let mut i18n = I18n::new(Language::En);
        let en = i18n.t("nav-library");
        i18n.set_lang(Language::Fr);
        let fr = i18n.t("nav-library");
        i18n.set_lang(Language::Nl);
        let nl = i18n.t("nav-library");
        assert_ne!(en, fr);
        assert_ne!(en, nl);
        assert_eq!(i18n.t("no-such-id"), "no-such-id");
    }
}
