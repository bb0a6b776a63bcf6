package jp.tomoni.volunteering;

/** What the organiser recorded for a sign-up after the shift began. */
enum Attendance {

	ATTENDED, ABSENT
}
