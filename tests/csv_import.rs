//! People and weekly numbers read from CSV files: a preview with every
//! problem by row and column, then all or nothing; bad files refused.

mod common;


use coachbook::exchange::*;
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role, Stage};
use common::exchange::*;

// ---- People from CSV ----

fn mapping(name: &str) -> PeopleMapping {
    PeopleMapping { name: Some(name.into()), ..Default::default() }
}

#[test]
fn headers_come_with_a_guess_at_which_column_is_which() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let headers = book.csv_headers("\u{feff}Full name;E-mail;Job title;Start Date;Position applied\nA;b;c;d;e\n").unwrap();
    assert_eq!(headers.headers, ["\u{feff}Full name", "E-mail", "Job title", "Start Date", "Position applied"].map(|h| h.trim_start_matches('\u{feff}').to_owned()));
    assert_eq!(headers.people.name.as_deref(), Some("Full name"));
    assert_eq!(headers.people.email.as_deref(), Some("E-mail"));
    assert_eq!(headers.people.title.as_deref(), Some("Job title"));
    assert_eq!(headers.people.start_date.as_deref(), Some("Start Date"));
    let values = book.csv_headers("Rep,Week,KPI,Value\n").unwrap().values;
    assert_eq!(
        (values.rep.as_deref(), values.week.as_deref(), values.name.as_deref(), values.value.as_deref()),
        (Some("Rep"), Some("Week"), Some("KPI"), Some("Value"))
    );
}

#[test]
fn people_are_previewed_with_the_forms_messages_and_imported_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    book.create_person(Role::Rep, &PersonFields { name: "Ada Lovelace".into(), email: Some("ada@example.com".into()), ..Default::default() }).unwrap();
    let text = "Name,Email,Title,Start date\n\
                Grace Hopper,grace@example.com,AE,2026-01-05\n\
                ,bad-address,SDR,05/01/2026\n\
                Ada L.,ADA@example.com,AE,\n\
                Alan Turing,,SDR,\n\
                alan turing,,SDR,\n";
    let map = PeopleMapping { email: Some("Email".into()), title: Some("Title".into()), start_date: Some("Start date".into()), ..mapping("Name") };
    let preview = book.preview_people_import(text, Role::Rep, &map).unwrap();
    assert_eq!(preview.fields, ["Name", "Email", "Title", "Start date", "Opening"]);
    assert_eq!(preview.total_rows, 5);
    assert_eq!(preview.rows[0], PreviewRow { row: 2, cells: vec!["Grace Hopper".into(), "grace@example.com".into(), "AE".into(), "2026-01-05".into(), "".into()] });
    let problems: Vec<(Option<u32>, Option<&str>, Option<&str>, &str)> =
        preview.problems.iter().map(|p| (p.row, p.column.as_deref(), p.field.as_deref(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (Some(3), Some("Name"), Some("name"), "Name is required."),
            (Some(3), Some("Email"), Some("email"), "Email 'bad-address' is not a valid address (expected something like name@example.com)."),
            (Some(3), Some("Start date"), Some("startDate"), "Start date '05/01/2026' is not a date like 2026-03-01."),
        ]
    );
    let form = book.create_person(Role::Rep, &PersonFields { name: "X".into(), email: Some("bad-address".into()), ..Default::default() }).unwrap_err();
    assert_eq!(form.to_string(), problems[1].3, "the same message as the form");
    let duplicates: Vec<(u32, &str)> = preview.duplicates.iter().map(|d| (d.row, d.matches.as_str())).collect();
    assert_eq!(duplicates, [(4, "Ada Lovelace, already in Coachbook"), (6, "row 5 of this file")]);

    let e = book.import_people(text, Role::Rep, &map, true).unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains("3 problems (the first, row 3, Name: Name is required.)"), "{e}");
    assert_eq!(people(&book, PeopleList::Team), ["Ada Lovelace"], "nothing was written");

    let fixed = text.replace(",bad-address,SDR,05/01/2026", "Katherine Johnson,,SDR,2026-01-05");
    let preview = book.preview_people_import(&fixed, Role::Rep, &map).unwrap();
    assert_eq!((preview.problem_count, preview.ready), (0, 3));
    let result = book.import_people(&fixed, Role::Rep, &map, false).unwrap();
    assert_eq!((result.imported, result.skipped_duplicates), (3, 2));
    assert_eq!(people(&book, PeopleList::Team), ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson"]);
    let grace = book.list_people(&PeopleQuery { search: Some("grace".into()), ..PeopleQuery::new(PeopleList::Team) }).unwrap().items.remove(0);
    assert_eq!((grace.title.as_str(), grace.start_date.map(|d| d.to_string())), ("AE", Some("2026-01-05".into())));
}

#[test]
fn candidates_need_an_opening_and_take_their_stage_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let text = "Candidate,Applied for,Stage\nCy,AE,Interviewing\nDee,AE,\nEve,AE,Hired\nFay,,Offer\n";
    let e = book.preview_people_import(text, Role::Candidate, &mapping("Candidate")).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.opening"), "Choose the column that holds the opening."));
    let map = PeopleMapping { opening: Some("Applied for".into()), stage: Some("Stage".into()), ..mapping("Candidate") };
    let preview = book.preview_people_import(text, Role::Candidate, &map).unwrap();
    let problems: Vec<(Option<u32>, Option<&str>)> = preview.problems.iter().map(|p| (p.row, p.field.as_deref())).collect();
    assert_eq!(problems, [(Some(4), Some("stage")), (Some(5), Some("opening"))]);
    assert_eq!(preview.problems[1].message, "Opening is required for a candidate: say which role they applied for.");
    let fine = "Candidate,Applied for,Stage\nCy,AE,Interviewing\nDee,AE,\n";
    book.import_people(fine, Role::Candidate, &map, false).unwrap();
    let stages: Vec<Option<Stage>> = book.list_people(&PeopleQuery::new(PeopleList::Candidates)).unwrap().items.into_iter().map(|p| p.stage).collect();
    assert_eq!(stages, [Some(Stage::Interviewing), Some(Stage::Applied)]);
}

// ---- Weekly numbers from CSV ----

fn values_mapping() -> ValuesMapping {
    ValuesMapping { rep: Some("Rep".into()), week: Some("Week".into()), name: Some("KPI".into()), value: Some("Value".into()) }
}

#[test]
fn kpi_values_and_plan_actuals_are_imported_by_name_into_the_week_they_fall_in() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let (ada, _) = filled(&book);
    let rate = book.create_kpi(&ada.id, &KpiInput { name: "Connect rate".into(), unit: None, kind: KpiKind::Ratio, weekly_target: 0.3, warn_drop: None }).unwrap();
    let _ = rate;
    let text = "Rep,Week,KPI,Value\n\
                Ada Lovelace,2026-11-05,meetings booked,7\n\
                ada@example.com,2026-11-06,Connect rate,45%\n\
                Ada Lovelace,2026-11-17,Calls,120\n\
                Ada Lovelace,2026-11-18,Meetings booked,3\n";
    let preview = book.preview_values_import(text, &values_mapping()).unwrap();
    assert_eq!(preview.problem_count, 0, "{:?}", preview.problems);
    assert_eq!(preview.rows[0].cells, ["Ada Lovelace", "2026-11-02", "meetings booked", "7", "KPI"]);
    assert_eq!(preview.rows[2].cells[4], "Plan activity");
    assert_eq!(preview.replaces, 2, "the week of 17 November has a value for both already");
    let result = book.import_values(text, &values_mapping()).unwrap();
    assert_eq!((result.imported, result.replaced), (4, 2));
    let kpis = book.export_csv(ListKind::KpiValues).unwrap();
    assert!(kpis.contains("2026-11-02,Ada Lovelace,Meetings booked,7,"), "{kpis}");
    assert!(kpis.contains("2026-11-02,Ada Lovelace,Connect rate,0.45,"), "{kpis}");
    assert!(kpis.contains("2026-11-16,Ada Lovelace,Meetings booked,3,"), "{kpis}");
    assert!(book.export_csv(ListKind::PlanActuals).unwrap().contains("2026-11-16,Ada Lovelace,Calls,120"));

    // Our own export reads back in as it is.
    let again = book.preview_values_import(&kpis, &values_mapping()).unwrap();
    assert_eq!(again.problem_count, 0, "{:?}", again.problems);
}

#[test]
fn unknown_reps_kpis_bad_weeks_and_values_are_problems_named_by_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    filled(&book);
    let before = book.export_csv(ListKind::KpiValues).unwrap();
    let text = "Rep,Week,KPI,Value\n\
                Nobody,2026-11-05,Calls,1\n\
                Ada Lovelace,last week,Calls,1\n\
                Ada Lovelace,2026-11-05,Dancing,1\n\
                Ada Lovelace,2026-11-05,Calls,lots\n\
                Ada Lovelace,2026-11-05,Meetings booked,-2\n\
                Cy Candidate,2026-11-05,Calls,1\n\
                Ada Lovelace,2026-11-12,Calls,1\n";
    let preview = book.preview_values_import(text, &values_mapping()).unwrap();
    let problems: Vec<(u32, &str, &str)> =
        preview.problems.iter().map(|p| (p.row.unwrap(), p.column.as_deref().unwrap(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (2, "Rep", "Nobody here is called 'Nobody' (by name or email)."),
            (3, "Week", "Week 'last week' is not a date like 2026-03-01."),
            (4, "KPI", "Ada Lovelace has no KPI or plan activity called 'Dancing'."),
            (5, "Value", "Value 'lots' is not a number."),
            (6, "Value", "Meetings booked: enter a number from 0."),
            (7, "Rep", "Cy Candidate is a candidate: weekly numbers are for team members."),
        ]
    );
    assert_eq!((preview.total_rows, preview.ready), (7, 1), "only the last row is fine");
    assert!(book.import_values(text, &values_mapping()).unwrap_err().to_string().starts_with("Nothing was imported: the file has 6 problems"));
    assert_eq!(book.export_csv(ListKind::KpiValues).unwrap(), before, "nothing was written");
    let repeated = "Rep,Week,KPI,Value\nAda Lovelace,2026-11-02,Calls,1\nAda Lovelace,2026-11-04,calls,2\n";
    let preview = book.preview_values_import(repeated, &values_mapping()).unwrap();
    assert_eq!(preview.problems[0].message, "Row 2 already has calls for Ada Lovelace in the week of 2026-11-02.");
}

// ---- Bad files ----

#[test]
fn a_file_that_is_not_utf8_is_refused_saying_so_and_a_bom_is_fine() {
    let e = decode_csv(b"Name\nJos\xe9\n").unwrap_err();
    assert_eq!(e.field(), Some("file"));
    assert!(e.to_string().contains("not UTF-8 text (the first character that is not is on line 2)"), "{e}");
    assert!(decode_csv(b"\xff\xfeN\x00").unwrap_err().to_string().contains("UTF-16"));
    assert_eq!(decode_csv("\u{feff}Name\nJosé\n".as_bytes()).unwrap(), "Name\nJosé\n");
}

#[test]
fn empty_files_and_unmapped_columns_are_refused_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    for (text, message) in [("", "The file is empty."), ("  \n", "The file is empty."), ("Name,Email\n", "The file has a header but no rows to import."), ("Name\n,\n", "The file has a header but no rows to import.")] {
        let e = book.preview_people_import(text, Role::Rep, &mapping("Name")).unwrap_err();
        assert_eq!((e.field(), e.to_string().as_str()), (Some("file"), message), "{text:?}");
    }
    let e = book.preview_people_import("Name\nAda\n", Role::Rep, &PeopleMapping::default()).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.name"), "Choose the column that holds the name."));
    let e = book.preview_people_import("Name\nAda\n", Role::Rep, &PeopleMapping { email: Some("Email".into()), ..mapping("Name") }).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("mapping.email"), "The file has no column called 'Email'."));
    let e = book.import_values("Rep,Week\nAda,2026-11-02\n", &values_mapping()).unwrap_err();
    assert_eq!(e.field(), Some("mapping.name"));
}

#[test]
fn a_hundred_thousand_rows_are_refused_with_the_limit_named() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let mut text = String::from("Name,Email\n");
    for i in 0..100_000 {
        text.push_str(&format!("Person {i},p{i}@example.com\n"));
    }
    let e = book.preview_people_import(&text, Role::Rep, &mapping("Name")).unwrap_err();
    assert!(e.to_string().contains("more than 5,000 rows; Coachbook imports at most 5,000 at a time"), "{e}");
    assert!(book.import_people(&text, Role::Rep, &mapping("Name"), true).is_err());
    let e = book.import_values(&text.replace("Name,Email", "Rep,Week,KPI,Value").replace(",p", ",2026-11-02,Calls,1,p"), &values_mapping()).unwrap_err();
    assert!(e.to_string().contains("at most 50,000"), "{e}");
    assert!(people(&book, PeopleList::Team).is_empty());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(MAX_FILE_BYTES as u64 + 1).unwrap(); // sparse: no need to write it
    let e = read_csv_file(&big).unwrap_err();
    assert_eq!((e.field(), e.to_string().as_str()), (Some("file"), "The file is larger than 20 MB; split it and import each part."));
    let small = dir.path().join("team.csv");
    std::fs::write(&small, "\u{feff}Name\nAda\n").unwrap();
    let read = read_csv_file(&small).unwrap();
    assert_eq!((read.file_name.as_str(), read.text.as_str()), ("team.csv", "Name\nAda\n"));
}

#[test]
fn long_cells_ragged_rows_and_formulas_are_problems_of_their_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let book = workspace(dir.path(), "book");
    let long = "x".repeat(10 * 1024 * 1024);
    let text = format!("Name,Title\nAda,AE\n{long},AE\nBob\nCarl,AE,extra\n=HYPERLINK(\"http://evil\"),AE\n\"'=1+1\",AE\nDee,@SUM(A1)\n");
    let preview = book.preview_people_import(&text, Role::Rep, &PeopleMapping { title: Some("Title".into()), ..mapping("Name") }).unwrap();
    let problems: Vec<(Option<u32>, Option<&str>, &str)> =
        preview.problems.iter().map(|p| (p.row, p.column.as_deref(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (Some(3), Some("Name"), "The cell has 10,485,760 characters; a cell may have at most 10,000."),
            (Some(4), None, "The row has 1 cells where the header has 2: look for a stray separator or a missing quote."),
            (Some(5), None, "The row has 3 cells where the header has 2: look for a stray separator or a missing quote."),
            (Some(6), Some("Name"), "The cell starts with '=' like a spreadsheet formula; Coachbook does not import formulas. Enter the value itself."),
        ]
    );
    assert_eq!(preview.total_rows, 7);
    assert!(preview.rows.iter().all(|r| r.cells.iter().all(|c| c.len() < 100)), "the preview never carries the long cell");
    assert!(book.import_people(&text, Role::Rep, &mapping("Name"), true).is_err());
    assert!(people(&book, PeopleList::Team).is_empty());
    // Our own quote mark comes off; a cell starting with '@' is text (only '=' is refused).
    let fine = book.import_people("Name,Title\n\"'=1+1\",AE\nDee,@SUM(A1)\n", Role::Rep, &PeopleMapping { title: Some("Title".into()), ..mapping("Name") }, false).unwrap();
    assert_eq!(fine.imported, 2);
    assert_eq!(people(&book, PeopleList::Team), ["=1+1", "Dee"]);
    assert!(book.export_csv(ListKind::Team).unwrap().contains("'=1+1"), "and goes back on when exported");
}
