package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The states of a project: forward only, cancelled from planned or running, finished and cancelled final. */
class ProjectStatusTests {

	@Test
	void eachStateMovesOnlyToTheStatesAllowed() {
		assertThat(ProjectStatus.PLANNED.next()).isEqualTo(EnumSet.allOf(ProjectStatus.class));
		assertThat(ProjectStatus.RUNNING.next()).containsExactlyInAnyOrder(ProjectStatus.RUNNING,
				ProjectStatus.FINISHED, ProjectStatus.CANCELLED);
		assertThat(ProjectStatus.FINISHED.next()).containsExactly(ProjectStatus.FINISHED);
		assertThat(ProjectStatus.CANCELLED.next()).containsExactly(ProjectStatus.CANCELLED);
		for (ProjectStatus from : ProjectStatus.values()) {
			for (ProjectStatus to : ProjectStatus.values()) {
				assertThat(from.canChangeTo(to)).as("%s → %s", from, to).isEqualTo(from.next().contains(to));
			}
		}
		assertThat(ProjectStatus.RUNNING.canChangeTo(ProjectStatus.PLANNED)).isFalse();
		assertThat(ProjectStatus.FINISHED.canChangeTo(ProjectStatus.RUNNING)).isFalse();
	}

	@Test
	void collaborationLivesInTheMiddleThreeZones() {
		assertThat(EnumSet.allOf(Zone.class)).filteredOn(Zone::collaborative)
			.containsExactly(Zone.CITIZEN_LED, Zone.JOINT, Zone.CITY_LED);
		assertThat(Zone.of("JOINT")).isEqualTo(Zone.JOINT);
		assertThat(Zone.of("nowhere")).isNull();
		assertThat(Zone.of(" ")).isNull();
	}
}
