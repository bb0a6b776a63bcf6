package jp.tomoni.projects;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a collaboration project stands (decision 0064). Planned → running → finished, and planned or running →
 * cancelled; finished and cancelled are final. A project may be registered in any state but cancelled, since the
 * register also records projects that started or ended before it existed. A cancelled project stays a record but is
 * neither published nor counted.
 */
public enum ProjectStatus {

	PLANNED, RUNNING, FINISHED, CANCELLED;

	/** The states a project in this state may move to (itself included: saving without a change). */
	public Set<ProjectStatus> next() {
		return switch (this) {
			case PLANNED -> EnumSet.of(PLANNED, RUNNING, FINISHED, CANCELLED);
			case RUNNING -> EnumSet.of(RUNNING, FINISHED, CANCELLED);
			case FINISHED -> EnumSet.of(FINISHED);
			case CANCELLED -> EnumSet.of(CANCELLED);
		};
	}

	public boolean canChangeTo(ProjectStatus other) {
		return next().contains(other);
	}

	public String messageKey() {
		return "project.status." + name();
	}
}
