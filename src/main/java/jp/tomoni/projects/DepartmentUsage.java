package jp.tomoni.projects;

import java.util.Map;

/**
 * What another module holds that names a department (a call for proposals, a prior consultation the department
 * attended): counted with the projects on the administrators' list of departments, so that nobody retires a department
 * believing it unused.
 */
public interface DepartmentUsage {

	/** How many records name each department, by its code. */
	Map<String, Long> countByDepartment();
}
