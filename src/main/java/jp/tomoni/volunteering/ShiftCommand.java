package jp.tomoni.volunteering;

import java.time.LocalDate;
import java.time.LocalTime;

/** One shift as posted. */
record ShiftCommand(LocalDate date, LocalTime startTime, LocalTime endTime, String place, int capacity) {
}
