package jp.tomoni.projects;

import java.util.Map;
import java.util.stream.Collectors;

import jp.tomoni.areas.AreaUsage;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many projects name each form, department and area, cancelled ones too (they are records): shown on the master
 * lists, and asked by the areas module before an area is deleted.
 */
@Component
class ProjectUses implements AreaUsage {

	private final ProjectRepository projects;

	private final Municipalities municipalities;

	ProjectUses(ProjectRepository projects, Municipalities municipalities) {
		this.projects = projects;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	Map<String, Long> byForm() {
		return toMap(projects.countAllByForm().stream());
	}

	@Transactional(readOnly = true)
	Map<String, Long> byDepartment() {
		return toMap(projects.countAllByDepartment().stream());
	}

	@Override
	@Transactional(readOnly = true)
	public long countUsing(String areaCode) {
		return projects.countByArea(municipalities.current().code(), areaCode);
	}

	private static Map<String, Long> toMap(java.util.stream.Stream<Object[]> rows) {
		return rows.collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
	}
}
