//! The OKR model: cycles, objectives, key results and check-ins.
//!
//! Plain data with validation at construction. Nothing here touches the database, the
//! terminal or the clock.

mod checkin;
mod cycle;
mod grade;
mod ids;
mod kr;
pub mod naming;
mod objective;
mod revision;
mod task;
mod value;

pub use checkin::{CheckIn, Confidence};
pub use cycle::{Cycle, CycleKind};
pub use grade::Grade;
pub use ids::{IdQuery, KrId, Name, ObjectiveId, TaskId, Uid};
pub use kr::{Keep, KeyResult, KrKind, Measure, NewKeyResult};
pub use objective::clean_owner;
pub(crate) use objective::clean_title;
pub use objective::{Level, NewObjective, Objective, ObjectiveKind, State};
pub use revision::{Revision, in_force};
pub use task::{Task, TaskState};
pub use value::{
    MAX_MAGNITUDE, MAX_WEIGHT, Value, ValueInput, check_value, check_weight, figure, format_number,
    judged, push_number,
};

/// Declares a closed set of lowercase names (`company`, `team`, …) with parsing,
/// display and serde, so every enum in the model reads and prints the same way.
macro_rules! names {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [&'static str] = &[$($text),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> crate::Result<Self> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(crate::Error::invalid(format!(
                        "`{s}` is not a {}; expected one of {}",
                        $what,
                        Self::ALL.join(", ")
                    ))),
                }
            }
        }
    };
}
pub(crate) use names;
