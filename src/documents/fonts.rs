//! The one typeface every document uses, embedded so a PDF looks the same on
//! every machine (Inter, SIL Open Font License; see assets/fonts).

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-Bold.otf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

impl Weight {
    fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }

    /// The font as krilla draws it (parsed once; krilla shares it by reference).
    pub(crate) fn krilla_font(self) -> krilla::text::Font {
        static FONTS: OnceLock<[krilla::text::Font; 2]> = OnceLock::new();
        let fonts = FONTS.get_or_init(|| {
            let load = |w: Weight| krilla::text::Font::new(w.bytes().into(), 0).expect("the embedded font parses");
            [load(Weight::Regular), load(Weight::Bold)]
        });
        fonts[self as usize].clone()
    }
}

/// The width of `text` at `size` points, from the font's advance widths.
/// Kerning is left out: line breaking needs a close estimate, not the exact
/// width, and the wrap width keeps a small margin for it.
pub(crate) fn text_width(text: &str, weight: Weight, size: f32) -> f32 {
    let Ok(font) = FontRef::new(weight.bytes()) else { return 0.0 };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
    let fallback = size * 0.55;
    text.chars().map(|c| charmap.map(c).and_then(|g| metrics.advance_width(g)).unwrap_or(fallback)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider_still() {
        let narrow = text_width("iii", Weight::Regular, 10.0);
        let wide = text_width("MMM", Weight::Regular, 10.0);
        assert!(narrow > 0.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!(text_width("Coachbook", Weight::Bold, 10.0) > text_width("Coachbook", Weight::Regular, 10.0));
        assert!((text_width("abc", Weight::Regular, 20.0) - 2.0 * text_width("abc", Weight::Regular, 10.0)).abs() < 0.01);
    }
}
