//! The rubrics that ship with Coachbook, written in our own words. They are
//! added once to each workspace (by key), so later releases can add more
//! without touching what a user has edited or archived.


use super::draft::{CleanCriterion, CleanDraft};
use super::store::insert_rubric;
use super::types::{CriterionTag, RubricKind};
use crate::error::Result;
use crate::workspace::Write;

struct Builtin {
    key: &'static str,
    name: &'static str,
    kind: RubricKind,
    description: &'static str,
    time_limit_seconds: Option<u32>,
    criteria: Vec<CleanCriterion>,
}

fn criterion(name: &str, description: &str, weight: f64, tag: Option<CriterionTag>, anchors: [&str; 5]) -> CleanCriterion {
    CleanCriterion {
        name: name.into(),
        description: description.into(),
        weight,
        anchors: anchors.iter().map(|a| a.to_string()).collect(),
        tag,
    }
}

fn builtins() -> Vec<Builtin> {
    use CriterionTag::{Coachability, Timing};
    vec![
        Builtin {
            key: "eight_minute_presentation",
            name: "Eight-minute presentation",
            kind: RubricKind::Presentation,
            description: "The candidate presents any topic they like for eight minutes. Start the timer when they \
                begin. The topic does not matter; how they prepare, hold the room and make it about the \
                listener does.",
            time_limit_seconds: Some(8 * 60),
            criteria: vec![
                criterion("Followed the directions", "Kept to the eight minutes they were given.", 1.0, Some(Timing), [
                    "Ignored the limit: ran far past it (eleven minutes or more) or stopped after a couple of minutes.",
                    "Ran well over or well short and did not adjust when it became clear.",
                    "Finished within a minute or two of the limit.",
                    "Finished close to eight minutes with a planned ending.",
                    "Landed on time with a deliberate close; clearly rehearsed against the clock.",
                ]),
                criterion("Preparation", "Signs of rehearsal, a plan, and material suited to the room.", 1.5, None, [
                    "Improvised; no visible plan.",
                    "A rough outline; lost the thread more than once.",
                    "A workable plan with a few stumbles.",
                    "Well prepared: smooth transitions and examples ready.",
                    "Thoroughly prepared: anticipated questions and had material to spare.",
                ]),
                criterion("Confidence and presence", "Voice, eye contact, posture; ease in front of people.", 1.0, None, [
                    "Read from notes, rarely looked up, hard to hear.",
                    "Nervous habits distracted from the message.",
                    "Steady and audible, with some nerves showing.",
                    "Calm, clear voice and good eye contact.",
                    "Owned the room: relaxed, energetic and easy to follow.",
                ]),
                criterion("Focus on the listener", "Made it about what the audience gets out of it: what's in it for them.", 1.5, None, [
                    "All about the presenter or the topic; no thought for the audience.",
                    "Mentioned the audience only in passing.",
                    "Some links to why the listener should care.",
                    "Framed most points around the listener's interests.",
                    "Every part answered 'why does this matter to you?' and checked in with the room.",
                ]),
                criterion("Clarity and structure", "A clear opening, a logical middle and a close that lands.", 1.0, None, [
                    "No structure you could point to.",
                    "Points in a jumble; hard to sum up afterwards.",
                    "A recognisable beginning, middle and end.",
                    "Clear signposts; easy to follow and to recall.",
                    "Crisp structure; the key message is still memorable a day later.",
                ]),
                criterion("Engagement", "Kept attention with stories, questions and energy.", 1.0, None, [
                    "Lost the room early.",
                    "Attention drifted for long stretches.",
                    "Held attention most of the time.",
                    "Drew people in with stories or questions.",
                    "The audience leaned in; real back-and-forth.",
                ]),
            ],
        },
        Builtin {
            key: "short_written_email",
            name: "Short written email",
            kind: RubricKind::WrittenExercise,
            description: "The candidate writes an email describing what our company sells. How short 'short' is \
                is left to their judgement. Paste the email into the scorecard so other assessors can read it.",
            time_limit_seconds: None,
            criteria: vec![
                criterion("Voice", "Sounds like a person, with a tone that suits the reader.", 1.0, None, [
                    "Stiff, generic or copied-sounding.",
                    "Mostly template language.",
                    "Plain and acceptable.",
                    "Warm and natural; reads like a real person wrote it.",
                    "Distinctive and confident; you want to reply.",
                ]),
                criterion("Polish", "Spelling, grammar and layout.", 1.0, None, [
                    "Many errors; it would embarrass us in front of a customer.",
                    "Several noticeable errors.",
                    "One or two slips.",
                    "Clean and tidy.",
                    "Flawless and well laid out.",
                ]),
                criterion("Concision", "Judged 'short' well: nothing that does not earn its place.", 1.5, None, [
                    "Long and rambling, or so short it says nothing.",
                    "Noticeably padded or too thin.",
                    "A reasonable length; some trimming possible.",
                    "Tight; every sentence does work.",
                    "As short as it can be and no shorter.",
                ]),
                criterion("Accuracy", "Got what the company sells right.", 1.5, None, [
                    "Wrong or invented claims.",
                    "Vague, with mistakes.",
                    "Broadly right but missing specifics.",
                    "Accurate, with a relevant detail.",
                    "Accurate, specific and pitched at the right level for the reader.",
                ]),
                criterion("Creativity", "An angle or a hook that stands out.", 1.0, None, [
                    "Nothing memorable.",
                    "A stock opening.",
                    "One fresh touch.",
                    "A clear hook that fits the reader.",
                    "Original and memorable without being a gimmick.",
                ]),
            ],
        },
        Builtin {
            key: "on_the_spot_role_play",
            name: "On-the-spot role play",
            kind: RubricKind::RolePlay,
            description: "Without warning, ask the candidate to step into a short sales conversation while you play \
                the buyer. Score the first run, give one piece of coaching, then run it again as round 2: \
                the change between the runs is the evidence for coachability.",
            time_limit_seconds: None,
            criteria: vec![
                criterion("Willingness to step in", "How readily they agreed to try without preparation.", 1.0, None, [
                    "Declined, or stalled for a long time.",
                    "Agreed reluctantly, with visible hesitation.",
                    "Agreed after a moment.",
                    "Stepped in readily.",
                    "Jumped in with energy and curiosity.",
                ]),
                criterion("Listening", "Heard what the buyer said and used it.", 1.0, None, [
                    "Talked over the buyer and missed what was said.",
                    "Heard the words but did nothing with them.",
                    "Picked up the main points.",
                    "Played back what they heard and built on it.",
                    "Caught what was not said: tone, hesitation, the real concern.",
                ]),
                criterion("Questions asked", "Open questions that uncover the buyer's situation.", 1.0, None, [
                    "No questions; pitched straight away.",
                    "Only closed or leading questions.",
                    "Some open questions.",
                    "Good open questions that uncovered needs.",
                    "Layered questions that reached the real problem and what it costs.",
                ]),
                criterion("Handling the unexpected", "Stayed composed when the buyer threw a curveball.", 1.0, None, [
                    "Froze or argued.",
                    "Stumbled and lost the thread.",
                    "Recovered after a pause.",
                    "Handled the surprise calmly.",
                    "Turned the surprise into a better conversation.",
                ]),
                criterion("Coachability", "The change between the first and the second run after one piece of coaching.", 2.0, Some(Coachability), [
                    "Ignored the coaching or became defensive.",
                    "Acknowledged it but changed nothing.",
                    "Tried the change, in part.",
                    "Applied the coaching clearly.",
                    "Applied it fully, built on it, and asked for more.",
                ]),
            ],
        },
        Builtin {
            key: "practice_written_off_lead",
            name: "Practice: first call with a lead others gave up on",
            kind: RubricKind::RolePlay,
            description: "The manager plays a prospect two colleagues called a 'bad' lead. The rep calls fresh, \
                without the baggage, and looks for a real reason to talk.",
            time_limit_seconds: None,
            criteria: vec![
                criterion("Opening", "Earned the first minute.", 1.0, None, [
                    "Apologetic or scripted; handed the prospect an easy exit.",
                    "A generic opener.",
                    "A clear reason for calling.",
                    "A relevant, confident opener that earned a minute.",
                    "Opened with something specific to them that made them curious.",
                ]),
                criterion("Discovery", "Questions that find out what the prospect needs.", 1.5, None, [
                    "No questions.",
                    "Surface questions only.",
                    "Found one real need.",
                    "Uncovered a need and what it costs them.",
                    "Reframed the lead: found why it was never 'bad'.",
                ]),
                criterion("Attitude", "Treated the call as a fresh opportunity.", 1.0, None, [
                    "Expected to fail and it showed.",
                    "Flat.",
                    "Neutral.",
                    "Positive and persistent.",
                    "Energetic, genuinely interested, unshaken by pushback.",
                ]),
                criterion("Next step", "Left with a commitment.", 1.0, None, [
                    "No next step.",
                    "A vague 'I'll send some information'.",
                    "A next step without a date.",
                    "A next step with a date.",
                    "A dated next step the prospect committed to in their own words.",
                ]),
            ],
        },
        Builtin {
            key: "practice_voicemail",
            name: "Practice: a voicemail worth returning",
            kind: RubricKind::RolePlay,
            description: "The rep leaves a voicemail of thirty seconds or less that gives the listener a real reason \
                to call back. Time it.",
            time_limit_seconds: Some(30),
            criteria: vec![
                criterion("Length", "Thirty seconds or less, and complete.", 1.0, Some(Timing), [
                    "Over a minute.",
                    "Between 45 seconds and a minute.",
                    "About 40 seconds.",
                    "Around 30 seconds.",
                    "Under 30 seconds and nothing missing.",
                ]),
                criterion("Reason to call back", "Something specific the listener gains by returning the call.", 2.0, None, [
                    "No reason given.",
                    "A generic 'just touching base'.",
                    "A reason, but not specific to them.",
                    "A specific, relevant reason.",
                    "A reason they would feel silly ignoring.",
                ]),
                criterion("Clarity", "Name and number clear, said twice, at a pace you can write down.", 1.0, None, [
                    "Number garbled or missing.",
                    "Rushed.",
                    "Clear once.",
                    "Clear and repeated.",
                    "Clear, repeated, and easy to note down on the first listen.",
                ]),
                criterion("Tone", "Sounds like someone worth talking to.", 1.0, None, [
                    "Robotic or pushy.",
                    "Flat.",
                    "Pleasant.",
                    "Warm and confident.",
                    "Sounds like someone you would want to call back.",
                ]),
            ],
        },
        Builtin {
            key: "practice_referral",
            name: "Practice: asking for a referral",
            kind: RubricKind::RolePlay,
            description: "The manager plays a satisfied customer. The rep asks for an introduction to someone \
                specific and makes it easy to say yes.",
            time_limit_seconds: None,
            criteria: vec![
                criterion("Timing the ask", "Asked at a moment when the value was fresh.", 1.0, None, [
                    "Asked abruptly, or not at all.",
                    "Asked at an awkward moment.",
                    "Asked at a reasonable moment.",
                    "Asked right after the customer confirmed the value.",
                    "The ask grew out of the customer's own words about the value.",
                ]),
                criterion("Being specific", "Named who they wanted to meet and why.", 1.5, None, [
                    "'Do you know anyone?'",
                    "A vague kind of person.",
                    "A role or a company.",
                    "A named person or a sharp profile.",
                    "A named person, and why the introduction helps them too.",
                ]),
                criterion("Making it easy", "Took the work off the customer.", 1.0, None, [
                    "Left all the work to the customer.",
                    "Offered little help.",
                    "Offered to follow up.",
                    "Offered a draft introduction.",
                    "Made it a thirty-second favour: draft, timing and follow-up agreed.",
                ]),
                criterion("Gratitude and follow-through", "Thanked them and agreed how they will hear back.", 1.0, None, [
                    "No thanks and no plan.",
                    "A quick thanks only.",
                    "Thanked them warmly.",
                    "Thanked them and promised an update.",
                    "Thanked them and agreed when and how they will hear how it went.",
                ]),
            ],
        },
        Builtin {
            key: "practice_budget",
            name: "Practice: asking about budget",
            kind: RubricKind::RolePlay,
            description: "The manager plays a buyer who is interested but vague about money. The rep finds out \
                whether budget exists, how much, and who controls it, without making it awkward.",
            time_limit_seconds: None,
            criteria: vec![
                criterion("Asking directly", "Raised money plainly and early.", 1.0, None, [
                    "Avoided the subject.",
                    "Hinted around it.",
                    "Asked, but apologetically.",
                    "Asked plainly and comfortably.",
                    "Asked early and naturally, as a normal part of the conversation.",
                ]),
                criterion("Uncovering the process", "Who decides, and how money gets approved.", 1.5, None, [
                    "No idea after the call.",
                    "One name.",
                    "The decision maker identified.",
                    "The decision maker and the approval steps.",
                    "The full picture: people, steps, timing and competing priorities.",
                ]),
                criterion("Tying budget to value", "Connected the price to what the problem costs the buyer.", 1.5, None, [
                    "Talked price only.",
                    "Mentioned value loosely.",
                    "Linked the price to a benefit.",
                    "Anchored the budget to the cost of their problem.",
                    "The buyer stated the value in their own numbers.",
                ]),
                criterion("Composure", "Stayed steady when numbers came up.", 1.0, None, [
                    "Flustered by the number.",
                    "Offered a discount straight away.",
                    "Held steady.",
                    "Calm; explored before conceding anything.",
                    "Completely at ease, and used silence well.",
                ]),
            ],
        },
    ]
}

/// Adds every built-in rubric this workspace does not have yet.
pub(crate) fn seed_builtin_rubrics(conn: &Write<'_>) -> Result<()> {
    let mut present = conn.prepare("SELECT 1 FROM rubrics WHERE builtin_key = ?1")?;
    for builtin in builtins() {
        if present.exists([builtin.key])? {
            continue;
        }
        let draft = CleanDraft {
            name: builtin.name.into(),
            kind: builtin.kind,
            description: builtin.description.into(),
            time_limit_seconds: builtin.time_limit_seconds,
            criteria: builtin.criteria,
        };
        insert_rubric(conn, &draft, Some(builtin.key))?;
    }
    Ok(())
}
