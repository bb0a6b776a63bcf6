package jp.tomoni.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, String> {

	@Query("select d from Department d order by d.sortOrder, d.code")
	List<Department> inOrder();
}
