//! `frontline`, the terminal program, is linked statically where build.rs found a static
//! glibc (it says so with `cfg(static_terminal_program)`): no program interpreter and no
//! dynamic section in its ELF headers, so the loader has nothing to do at its start and it
//! runs where the desktop's libraries are missing. The app, `frontline-app`, stays
//! dynamic: the graphics drivers it loads need the system's C library.
#![cfg(static_terminal_program)]

/// The types of an ELF64 little-endian file's program headers.
fn segment_types(path: &str) -> Vec<u32> {
    let elf = std::fs::read(path).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF", "{path} is not an ELF file");
    assert_eq!((elf[4], elf[5]), (2, 1), "{path}: not 64-bit little-endian");
    let word = |at: usize, len: usize| {
        elf[at..at + len]
            .iter()
            .rev()
            .fold(0u64, |n, &b| n << 8 | u64::from(b))
    };
    let (table, size, count) = (
        word(0x20, 8) as usize,
        word(0x36, 2) as usize,
        word(0x38, 2),
    );
    (0..count as usize)
        .map(|i| word(table + i * size, 4) as u32)
        .collect()
}

const PT_DYNAMIC: u32 = 2;
const PT_INTERP: u32 = 3;
const PT_LOAD: u32 = 1;

#[test]
fn the_terminal_program_needs_no_loader() {
    let types = segment_types(env!("CARGO_BIN_EXE_frontline"));
    assert!(types.contains(&PT_LOAD), "{types:?}");
    assert!(
        !types.contains(&PT_INTERP),
        "frontline asks for a loader: {types:?}"
    );
    assert!(
        !types.contains(&PT_DYNAMIC),
        "frontline has a dynamic section: {types:?}"
    );
}

#[cfg(feature = "app")]
#[test]
fn the_app_links_the_system_libraries_at_run_time() {
    let types = segment_types(env!("CARGO_BIN_EXE_frontline-app"));
    assert!(types.contains(&PT_INTERP), "{types:?}");
    assert!(types.contains(&PT_DYNAMIC), "{types:?}");
}
