package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules every simple master-data list shares: codes, names, reordering, and the last entry in use. */
class MasterListTests {

	private static String codeOf(Runnable check) {
		try {
			check.run();
			return "accepted";
		}
		catch (RuleViolation violation) {
			return violation.field() + ":" + violation.code();
		}
	}

	@Test
	void aNewEntryNeedsAFreeWellFormedCodeAndBothNames() {
		assertThat(codeOf(() -> MasterList.checkNew("workshop", false, "ワークショップ", "Workshop"))).isEqualTo("accepted");
		assertThat(codeOf(() -> MasterList.checkNew("Workshop", false, "ワークショップ", "Workshop")))
			.isEqualTo("code:masterList.code.invalid");
		assertThat(codeOf(() -> MasterList.checkNew("-x", false, "ワークショップ", "Workshop")))
			.isEqualTo("code:masterList.code.invalid");
		assertThat(codeOf(() -> MasterList.checkNew("workshop", true, "ワークショップ", "Workshop")))
			.isEqualTo("code:masterList.code.taken");
		assertThat(codeOf(() -> MasterList.checkNew("workshop", false, " ", "Workshop")))
			.isEqualTo("name:masterList.name.required");
		assertThat(codeOf(() -> MasterList.checkNew("workshop", false, "あ".repeat(101), "Workshop")))
			.isEqualTo("name:masterList.name.tooLong");
		assertThat(codeOf(() -> MasterList.checkNames("ワークショップ", ""))).isEqualTo("nameEn:masterList.nameEn.required");
	}

	@Test
	void movingSwapsWithTheNeighbourAndNumbersTheListAfresh() {
		Map<String, Integer> order = new LinkedHashMap<>(Map.of("a", 5, "b", 7, "c", 30));
		List<String> ordered = new ArrayList<>(List.of("a", "b", "c"));
		assertThat(MasterList.swap(ordered, 2, true, order::put)).isTrue();
		assertThat(order).containsEntry("a", 10).containsEntry("c", 20).containsEntry("b", 30);
		assertThat(MasterList.swap(ordered, 0, true, order::put)).as("the first cannot go up").isFalse();
		assertThat(MasterList.swap(ordered, 2, false, order::put)).as("the last cannot go down").isFalse();
	}

	@Test
	void theLastEntryInUseIsNeverRetired() {
		assertThat(codeOf(() -> MasterList.checkRetire(false, 2))).isEqualTo("accepted");
		assertThat(codeOf(() -> MasterList.checkRetire(false, 1))).isEqualTo("code:masterList.lastInUse");
		assertThat(codeOf(() -> MasterList.checkRetire(true, 0))).as("retiring a retired entry again changes nothing")
			.isEqualTo("accepted");
		assertThatThrownBy(() -> MasterList.checkRetire(false, 0)).isInstanceOf(RuleViolation.class);
	}
}
