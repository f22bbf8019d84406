// Package dates reads dates and times in Dutch and English news text:
// "donderdag 5 april 2018 om 14u32", "05/04/18 - 00u54", "Thu, 05 Apr 2018
// 00:54:00 +0200", "vorige week dinsdag", "van 3 tot 5 mei".
//
// Parse reads a string that is one date expression; Find and FindAll look for
// expressions in running text. Results keep the precision the text gave
// (a month is never the first of that month) and print as ISO 8601.
//
// Conventions, where the text leaves a choice:
//
//   - Numeric dates are day first for nl, en, en-GB and an empty Lang, month
//     first for en-US. When one order gives a month above 12 and the other
//     does not, the valid order is used (25/05/2015 in en-US).
//   - Two-digit years: 69..99 are 19xx, 00..68 are 20xx (POSIX, Go's time).
//   - A weekday that contradicts the date it comes with is ignored: the date
//     is more specific, and typos in weekdays are common.
//   - Relative expressions need Options.Ref and are read in Ref's own zone.
//     A bare weekday (dinsdag, Monday), "komende", "next" and "volgende" mean
//     the next such day after today; "vorige", "afgelopen", "last" the last
//     one before today; Dutch "deze dinsdag" the Tuesday of this week,
//     English "this Tuesday" the next one from today on; "vorige week
//     dinsdag" the Tuesday of last week (weeks start on Monday).
//   - A date without a year takes the year that puts it closest to Ref; a
//     month without a year is the next such month, this one included; a day
//     alone ("op de 15de") the next such day.
//   - A time without a day is the next such time from Ref; "3 uur" and
//     English "3:30" may be the afternoon one (whichever comes first), Dutch
//     "15:30"-style and Belgian "15u30" times are 24-hour. With a part of the
//     day ("'s avonds", "in the morning") the day is Ref's day.
//   - Parts of the day alone (vanavond, tonight, gisterenmiddag) give day
//     precision. "N units ago" has the precision of its unit (years: year,
//     months: month, weeks and days: day, hours and minutes: minute, seconds:
//     second). "vorige/volgende week" is the day a week before/after Ref.
//   - Zones in the text win over Options.Location. CET and ET, CT, PT follow
//     the EU and US summer-time rules (news sites write "CET" all year);
//     CEST, EST, EDT, ... are fixed. A zone on a date without a time is
//     dropped: offsets are only kept with a time of day.
//   - Value.String prints "Z" for a zero offset, whatever the text said.
//   - Ranges have an inclusive end; a side borrows what it lacks from the
//     other ("13-15 juli", "3-4pm", "9:30 - 11:00 on Thursday").
//
// Find is stricter than Parse: words that are also ordinary words (do, zo,
// ma, may, march), bare numbers, "1.5" or "10-12", a bare year or month
// (except after "in"), and "nu"/"now" are not reported on their own, and
// relative expressions are skipped when Ref is zero. A syntactically
// complete but impossible date ("31 februari 2018") is not reported, and no
// part of it is.
//
// Not read: ISO weeks ("week 7"), seasons, quarters, holidays, "early
// March", open ranges ("tot 11 uur"), counting weekdays back ("2 thursdays
// back"), and Buddhist-era years.
package dates
