package jp.tomoni.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;

/** What the pages of this module show: records, never entities. */
final class Views {

	private Views() {
	}

	/** Who acts: staff (coordinator, city staff, administrator) post for anyone and manage every opportunity. */
	record Actor(long accountId, boolean staff) {
	}

	/** A shift with its places left and, for a signed-in person, their own sign-up. */
	record ShiftView(long id, LocalDate date, LocalTime startTime, LocalTime endTime, String place, int capacity,
			long taken, boolean open, @Nullable Long mySignUpId) {

		public long placesLeft() {
			return Math.max(0, capacity - taken);
		}

		public boolean full() {
			return taken >= capacity;
		}
	}

	/** An opportunity as its page shows it. */
	record OpportunityView(long id, String title, String description, List<String> fieldCodes,
			@Nullable String areaName, @Nullable Long groupId, String organiserName, @Nullable String whatToBring,
			@Nullable String skillsWanted, @Nullable Integer minAge, @Nullable Integer maxAge,
			OpportunityStatus status, List<ShiftView> shifts) {

		public boolean published() {
			return status == OpportunityStatus.PUBLISHED;
		}
	}

	/** One line of a resident's history. */
	record MyShift(long signUpId, long opportunityId, String title, String organiserName, LocalDate date,
			LocalTime startTime, LocalTime endTime, String place, SignUp.Status status,
			@Nullable Attendance attendance, @Nullable BigDecimal hours, boolean cancellable) {

		public boolean cancelled() {
			return status == SignUp.Status.CANCELLED;
		}
	}

	/** Hours of attended shifts in one 年度. */
	record YearHours(FiscalYear year, BigDecimal hours, int shifts) {
	}

	/** The resident's page: upcoming and past shifts, hours per 年度 (newest first). */
	record History(List<MyShift> upcoming, List<MyShift> past, List<YearHours> years) {
	}

	/** A person signed up for a shift, as the organisers' roster shows them. */
	record RosterEntry(long signUpId, String name, String nameKana, SignUp.Status status,
			@Nullable Attendance attendance, @Nullable BigDecimal hours) {
	}

	/** The sign-ups of one shift and whether attendance may be recorded yet (once the shift began). */
	record ShiftRoster(ShiftView shift, boolean recordable, List<RosterEntry> entries) {
	}

	/** The organisers' page of an opportunity. */
	record Roster(OpportunityView opportunity, List<ShiftRoster> shifts) {
	}
}
